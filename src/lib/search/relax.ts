/**
 * What the search page tries when a query finds nothing as typed (docs/search.md, "No exact
 * match"): the query without the punctuation at its ends (a pasted sentence's 。), then the
 * documents that hold all of its parts, each part offered as a search of its own.
 */

/** Punctuation and symbols: where a query splits into parts, and what its ends may lose. */
const MARKS = /[\p{P}\p{S}]+/u;
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const SPACE = /[\s\u3000]+/u;

/**
 * The query with the punctuation at both ends of each term removed, or undefined when that
 * changes nothing or leaves nothing: 坚持以人民为中心的发展思想。 → 坚持以人民为中心的发展思想.
 */
export function withoutEdgePunctuation(input: string): string | undefined {
  const terms = input.split(SPACE).filter(Boolean);
  const kept = terms.map((t) => t.replace(EDGES, '')).filter(Boolean);
  const out = kept.join(' ');
  return kept.length && out !== terms.join(' ') ? out : undefined;
}

/** Splits a run of text into words (the page passes the browser's Intl.Segmenter). */
export type WordSplitter = (text: string) => string[];

/** Words of a text by Intl.Segmenter (zh), punctuation and spaces left out. */
export function segmenterWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Words with the single characters joined up, since one character finds nearly every document
 * and needs the larger single-character index: a run of them goes in pairs (以|学|铸|魂 → 以学,
 * 铸魂), and one left over joins the next word, or the previous part at the end (聚|民心 → 聚民心,
 * 这|句|话 → 这句话).
 */
function joinSingles(words: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  const single = (w: string) => Array.from(w).length === 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!single(w)) {
      out.push(pending + w);
      pending = '';
      continue;
    }
    const run = [pending + w];
    pending = '';
    while (i + 1 < words.length && single(words[i + 1]!)) run.push(words[++i]!);
    for (let j = 0; j + 1 < run.length; j += 2) out.push(run[j]! + run[j + 1]!);
    if (run.length % 2) pending = run.at(-1)!;
  }
  if (pending) {
    if (out.length) out[out.length - 1] += pending;
    else out.push(pending);
  }
  return out;
}

/** The runs of a query between its own spaces and punctuation. */
export function queryRuns(input: string): string[] {
  return input
    .split(SPACE)
    .flatMap((t) => t.split(MARKS))
    .filter(Boolean);
}

/** Most word boundaries tried for a two-part split (each is one search). */
export const MAX_SPLITS = 7;

/**
 * A query that is one run, cut in two at a boundary of its words (`parts`, as queryParts gives
 * them): every such cut, the most even first (精神文明建设|工作计划 before 精神文明建设工作|计划),
 * at most MAX_SPLITS. The page takes the first whose two halves some document holds.
 */
export function twoPartSplits(parts: readonly string[]): [string, string][] {
  const len = (s: string) => Array.from(s).length;
  const total = len(parts.join(''));
  const splits: { split: [string, string]; left: number; shorter: number }[] = [];
  for (let k = 1; k < parts.length; k++) {
    const left = parts.slice(0, k).join('');
    splits.push({ split: [left, parts.slice(k).join('')], left: len(left), shorter: Math.min(len(left), total - len(left)) });
  }
  // Equally even: the longer first half (a phrase's head word comes last: 精神文明建设|工作计划).
  return splits
    .sort((a, b) => b.shorter - a.shorter || b.left - a.left)
    .slice(0, MAX_SPLITS)
    .map((x) => x.split);
}

/**
 * The parts of a query: split at its own spaces and punctuation; a query that is one run is
 * split into words (`split`) with single characters joined up. Distinct parts, in order;
 * fewer than two means there is nothing to split.
 */
export function queryParts(input: string, split: WordSplitter = segmenterWords): string[] {
  const runs = queryRuns(input);
  const parts = runs.length === 1 ? joinSingles(split(runs[0]!)) : runs;
  const unique = [...new Set(parts)];
  return unique.length > 1 ? unique : [];
}
