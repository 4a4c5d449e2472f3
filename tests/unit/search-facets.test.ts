import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { facetValuesOf, type FacetValues } from '../../src/lib/facets';
import { checksum, decodeFacets, encodeFacets, parseFacetFile, writeFacetFile } from '../../src/lib/search/facets';
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
const ids = ['a1b2c3d4e5_0', 'a1b2c3d4e5_1', 'a1b2c3d4e5_2'];

describe('facet table', () => {
  it('files a document without years under "unknown" and lists years newest first', () => {
    expect(facetValuesOf(docs[2]!).year).toEqual(['unknown']);
    expect(facetValuesOf(docs[1]!).year).toEqual(['2023', '2022']);
  });

  it('round-trips every document’s values, keyed by page id', () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    expect(table.values.year).toEqual(['2023', '2022', 'unknown']);
    expect(table.count).toBe(3);
    const back = decodeFacets(table, ids);
    docs.forEach((d, i) => {
      const got = back.get(ids[i]!)!;
      const want: FacetValues = facetValuesOf(d);
      for (const f of ['year', 'level', 'type', 'topic'] as const) expect([...got[f]].sort()).toEqual([...want[f]].sort());
    });
  });

  it('refuses page ids in another order, another number of pages, or a damaged table', () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    expect(() => decodeFacets(table, [ids[1]!, ids[0]!, ids[2]!])).toThrow(/does not match the search index/);
    expect(() => decodeFacets(table, ids.slice(0, 2))).toThrow(/does not match the search index/);
    // A bit set past the facet's last value (three years: bits 0-2).
    const year = table.planes.year.slice();
    year[1]! |= 1 << 5;
    expect(() => decodeFacets({ ...table, planes: { ...table.planes, year } }, ids)).toThrow(/document 1 has no year value 5/);
    expect(() => decodeFacets({ ...table, planes: { ...table.planes, topic: new Uint8Array(1) } }, ids)).toThrow(/topic has 1 bytes, expected 3/);
    expect(() => encodeFacets(docs.map(facetValuesOf), ids.slice(1))).toThrow(/3 documents but 2 page ids/);
  });

  it('packs one bit per value and document, a plane per eight values', () => {
    const many = Array.from({ length: 10 }, (_, i) => doc(`d${i}`, [2000 + i], 'district', ['plan'], ['theory']));
    const table = encodeFacets(
      many.map(facetValuesOf),
      many.map((d) => d.id),
    );
    // Ten years: two planes of ten bytes; 2009 is the first value (newest first), 2000 the tenth.
    expect(table.planes.year.length).toBe(20);
    expect(table.planes.year[9]).toBe(1 << 0);
    expect(table.planes.year[0]).toBe(0);
    expect(table.planes.year[10 + 0]).toBe(1 << 1);
    expect(table.planes.level).toEqual(new Uint8Array(10).fill(1));
  });

  it('reads the file gzipped, as written, or already unpacked, and refuses a truncated or other file', async () => {
    const table = encodeFacets(docs.map(facetValuesOf), ids);
    const bytes = writeFacetFile(table);
    expect(await parseFacetFile(gzipSync(bytes))).toEqual(table);
    expect(await parseFacetFile(bytes)).toEqual(table);
    await expect(parseFacetFile(bytes.subarray(0, bytes.length - 1))).rejects.toThrow(/topic has 2 bytes, expected 3/);
    await expect(parseFacetFile(new Uint8Array([...bytes, 0]))).rejects.toThrow(/1 bytes after the last facet/);
    const old = new TextEncoder().encode(JSON.stringify({ values: table.values, columns: {}, count: 3, ids: table.ids }));
    await expect(parseFacetFile(old)).rejects.toThrow(/no header line/);
    const other = new TextEncoder().encode(JSON.stringify({ format: 1 }) + '\n');
    await expect(parseFacetFile(other)).rejects.toThrow(/format 1, this page reads 2: rebuild the site/);
  });

  it('checksums depend on order', () => {
    expect(checksum(['a', 'b'])).not.toBe(checksum(['b', 'a']));
    expect(checksum(['a', 'b'])).toMatch(/^[0-9a-f]{8}$/);
  });
});
