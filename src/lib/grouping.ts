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

/** A year written with 年 in a title, not as an end of a span (the 2025年 of 2021—2025年 is not one). */
const TITLE_YEAR = /(?<![\d—–~～至到-])((?:19|20)\d\d)年/gu;

/**
 * The year a text was written, which is what “newest” means in lists: the data holds only the
 * years a text covers. A text covering one year, or a 总结 of one year with the next year's
 * 计划, counts by its latest year; a plan covering three or more years (a 规划) was written
 * at its start, so it counts by the year its title names (2022年…“十四五”规划 → 2022) or else
 * its first year (…规划（2021—2025年） → 2021). Null when no year is known.
 */
export function writtenYear(doc: Sortable): number | null {
  const { years, title } = doc.data;
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (last - first < 2) return last;
  for (const m of title.matchAll(TITLE_YEAR)) {
    const y = Number(m[1]);
    // A year after the span's start is when it was written; one far off is another subject.
    if (y >= first - 1 && y <= last && !/^\s*[—–~～至到-]/u.test(title.slice(m.index + m[0].length))) return y;
  }
  return first;
}

/**
 * Newest first: by the year the text was written (writtenYear, descending), then the earliest
 * year covered (a one-year plan before a longer one), then title, then id. Documents without a
 * year come last. The one order of “newest” for the catalog, the home page and the search index.
 */
function compareNewestFirst(a: Sortable, b: Sortable): number {
  const byWritten = compareYears(writtenYear(a), writtenYear(b));
  if (byWritten) return byWritten;
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
