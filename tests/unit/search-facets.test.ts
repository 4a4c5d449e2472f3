import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { facetValuesOf, type FacetValues } from '../../src/lib/facets';
import { checksum, decodeFacets, encodeFacets, parseFacetFile } from '../../src/lib/search/facets';
import type { IndexedDoc } from '../../src/lib/search/index-copy';

const doc = (id: string, years: number[], level: string, types: string[], topics: string[]): IndexedDoc => ({
  id,
  path: `docs/${id}/`,
  title: id,
  years,
  level,
  types,
  topics,
});
const docs = [
  doc('a', [2022], 'district', ['key-points'], ['theory', 'core-values']),
  doc('b', [2023, 2022], 'municipal', ['summary', 'plan'], ['integrity']),
  doc('c', [], 'district', ['report'], ['minors', 'theory']),
];
const ids = ['und_1111111', 'und_2222222', 'und_3333333'];

describe('facet table', () => {
  it('files a document without years under "unknown" and lists years newest first', () => {
    expect(facetValuesOf(docs[2]!).year).toEqual(['unknown']);
    expect(facetValuesOf(docs[1]!).year).toEqual(['2023', '2022']);
  });

  it('round-trips every document’s values, keyed by page id', () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    expect(table.values.year).toEqual(['2023', '2022', 'unknown']);
    expect(table.count).toBe(3);
    const back = decodeFacets(JSON.parse(JSON.stringify(table)), ids);
    docs.forEach((d, i) => {
      const got = back.get(ids[i]!)!;
      const want: FacetValues = facetValuesOf(d);
      for (const f of ['year', 'level', 'type', 'topic'] as const) expect([...got[f]].sort()).toEqual([...want[f]].sort());
    });
  });

  it('refuses page ids in another order, another number of pages, or a damaged row', () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    expect(() => decodeFacets(table, [ids[1]!, ids[0]!, ids[2]!])).toThrow(/does not match the search index/);
    expect(() => decodeFacets(table, ids.slice(0, 2))).toThrow(/does not match the search index/);
    expect(() => decodeFacets({ ...table, columns: { ...table.columns, year: table.columns.year.replace(/^\d+/, '9') } }, ids)).toThrow(/no year value 9/);
    expect(() => decodeFacets({ ...table, columns: { ...table.columns, topic: '0' } }, ids)).toThrow(/topic has 1 cells, expected 3/);
    expect(() => encodeFacets(docs.map(facetValuesOf), ids.slice(1))).toThrow(/3 documents but 2 page ids/);
  });

  it('reads the file gzipped, as written, or already unpacked', async () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    expect(await parseFacetFile(gzipSync(JSON.stringify(table)))).toEqual(table);
    expect(await parseFacetFile(new TextEncoder().encode(JSON.stringify(table)))).toEqual(table);
  });

  it('checksums depend on order', () => {
    expect(checksum(['a', 'b'])).not.toBe(checksum(['b', 'a']));
    expect(checksum(['a', 'b'])).toMatch(/^[0-9a-f]{8}$/);
  });
});
