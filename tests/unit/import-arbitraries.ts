/**
 * Random and hostile inputs for the importer's property tests (fast-check): 公文-like texts
 * mixed with everything MDX, Markdown, YAML and HTML read as syntax, in every encoding the
 * importer reads, plus arbitrary bytes; and Word documents written with the `docx` library
 * (hostile text, heading and hostile paragraph styles, Word numbering), plus random bytes named .docx.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { gongwenNumbering } from './docx-numbering.ts';

/** Pieces of text that MDX/Markdown/YAML/HTML give meaning to, or that break naive escaping. */
export const HOSTILE = [
  '{',
  '}',
  '{alert(1)}',
  '{/* 注释 */}',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<SourceGap note="x" />',
  '<img src=x onerror=alert(1)>',
  'import x from "y"',
  'export const a = 1',
  'export default function () {}',
  '---',
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '***',
  '**',
  '_',
  '`',
  '```',
  '\\',
  '&',
  '&lt;',
  '&#123;',
  '[链接](javascript:alert(1))',
  '<!-- -->',
  '$$',
  '|',
  '~',
  '"',
  "'",
  ': ',
  'title: 伪造',
  '\t',
  '\u3000',
  '\uFFFD',
  '\u200B',
  '𠀀',
];

/** Pieces of 公文 text, so that the text rules find titles, headings and paragraphs to work on. */
const GONGWEN = [
  '关于开展2024年精神文明建设工作的实施方案',
  'XX区2023年精神文明建设工作总结',
  '一、工作目标',
  '二、主要任务',
  '（一）加强理论武装',
  '(二)深化文明创建',
  '1.抓好学习。',
  '2、抓好宣讲。',
  '（1）开展评选',
  '①',
  '为深入贯彻落实习近平新时代中国特色社会主义思想，结合实际，制定本方案。',
  '组织志愿服务活动，推进新时代文明实践中心建设。',
  '开展“我们的节日”主题活动',
  '篇一:',
  '— 5 —',
  '...',
  '。',
  '，',
  '2022',
  ' ',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...GONGWEN), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
  { arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }), weight: 1 },
);
const line = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

/** A text: lines of 公文 pieces and hostile pieces. */
const hostileText = fc.array(line, { minLength: 1, maxLength: 14 }).map((l) => l.join('\n'));

export type Encoding = 'utf8' | 'utf8-bom' | 'gbk' | 'utf16le' | 'utf16be';

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf8-bom':
      return new Uint8Array(iconv.encode(text, 'utf8', { addBOM: true }));
    case 'gbk':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    default:
      return new Uint8Array(iconv.encode(text, encoding, { addBOM: true }));
  }
}

/** An input file: a hostile text in some encoding, or arbitrary bytes, named .txt. */
export const hostileFile = fc.oneof(
  {
    arbitrary: fc
      .tuple(hostileText, fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'gbk', 'utf16le', 'utf16be'))
      .map(([t, e]) => ({ bytes: encode(t, e), what: `${e} text` })),
    weight: 5,
  },
  { arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => ({ bytes: b, what: 'random bytes' })), weight: 1 },
  {
    arbitrary: fc.string({ maxLength: 200, unit: 'binary' }).map((s) => ({ bytes: new Uint8Array(Buffer.from(s, 'utf8')), what: 'random unicode' })),
    weight: 1,
  },
);

/* ------------------------------------------------------------------ .docx */

/** Unnumbered headings as authors write them with Word's heading styles. */
const UNNUMBERED_HEADINGS = ['指导思想', '工作目标', '强化理论武装', '保障措施', '2024年XX局精神文明建设工作计划', '附件'];

/** Paragraph style names that mean something to mammoth's style map, to HTML or to MDX, or nothing at all. */
const HOSTILE_STYLE_NAMES = [
  'Title',
  'Heading 1',
  'heading 2',
  'Heading 7',
  'Subtitle',
  'List Paragraph',
  "Title'] => script",
  "p[style-name='x'] => h1:fresh",
  '<script>alert(1)</script>',
  '{alert(1)}',
  'import x from "y"',
  '标题 1',
  '标题',
  ' ',
  '',
  'Normal',
];

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const docxText = fc.oneof(
  { arbitrary: line, weight: 4 },
  { arbitrary: fc.constantFrom(...UNNUMBERED_HEADINGS), weight: 2 },
  // Any code point, control characters included (XML 1.0 refuses some of them).
  { arbitrary: fc.string({ maxLength: 40, unit: 'binary' }), weight: 1 },
);

