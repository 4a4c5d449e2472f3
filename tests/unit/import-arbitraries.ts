/**
 * Random and hostile inputs for the importer's property tests (fast-check): 公文-like texts
 * mixed with everything MDX, Markdown, YAML and HTML read as syntax, in every encoding the
 * importer reads, plus arbitrary bytes.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

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
export const GONGWEN = [
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

const piece = fc.oneof({ arbitrary: fc.constantFrom(...GONGWEN), weight: 3 }, { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 }, { arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }), weight: 1 });
const line = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

/** A text: lines of 公文 pieces and hostile pieces. */
export const hostileText = fc.array(line, { minLength: 1, maxLength: 14 }).map((l) => l.join('\n'));

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
  { arbitrary: fc.tuple(hostileText, fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'gbk', 'utf16le', 'utf16be')).map(([t, e]) => ({ bytes: encode(t, e), what: `${e} text` })), weight: 5 },
  { arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => ({ bytes: b, what: 'random bytes' })), weight: 1 },
  { arbitrary: fc.string({ maxLength: 200, unit: 'binary' }).map((s) => ({ bytes: new Uint8Array(Buffer.from(s, 'utf8')), what: 'random unicode' })), weight: 1 },
);
