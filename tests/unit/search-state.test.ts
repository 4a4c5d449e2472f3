import { describe, expect, it } from 'vitest';
import { stateFromParams, stateToSearch } from '../../src/lib/search/state';

describe('search state in the URL', () => {
  it('reads query, comma-separated and repeated facet values, and sort', () => {
    const s = stateFromParams(new URLSearchParams('q=以学铸魂&year=2023,2022&type=summary&type=plan&sort=year'));
    expect(s.q).toBe('以学铸魂');
    expect(s.filters.year).toEqual(['2022', '2023']);
    expect(s.filters.type).toEqual(['plan', 'summary']);
    expect(s.sort).toBe('year');
  });
  it('drops unknown facet values', () => {
    const s = stateFromParams(new URLSearchParams('level=galaxy,district&topic=x&year=99'));
    expect(s.filters.level).toEqual(['district']);
    expect(s.filters.topic).toEqual([]);
    expect(s.filters.year).toEqual([]);
  });
  it('writes a stable, readable query string', () => {
    const s = stateFromParams(new URLSearchParams('type=summary,plan&q=举旗帜、聚民心'));
    expect(stateToSearch(s)).toBe(`?q=${encodeURIComponent('举旗帜、聚民心')}&type=plan,summary`);
    expect(stateToSearch(stateFromParams(new URLSearchParams('')))).toBe('');
  });
});
