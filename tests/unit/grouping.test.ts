import { describe, expect, it } from 'vitest';
import { facet } from '../../src/lib/facets';
import { groupByFacet, groupByKeys, sortNewestFirst, writtenYear, type Sortable } from '../../src/lib/grouping';
import { levels } from '../../src/lib/taxonomy';

const doc = (id: string, years: number[], title = id): Sortable => ({ id, data: { title, years } });

describe('sortNewestFirst()', () => {
  it('orders by the year a text was written, unknown years last', () => {
    const docs = [doc('a', [2022]), doc('b', []), doc('c', [2023, 2024]), doc('d', [2021, 2022, 2023, 2024, 2025])];
    // d, a five-year plan, was written in 2021 (its first year: no year in its title).
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(['c', 'a', 'd', 'b']);
  });
  it('puts a 2022 “十四五” plan among the 2022 texts, below the 2024 ones (the home page’s 最新文献)', () => {
    const docs = [
      doc('expressway', [2021, 2022, 2023, 2024, 2025], '2022年国有企业精神文明建设“十四五”规划'),
      doc('greening', [2024], '2024年精神文明建设工作总结'),
      doc('park', [2023, 2024], 'XX工委2023年精神文明建设工作总结及2024年工作计划'),
      doc('district', [2022], '2022年全区精神文明建设工作要点'),
      doc('propaganda', [2023], '区委宣传部2023年度精神文明工作方案'),
    ];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(['greening', 'park', 'propaganda', 'district', 'expressway']);
  });
  it('puts the shorter period first when two end the same year', () => {
    const docs = [doc('five', [2021, 2022, 2023]), doc('one', [2023])];
    expect(sortNewestFirst(docs).map((d) => d.id)).toEqual(['one', 'five']);
  });
  it('is stable for equal years: by title, then id', () => {
    const docs = [doc('z', [2022], '乙'), doc('y', [2022], '甲'), doc('x', [2022], '甲')];
    const ids = sortNewestFirst(docs).map((d) => d.id);
    expect(ids.indexOf('x')).toBeLessThan(ids.indexOf('y'));
    expect(sortNewestFirst(docs)).toEqual(sortNewestFirst([...docs].reverse()));
  });
  it('does not modify its input', () => {
    const docs = [doc('a', [2020]), doc('b', [2024])];
    sortNewestFirst(docs);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
  });
  it('writtenYear(): a one- or two-year text by its latest year, a longer plan by its title’s year or its first', () => {
    expect(writtenYear(doc('a', []))).toBeNull();
    expect(writtenYear(doc('a', [2022]))).toBe(2022);
    expect(writtenYear(doc('a', [2023, 2024], '2023年工作总结及2024年工作计划'))).toBe(2024);
    expect(writtenYear(doc('a', [2021, 2022, 2023, 2024, 2025], '2022年国有企业精神文明建设“十四五”规划'))).toBe(2022);
    expect(writtenYear(doc('a', [2021, 2022, 2023, 2024, 2025], '精神文明建设“十四五”规划（2021—2025年）'))).toBe(2021);
    expect(writtenYear(doc('a', [2021, 2022, 2023, 2024, 2025], '精神文明建设规划（2021年—2025年）'))).toBe(2021);
    expect(writtenYear(doc('a', [2021, 2022, 2023, 2024, 2025], '2020年编制的“十四五”规划'))).toBe(2020);
    // A year far from the span is about something else (纪念1949年…): the first year counts.
    expect(writtenYear(doc('a', [2021, 2022, 2023], '纪念1949年以来的成就三年规划'))).toBe(2021);
  });
});

describe('groupByKeys()', () => {
  it('puts an item under every key it carries, once per key, keeping order', () => {
    const groups = groupByKeys(
      [
        { n: 1, k: ['x', 'y'] },
        { n: 2, k: ['y', 'y'] },
      ],
      (i) => i.k,
    );
    expect(groups.get('x')?.map((i) => i.n)).toEqual([1]);
    expect(groups.get('y')?.map((i) => i.n)).toEqual([1, 2]);
  });
});

const facetDoc = (id: string, years: number[], level = 'district', types = ['plan'], topics = ['theory']) => ({
  id,
  data: { title: id, years, level, types, topics },
});

describe('groupByFacet()', () => {
  it('lists a document under each of its years, newest year first, unknown last', () => {
    const docs = sortNewestFirst([facetDoc('plan', [2023, 2024]), facetDoc('old', [2022]), facetDoc('none', []), facetDoc('new', [2024])]);
    const groups = groupByFacet(facet('year'), docs);
    expect(groups.map(([y]) => y)).toEqual(['2024', '2023', '2022', 'unknown']);
    expect(groups.map(([, g]) => g.map((d) => d.id))).toEqual([['new', 'plan'], ['plan'], ['old'], ['none']]);
  });
  it('counts every year of a multi-year programme', () => {
    const groups = new Map(groupByFacet(facet('year'), [facetDoc('p', [2021, 2022, 2023, 2024, 2025])]));
    expect([...groups.keys()]).toEqual(['2025', '2024', '2023', '2022', '2021']);
    for (const g of groups.values()) expect(g).toHaveLength(1);
  });
  it('gives every term of a vocabulary a group, in taxonomy order, empty or not', () => {
    const groups = groupByFacet(facet('level'), [facetDoc('a', [2022], 'village'), facetDoc('b', [2022], 'municipal')]);
    expect(groups.map(([v]) => v)).toEqual(levels.slugs);
    expect(Object.fromEntries(groups.map(([v, g]) => [v, g.map((d) => d.id)]))).toMatchObject({ village: ['a'], municipal: ['b'], provincial: [] });
  });
});
