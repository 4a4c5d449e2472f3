/**
 * Turns one Pagefind result (its stored text and anchors) into what a reader sees:
 * the sections where every term occurs, each with its heading, an excerpt with the terms
 * marked, and a link to the nearest element with a structural id (s2, s2-3-p4 …).
 * Matching is done here again on the decoded text, so a result is only shown when its
 * text really contains every term (the exact run, punctuation included).
 */
import { findInBlock, type DecodedBlock, type ParsedQuery } from './encoding.ts';
import { readStoredText } from './stored-text.ts';
import type { PagefindAnchor, PagefindData } from './engine.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Section {
  /** Anchor id to link to ('' = top of the page); the heading's own id when the heading holds a match. */
  id: string;
  /** Text of the heading the match sits under ('标题' in the title, '' before the first heading). */
  heading: string;
  /** The whole heading with the terms marked, when they occur in the heading itself; else empty. */
  headingParts: ExcerptPart[];
  /**
   * The excerpt of the body around the match; empty when only the heading holds one. A section
   * that matches in its heading and in its body is one entry: the marked heading, then the
   * excerpt of the first body block that matches; never the heading on its own and then again
   * as the label of an excerpt from its body.
   */
  parts: ExcerptPart[];
  /** Occurrences of the terms in this entry's blocks. */
  hits: number;
  /** Blocks holding a match that this entry stands for: its own, or a heading and every block of its body that holds one. */
  blocks: number;
  /** Index in Analysis.places of the heading shown marked (-1 when none), and of the block the excerpt is from (-1 when none). */
  headingPlace: number;
  partsPlace: number;
}

/** One block of the text that holds a match, whole: what 全部 N 处 lists and the 写作篮 takes. */
export interface Place {
  /** The block's own anchor id: its permanent link; '' for a block without one (the title). */
  id: string;
  /** Where a link goes: the block's own anchor, else the nearest before it ('' = top of the page). */
  target: string;
  /** Citation label of the block's own anchor (第二部分第3段, stored with it by the build), or ''. */
  cite: string;
  /** Section label: the heading the block stands under (TITLE in the title, '' before the first heading). */
  section: string;
  /** 0 for body text, 1 for the title (h1), 2…6 for a heading h2…h6. */
  heading: number;
  /** The whole block, the terms marked. */
  parts: ExcerptPart[];
  /** The whole block as written. */
  text: string;
  /** Occurrences of the terms in the block. */
  hits: number;
}

export interface Analysis {
  /** True when every term occurs in the decoded text. */
  confirmed: boolean;
  /** Total occurrences of all terms. */
  occurrences: number;
  sections: Section[];
  /** Every block that holds a match, in reading order. */
  places: Place[];
}

const CONTEXT_BEFORE = 24;
/** Section label of a match in the document title (the page's first block). */
const TITLE = '标题';
const EXCERPT_LENGTH = 90;

/** The text of the block that starts at a word position (a heading's anchor location). */
function textAt(blocks: DecodedBlock[], location: number): string {
  return blocks.find((b) => b.start === location)?.chars.join('') ?? '';
}

/** The last anchor at or before a word position. */
function anchorAt(anchors: PagefindAnchor[], pos: number, pred: (a: PagefindAnchor) => boolean): PagefindAnchor | undefined {
  let found: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (a.location > pos) break;
    if (pred(a)) found = a;
  }
  return found;
}

/**
 * The excerpt of a block around its matches: up to EXCERPT_LENGTH characters starting a little
 * before the first match, never ending inside a match (the window grows to the match's end).
 */
function excerptOf(block: DecodedBlock, ranges: [number, number][], length = EXCERPT_LENGTH): ExcerptPart[] {
  const first = ranges[0]![0];
  const size = block.chars.length;
  let start = Math.max(0, first - CONTEXT_BEFORE);
  let end = Math.min(size, start + length);
  start = Math.max(0, Math.min(start, end - length));
  for (const [s, len] of ranges) if (s < end && s + len > end) end = s + len;
  const marked = new Array<boolean>(size).fill(false);
  for (const [s, len] of ranges) for (let i = s; i < s + len; i++) marked[i] = true;
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  for (let i = start; i < end; i++) {
    const last = parts[parts.length - 1];
    const ch = block.chars[i]!;
    if (last && last.mark === marked[i] && last.text !== '…') last.text += ch;
    else parts.push({ text: ch, mark: marked[i]! });
  }
  if (end < size) parts.push({ text: '…', mark: false });
  return parts;
}

