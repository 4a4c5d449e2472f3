/**
 * Sorting, grouping and counting documents. Generic over the few fields used,
 * so the rules are unit-tested without the content layer.
 */
import { compareYears, type Facet, type FacetFields } from './facets.ts';

export interface Sortable {
  id: string;
  data: { title: string; years: readonly number[] };
}

const collator = new Intl.Collator('zh-CN');

/** Latest year a document covers, or null when unknown. */
export function latestYear(doc: Sortable): number | null {
  return doc.data.years.length ? Math.max(...doc.data.years) : null;
}

/**
 * Newest first: by the latest year covered (descending), then the earliest year
 * (a one-year plan before a five-year programme ending the same year), then title, then id.
 * Documents without a year come last.
 */
export function compareNewestFirst(a: Sortable, b: Sortable): number {
  const byLatest = compareYears(latestYear(a), latestYear(b));
  if (byLatest) return byLatest;
  const ea = a.data.years.length ? Math.min(...a.data.years) : 0;
  const eb = b.data.years.length ? Math.min(...b.data.years) : 0;
  if (ea !== eb) return eb - ea;
  return collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortNewestFirst<T extends Sortable>(docs: readonly T[]): T[] {
  return [...docs].sort(compareNewestFirst);
}

/**
 * Groups items under every key they carry (an item with two keys appears in both groups).
 * Items keep their input order inside each group; keys appear in first-seen order.
 */
export function groupByKeys<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * A facet's values with their items, in display order: every year some item covers (and
 * "unknown" when one has none), or every term of the vocabulary, empty or not.
 */
export function groupByFacet<T extends { data: FacetFields }>(facet: Facet, items: readonly T[]): [string, T[]][] {
  const groups = groupByKeys(items, (d) => facet.valuesOf(d.data));
  const values = facet.terms ? facet.terms.map((t) => t.slug) : [...groups.keys()].sort(facet.compare);
  return values.map((v) => [v, groups.get(v) ?? []]);
}
