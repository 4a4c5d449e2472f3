/**
 * The one definition of each facet (src/lib/facets.ts), and that the search page's names,
 * labels and orders are that definition and not copies of it.
 */
import { describe, expect, it } from 'vitest';
import { compareYears, facet, FACET_KEYS, facets, facetValuesOf, orderValues, yearOf } from '../../src/lib/facets';
import { docTypeDescriptions, docTypes, levelDescriptions, levels, topicDescriptions, topics } from '../../src/lib/taxonomy';
import { facetDescriptions, valueDescription } from '../../src/lib/facet-descriptions';

describe('facet definitions', () => {
  it('four facets in navigation order, each with a key, a URL segment and a Chinese name', () => {
    expect(facets.map((f) => [f.key, f.path, f.label])).toEqual([
      ['year', 'years', '年份'],
      ['level', 'levels', '层级'],
      ['type', 'types', '类型'],
      ['topic', 'topics', '主题'],
    ]);
    expect(FACET_KEYS).toEqual(['year', 'level', 'type', 'topic']);
    for (const f of facets) expect(facetDescriptions[f.key]).toMatch(/^按.+浏览/);
    expect(() => facet('galaxy' as never)).toThrow(/unknown facet: galaxy/);
  });

  it('term facets are their taxonomy: values, labels, descriptions and order', () => {
    const cases = [
      ['level', levels, levelDescriptions],
      ['type', docTypes, docTypeDescriptions],
      ['topic', topics, topicDescriptions],
    ] as const;
    for (const [key, vocabulary, descriptions] of cases) {
      const f = facet(key);
      expect(f.terms).toBe(vocabulary.list);
      for (const t of vocabulary.list) {
        expect(f.isValue(t.slug)).toBe(true);
        expect(f.valueLabel(t.slug)).toBe(t.label);
        expect(valueDescription(key, t.slug)).toBe((descriptions as Record<string, string>)[t.slug]);
      }
      expect(orderValues(key, [...vocabulary.slugs].reverse())).toEqual(vocabulary.slugs);
      expect(f.isValue('unknown')).toBe(false);
    }
    // A value the vocabulary does not know keeps its slug as label and sorts last.
    expect(facet('level').valueLabel('galaxy')).toBe('galaxy');
    expect(orderValues('level', ['galaxy', 'village', 'provincial'])).toEqual(['provincial', 'village', 'galaxy']);
  });

  it('years: a four-digit year or "unknown", labelled 2023年 and 年份不详, newest first and unknown last', () => {
    const year = facet('year');
    expect(year.terms).toBeNull();
    expect(['2023', '1999', 'unknown'].map(year.isValue)).toEqual([true, true, true]);
    expect(['99', '2023年', '3023', ''].map(year.isValue)).toEqual([false, false, false, false]);
    expect(year.valueLabel('2023')).toBe('2023年');
    expect(year.valueLabel('unknown')).toBe('年份不详');
    expect(valueDescription('year', '2023')).toBe('涉及2023年的文献。');
    expect(valueDescription('year', 'unknown')).toBe('原文未写明年份的文献。');
    expect(orderValues('year', ['2021', 'unknown', '2024', '2022'])).toEqual(['2024', '2022', '2021', 'unknown']);
  });

  it('one year order for values, numbers and documents', () => {
    expect([2021, null, 2024].sort(compareYears)).toEqual([2024, 2021, null]);
    expect(yearOf('2023')).toBe(2023);
    expect(yearOf('unknown')).toBeNull();
  });

  it("reads a document's values from its frontmatter fields, in the frontmatter's order", () => {
    expect(facetValuesOf({ years: [2023, 2024], level: 'district', types: ['summary', 'plan'], topics: ['theory', 'theory', 'minors'] })).toEqual({
      year: ['2023', '2024'],
      level: ['district'],
      type: ['summary', 'plan'],
      topic: ['theory', 'minors'],
    });
    expect(facetValuesOf({ years: [], level: 'unit', types: [], topics: [] }).year).toEqual(['unknown']);
  });
});

describe('facet values', () => {
  it('every term of a facet and every year is one of its values; anything else is not', () => {
    for (const f of facets) {
      const values = f.terms ? f.terms.map((t) => t.slug) : ['2021', 'unknown', '2025'];
      for (const v of values) expect(f.isValue(v)).toBe(true);
      expect(f.isValue('galaxy')).toBe(false);
    }
  });
});
