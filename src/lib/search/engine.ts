/**
 * Runs a search state against the encoded Pagefind index: one exact search per term, then
 * filters, facet counts, the year chart and the year order in one pass over the kept hits, from
 * the facet table. Plain TypeScript over a minimal Pagefind interface; design: docs/search.md.
 */
import { parseQuery, type ParsedQuery, type Term } from './encoding.ts';
import { decodeFacets, type FacetTableFile } from './facets.ts';
import { FACET_KEYS, type FacetKey, type FacetValues } from '../facets.ts';
import type { SearchState } from './state.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the hit: every occurrence for a bare word, the first match for a phrase. */
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

/** The part of Pagefind's API the engine uses: searches without filters or sort, and preloading. */
export interface PagefindApi {
  search(term: string | null): Promise<PagefindResponse | null>;
  /** Fetches and loads the index chunks a search for `term` needs, without searching. */
  preload?(term: string): Promise<void>;
}

export interface SearchOutcome {
  mode: 'empty' | 'query' | 'browse';
  query: ParsedQuery;
  /** Results in display order. */
  results: PagefindResult[];
  /** For every facet, every value with its count under the current query and the other facets. */
  counts: Record<FacetKey, Record<string, number>>;
  /** Matching documents per year value under all current filters (the chart). */
  years: Record<string, number>;
  /** FacetKey values of every document, by result id. */
  facets: ReadonlyMap<string, FacetValues>;
  /** Newest-first key of every document, by result id: higher is newer (see Catalog.newestKey). */
  newest: ReadonlyMap<string, number>;
}

/** What the engine knows about every document, from the facet values (once per session). */
interface Catalog {
  /** Every document, newest first (see newestKey). */
  all: PagefindResult[];
  /** FacetKey values of each document. */
  valuesOf: Map<string, FacetValues>;
  /** Every facet value with its number of documents. */
  counts: Record<FacetKey, Record<string, number>>;
  /**
   * Sort key for "newest first", higher is newer: the build adds documents to the index newest
   * first (compareNewestFirst in src/lib/grouping.ts: the year a text was written), and the
   * page order is checked against the facet table, so a document's place is its rank.
   */
  newestKey: Map<string, number>;
}

/** Stable sort, newest first (the build's order, see newestKey). */
function newestFirst(results: PagefindResult[], newestKey: Map<string, number>): PagefindResult[] {
  return [...results].sort((a, b) => (newestKey.get(b.id) ?? 0) - (newestKey.get(a.id) ?? 0));
}

/** Which index an engine queries: overlapping bigrams, or one word per character. */
export type IndexKind = 'bigram' | 'unigram';

/** How many queries' hits are kept for filter and sort changes. */
const KEPT_QUERIES = 20;

export class SearchEngine {
  private readonly pf: PagefindApi;
  private readonly kind: IndexKind;
  private readonly loadFacets: () => Promise<FacetTableFile>;
  private catalog: Promise<Catalog> | undefined;
  private readonly hits = new Map<string, Promise<PagefindResult[]>>();

  /** `loadFacets` fetches the facet table written next to this index (FACETS_FILE). */
  constructor(pf: PagefindApi, kind: IndexKind, loadFacets: () => Promise<FacetTableFile>) {
    this.pf = pf;
    this.kind = kind;
    this.loadFacets = loadFacets;
  }

  private async search(term: string | null): Promise<PagefindResponse> {
    const r = await this.pf.search(term);
    if (!r) throw new Error('search superseded');
    return r;
  }

  /** Loads the facet table and the list of every page (once); rejects when they do not match. */
  catalogue(): Promise<Catalog> {
    this.catalog ??= (async () => {
      const [file, every] = await Promise.all([this.loadFacets(), this.search(null)]);
      const valuesOf = decodeFacets(
        file,
        every.results.map((r) => r.id),
      );
      const counts = Object.fromEntries(FACET_KEYS.map((f) => [f, Object.fromEntries(file.values[f].map((v) => [v, 0]))])) as Record<
        FacetKey,
        Record<string, number>
      >;
      for (const own of valuesOf.values()) for (const f of FACET_KEYS) for (const v of own[f]) counts[f][v]! += 1;
      const newestKey = new Map(every.results.map((r, i) => [r.id, every.results.length - i]));
      return { all: every.results, valuesOf, counts, newestKey };
    })();
    this.catalog.catch(() => (this.catalog = undefined));
    return this.catalog;
  }

