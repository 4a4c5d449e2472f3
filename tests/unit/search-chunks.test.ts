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
import { buildSearchIndex } from '../../src/integrations/search-index';
import { CHUNK_SIZE_ENV, indexChunkSize } from '../../src/lib/search/chunk-size';
import { encodeBlock } from '../../src/lib/search/encoding';
import { indexCopy, type ManifestDoc, type SearchManifest } from '../../src/lib/search/index-copy';

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
    const docs: ManifestDoc[] = [];
    const pages: string[] = [];
    for (let i = 0; i < 8; i++) {
      const text = Array.from({ length: 1500 }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 1500 + k * 7) % 6000))).join('');
      docs.push({ id: `d${i}`, path: `docs/d${i}/`, title: `文献${i}`, years: [2022], level: 'district', types: ['plan'], topics: ['theory'] });
      pages.push(`<html><body><article data-pagefind-body><h1>文献${i}</h1><p>${text}</p></article></body></html>`);
    }
    docs.forEach((d, i) => {
      mkdirSync(join(dir, d.path), { recursive: true });
      writeFileSync(join(dir, d.path, 'index.html'), pages[i]!);
    });
    mkdirSync(join(dir, 'search'));
    writeFileSync(join(dir, 'search', 'manifest.json'), JSON.stringify({ docs } satisfies SearchManifest));
    expect(process.env[CHUNK_SIZE_ENV]).toBeUndefined();

    await buildSearchIndex(dir, { info: () => {}, warn: () => {} });
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
