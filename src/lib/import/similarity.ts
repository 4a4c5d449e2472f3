/**
 * Near-duplicate figure: character 4-gram shingles of the text with whitespace and punctuation
 * removed; the figure is the larger containment (shared shingles over the smaller set), so
 * a shorter version of a longer text still scores high.
 */
function shingles(text: string, n = 4): Set<string> {
  const t = text.replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return out;
}

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
export function textSimilarity(a: string, b: string, maxShare = 0.2): number {
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
