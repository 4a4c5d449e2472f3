/**
 * The search page's state and its URL form: /search/?q=以学铸魂&year=2023,2024&type=summary&sort=year
 * Several values of one facet are comma-separated (repeated parameters are read too).
 * Unknown facet values are dropped, so a hand-edited URL cannot break the page.
 */
import { emptyFacetValues, facet, FACET_KEYS, type FacetKey } from '../facets.ts';

type SortOrder = 'relevance' | 'year';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFacetValues();
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v && facet(key).isValue(v));
    filters[key] = [...new Set(values)].sort();
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'year' ? 'year' : 'relevance' };
}

function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) {
    const values = [...new Set(state.filters[key])].sort();
    if (values.length) params.set(key, values.join(','));
  }
  if (state.sort === 'year') params.set('sort', 'year');
  return params;
}

/** The query string of a state ("" when nothing is set), with commas left readable. */
export function stateToSearch(state: SearchState): string {
  const s = stateToParams(state).toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FACET_KEYS.some((f) => state.filters[f].length > 0);
}
