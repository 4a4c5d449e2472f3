/** Reader-facing names of the search facets and their values (from the taxonomy). */
import { docTypes, levels, topics, UNKNOWN_YEAR_LABEL, UNKNOWN_YEAR_SLUG } from '../taxonomy.ts';
import type { Facet } from './state.ts';

export const FACET_LABELS: Record<Facet, string> = { year: '年份', level: '层级', type: '类型', topic: '主题' };

export function valueLabel(facet: Facet, value: string): string {
  switch (facet) {
    case 'year':
      return value === UNKNOWN_YEAR_SLUG ? UNKNOWN_YEAR_LABEL : `${value}年`;
    case 'level':
      return levels.has(value) ? levels.get(value).label : value;
    case 'type':
      return docTypes.has(value) ? docTypes.get(value).label : value;
    case 'topic':
      return topics.has(value) ? topics.get(value).label : value;
  }
}

/** Display order of a facet's values: years newest first (unknown last), terms in taxonomy order. */
export function orderValues(facet: Facet, values: string[]): string[] {
  if (facet === 'year') {
    return [...values].sort((a, b) => (a === UNKNOWN_YEAR_SLUG ? 1 : b === UNKNOWN_YEAR_SLUG ? -1 : Number(b) - Number(a)));
  }
  const order = (v: string): number => {
    if (facet === 'level') return levels.has(v) ? levels.get(v).order : 999;
    if (facet === 'type') return docTypes.has(v) ? docTypes.get(v).order : 999;
    return topics.has(v) ? topics.get(v).order : 999;
  };
  return [...values].sort((a, b) => order(a) - order(b));
}
