/**
 * The page text a result loads (Pagefind's fragment), stored as plain text: one line per block,
 * one character per unit, instead of the bigram words Pagefind indexed. Half the bytes per
 * result; the build rewrites every fragment and proves that it decodes to the same blocks.
 * Format and figures: docs/search.md ("What a result loads").
 */
import { decodeContent, foldUnit, type DecodedBlock } from './encoding.ts';

/** Puts a block's gap (word positions skipped before it) in front of its line. */
const GAP = '\t';

/**
 * Blocks as stored text: lines of display characters. A block that does not start where the one
 * before it ended carries the number of skipped word positions between two tabs (units are never
 * whitespace, so tabs and line breaks are free).
 */
export function storeBlocks(blocks: readonly DecodedBlock[]): string {
  let pos = 0;
  const lines: string[] = [];
  for (const b of blocks) {
    const gap = b.start - pos;
    lines.push((gap ? `${GAP}${gap}${GAP}` : '') + b.chars.join(''));
    pos = b.start + b.chars.length;
  }
  return lines.join('\n');
}

/** Folded form of each character met so far: texts repeat a few thousand characters. */
const foldedChars = new Map<string, string>();

function folded(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) foldedChars.set(ch, (f = foldUnit(ch)));
  return f;
}

/** The blocks of stored text, with their word positions and folded units for matching. */
export function readStoredText(content: string): DecodedBlock[] {
  if (content === '') return [];
  let pos = 0;
  return content.split('\n').map((line) => {
    let text = line;
    if (line.startsWith(GAP)) {
      const end = line.indexOf(GAP, 1);
      pos += Number(line.slice(1, end));
      text = line.slice(end + 1);
    }
    const chars = Array.from(text);
    const block = { start: pos, chars, folded: chars.map(folded) };
    pos += chars.length;
    return block;
  });
}

/** The parts of a Pagefind fragment that the rewrite touches. */
export interface StoredFragment {
  content: string;
  anchors: { id: string; text: string; location: number }[];
}

/**
 * A fragment as Pagefind wrote it (encoded words) → the same fragment with plain stored text:
 * the content as lines (see storeBlocks), and each anchor's text replaced by the citation label
 * of its passage (`cites`: id → data-cite of the built page; '' for an id without one), which
 * the search page needs to put a passage in the 写作篮. Throws, naming `file`, when the stored
 * text would not decode to exactly the blocks Pagefind's words hold.
 */
export function storeFragment<F extends StoredFragment>(fragment: F, file: string, cites: ReadonlyMap<string, string> = new Map()): F {
  const blocks = decodeContent(fragment.content);
  const content = storeBlocks(blocks);
  const back = readStoredText(content);
  const same = (a: DecodedBlock, b: DecodedBlock | undefined) =>
    b !== undefined && a.start === b.start && a.chars.join('\u0000') === b.chars.join('\u0000') && a.folded.join('\u0000') === b.folded.join('\u0000');
  const bad = blocks.findIndex((b, i) => !same(b, back[i]));
  if (bad >= 0 || back.length !== blocks.length) {
    const at = bad >= 0 ? bad : Math.min(blocks.length, back.length);
    throw new Error(`${file}: block ${at} ("${blocks[at]?.chars.join('').slice(0, 20) ?? ''}") cannot be stored as plain text`);
  }
  // An anchor's text was its heading's, which the content already holds at the anchor's location.
  const textAt = new Map(blocks.map((b) => [b.start, b.chars.join('')]));
  for (const a of fragment.anchors) {
    const text = decodeContent(a.text)
      .map((b) => b.chars.join(''))
      .join('');
    if (text && text !== textAt.get(a.location))
      throw new Error(`${file}: the text of anchor "${text.slice(0, 20)}" is not the block at its location ${a.location}`);
  }
  const anchors = fragment.anchors.map((a) => ({ ...a, text: cites.get(a.id) ?? '' }));
  return { ...fragment, content, anchors };
}
