/**
 * Pure helpers behind the in-page passage tools (复制链接 / 复制引用 / 复制本段文字 and
 * links to a text selection). Kept free of the DOM so they can be unit-tested.
 */

/** Absolute URL of a passage: the document's absolute URL plus `#id`. */
export function passageUrl(docUrl: string, id: string): string {
  return `${docUrl.replace(/#.*$/, '')}#${id}`;
}

/** 《标题》第二部分（三）第4段，<URL> */
export function formatCitation(title: string, cite: string, url: string): string {
  return `《${title}》${cite}，${url}`;
}

/** Zero-width and other invisible characters that must never reach a pasted text. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Plain text as a reader expects to paste it: no invisible characters, no runs of spaces. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Percent-encodes a term of a text directive. Besides what encodeURIComponent escapes,
 * "-", "," and "&" have a meaning in `:~:text=` and must be escaped too.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Where a selection starts and ends, as offsets into the plain text of its passages. */
export interface SelectionEnds {
  startText: string;
  startOffset: number;
  endText: string;
  endOffset: number;
  samePassage: boolean;
}

/**
 * Word boundaries of a text (sorted offsets, including 0 and the length). Browsers match text
 * fragments only on word boundaries, and Chinese words are found by a dictionary, so the
 * client passes Intl.Segmenter's boundaries; the default treats every character as a word.
 */
export type Boundaries = (text: string) => number[];
const everyChar: Boundaries = (text) => Array.from({ length: text.length + 1 }, (_, i) => i);

export function segmenterBoundaries(locale = 'zh'): Boundaries {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return everyChar;
  const segmenter = new Seg(locale, { granularity: 'word' });
  return (text) => [...Array.from(segmenter.segment(text), (s) => s.index), text.length];
}

function snapDown(bounds: number[], at: number): number {
  let best = 0;
  for (const b of bounds) if (b <= at) best = b;
  return best;
}
function snapUp(bounds: number[], at: number, max: number): number {
  for (const b of bounds) if (b >= at) return b;
  return max;
}

/** Longest run quoted whole in a text directive; longer selections use `start,end`. */
const MAX_EXACT = 30;
/** Length (before snapping to a word boundary) of each end of a `start,end` directive. */
const EDGE = 8;

/**
 * The `:~:text=` directive for a selection, widened to whole words: the exact text when
 * short and inside one passage, else `start,end`. Empty when nothing is selected.
 */
export function selectionDirective(sel: SelectionEnds, boundaries: Boundaries = everyChar): string {
  const sb = boundaries(sel.startText);
  const eb = sel.samePassage ? sb : boundaries(sel.endText);
  const s = snapDown(sb, sel.startOffset);
  const e = snapUp(eb, sel.endOffset, sel.endText.length);
  if (sel.samePassage) {
    const exact = cleanText(sel.startText.slice(s, e));
    if (!exact) return '';
    const startEnd = snapUp(sb, s + EDGE, sel.startText.length);
    const endStart = snapDown(sb, e - EDGE);
    if (exact.length <= MAX_EXACT || endStart <= startEnd) return `:~:text=${encodeTextTerm(exact)}`;
    return `:~:text=${encodeTextTerm(cleanText(sel.startText.slice(s, startEnd)))},${encodeTextTerm(cleanText(sel.startText.slice(endStart, e)))}`;
  }
  const first = cleanText(sel.startText.slice(s, snapUp(sb, s + EDGE, sel.startText.length)));
  const last = cleanText(sel.endText.slice(snapDown(eb, e - EDGE), e));
  if (!first || !last) return first || last ? `:~:text=${encodeTextTerm(first || last)}` : '';
  return `:~:text=${encodeTextTerm(first)},${encodeTextTerm(last)}`;
}

/**
 * Text of a heading's whole section: the heading and every passage after it up to the next
 * heading of the same or a higher level, one per line.
 */
export function sectionText(passages: readonly { level: number; text: string }[], index: number): string {
  const head = passages[index];
  if (!head) return '';
  const lines = [head.text];
  if (head.level > 0) {
    for (let i = index + 1; i < passages.length; i++) {
      const p = passages[i]!;
      if (p.level > 0 && p.level <= head.level) break;
      lines.push(p.text);
    }
  }
  return lines.filter(Boolean).join('\n');
}
