/**
 * Rules for 公文 numbering: which numbering level a line starts with, how its marker is
 * normalised, and which Markdown heading level it becomes.
 *
 * Levels (the rule): `一、` -> h2, `（一）` -> h3, `1.`/`1．`/`1、` -> h4, `（1）` -> h5.
 * Runs such as `一是…二是…` or `一要…二要…` are not numbering: they stay paragraphs.
 *
 * Heading-depth rule (documented here, applied by `HeadingLevels`): headings never skip
 * a level. A numbering kind is placed one level below the nearest open heading of a
 * higher-ranked kind, so when a text goes `一、` -> `1.` with no `（一）` between them,
 * that `1.` becomes h3 (not h4). The canonical level is an upper bound of the depth,
 * never exceeded, and a kind never sits deeper than its rank allows.
 */

export type NumberingKind = 'chapter' | 'section' | 'item' | 'subitem';

/** Canonical heading level of each kind. */
export const CANONICAL_LEVEL: Record<NumberingKind, 2 | 3 | 4 | 5> = {
  chapter: 2,
  section: 3,
  item: 4,
  subitem: 5,
};

const CN_NUM = '[一二三四五六七八九十]{1,3}';

const PATTERNS: readonly [NumberingKind, RegExp][] = [
  ['chapter', new RegExp(`^${CN_NUM}、`, 'u')],
  ['section', new RegExp(`^[（(]${CN_NUM}[）)]、?`, 'u')],
  ['subitem', /^[（(]\d{1,2}[）)]/u],
  // "1." "1．" "1、", but not a decimal such as "3.15"
  ['item', /^\d{1,2}(?:[.．](?!\d)|、)[ \u00a0]?/u],
];

export interface Numbering {
  kind: NumberingKind;
  /** The marker as written in the source, e.g. "(一)、" or "2. ". */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/** Detects the 公文 numbering a line starts with, if any. */
export function detectNumbering(line: string): Numbering | undefined {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(line);
    if (m) return { kind, marker: m[0], rest: line.slice(m[0].length) };
  }
  return undefined;
}

/**
 * Normalises a numbering marker: half-width brackets become full-width ("(一)" ->
 * "（一）"), a redundant "、" after a bracketed number is dropped ("（一）、" -> "（一）"),
 * and the space after "2. " is removed. "1、" and "1．" are kept as written.
 */
export function normalizeMarker(marker: string): string {
  return marker
    .replace(/^\(/, '（')
    .replace(/\)(、?)$/, '）$1')
    .replace(/^(（[^）]+）)、$/, '$1')
    .replace(/^(\d{1,2}[.．])[ \u00a0]$/, '$1');
}

/** Tracks open headings and gives each numbered heading a level that never skips one. */
export class HeadingLevels {
  private stack: { kind: NumberingKind; level: number }[] = [];

  /** Level for a heading of this kind at this point of the document. */
  next(kind: NumberingKind): number {
    const rank = CANONICAL_LEVEL[kind];
    while (this.stack.length > 0 && CANONICAL_LEVEL[this.stack[this.stack.length - 1]!.kind] >= rank) {
      this.stack.pop();
    }
    const parent = this.stack[this.stack.length - 1];
    const level = Math.min(rank, parent ? parent.level + 1 : 2);
    this.stack.push({ kind, level });
    return level;
  }
}
