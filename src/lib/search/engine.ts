/**
 * Runs a search state against the encoded Pagefind index (see src/integrations/search-index.ts)
 * and returns the ordered result set and facet counts. Plain TypeScript over a minimal
 * Pagefind interface, so the same code runs in the page, in Node (benchmark) and in tests.
 *
 * - On the bigram index each term is one Pagefind search: a quoted bigram phrase (exact run)
 *   or one bare bigram. On the unigram index (kind "unigram", used for queries with a single
 *   character, see encoding.ts) each term is two searches whose results are united: the run
 *   inside a block and the run that ends one. Pagefind merges several
 *   quoted phrases into one phrase, so terms are searched separately and intersected (AND).
 * - Quoted hits all score 1 in Pagefind; for "relevance" the same bigrams are searched
 *   unquoted (same index chunks, already loaded) and the exact hits are ordered by that score.
 * - Facet counts follow the usual faceting rule: values of one facet combine with OR,
 *   facets with AND, and a facet's counts ignore that facet's own selection. The documents
 *   of each facet value are fetched once per session (filter-only searches) and
 *   intersected with the result set, which also gives the per-year chart.
 */
import { parseQuery, type ParsedQuery, type Term } from './encoding.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';

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
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

type FilterSpec = Record<string, { any: string[] }>;

export interface PagefindApi {
  search(term: string | null, options?: { filters?: FilterSpec; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOutcome {
  mode: 'empty' | 'query' | 'browse';
  query: ParsedQuery;
  /** Results in display order. */
  results: PagefindResult[];
  /** For every facet, every value with its count under the current query and the other facets. */
  counts: Record<Facet, Record<string, number>>;
  /** Matching documents per year value under all current filters (the chart). */
  years: Record<string, number>;
}

interface ResultSet {
  ids: string[];
  byId: Map<string, PagefindResult>;
}

function filterSpec(filters: Record<Facet, string[]>, except?: Facet): FilterSpec {
  const spec: FilterSpec = {};
  for (const f of FACETS) if (f !== except && filters[f].length) spec[f] = { any: filters[f] };
  return spec;
}

/** The unquoted form of a term's bigram phrase: same words, scored by Pagefind. */
function unquoted(term: Term): string {
  return term.pagefind.replace(/^"|"$/g, '');
}

/** Which index an engine queries: overlapping bigrams, or one word per character. */
export type IndexKind = 'bigram' | 'unigram';

export class SearchEngine {
  private readonly pf: PagefindApi;
  private readonly kind: IndexKind;
  private allValues: Promise<Record<string, Record<string, number>>> | undefined;
  private readonly valueDocs = new Map<string, Promise<Set<string>>>();

  constructor(pf: PagefindApi, kind: IndexKind = 'bigram') {
    this.pf = pf;
    this.kind = kind;
  }

  /** Every filter value in the index with its document count. */
  values(): Promise<Record<string, Record<string, number>>> {
    this.allValues ??= this.pf.filters();
    return this.allValues;
  }

  private async search(term: string | null, filters: FilterSpec, sort?: Record<string, 'asc' | 'desc'>): Promise<PagefindResponse> {
    const options: { filters: FilterSpec; sort?: Record<string, 'asc' | 'desc'> } = { filters };
    if (sort) options.sort = sort;
    const r = await this.pf.search(term, options);
    if (!r) throw new Error('search superseded');
    return r;
  }

  private docsWith(facet: Facet, value: string): Promise<Set<string>> {
    const key = `${facet}\u0000${value}`;
    let p = this.valueDocs.get(key);
    if (!p) {
      p = this.search(null, { [facet]: { any: [value] } }).then((r) => new Set(r.results.map((x) => x.id)));
      this.valueDocs.set(key, p);
    }
    return p;
  }

  private async resultSet(q: ParsedQuery, filters: FilterSpec, sort?: Record<string, 'asc' | 'desc'>): Promise<ResultSet> {
    if (q.terms.length === 0) {
      const r = await this.search(null, filters, sort ?? { year: 'desc' });
      return { ids: r.results.map((x) => x.id), byId: new Map(r.results.map((x) => [x.id, x])) };
    }
    const perTerm = await Promise.all(q.terms.map((t) => this.termResults(t, filters, sort)));
    const [first, ...rest] = perTerm;
    const others = rest.map((r) => new Set(r.map((x) => x.id)));
    const kept = first!.filter((x) => others.every((s) => s.has(x.id)));
    return { ids: kept.map((x) => x.id), byId: new Map(kept.map((x) => [x.id, x])) };
  }

  /** The documents holding one term, in Pagefind's order (the union of both forms on the unigram index). */
  private async termResults(term: Term, filters: FilterSpec, sort?: Record<string, 'asc' | 'desc'>): Promise<PagefindResult[]> {
    if (this.kind === 'bigram') return (await this.search(term.pagefind, filters, sort)).results;
    const [inside, atEnd] = await Promise.all(term.unigram.map((u) => this.search(u, filters, sort)));
    const seen = new Set(inside!.results.map((x) => x.id));
    const merged = [...inside!.results, ...atEnd!.results.filter((x) => !seen.has(x.id))];
    if (!sort) return merged.sort((a, b) => b.score - a.score);
    // Two lists each in sort order: the sorted filter-only listing gives the common order.
    const rank = new Map((await this.search(null, filters, sort)).results.map((x, i) => [x.id, i]));
    return merged.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }

  async run(state: SearchState): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    const counts = { year: {}, level: {}, type: {}, topic: {} } as Record<Facet, Record<string, number>>;
    const anyFilter = FACETS.some((f) => state.filters[f].length > 0);
    if (query.terms.length === 0 && !anyFilter) {
      // Nothing asked yet: offer every value with its number of documents, for browsing.
      const values = await this.values();
      for (const f of FACETS) counts[f] = { ...(values[f] ?? {}) };
      return { mode: 'empty', query, results: [], counts, years: {} };
    }
    const spec = filterSpec(state.filters);
    const byYear = state.sort === 'year' || query.terms.length === 0;
    const lead = query.terms[0];
    // Phrases are re-scored unquoted (same index chunks), in parallel with the exact search;
    // single units and bigrams are unquoted searches already and carry their own scores.
    const rescore = this.kind === 'bigram' && !byYear && lead?.pagefind.startsWith('"') ? this.search(unquoted(lead), spec) : undefined;
    const main = await this.resultSet(query, spec, byYear ? { year: 'desc' } : undefined);
    let ordered = main.ids.map((id) => main.byId.get(id)!);
    if (!byYear && lead && ordered.length > 1) {
      const score = rescore
        ? new Map((await rescore).results.map((r) => [r.id, r.score]))
        : new Map(ordered.map((r) => [r.id, r.score]));
      ordered = [...ordered].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
    }

    const values = await this.values();
    const idsFor = async (facet: Facet): Promise<string[]> =>
      state.filters[facet].length ? (await this.resultSet(query, filterSpec(state.filters, facet))).ids : main.ids;
    const years: Record<string, number> = {};
    await Promise.all(
      FACETS.map(async (facet) => {
        const ids = await idsFor(facet);
        await Promise.all(
          Object.keys(values[facet] ?? {}).map(async (value) => {
            const docs = await this.docsWith(facet, value);
            counts[facet][value] = ids.reduce((n, id) => n + (docs.has(id) ? 1 : 0), 0);
            if (facet === 'year') years[value] = main.ids.reduce((n, id) => n + (docs.has(id) ? 1 : 0), 0);
          }),
        );
      }),
    );
    return { mode: query.terms.length ? 'query' : 'browse', query, results: ordered, counts, years };
  }
}
