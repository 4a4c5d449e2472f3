/**
 * Sorting, grouping and counting documents. Generic over the few fields used,
 * so the rules are unit-tested without the content layer.
 */

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
  const la = latestYear(a);
  const lb = latestYear(b);
  if (la !== lb) {
    if (la === null) return 1;
    if (lb === null) return -1;
    return lb - la;
  }
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

/** Years of a document as group keys; null stands for "year unknown". */
export function yearKeys(doc: Sortable): (number | null)[] {
  return doc.data.years.length ? [...doc.data.years] : [null];
}

/** Year groups, newest year first, the unknown-year group last. */
export function groupByYear<T extends Sortable>(docs: readonly T[]): [number | null, T[]][] {
  const groups = groupByKeys(sortNewestFirst(docs), yearKeys);
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a));
}
