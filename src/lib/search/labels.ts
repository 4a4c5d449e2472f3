/** Reader-facing names of the search facets and their values: all from src/lib/facets.ts. */
import { facet, facets } from '../facets.ts';
import type { Facet } from './state.ts';

export { orderValues } from '../facets.ts';

export const FACET_LABELS = Object.fromEntries(facets.map((f) => [f.key, f.label])) as Record<Facet, string>;

export function valueLabel(key: Facet, value: string): string {
  return facet(key).valueLabel(value);
}
