/**
 * Reading a .docx: `mammoth` turns the document into HTML (headings from Word's heading
 * styles, paragraphs, list items, table cells), which becomes one line per paragraph.
 *
 * Word draws the numbers of auto-numbered paragraphs ("一、", "（一）", "1.") itself; they are
 * not in the text, and mammoth keeps only "a list". Before mammoth reads the file, each
 * numbered paragraph gets its number written in as text, computed from word/numbering.xml
 * the way Word counts (see numberParagraphs), so the text rules read a .docx and a .txt alike.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Element as HastElement, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { Inflate } from 'fflate';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { toChineseNumber } from '../lib/numbering.ts';
import { joinBrokenLines } from './cleaning/paragraphs.ts';
import { tableLine, type WordTable } from './cleaning/table.ts';
import { ImportInputError, type SourceText } from './types.ts';

/** Largest .docx read (bytes on disk). Images count here; the text of a 公文 is a few hundred KB at most. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Largest sum of a .docx's unpacked parts, counted while inflating (unpackedSize): a guard against zip bombs. */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/* ------------------------------------------------------------------ numbering */

interface Level {
  start: number;
  format: string;
  /** e.g. "%1、", "（%1）", "%1.%2". */
  text: string;
  /** w:isLgl: every number of the label in decimal (legal numbering). */
  legal: boolean;
}

interface NumberingDefs {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
  /** paragraph style id → its numbering (from styles.xml), following w:basedOn. */
  styleNumbering: (styleId: string) => { numId?: string; ilvl?: number } | undefined;
}

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

function child(el: Element | undefined, name: string): Element | undefined {
  return el ? children(el, name)[0] : undefined;
}

function val(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  return el.getAttributeNS(W, 'val') ?? el.getAttribute('w:val') ?? undefined;
}

function intVal(el: Element | undefined): number | undefined {
  const v = val(el);
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function wattr(el: Element, name: string): string | undefined {
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || undefined;
}

function parseXml(file: string, part: string, xml: string): Document {
  let error: string | undefined;
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => {
      if (level !== 'warning') error ??= String(msg);
    },
  }).parseFromString(xml, 'text/xml');
  if (error || !doc.documentElement) throw new ImportInputError(file, `${part} 不是格式正确的 XML（${error ?? '没有根元素'}）：这个 .docx 已损坏`);
  return doc as unknown as Document;
}

function readNumberingDefs(numberingXml: Document | undefined, stylesXml: Document | undefined): NumberingDefs {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  if (numberingXml) {
    const root = numberingXml.documentElement;
    for (const a of children(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'lvl')) {
        const ilvl = parseInt(wattr(l, 'ilvl') ?? '0', 10);
        levels.set(ilvl, {
          start: intVal(child(l, 'start')) ?? 1,
          format: val(child(l, 'numFmt')) ?? 'decimal',
          text: val(child(l, 'lvlText')) ?? '',
          legal: child(l, 'isLgl') !== undefined && val(child(l, 'isLgl')) !== '0' && val(child(l, 'isLgl')) !== 'false',
        });
      }
      abstract.set(wattr(a, 'abstractNumId') ?? '', levels);
    }
    for (const n of children(root, 'num')) {
      const overrides = new Map<number, number>();
      for (const o of children(n, 'lvlOverride')) {
        const start = intVal(child(o, 'startOverride'));
        if (start !== undefined) overrides.set(parseInt(wattr(o, 'ilvl') ?? '0', 10), start);
      }
      nums.set(wattr(n, 'numId') ?? '', { abstractId: val(child(n, 'abstractNumId')) ?? '', overrides });
    }
  }
  const styles = new Map<string, Element>();
  if (stylesXml) for (const s of children(stylesXml.documentElement, 'style')) styles.set(wattr(s, 'styleId') ?? '', s);
  const styleNumbering = (styleId: string) => {
    for (let id: string | undefined = styleId, hops = 0; id && hops < 20; hops++) {
      const style = styles.get(id);
      if (!style) return undefined;
      const numPr = child(child(style, 'pPr'), 'numPr');
      if (numPr) {
        const numId = val(child(numPr, 'numId'));
        const ilvl = intVal(child(numPr, 'ilvl'));
        return { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl }) };
      }
      id = val(child(style, 'basedOn'));
    }
    return undefined;
  };
  return { abstract, nums, styleNumbering };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * A number in one of Word's formats (w:numFmt). The Chinese counting formats are written the
 * 公文 way (十, 十一, 二十), the form src/lib/numbering.ts reads.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return toChineseNumber(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return n < 10
        ? LEGAL_DIGITS[n]!
        : toChineseNumber(n)
            .replace(/[一二三四五六七八九]/g, (c) => LEGAL_DIGITS['〇一二三四五六七八九'.indexOf(c)]!)
            .replace(/十/g, '拾')
            .replace(/百/g, '佰');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Writes each auto-numbered paragraph's number into its text, as Word would draw it.
 * Word counts per abstract numbering: paragraphs of different w:num sharing one w:abstractNum
 * continue each other's count, a w:num with a w:startOverride restarts it where it is first
 * used, and a level restarts after any paragraph of a higher level. Bullets get no text.
 */
function numberParagraphs(document: Document, defs: NumberingDefs): number {
  const counters = new Map<string, number[]>();
  const usedOverrides = new Set<string>();
  let numbered = 0;
  const paragraphs = document.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const pPr = child(p, 'pPr');
    const own = child(pPr, 'numPr');
    let numId = val(child(own, 'numId'));
    let ilvl = intVal(child(own, 'ilvl'));
    const styleId = val(child(pPr, 'pStyle'));
    if (numId === undefined && styleId) {
      const fromStyle = defs.styleNumbering(styleId);
      numId = fromStyle?.numId;
      ilvl ??= fromStyle?.ilvl;
    }
    if (numId === undefined || numId === '0') continue;
    const num = defs.nums.get(numId);
    const levels = num && defs.abstract.get(num.abstractId);
    if (!num || !levels) continue;
    const level = Math.min(Math.max(ilvl ?? 0, 0), 8);
    const def = levels.get(level);
    if (!def) continue;
    const count = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, count);
    const override = num.overrides.get(level);
    const key = `${numId}/${level}`;
    if (override !== undefined && !usedOverrides.has(key)) {
      usedOverrides.add(key);
      count[level] = override;
    } else {
      count[level] = (count[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
    }
    count.length = level + 1; // deeper levels restart
    const label = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const at = levels.get(l);
      const n = count[l] ?? at?.start ?? 1;
      return formatNumber(n, def.legal && l < level ? 'decimal' : (at?.format ?? 'decimal'));
    });
    if (!label.trim() || def.format === 'bullet') continue;
    const run = document.createElementNS(W, 'w:r');
    const t = document.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(document.createTextNode(label));
    run.appendChild(t);
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    numbered++;
  }
  return numbered;
}

