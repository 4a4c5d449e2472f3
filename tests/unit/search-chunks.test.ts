/**
 * The index chunk size (src/lib/search/chunk-size.ts) reaches Pagefind: the build's index of a
 * fixture site is split into more chunks than Pagefind's default would make of the same pages.
 * Fails if a Pagefind upgrade stops reading PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { buildSearchIndex, readIndexedDocs } from '../../src/integrations/search-index';
import { CHUNK_SIZE_ENV, indexChunkSize } from '../../src/lib/search/chunk-size';
import { encodeBlock } from '../../src/lib/search/encoding';
import { indexCopy, indexedDocAttributes, type IndexedDoc } from '../../src/lib/search/index-copy';

describe('indexChunkSize', () => {
  it('grows with the square root of the corpus between its bounds', () => {
    expect(indexChunkSize(13)).toBe(1000);
    expect(indexChunkSize(1000)).toBe(6000);
    expect(indexChunkSize(4000)).toBe(12000);
    expect(indexChunkSize(10000)).toBe(18974);
    expect(indexChunkSize(100000)).toBe(20000);
  });
});

describe('the search index build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wenku-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes chunks of the computed size, not Pagefind’s default', async () => {
    // Eight pages of 1,500 distinct characters each: about 24,000 postings in all.
    const docs: IndexedDoc[] = [];
    const pages: string[] = [];
    for (let i = 0; i < 8; i++) {
      const text = Array.from({ length: 1500 }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 1500 + k * 7) % 6000))).join('');
      const doc: IndexedDoc = { id: `d${i}`, path: `docs/d${i}/`, title: `文献${i}`, years: [2022], level: 'district', types: ['plan'], topics: ['theory'] };
      const attrs = Object.entries(indexedDocAttributes(doc.id, doc.title, doc)).map(([k, v]) => ` ${k}="${v}"`).join('');
      docs.push(doc);
      pages.push(`<html><body><article data-pagefind-body${attrs}><h1>文献${i}</h1><p>${text}</p></article></body></html>`);
    }
    docs.forEach((d, i) => {
      mkdirSync(join(dir, d.path), { recursive: true });
      writeFileSync(join(dir, d.path, 'index.html'), pages[i]!);
    });
    expect(process.env[CHUNK_SIZE_ENV]).toBeUndefined();
    const hooks = () => ['uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e));
    const hooksBefore = hooks();

    await buildSearchIndex(dir, { info: () => {}, warn: () => {} });
    // No process-wide handler is left behind (Zopfli's Emscripten runtime adds two).
    expect(hooks()).toEqual(hooksBefore);
    const ours = readdirSync(join(dir, 'pagefind', 'index')).length;

    const { index } = await createIndex({ forceLanguage: 'und' });
    for (const [i, d] of docs.entries()) await index!.addHTMLFile({ url: `/${d.path}`, content: indexCopy(pages[i]!, d, encodeBlock).html });
    await index!.writeFiles({ outputPath: join(dir, 'default') });
    await close();
    const byDefault = readdirSync(join(dir, 'default', 'index')).length;

    expect(byDefault).toBe(2);
    expect(ours).toBeGreaterThanOrEqual(20);
    // The build leaves the environment as it found it.
    expect(process.env[CHUNK_SIZE_ENV]).toBeUndefined();
  }, 60_000);
});

describe('readIndexedDocs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wenku-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, html: string) => {
    mkdirSync(join(dir, 'docs', name), { recursive: true });
    writeFileSync(join(dir, 'docs', name, 'index.html'), html);
  };
  const page = (d: IndexedDoc) =>
    `<html><body><article data-pagefind-body${Object.entries(indexedDocAttributes(d.id, d.title, d)).map(([k, v]) => ` ${k}="${v}"`).join('')}><h1>${d.title}</h1></article></body></html>`;
  const doc = (id: string, years: number[], title = id): IndexedDoc => ({ id, path: `docs/${id}/`, title, years, level: 'district', types: ['plan'], topics: ['theory'] });

  it('reads every document page, newest first as the catalog orders them, and skips redirect pages', async () => {
    for (const d of [doc('a-old', [2021]), doc('b-undated', []), doc('c-new', [2024]), doc('d-period', [2020, 2021, 2022, 2023, 2024])]) write(d.id, page(d));
    write('e-former', '<html><head><meta http-equiv="refresh" content="0;url=../c-new/"></head><body></body></html>');
    const docs = await readIndexedDocs(dir);
    // d-period, a plan for 2020—2024 with no year in its title, was written in 2020 (src/lib/grouping.ts writtenYear).
    expect(docs.map((d) => d.id)).toEqual(['c-new', 'a-old', 'd-period', 'b-undated']);
    expect(docs[0]).toEqual(doc('c-new', [2024]));
  });

  it('refuses a page whose data-doc-id is not its directory', async () => {
    write('f-moved', page(doc('f-elsewhere', [2022])));
    await expect(readIndexedDocs(dir)).rejects.toThrow(/f-moved\/index\.html: data-doc-id is "f-elsewhere", not the page's directory "f-moved"/);
  });
});
