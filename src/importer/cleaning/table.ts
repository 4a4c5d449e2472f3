/**
 * Rule: a Word table becomes a Markdown (GFM) table. The text rules read lines, so docx.ts puts
 * each table into the text as ONE line, a token no rule reads as text: it opens with a
 * private-use character, holds no space, punctuation or Han character, and is longer than any
 * line the rules take for a short title, so page, title, joining and punctuation rules leave it
 * whole. buildBlocks turns the token into a table block; renderBody writes it.
 *
 * Cells are as Word has them (white space collapsed; a cell's paragraphs joined by a space: a
 * GFM cell holds one line). A merged cell's text stands in its first (top-left) cell, the cells
 * it covers stay empty; short rows are padded, so every row has as many cells as the widest.
 */
import { escapeMdxText } from './mdx.ts';

const OPEN = '\uE000WenkuWordTable';
const CLOSE = '\uE001';

export interface WordTable {
  /** Rows of cells, all of the same length; the first row is the table's head. */
  rows: string[][];
  /** How many cells were merged across rows or columns in Word. */
  merged: number;
}

/** The one-line token carrying a table through the text rules. */
export function tableLine(table: WordTable): string {
  return `${OPEN}${Buffer.from(JSON.stringify([table.rows, table.merged]), 'utf8').toString('base64url')}${CLOSE}`;
}

/** The table a token line carries, or undefined for any other line. */
export function parseTableLine(line: string): WordTable | undefined {
  if (!line.startsWith(OPEN) || !line.endsWith(CLOSE)) return undefined;
  try {
    const [rows, merged] = JSON.parse(Buffer.from(line.slice(OPEN.length, -CLOSE.length), 'base64url').toString('utf8')) as [unknown, unknown];
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) return undefined;
    const width = Math.max(1, ...rows.map((r: string[]) => r.length));
    return { rows: rows.map((r: string[]) => [...r, ...Array<string>(width - r.length).fill('')]), merged: typeof merged === 'number' ? merged : 0 };
  } catch {
    return undefined;
  }
}

/** A cell's text as GFM reads it literally: MDX/Markdown escaped (`|` included), on one line. */
function cell(text: string): string {
  return escapeMdxText(text.replace(/\s+/g, ' ').trim());
}

/** The table as GFM Markdown: head row, delimiter row, body rows. */
export function renderTable(table: WordTable): string {
  const line = (row: readonly string[]) => `| ${row.map(cell).join(' | ')} |`;
  const [head, ...body] = table.rows;
  return [line(head!), `| ${head!.map(() => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

/** The table's text, for similarity and topics: its cells in reading order. */
export function tableText(table: WordTable): string {
  return table.rows.flatMap((r) => r.filter((c) => c.trim())).join(' ');
}

/** The report's line: "Word 表格（3行×4列）转为表格". */
export function tableNote(table: WordTable): string {
  const size = `${table.rows.length}行×${table.rows[0]!.length}列`;
  return table.merged > 0 ? `Word 表格（${size}）转为表格；合并单元格${table.merged}处，文字放在合并区域的首格，其余格留空` : `Word 表格（${size}）转为表格`;
}
