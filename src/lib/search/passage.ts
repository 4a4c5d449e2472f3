/**
 * A passage shown in search results as the 写作篮 holds it (../basket.ts): the block's whole
 * text from the stored text (never an excerpt), its fill-in spots as their own runs (the same
 * detection as the page's `mark.fill-in`, ../templates/placeholders.ts), its source and its
 * permanent link. Plain TypeScript, so the unit tests build the same passage the page does.
 */
import type { BasketPassage } from '../basket.ts';
import { placeholderRuns } from '../templates/placeholders.ts';
import type { Place } from './excerpt.ts';

/** The document a passage comes from, as a result card knows it. */
export interface PassageSource {
  /** The document's page under the site's base, as Pagefind gives it: /wenku/docs/<id>/. */
  url: string;
  title: string;
  /** The document's years as the page writes them (2023、2024年), if known. */
  year?: string | undefined;
}

/** The document's id: the last segment of its page's path (docs/<id>/). */
export function docIdOf(url: string): string {
  return url.split('#')[0]!.split('/').filter(Boolean).at(-1) ?? '';
}

/**
 * The basket passage of a place that has a permanent anchor of its own; undefined for one
 * without (the title), which no link could point back to. A heading keeps its level
 * (h2 → 1, as ExportBlock counts), a paragraph is body text.
 */
export function basketPassage(place: Place, src: PassageSource): BasketPassage | undefined {
  if (!place.id) return undefined;
  const docId = docIdOf(src.url);
  const path = src.url.split('#')[0]!;
  return {
    key: `${docId}#${place.id}`,
    docId,
    docTitle: src.title,
    ...(src.year ? { year: src.year } : {}),
    cite: place.cite || place.section || place.id,
    url: `${path}#${place.id}`,
    blocks: [{ level: place.heading >= 2 ? place.heading - 1 : 0, runs: placeholderRuns(place.text), anchor: place.id }],
  };
}