/* ------------------------------------------------------------------ HTML → lines */

/** The class mammoth gives a paragraph in Word's Title style (see the style map in readDocx). */
const TITLE_CLASS = 'docx-title';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption']);

function textOf(node: HastNodes, lineBreak: string): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (node.tagName === 'br') return lineBreak;
    // Footnote back-links ("↑") are navigation, not text.
    if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#footnote-ref')) return '';
    if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#endnote-ref')) return '';
  }
  if ('children' in node) return node.children.map((c) => textOf(c as HastNodes, lineBreak)).join('');
  return '';
}

function hasBlockChild(el: HastElement): boolean {
  return el.children.some(
    (c) =>
      c.type === 'element' &&
      (BLOCKS.has(c.tagName) || ['ol', 'ul', 'table', 'tr', 'tbody', 'thead'].includes(c.tagName) || (c.tagName !== 'br' && hasBlockChild(c))),
  );
}

const SPAN_LIMIT = 1000;

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : parseInt(String(value ?? '1'), 10);
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 1), SPAN_LIMIT) : 1;
}

/** A cell's text on one line: its paragraphs (and any table inside it) joined by a space. */
function cellText(el: HastElement): string {
  const parts: string[] = [];
  let inline = '';
  for (const c of el.children) {
    if (c.type === 'element' && (BLOCKS.has(c.tagName) || ['ol', 'ul', 'table', 'tr', 'tbody', 'thead', 'tfoot'].includes(c.tagName))) {
      parts.push(inline, cellText(c));
      inline = '';
    } else inline += textOf(c as HastNodes, ' ');
  }
  parts.push(inline);
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** The cell elements of a table, row by row (its own rows, not those of a table inside a cell). */
function tableCells(table: HastElement): HastElement[][] {
  const rows: HastElement[][] = [];
  const visit = (el: HastElement) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c.children.filter((d): d is HastElement => d.type === 'element' && (d.tagName === 'td' || d.tagName === 'th')));
      else if (['thead', 'tbody', 'tfoot'].includes(c.tagName)) visit(c);
    }
  };
  visit(table);
  return rows;
}

/**
 * A table's grid: a merged cell's text in its first cell, the cells it covers empty (mammoth
 * writes Word's merges as colspan and rowspan), rows padded to the widest.
 */