const docxParagraph = fc.record({
  text: docxText,
  as: fc.oneof(
    { arbitrary: fc.constant('plain' as const), weight: 4 },
    { arbitrary: fc.constantFrom('heading' as const, 'numbered' as const), weight: 3 },
    { arbitrary: fc.constantFrom('title' as const, 'empty' as const, 'styled' as const), weight: 1 },
  ),
  level: fc.integer({ min: 0, max: 5 }),
  heading: fc.boolean(),
  style: fc.nat(HOSTILE_STYLE_NAMES.length - 1),
});

/** A Word document: paragraphs of hostile and 公文 text, plain, in heading styles, Word-numbered, in hostile styles, empty. */
export const hostileWordDocument = fc.record({
  paragraphs: fc.array(docxParagraph, { maxLength: 14 }),
  /** A hostile name for the built-in Heading 1 style itself. */
  heading1Name: fc.option(fc.constantFrom(...HOSTILE_STYLE_NAMES), { nil: undefined }),
});
export type WordDocumentSpec = typeof hostileWordDocument extends fc.Arbitrary<infer T> ? T : never;

/** Writes the document with the `docx` library (Word's numbering: 一、 （一） 1. （1）). */
export async function writeWordDocument(spec: WordDocumentSpec): Promise<Uint8Array> {
  const children = spec.paragraphs.map((p) => {
    const heading = HEADING_LEVELS[p.level]!;
    switch (p.as) {
      case 'empty':
        return new Paragraph({});
      case 'title':
        return new Paragraph({ text: p.text, heading: HeadingLevel.TITLE });
      case 'heading':
        return new Paragraph({ text: p.text, heading });
      case 'numbered':
        return new Paragraph({
          text: p.text,
          numbering: { reference: gongwenNumbering.reference, level: Math.min(p.level, 3) },
          ...(p.heading && { heading }),
        });
      case 'styled':
        return new Paragraph({ text: p.text, style: `Hostile${p.style}` });
      default:
        return new Paragraph(p.text);
    }
  });
  const doc = new Document({
    styles: {
      paragraphStyles: [
        ...HOSTILE_STYLE_NAMES.map((name, i) => ({ id: `Hostile${i}`, name, ...(i % 3 === 0 && { basedOn: 'Heading1' }) })),
        ...(spec.heading1Name !== undefined ? [{ id: 'Heading1', name: spec.heading1Name }] : []),
      ],
    },
    numbering: {
      config: [gongwenNumbering],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A file named .docx: a hostile Word document, or random bytes (bare, behind a zip signature, or as a zip's word/document.xml). */
export const hostileDocxFile = fc.oneof(
  { arbitrary: hostileWordDocument.map((spec) => ({ what: 'word' as const, spec })), weight: 6 },
  { arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ what: 'random bytes' as const, bytes })), weight: 1 },
  {
    arbitrary: fc
      .uint8Array({ maxLength: 400 })
      .map((b) => ({ what: 'zip signature, random bytes' as const, bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]) })),
    weight: 1,
  },
  {
    arbitrary: fc.oneof(hostileText, fc.string({ maxLength: 200, unit: 'binary' })).map((xml) => ({ what: 'zip with random document.xml' as const, xml })),
    weight: 1,
  },
);
export type DocxFileSpec = typeof hostileDocxFile extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of a file drawn from hostileDocxFile. */
export async function docxFileBytes(file: DocxFileSpec): Promise<Uint8Array> {
  switch (file.what) {
    case 'word':
      return writeWordDocument(file.spec);
    case 'zip with random document.xml': {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
      zip.file('word/document.xml', file.xml);
      return zip.generateAsync({ type: 'uint8array' });
    }
    default:
      return file.bytes;
  }
}
