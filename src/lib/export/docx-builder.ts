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
  FootnoteReferenceRun,
  LineRuleType,
  OnOffElement,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
  type XmlComponent,
} from 'docx';
import { CHAR_ADVANCE, CHAR_SPACING, FIRST_LINE_CHARS, FONTS, LINE_PITCH, MARGINS, PAGE, PT, firstLineTwips, halfPoints } from './gbt9704.ts';
import { placeholderRuns } from '../templates/placeholders.ts';
import { titleLines } from './title-lines.ts';
import type { ExportBlock, ExportDraft, ExportRun, ExportSection } from './types.ts';

// Handing the file to the browser comes with the builder, in its chunk: nothing of it loads before a download.
export { saveDocx } from './save-file.ts';

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
      // No widow control: a page holds its 22 grid lines (GB/T 9704 5.2.2); Word and LibreOffice
      // would otherwise move a paragraph's last line over and leave a page one line short.
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent, widowControl: false },
    },
    {
      // Table cells: the body's font, single-spaced and flush left (a cell has no first-line indent).
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: halfPoints(PT.三号), characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, spacing: { before: 0, after: 0 } },
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
    {
      // 主送机关 and a speech's 称谓 (局各科室：, 同志们：) stand flush left (GB/T 9704 7.3.2).
      id: 'Addressee',
      name: 'Addressee',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      // The library's note where the source is cut off: a bracketed aside in 楷体, never read as the text's.
      id: 'GapNote',
      name: 'Gap note',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: font(FONTS.heading2.name) },
    },
    {
      // 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2, without a seal): right-aligned, two characters in.
      id: 'Signature',
      name: 'Signature',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, firstLineChars: 0, right: 2 * CHAR_ADVANCE } },
    },
    {
      id: 'FootnoteText',
      name: 'footnote text',
      basedOn: 'Normal',
      run: { size: halfPoints(PT.小四), characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
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

/** The title, on balanced lines broken between words, its placeholders highlighted. */
function titleParagraph(title: string): Paragraph {
  // A line break (w:br) between lines: one paragraph, so Word keeps the title's spacing after it.
  const children = titleLines(title).flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runs(placeholderRuns(line))]);
  return offGrid(new Paragraph({ style: 'Title', children }));
}

/**
 * A paragraph that does not snap to the line grid (w:pPr/w:snapToGrid = 0): a 22 pt title line
 * snapped takes two grid rows in LibreOffice, and page 1 holds 19 lines of text instead of 20.
 * docx 9 writes snapToGrid for runs only (where LibreOffice ignores it), so it is added to the
 * paragraph's properties here, after w:pStyle as the schema orders them.
 */
function offGrid(p: Paragraph): Paragraph {
  (p as unknown as { properties: XmlComponent & { push(c: XmlComponent): void } }).properties.push(new OnOffElement('w:snapToGrid', false));
  return p;
}

/** A 主送 line or a 称谓: short, ends in a colon, no sentence, before any heading. */
function isAddressee(block: ExportBlock): boolean {
  const text = block.runs.map((r) => r.text).join('');
  return block.level === 0 && !block.gap && /[：:]$/.test(text) && text.length <= 40 && !/[。；！？]/.test(text);
}

function blockParagraph(block: ExportBlock, options: { addressee?: boolean; footnote?: number; comments?: Comments } = {}): Paragraph {
  const children: ParagraphChild[] = block.gap ? runs([{ text: '〔' }, ...block.runs, { text: '〕' }], options.comments) : runs(block.runs, options.comments);
  if (options.footnote !== undefined) children.push(new FootnoteReferenceRun(options.footnote));
  const style = block.level > 0 ? `Heading${Math.min(block.level, 4)}` : block.gap ? 'GapNote' : options.addressee ? 'Addressee' : undefined;
  return new Paragraph({ ...(style ? { style } : {}), children });
}

/** 落款 and 成文日期 to fill, after one empty line (GB/T 9704 7.3.5.2). */
function signatureLines(): Paragraph[] {
  return [
    new Paragraph({ children: [] }),
    new Paragraph({ style: 'Signature', children: runs([{ text: '（发文机关署名）', fill: true }]) }),
    new Paragraph({ style: 'Signature', children: runs([{ text: '20XX年X月X日', fill: true }]) }),
  ];
}

/** A footnote naming a section's source: 《title》第二部分，2022年。原文链接：… */
function footnote(s: ExportSection): { children: Paragraph[] } {
  // As the 写作篮 page names it (src/lib/basket.ts sourceLabel).
  const label = [`《${s.docTitle}》${s.cite === '全文' ? '' : s.cite}`, s.year].filter(Boolean).join('，');
  return {
    children: [
      new Paragraph({
        style: 'FootnoteText',
        children: [
          new TextRun(`${label}。原文链接：`),
          new ExternalHyperlink({ link: s.sourceUrl, children: [new TextRun({ text: s.sourceUrl, style: 'Hyperlink' })] }) as ParagraphChild,
        ],
      }),
    ],
  };
}

/** The body: each section's blocks; with footnotes, each section's last block carries its own. */
/** A table as Word draws it: full width, ruled, the cells' text flush left without the body's indent. */
function tableOf(rows: readonly string[][]): Table {
  const cell = (text: string, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text, ...(head ? { bold: true } : {}) })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })),
  });
}

function bodyParagraphs(draft: ExportDraft, comments: Comments): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let first = true;
  draft.sections.forEach((s, i) => {
    s.blocks.forEach((block, j) => {
      const last = j === s.blocks.length - 1;
      if (block.table) {
        out.push(tableOf(block.table));
        // A section ending in a table gets its footnote on a paragraph of its own after it.
        if (draft.sources === 'footnotes' && last) out.push(new Paragraph({ children: [new FootnoteReferenceRun(i + 1)] }));
        first = false;
        return;
      }
      out.push(
        blockParagraph(block, {
          addressee: first && i === 0 && isAddressee(block),
          comments,
          ...(draft.sources === 'footnotes' && last ? { footnote: i + 1 } : {}),
        }),
      );
      first = false;
    });
  });
  return out;
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
      (f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
}

/** Builds the draft as .docx bytes. */
/** `author` names who wrote the Word comments (ExportRun.comment), e.g. 起草自查. */
export async function buildDocx(draft: ExportDraft, options: { author?: string } = {}): Promise<Uint8Array> {
  const sources = draft.sources ?? 'note';
  const comments: Comments = [];
  const body = bodyParagraphs(draft, comments);
  const author = options.author ?? '精神文明建设文库';
  const doc = new Document({
    title: draft.title,
    creator: '精神文明建设文库',
    description: draft.sections.map((s) => s.sourceUrl).join(' '),
    evenAndOddHeaderAndFooters: true,
    styles,
    ...(sources === 'footnotes' ? { footnotes: Object.fromEntries(draft.sections.map((s, i) => [String(i + 1), footnote(s)])) } : {}),
    // Runs with a comment (ExportRun.comment): one Word comment each, in the order written.
    ...(comments.length
      ? {
          comments: {
            children: comments.map((text, id) => ({
              id,
              author,
              initials: '文库',
              children: [new Paragraph({ style: 'SourceNote', children: [new TextRun(text)] })],
            })),
          },
        }
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
        children: [titleParagraph(draft.title), ...body, ...signatureLines(), ...(sources === 'note' ? sourceNotes(draft.sections) : [])],
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