function tableGrid(table: HastElement): WordTable {
  const rows: string[][] = [];
  const covered: number[] = []; // per column: rows still covered by a rowspan from above
  let merged = 0;
  for (const cells of tableCells(table)) {
    const row: string[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((covered[col] ?? 0) > 0) {
        covered[col]!--;
        row.push('');
        col++;
      }
    };
    for (const cell of cells) {
      skipCovered();
      const cols = span(cell.properties['colSpan']);
      const down = span(cell.properties['rowSpan']);
      if (cols > 1 || down > 1) merged++;
      row.push(cellText(cell), ...Array<string>(cols - 1).fill(''));
      for (let k = 0; k < cols; k++) covered[col + k] = down - 1;
      col += cols;
    }
    skipCovered();
    // Covered columns beyond the last cell of this row.
    for (let k = col; k < covered.length; k++) {
      if ((covered[k] ?? 0) > 0) {
        while (row.length < k) row.push('');
        covered[k]!--;
        row.push('');
      }
    }
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), merged };
}

/**
 * Lines of text (one per Word paragraph; a table one token line, see cleaning/table.ts) and which
 * of them were Word headings, from mammoth's HTML. A soft line break inside a paragraph (Shift+Enter)
 * is settled here by the .txt rule for hard wraps (joinBrokenLines): the parts of one sentence are
 * joined, a break after a sentence end or before a date keeps its line; Word paragraphs are never
 * joined later (cleanBody's keepParagraphs).
 */
export function htmlToLines(html: string): {
  lines: string[];
  headings: Map<number, number>;
  title?: number;
  softBreaks: { joined: number; kept: number };
  tables: number;
} {
  const lines: string[] = [];
  const headings = new Map<number, number>();
  const softBreaks = { joined: 0, kept: 0 };
  let tables = 0;
  let title: number | undefined;
  const push = (text: string, heading?: number, isTitle = false) => {
    const parts = text
      .split('\n')
      .map((raw) => raw.replace(/[\t ]+/g, ' ').trim())
      .filter(Boolean);
    const joined = parts.length > 1 ? joinBrokenLines(parts) : { lines: parts, joins: 0 };
    softBreaks.joined += joined.joins;
    softBreaks.kept += Math.max(0, joined.lines.length - 1);
    for (const line of joined.lines) {
      if (heading) headings.set(lines.length, heading);
      if (isTitle) title ??= lines.length;
      lines.push(line);
    }
  };
  const walk = (node: HastNodes) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element' && node.tagName === 'table') {
      const table = tableGrid(node);
      const cells = table.rows.flat();
      if (cells.length === 1)
        walk(tableCells(node)[0]![0]!); // a framed paragraph: its text as paragraphs
      else if (cells.some((c) => c !== '')) {
        lines.push(tableLine(table));
        tables++;
      }
      return;
    }
    if (node.type === 'element' && BLOCKS.has(node.tagName) && !hasBlockChild(node)) {
      const heading = /^h([1-6])$/.exec(node.tagName);
      // A line break inside a heading is layout; inside a paragraph it starts a new line.
      const isTitle = node.tagName === 'h1' && Array.isArray(node.properties['className']) && node.properties['className'].includes(TITLE_CLASS);
      push(textOf(node, heading ? '' : '\n'), heading ? Number(heading[1]) : undefined, isTitle);
      return;
    }
    // A list item holding its own text and a nested list: the text first, then the items.
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      let inline = '';
      for (const c of node.children) {
        if (c.type === 'element' && (BLOCKS.has(c.tagName) || ['ol', 'ul', 'table'].includes(c.tagName))) {
          push(inline);
          inline = '';
          walk(c);
        } else inline += textOf(c, '\n');
      }
      push(inline);
      return;
    }
    for (const c of node.children) walk(c as HastNodes);
  };
  walk(fromHtml(html, { fragment: true }));
  return { lines, headings, ...(title !== undefined && { title }), softBreaks, tables };
}

/* ------------------------------------------------------------------ the file */

const STOP = Symbol('over the limit');

/**
 * The bytes a zip's parts really unpack to, counted while inflating (in small steps, so no step
 * makes more than a few MB), stopping as soon as the count passes `limit`: the sizes a zip declares
 * may lie, so they are never used. Each part is read where and as far as its central directory
 * entry says, as JSZip (and so mammoth) will read it. Bytes that are no zip count 0 (JSZip then
 * names the problem).
 */
export function unpackedSize(bytes: Uint8Array, limit: number): { size: number; over: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return { size: 0, over: false };
  let size = 0;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n--) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(Math.min(start, bytes.length), Math.min(bytes.length, start + compressed));
    if (method === 0) size += data.length;
    else if (method === 8) {
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        if (size > limit) throw STOP;
      });
      try {
        // 1 KiB of input inflates to 1 MiB at most (DEFLATE's ratio is about 1:1032).
        for (let i = 0; i < data.length; i += 1024) inflate.push(data.subarray(i, i + 1024), i + 1024 >= data.length);
      } catch (error) {
        if (error !== STOP) continue; // a damaged part: JSZip reports it
      }
    }
    if (size > limit) return { size, over: true };
  }
  return { size, over: false };
}

