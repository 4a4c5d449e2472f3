/**
 * "Relevance" for a query: documents that are more about it come first. How much a document is
 * about the query comes from the blocks of its stored text that hold a match (./excerpt.ts):
 * every occurrence counts once, and an occurrence in the title or a heading counts HEADING_WEIGHT
 * times more, since a heading that names the phrase opens a whole section on it; equal scores go
 * newest first. Rule and its measurement on the library: docs/search.md ("Relevance").
 */
import type { ParsedQuery } from './encoding.ts';
import type { PagefindResult } from './engine.ts';
import { analyse, type Analysis, type Place } from './excerpt.ts';

/** What one occurrence in the title or a heading is worth, in occurrences in the body. */
export const HEADING_WEIGHT = 4;

/**
 * Results ranked this way: the first RANK_WINDOW in the engine's order (earliest occurrence,
 * then newest), whose stored text the page loads to rank them; the others follow in that order.
 */
const RANK_WINDOW = 20;

export interface Aboutness {
  /** Occurrences of the terms in the whole text. */
  occurrences: number;
  /** Of which in the title or a heading. */
  inHeadings: number;
  score: number;
}

export function aboutness(places: readonly Pick<Place, 'heading' | 'hits'>[]): Aboutness {
  let occurrences = 0;
  let inHeadings = 0;
  for (const p of places) {
    occurrences += p.hits;
    if (p.heading > 0) inHeadings += p.hits;
  }
  return { occurrences, inHeadings, score: occurrences + (HEADING_WEIGHT - 1) * inHeadings };
}

/**
 * Orders items by score, highest first; equal scores by `newer` (higher is newer), then as given.
 * Stable, so the engine's order decides what is left.
 */
export function byAboutness<T>(items: readonly T[], score: (item: T) => number, newer: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, s: score(item), y: newer(item) }))
    .sort((a, b) => b.s - a.s || b.y - a.y || a.i - b.i)
    .map((x) => x.item);
}

/**
 * The results in the order of relevance: the first RANK_WINDOW by aboutness (their stored text
 * loaded, as the page needs it for the first results anyway), then the rest as the engine gave
 * them. `newer` is the engine's newest-first key. Also returns each ranked document's analysis.
 */
export async function rankResults(
  results: readonly PagefindResult[],
  query: ParsedQuery,
  newer: (id: string) => number,
): Promise<{ ranked: PagefindResult[]; analyses: Map<string, Analysis & Aboutness> }> {
  const head = results.slice(0, RANK_WINDOW);
  const datas = await Promise.all(head.map((r) => r.data()));
  const analyses = new Map<string, Analysis & Aboutness>();
  head.forEach((r, i) => {
    const a = analyse(datas[i]!, query);
    analyses.set(r.id, { ...a, ...aboutness(a.places) });
  });
  const ranked = byAboutness(
    head,
    (r) => analyses.get(r.id)!.score,
    (r) => newer(r.id),
  );
  return { ranked: [...ranked, ...results.slice(RANK_WINDOW)], analyses };
}
