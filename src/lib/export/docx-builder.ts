/**
 * Builds a .docx laid out to GB/T 9704-2012 (./gbt9704.ts) from a draft (./types.ts).
 * Runs in the reader's browser: the download button loads this module, and with it the
 * `docx` library, only when a download is asked for (a dynamic import, one chunk under
 * /_astro/), so the library costs a document page nothing until then.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  ExternalHyperlink,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
} from 'docx';
import {
  CHAR_SPACING,
  FIRST_LINE_CHARS,
  FONTS,
  LINE_PITCH,
  MARGINS,
  PAGE,
  PT,
  firstLineTwips,
  halfPoints,
} from './gbt9704.ts';
import type { ExportBlock, ExportDraft, ExportRun, ExportSection } from './types.ts';

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
const indent = { firstLine: firstLineTwips(PT.三号), firstLineChars: FIRST_LINE_CHARS };

/** Paragraph styles: Heading1–4 keep Word's outline levels (navigation pane, TOC). */
const styles = {
  default: {
    document: {
      run: { font: font(FONTS.body.name), size: halfPoints(PT.三号), characterSpacing: CHAR_SPACING },
      paragraph: { spacing: { ...exact, before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      run: { font: font(FONTS.body.name), size: halfPoints(PT.三号), characterSpacing: CHAR_SPACING },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent },
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: font(FONTS.title.name), size: halfPoints(PT.二号), bold: false, characterSpacing: 0 },
      // One empty line (of the grid) between the title and the text.
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: { ...exact, after: LINE_PITCH } },
    },
    ...[
      { level: 1, fontName: FONTS.heading1.name },
      { level: 2, fontName: FONTS.heading2.name },
      { level: 3, fontName: FONTS.body.name },
      { level: 4, fontName: FONTS.body.name },
    ].map(({ level, fontName }) => ({
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(fontName), size: halfPoints(PT.三号), bold: false, color: '000000' },
      paragraph: { outlineLevel: level - 1, keepNext: true, spacing: exact, indent },
    })),
    {
      id: 'SourceNote',
      name: 'Source note',
      basedOn: 'Normal',
      run: { font: font(FONTS.body.name), size: halfPoints(PT.四号) },
      paragraph: { indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact },
    },
  ],
};

/** The comments of one file, numbered as their runs are written. */
type Comments = string[];

function runs(parts: readonly ExportRun[], comments: Comments = []): ParagraphChild[] {
  return parts
    .filter((r) => r.text)
    .flatMap((r): ParagraphChild[] => {
      const opts: IRunOptions = { text: r.text, ...(r.fill ? { highlight: 'yellow' as const } : r.comment ? { highlight: 'cyan' as const } : {}) };
      if (!r.comment) return [new TextRun(opts)];
      const id = comments.push(r.comment) - 1;
      return [new CommentRangeStart(id), new TextRun(opts), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    });
}

function blockParagraph(block: ExportBlock, comments?: Comments): Paragraph {
  return new Paragraph({
    ...(block.level > 0 ? { style: `Heading${Math.min(block.level, 4)}` } : {}),
    children: runs(block.runs, comments),
  });
}

function sourceNotes(sections: readonly ExportSection[]): Paragraph[] {
  const note = (s: ExportSection, prefix: string): Paragraph =>
    new Paragraph({
      style: 'SourceNote',
      children: [
        new TextRun(`${prefix}《${s.docTitle}》${s.cite === '全文' ? '' : s.cite}，原文链接：`),
        new ExternalHyperlink({ link: s.sourceUrl, children: [new TextRun({ text: s.sourceUrl, style: 'Hyperlink' })] }) as ParagraphChild,
      ],
    });
  if (sections.length === 1) return [new Paragraph({ children: [] }), note(sections[0]!, '注：本稿据')];
  return [
    new Paragraph({ children: [] }),
    new Paragraph({ style: 'SourceNote', children: [new TextRun('注：本稿据以下文本整理：')] }),
    ...sections.map((s, i) => note(s, `${i + 1}. `)),
  ];
}

/** "— 1 —": 4号 宋体, odd pages on the right and even pages on the left, one character in (GB/T 9704 7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = PT.四号 * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar, firstLine: 0, firstLineChars: 0 } : { left: oneChar, firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber.name), size: halfPoints(PT.四号) })],
      }),
    ],
  });
}

/**
 * word/fontTable.xml naming the layout's fonts, each with the font to use where it is not
 * installed (w:altName; charset 86 = GB2312). docx writes an empty table; Packer replaces it.
 */
export function fontTableXml(): string {
  const entries = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
}

/** Builds the draft as .docx bytes. */
/** `sourceNote: false` leaves out the closing note naming the library's documents (a reader's own draft has none). */
export async function buildDocx(draft: ExportDraft, options: { author?: string; sourceNote?: boolean } = {}): Promise<Uint8Array> {
  const comments: Comments = [];
  const body = draft.sections.flatMap((s) => s.blocks.map((b) => blockParagraph(b, comments)));
  const author = options.author ?? '精神文明建设文库';
  const doc = new Document({
    title: draft.title,
    creator: '精神文明建设文库',
    description: draft.sections.map((s) => s.sourceUrl).join(' '),
    evenAndOddHeaderAndFooters: true,
    styles,
    // Runs with a comment (ExportRun.comment): one Word comment each, in the order written.
    ...(comments.length
      ? { comments: { children: comments.map((text, id) => ({ id, author, initials: '文库', children: [new Paragraph({ style: 'SourceNote', children: [new TextRun(text)] })] })) } }
      : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, gutter: 0 },
          },
          // A line grid: 22 lines a page (see CHAR_SPACING in ./gbt9704.ts for the 28 characters).
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun(draft.title)] }),
          ...body,
          ...(options.sourceNote === false ? [] : sourceNotes(draft.sections)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]));
}

/** A file name for the draft: its title without characters Windows refuses. */
export function docxFileName(title: string, cite?: string): string {
  const base = `${title}${cite && cite !== '全文' ? `（${cite}）` : ''}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${base || '文稿'}.docx`;
}