async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string');
}

/** JSZip's error, in the keeper's language where it is one of the known ones. */
function unzipProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/size mismatch/i.test(message)) return '压缩包记录的大小与实际解压出的大小不符：文件已损坏或被改动过';
  if (/crc32/i.test(message)) return '压缩包的校验码不符：文件已损坏';
  return message;
}

/** A .docx file as the text rules read it: one paragraph a line, numbers written in, headings hinted. */
export async function readDocx(file: string, bytes: Uint8Array): Promise<SourceText & { notes: string[] }> {
  if (bytes.length === 0) throw new ImportInputError(file, '文件是空的（0字节）');
  if (bytes.length > MAX_DOCX_BYTES) {
    throw new ImportInputError(file, `文件有 ${bytes.length} 字节，超过 .docx 的上限 ${MAX_DOCX_BYTES} 字节（20 MiB）`);
  }
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const old = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new ImportInputError(
      file,
      old ? '这是旧版 Word（.doc）文件，不是 .docx：请用 Word 或 WPS 打开，另存为 .docx' : '不是 .docx 文件：.docx 是 zip 压缩包，这个文件不是',
    );
  }
  // Before JSZip unpacks anything: a zip bomb is stopped while it inflates.
  const unpacked = unpackedSize(bytes, MAX_DOCX_UNPACKED);
  if (unpacked.over) {
    throw new ImportInputError(
      file,
      `这个 .docx 解压后超过上限 ${MAX_DOCX_UNPACKED} 字节（200 MiB）：解压到 ${unpacked.size} 字节时已停止，未读取（是压缩炸弹或损坏的文件？）`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ImportInputError(file, `不是 .docx 文件：zip 压缩包读不出来（${error instanceof Error ? error.message : String(error)}）`);
  }
  let documentXml: string | undefined;
  try {
    documentXml = await readPart(zip, 'word/document.xml');
  } catch (error) {
    throw new ImportInputError(file, `不是 .docx 文件：word/document.xml 解压不出来（${unzipProblem(error)}）`);
  }
  if (documentXml === undefined) throw new ImportInputError(file, '不是 .docx 文件：zip 压缩包里没有 word/document.xml（是其他 Office 文件或普通压缩包？）');

  const document = parseXml(file, 'word/document.xml', documentXml);
  const numberingXml = await readPart(zip, 'word/numbering.xml');
  const stylesXml = await readPart(zip, 'word/styles.xml');
  const defs = readNumberingDefs(
    numberingXml === undefined ? undefined : parseXml(file, 'word/numbering.xml', numberingXml),
    stylesXml === undefined ? undefined : parseXml(file, 'word/styles.xml', stylesXml),
  );
  const numbered = numberParagraphs(document, defs);
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document as unknown as Node));
  // Bytes, not a Node Buffer: the 起草自查 page reads a draft with this same function in the browser.
  let buffer: Uint8Array;
  try {
    buffer = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  } catch (error) {
    throw new ImportInputError(file, `这个 .docx 有解压不出来的部分（${unzipProblem(error)}）`);
  }

  let images = 0;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build.
      { buffer, arrayBuffer: buffer.buffer } as unknown as { buffer: Buffer },
      {
        styleMap: [`p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`, "p[style-name='Subtitle'] => h2:fresh"],
        externalFileAccess: false,
        // Images are not imported: count them, never unpack them.
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    );
  } catch (error) {
    throw new ImportInputError(file, `这个 .docx 读不出来（${error instanceof Error ? error.message : String(error)}）`);
  }
  const { lines, headings, title, softBreaks } = htmlToLines(result.value);
  if (lines.length === 0) throw new ImportInputError(file, '这个 .docx 里没有文字');
  const notes: string[] = [];
  if (softBreaks.joined) notes.push(`段内换行（Shift+Enter）${softBreaks.joined} 处在句子中间，已接合`);
  if (softBreaks.kept) notes.push(`段内换行（Shift+Enter）${softBreaks.kept} 处在句末或日期前，已分段`);
  if (numbered) notes.push(`Word 自动编号 ${numbered} 处，编号已写成文字`);
  if (images) notes.push(`图片 ${images} 张，未导入`);
  return {
    path: file,
    format: 'docx',
    encoding: 'docx',
    text: lines.join('\n'),
    headingHints: headings,
    ...(title !== undefined && { titleLine: title }),
    notes,
  };
}