  /**
   * Loads the index chunks a query will need, while the page waits for the reader to stop
   * typing (as Pagefind's own debouncedSearch does), so the search itself finds them loaded.
   */
  async preload(q: string): Promise<void> {
    const { terms } = parseQuery(q);
    const words = terms.flatMap((t) => (this.kind === 'bigram' ? [t.pagefind] : t.unigram));
    await Promise.all(words.map((w) => this.pf.preload?.(w)));
  }

  /** The documents holding every term of the query, most relevant first (kept per query). */
  private matches(q: ParsedQuery): Promise<PagefindResult[]> {
    const key = q.terms.map((t) => t.pagefind).join('\u0000');
    let p = this.hits.get(key);
    if (!p) {
      p = this.match(q);
      p.catch(() => this.hits.delete(key));
      this.hits.set(key, p);
      if (this.hits.size > KEPT_QUERIES) this.hits.delete(this.hits.keys().next().value!);
    }
    return p;
  }

  private async match(q: ParsedQuery): Promise<PagefindResult[]> {
    const perTerm = await Promise.all(q.terms.map((t) => this.termResults(t)));
    const [first, ...rest] = perTerm;
    const others = rest.map((r) => new Set(r.map((x) => x.id)));
    const kept = first!.filter((x) => others.every((s) => s.has(x.id)));
    const lead = q.terms[0]!;
    const phrase = (this.kind === 'bigram' ? lead.pagefind : lead.unigram[0]).startsWith('"');
    const { newestKey } = await this.catalogue();
    const rank = (r: PagefindResult) => (phrase ? -Math.min(...r.words, Number.MAX_SAFE_INTEGER) : r.score);
    return kept
      .map((r) => ({ r, rank: rank(r), y: newestKey.get(r.id) ?? 0 }))
      .sort((a, b) => b.rank - a.rank || b.y - a.y)
      .map((x) => x.r);
  }

  /** The documents holding one term (the union of both forms on the unigram index). */
  private async termResults(term: Term): Promise<PagefindResult[]> {
    if (this.kind === 'bigram') return (await this.search(term.pagefind)).results;
    const [inside, atEnd] = await Promise.all(term.unigram.map((u) => this.search(u)));
    const seen = new Set(inside!.results.map((x) => x.id));
    return [...inside!.results, ...atEnd!.results.filter((x) => !seen.has(x.id))];
  }

  async run(state: SearchState): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    const counts = { year: {}, level: {}, type: {}, topic: {} } as Record<FacetKey, Record<string, number>>;
    const selected = FACET_KEYS.filter((f) => state.filters[f].length > 0);
    if (query.terms.length === 0 && selected.length === 0) {
      // Nothing asked yet: offer every value with its number of documents, for browsing.
      const { counts: all, valuesOf, newestKey } = await this.catalogue();
      for (const f of FACET_KEYS) counts[f] = { ...all[f] };
      return { mode: 'empty', query, results: [], counts, years: {}, facets: valuesOf, newest: newestKey };
    }
    const [catalog, found] = await Promise.all([this.catalogue(), query.terms.length ? this.matches(query) : undefined]);
    for (const f of FACET_KEYS) for (const v of Object.keys(catalog.counts[f])) counts[f][v] = 0;
    const years: Record<string, number> = Object.fromEntries(Object.keys(catalog.counts.year).map((v) => [v, 0]));
    const wanted = Object.fromEntries(selected.map((f) => [f, new Set(state.filters[f])])) as Partial<Record<FacetKey, Set<string>>>;
    const results: PagefindResult[] = [];
    // One pass: a document counts for facet f when it passes every selected facet but f.
    for (const r of found ?? catalog.all) {
      const own = catalog.valuesOf.get(r.id);
      if (!own) continue;
      const fails = selected.filter((f) => !own[f].some((v) => wanted[f]!.has(v)));
      if (fails.length > 1) continue;
      for (const f of FACET_KEYS) {
        if (fails.length === 1 && fails[0] !== f) continue;
        for (const v of own[f]) counts[f][v] = (counts[f][v] ?? 0) + 1;
      }
      if (fails.length === 0) {
        results.push(r);
        for (const v of own.year) years[v] = (years[v] ?? 0) + 1;
      }
    }
    const byYear = state.sort === 'year' || query.terms.length === 0;
    return {
      mode: query.terms.length ? 'query' : 'browse',
      query,
      results: byYear && found ? newestFirst(results, catalog.newestKey) : results,
      counts,
      years,
      facets: catalog.valuesOf,
      newest: catalog.newestKey,
    };
  }
}