/** The block's own anchor: an id at its start (the innermost, which carries the citation label). */
function ownAnchor(anchors: PagefindAnchor[], start: number): PagefindAnchor | undefined {
  let own: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (a.location > start) break;
    if (a.location === start && a.id && (a.text || !own?.text)) own = a;
  }
  return own;
}

export function analyse(data: Pick<PagefindData, 'content' | 'anchors'>, query: ParsedQuery): Analysis {
  const blocks = readStoredText(data.content);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const found = new Set<string>();
  const sections: Section[] = [];
  const places: Place[] = [];
  let occurrences = 0;
  /** The entry of the last heading that holds a match: the blocks of its body join it. */
  let open: { section: Section; location: number } | undefined;
  for (const block of blocks) {
    const ranges: [number, number][] = [];
    for (const term of query.terms) {
      const len = Array.from(term.text).length;
      for (const at of findInBlock(block, term.text)) {
        ranges.push([at, len]);
        found.add(term.text);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    occurrences += ranges.length;
    const pos = block.start + ranges[0]![0];
    const target = anchorAt(anchors, pos, (a) => Boolean(a.id));
    const heading = anchorAt(anchors, pos, (a) => /^h[2-6]$/i.test(a.element) && Boolean(a.id));
    const isHeading = heading !== undefined && heading.location === block.start;
    const own = ownAnchor(anchors, block.start);
    const whole = block.chars.join('');
    places.push({
      id: own?.id ?? '',
      target: target?.id ?? '',
      cite: own?.text ?? '',
      section: isHeading ? whole : heading ? textAt(blocks, heading.location) : block === blocks[0] ? TITLE : '',
      heading: isHeading ? Number(heading.element.slice(1)) : block === blocks[0] ? 1 : 0,
      parts: excerptOf(block, ranges, block.chars.length),
      text: whole,
      hits: ranges.length,
    });
    // A match in a heading: the block is the heading (its anchor starts where the block does).
    if (isHeading) {
      const section: Section = {
        id: target?.id ?? '',
        heading: whole,
        headingParts: excerptOf(block, ranges, block.chars.length),
        parts: [],
        hits: ranges.length,
        blocks: 1,
        headingPlace: places.length - 1,
        partsPlace: -1,
      };
      sections.push(section);
      open = { section, location: heading.location };
      continue;
    }
    // A match in the body of a heading that matched joins the heading's entry, which keeps the
    // heading's link; the first gives the excerpt, the others are counted (placesNotShown).
    if (open && heading?.location === open.location) {
      if (open.section.parts.length === 0) {
        open.section.parts = excerptOf(block, ranges);
        open.section.partsPlace = places.length - 1;
      }
      open.section.hits += ranges.length;
      open.section.blocks++;
      continue;
    }
    open = undefined;
    sections.push({
      id: target?.id ?? '',
      heading: heading ? textAt(blocks, heading.location) : block === blocks[0] ? TITLE : '',
      headingParts: [],
      parts: excerptOf(block, ranges),
      hits: ranges.length,
      blocks: 1,
      headingPlace: -1,
      partsPlace: places.length - 1,
    });
  }
  return { confirmed: query.terms.every((t) => found.has(t.text)), occurrences, sections, places };
}

/**
 * Blocks holding a match that a card showing its first `shown` entries does not show: those of
 * the other entries, and the further body blocks gathered into a heading's entry.
 */
export function placesNotShown(sections: Section[], shown: number): number {
  let n = 0;
  for (const [i, s] of sections.entries()) {
    n += i < shown ? s.blocks - Number(s.headingParts.length > 0) - Number(s.parts.length > 0) : s.blocks;
  }
  return n;
}
