/**
 * The four facets of the library (year, level, type, topic), each defined once: its key, its
 * URL segment, its Chinese name, its values' labels and their order. The browse pages, the
 * document panel, the search page, the search index build and the tests all read them here;
 * the browse pages' one-line descriptions are in ./facet-descriptions.ts.
 * Plain data and functions (no content access), loadable in the browser and in Node.
 */
import { docTypes, levels, topics, UNKNOWN_YEAR_LABEL, UNKNOWN_YEAR_SLUG, type Term } from './taxonomy.ts';
import { url } from './url.ts';

/** Key of a facet: the search page's URL parameter (?year=2023) and the facet table's column. */
export type FacetKey = 'year' | 'level' | 'type' | 'topic';

/** The frontmatter fields the facets read. */
export interface FacetFields {
  years: readonly number[];
  level: string;
  types: readonly string[];
  topics: readonly string[];
}

/** A document's values of every facet (URL keys: "2023", "unknown", taxonomy slugs). */
export type FacetValues = Record<FacetKey, string[]>;

export interface Facet {
  key: FacetKey;
  /** URL segment of the facet's browse pages: /years/, /years/2023/. */
  path: string;
  /** Chinese name, as in the navigation, the document panel and the search filters. */
  label: string;
  /** The vocabulary of a term facet, in order; none for years (they come from the documents). */
  terms: readonly Term[] | null;
  /** True for a valid value (a hand-edited search URL may carry anything). */
  isValue(value: string): boolean;
  /** Reader-facing label of a value: 2023年, 年份不详, 区县级 (an unknown value as it is). */
  valueLabel(value: string): string;
  /** Display order of two values: years newest first and 年份不详 last, terms in taxonomy order. */
  compare(a: string, b: string): number;
  /** A document's values in its frontmatter's order (its first type is its main one); years: "unknown" when none. */
  valuesOf(doc: FacetFields): string[];
}

const YEAR = /^(19|20|21)\d\d$/;

/** The year of a year value, null for "unknown" (or anything else that is not a year). */
export function yearOf(value: string): number | null {
  return YEAR.test(value) ? Number(value) : null;
}

/** Newest first, unknown (null) last: the one order of years, for values and for documents. */
export function compareYears(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

const yearFacet: Facet = {
  key: 'year',
  path: 'years',
  label: '年份',
  terms: null,
  isValue: (v) => YEAR.test(v) || v === UNKNOWN_YEAR_SLUG,
  valueLabel: (v) => (v === UNKNOWN_YEAR_SLUG ? UNKNOWN_YEAR_LABEL : `${v}年`),
  compare: (a, b) => compareYears(yearOf(a), yearOf(b)),
  valuesOf: (doc) => (doc.years.length ? [...new Set(doc.years)].map(String) : [UNKNOWN_YEAR_SLUG]),
};

interface Vocabulary {
  list: readonly Term[];
  has(slug: string): boolean;
}

function termFacet(key: FacetKey, path: string, label: string, vocabulary: Vocabulary, field: (doc: FacetFields) => readonly string[]): Facet {
  const bySlug = new Map(vocabulary.list.map((t) => [t.slug, t]));
  // Unknown values sort after the vocabulary, by slug.
  const order = (v: string) => bySlug.get(v)?.order ?? Number.MAX_SAFE_INTEGER;
  const compare = (a: string, b: string) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0);
  return {
    key,
    path,
    label,
    terms: vocabulary.list,
    isValue: (v) => vocabulary.has(v),
    valueLabel: (v) => bySlug.get(v)?.label ?? v,
    compare,
    valuesOf: (doc) => [...new Set(field(doc))],
  };
}

/** Every facet, in navigation order. */
export const facets: readonly Facet[] = [
  yearFacet,
  termFacet('level', 'levels', '层级', levels, (d) => [d.level]),
  termFacet('type', 'types', '类型', docTypes, (d) => d.types),
  termFacet('topic', 'topics', '主题', topics, (d) => d.topics),
];

/** The facet keys, in navigation order. */
export const FACET_KEYS: readonly FacetKey[] = facets.map((f) => f.key);

const byKey = new Map(facets.map((f) => [f.key, f]));

export function facet(key: FacetKey): Facet {
  const f = byKey.get(key);
  if (!f) throw new Error(`unknown facet: ${key}`);
  return f;
}

/** A document's values of every facet. */
export function facetValuesOf(doc: FacetFields): FacetValues {
  return Object.fromEntries(facets.map((f) => [f.key, f.valuesOf(doc)])) as FacetValues;
}

/** No value for any facet (the type checker keeps the keys complete). */
export function emptyFacetValues(): FacetValues {
  return { year: [], level: [], type: [], topic: [] };
}

/** A facet's values in display order (a new array). */
export function orderValues(key: FacetKey, values: readonly string[]): string[] {
  return [...values].sort(facet(key).compare);
}

/** URL of a facet's index page, e.g. /topics/. */
export function facetIndexHref(key: FacetKey): string {
  return url(`${facet(key).path}/`);
}

/** URL of one facet value, e.g. /topics/theory/ or /years/2023/. */
export function facetHref(key: FacetKey, value: string | number): string {
  return url(`${facet(key).path}/${value}/`);
}

/** URL of a document page. */
export function docHref(id: string): string {
  return url(`docs/${id}/`);
}
