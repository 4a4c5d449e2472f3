/**
 * Near-duplicate figure: character 4-gram shingles of the text with whitespace and punctuation
 * removed; the figure is the larger containment (shared shingles over the smaller set), so
 * a shorter version of a longer text still scores high.
 */
function shingles(text: string, n = 4): Set<string> {
  const cached = n === 4 ? recent.get(text) : undefined;
  if (cached) return cached;
  const t = text.replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  if (n === 4) {
    // Each import compares with every library document: their sets are made once, not per input.
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, out);
  }
  return out;
}

/** The shingle sets of the texts compared lately (a library's documents), oldest dropped first. */
const RECENT = 4096;
const recent = new Map<string, Set<string>>();

/** 0–1, two decimals. */
export function similarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const s of small) if (large.has(s)) shared++;
  return Math.round((shared / small.size) * 100) / 100;
}

/** At or above this, the report lists a library document as a near-duplicate. */
export const NEAR_DUPLICATE = 0.5;

/**
 * How alike two texts are, character by character: 1 − (insertions + deletions) / (|a| + |b|),
 * i.e. 2·LCS / (|a| + |b|), by Myers' O(ND) difference algorithm. Gives up (returns the bound)
 * beyond `maxShare` of difference, which keeps it fast on texts of tens of thousands of characters.
 */
export function lcsSimilarity(a: string, b: string, maxShare = 0.2): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const n = x.length;
  const m = y.length;
  if (n + m === 0) return 1;
  const max = Math.ceil((n + m) * maxShare);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) return 1 - d / (n + m);
    }
  }
  return 1 - maxShare;
}

/**
 * At or above this (lcsSimilarity of the texts without whitespace), an imported document is the
 * same text as a library document: the import is refused unless the keeper replaces that
 * document (--force) or links the new one as its version (--version-of). 0.98 leaves room for a
 * corrected typo or a changed date (2 characters in 100), not for a reworded paragraph.
 */
export const DUPLICATE = 0.98;

/** A text as the DUPLICATE test reads it, computed once per document: whitespace removed, its length, a character histogram. */
export interface TextSketch {
  text: string;
  length: number;
  /** Character counts in 64 buckets (code point mod 64). */
  buckets: Int32Array;
}

export function textSketch(text: string): TextSketch {
  const stripped = text.replace(/\s+/g, '');
  const buckets = new Int32Array(64);
  let length = 0;
  for (const ch of stripped) {
    buckets[ch.codePointAt(0)! & 63]!++;
    length++;
  }
  return { text: stripped, length, buckets };
}

/**
 * How alike two texts are as the same text (0–1), for the DUPLICATE test. Cheap bounds first, so
 * a library of thousands is compared quickly: 2·LCS/(n+m) ≤ 2·min(n,m)/(n+m), and every character
 * counted differently needs an insertion or a deletion, so the histograms' difference bounds it
 * too; then shared 4-grams; the character-level figure (lcsSimilarity) only for texts that pass.
 * Below DUPLICATE − 0.02 it may return 0.
 */
export function sameTextSimilarity(a: string | TextSketch, b: string | TextSketch): number {
  const x = typeof a === 'string' ? textSketch(a) : a;
  const y = typeof b === 'string' ? textSketch(b) : b;
  if (x.text === y.text) return 1;
  const total = x.length + y.length;
  if ((2 * Math.min(x.length, y.length)) / total < DUPLICATE) return 0;
  let differ = 0;
  for (let i = 0; i < 64; i++) differ += Math.abs(x.buckets[i]! - y.buckets[i]!);
  if (1 - differ / total < DUPLICATE) return 0;
  if (similarity(x.text, y.text) < 0.9) return 0;
  return Math.floor(lcsSimilarity(x.text, y.text, 1 - DUPLICATE + 0.02) * 100) / 100;
}
