/**
 * The sharded index build (src/integrations/search-index/): a fixture site indexed as one shard
 * and as many shards (each by its own process, then merged) answers every query with the same
 * documents, order, counts and year chart through the search page's engine; an unchanged shard
 * is reused and a changed document re-indexes its shard only; Pagefind's files are read and
 * written byte for byte (the format the merge is pinned to).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexReport } from '../../src/integrations/search-index/index';
import { indexChunkSize } from '../../src/integrations/search-index/chunk-size';
import { readIndexedDocs } from '../../src/integrations/search-index/pages';
import { decodeCbor, encodeCbor, readChunk, readMeta, chunkBounds, compareWords } from '../../src/integrations/search-index/pagefind-files';
import { planShards } from '../../src/integrations/search-index/shards';
import { CHARS_BUNDLE } from '../../src/lib/search/encoding';
import { SearchEngine, type IndexKind, type PagefindApi, type SearchOutcome } from '../../src/lib/search/engine';
import { FACETS_FILE, parseFacetFile } from '../../src/lib/search/facets';
import { indexedDocAttributes, type IndexedDoc } from '../../src/lib/search/index-copy';
import { pagefindFetch } from '../../src/lib/search/pagefind-fetch';
import { emptyFacetValues } from '../../src/lib/facets';
import type { SearchState } from '../../src/lib/search/state';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve';
import { rng } from '../../scripts/bench/generate';

const quiet = { info: () => {}, warn: () => {} };
const CHARS =
  '以学铸魂举旗帜聚民心新时代文明实践中心建设工作计划总结要点方案深入开展志愿服务活动社会主义核心价值观培育和践行乡村振兴移风易俗宣传教育群众基层治理精神';
const PUNCT = '，。、；';

interface FixtureDoc extends IndexedDoc {
  paragraphs: string[];
}

function fixtureDocs(n: number, seed: number): FixtureDoc[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const text = (len: number) => Array.from({ length: len }, () => (r() < 0.08 ? pick([...PUNCT]) : pick([...CHARS]))).join('');
  return Array.from({ length: n }, (_, i) => {
    const year = pick([2019, 2020, 2021, 2022, 2022, 2023, 2023, 2023, 2024, 0]);
    return {
      id: `d${String(i).padStart(3, '0')}`,
      path: `docs/d${String(i).padStart(3, '0')}/`,
      title: `第${i}号${text(6)}`,
      years: year ? [year] : [],
      level: pick(['district', 'municipal', 'township']),
      types: [pick(['plan', 'summary', 'scheme'])],
      topics: [pick(['theory', 'integrity', 'minors'])],
      paragraphs: [
        ...Array.from({ length: 3 + Math.floor(r() * 4) }, () => text(40 + Math.floor(r() * 120))),
        // Latin words with diacritics (Pagefind files them as variants of the plain word) and astral characters.
        ...(i % 3 === 0 ? [`Résumé naïve 𠀀字 ${i}`] : i % 5 === 0 ? ['café RESUME İstanbul 😀笑'] : []),
      ],
    };
  });
}

function pageOf(d: FixtureDoc): string {
  const attrs = Object.entries(indexedDocAttributes(d.id, d.title, d))
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const body = d.paragraphs.map((p, i) => `<p id="p${i + 1}" data-cite="第${i + 1}段">${p}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><title>${d.title}</title></head><body><article data-pagefind-body${attrs}><h1>${d.title}</h1><h2 id="s1" data-cite="第一部分">一、总体要求</h2>${body}</article></body></html>`;
}

function writeSite(dir: string, docs: readonly FixtureDoc[]): void {
  for (const d of docs) {
    mkdirSync(join(dir, d.path), { recursive: true });
    writeFileSync(join(dir, d.path, 'index.html'), pageOf(d));
  }
}

const state = (q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({
  q,
  filters: { ...emptyFacetValues(), ...filters },
  sort,
});

/** What a search shows, by page URL: comparable across indexes whose page ids may differ. */
async function shown(out: SearchOutcome): Promise<unknown> {
  // Without the site's directory (/one/, /many/).
  const urls = await Promise.all(out.results.map(async (r) => new URL((await r.data()).url).pathname.replace(/^\/[^/]+/, '')));
  return { urls, counts: out.counts, years: out.years };
}

const docs = fixtureDocs(60, 7);
let root: string;
let srv: StaticServer;
const engines: Record<'one' | 'many', Record<IndexKind, SearchEngine>> = { one: {} as never, many: {} as never };
const reports = {} as Record<'one' | 'many', IndexReport>;

type PagefindModule = { createInstance(o: { basePath: string }): PagefindApi & { init(): Promise<void> } };

/**
 * An engine over a bundle, opened as the search page opens one (src/components/search-page.ts):
 * one pagefind.js for every instance, each initialised and catalogued before the next starts
 * (instances initialised at the same time break each other's WebAssembly state).
 */
async function openEngine(site: string, kind: IndexKind): Promise<SearchEngine> {
  const mod = (await import(/* @vite-ignore */ join(root, 'one', 'pagefind', 'pagefind.js'))) as PagefindModule;
  const instance = mod.createInstance({ basePath: `${srv.origin}/${site}/${kind === 'bigram' ? 'pagefind/' : CHARS_BUNDLE}` });
  await instance.init();
  const engine = new SearchEngine(instance, kind, async () => parseFacetFile(readFileSync(join(root, site, 'pagefind', FACETS_FILE))));
  await engine.catalogue();
  return engine;
}

async function openEngines(site: 'one' | 'many'): Promise<void> {
  for (const kind of ['bigram', 'unigram'] as const) engines[site][kind] = await openEngine(site, kind);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wenku-shards-'));
  writeSite(join(root, 'one'), docs);
  writeSite(join(root, 'many'), docs);
  reports.one = await buildSearchIndex(join(root, 'one'), quiet, { shardDocs: 1000, cacheDir: join(root, 'cache'), jobs: 2 });
  reports.many = await buildSearchIndex(join(root, 'many'), quiet, { shardDocs: 12, cacheDir: join(root, 'cache'), jobs: 2 });
  srv = await serveStatic(root, '/');
  // As on the search page: the unigram index's results load the bigram index's fragments.
  globalThis.fetch = pagefindFetch(globalThis.fetch.bind(globalThis));
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'und' }) };
  await openEngines('one');
  await openEngines('many');
}, 180_000);

afterAll(async () => {
  await srv?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the sharded index', () => {
  it('is built in several shards by separate processes when the library is larger than a shard', () => {
    expect(reports.one.shards).toBe(1);
    expect(reports.many.shards).toBeGreaterThanOrEqual(6);
    expect(reports.many.docs).toBe(docs.length);
  });

  it('answers every query as one index does: same documents, order, counts and years', async () => {
    const r = rng(11);
    const queries: string[] = ['以学铸魂', '举旗帜、聚民心', '魂', '新 时代', '不在文中的话', 'resume', 'résumé', 'naïve', '𠀀字', '😀', 'e'];
    for (let i = 0; i < 40; i++) {
      const d = docs[Math.floor(r() * docs.length)]!;
      const p = d.paragraphs[Math.floor(r() * d.paragraphs.length)]!;
      const len = 1 + Math.floor(r() * 5);
      const at = Math.floor(r() * (p.length - len));
      queries.push(p.slice(at, at + len));
    }
    let found = 0;
    for (const q of queries) {
      for (const kind of ['bigram', 'unigram'] as const) {
        for (const s of [state(q), state(q, {}, 'year'), state(q, { level: ['district'], year: ['2023'] })]) {
          const one = await shown(await engines.one[kind].run(s));
          expect(await shown(await engines.many[kind].run(s)), `${kind} "${q}" ${JSON.stringify(s.filters)} ${s.sort}`).toEqual(one);
          found += (one as { urls: string[] }).urls.length;
        }
      }
    }
    expect(found).toBeGreaterThan(queries.length);
  }, 120_000);

  it('browses newest first across shards, as the catalog orders the documents', async () => {
    const out = await engines.many.bigram.run(state('', { topic: ['theory', 'integrity', 'minors'] }));
    const urls = await Promise.all(out.results.map(async (r) => new URL((await r.data()).url).pathname));
    expect(urls).toEqual((await readIndexedDocs(join(root, 'many'))).map((d) => `/many/${d.path}`));
  });

  it('stores the fragments once: the unigram index has none of its own', () => {
    expect(existsSync(join(root, 'many', CHARS_BUNDLE, 'fragment'))).toBe(false);
    expect(readdirSync(join(root, 'many', 'pagefind', 'fragment'))).toHaveLength(docs.length);
  });

  it('names pages and chunks by number after a tag of their content', () => {
    for (const bundle of ['pagefind', CHARS_BUNDLE]) {
      const dir = join(root, 'many', bundle);
      const metaFile = join(dir, readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!);
      const meta = readMeta(readFileSync(metaFile), metaFile);
      const tag = meta.pages[0]![0].split('_')[0]!;
      expect(tag).toMatch(/^[0-9a-f]{10}$/);
      expect(meta.pages.map((p) => p[0])).toEqual(docs.map((_, i) => `${tag}_${i.toString(36)}`));
      const chunkTag = meta.chunks[0]![2].split('_')[0]!;
      expect(meta.chunks.map((c) => c[2])).toEqual(meta.chunks.map((_, i) => `${chunkTag}_${i.toString(36)}`));
      expect(readdirSync(join(dir, 'index')).sort()).toEqual(meta.chunks.map((c) => `${c[2]}.pf_index`).sort());
    }
    const ids = readdirSync(join(root, 'many', 'pagefind', 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    const meta = readdirSync(join(root, 'many', 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    expect(ids.sort()).toEqual(
      readMeta(readFileSync(join(root, 'many', 'pagefind', meta)), meta)
        .pages.map((p) => p[0])
        .sort(),
    );
  });

  it('reuses unchanged shards and re-indexes only the shard of a changed document', async () => {
    const site = join(root, 'rebuild');
    cpSync(join(root, 'many'), site, { recursive: true });
    const again = await buildSearchIndex(site, quiet, { shardDocs: 12, cacheDir: join(root, 'cache'), jobs: 2 });
    expect(again.reused).toBe(again.shards);
    // The same page files: found by their bytes, not one page parsed.
    expect(again.parsed).toBe(0);
    // Files under /pagefind*/ are cached for a year (docs/deploy.md): a name never stands for two contents.
    const files = (dir: string) =>
      new Map(
        ['pagefind/fragment', 'pagefind/index', `${CHARS_BUNDLE}index`].flatMap((d) =>
          readdirSync(join(dir, d)).map((f) => [`${d}/${f}`, readFileSync(join(dir, d, f)).toString('base64')] as const),
        ),
      );
    const before = files(site);
    expect(before).toEqual(files(join(root, 'many')));
    const changed = { ...docs[5]!, paragraphs: [...docs[5]!.paragraphs, '这是新加的一段独有文字'] };
    writeFileSync(join(site, changed.path, 'index.html'), pageOf(changed));
    const after = await buildSearchIndex(site, quiet, { shardDocs: 12, cacheDir: join(root, 'cache'), jobs: 2 });
    expect(after.reused).toBe(after.shards - 1);
    // Only the changed document's shard read its pages.
    expect(after.parsed).toBeGreaterThan(0);
    expect(after.parsed).toBeLessThanOrEqual(24);
    const renamed = files(site);
    for (const [name, bytes] of renamed) if (before.has(name)) expect(bytes, name).toBe(before.get(name));
    expect([...renamed.keys()].filter((n) => before.has(n))).toEqual([]);
    const engine = await openEngine('rebuild', 'bigram');
    const hit = await engine.run(state('新加的一段独有'));
    expect(await Promise.all(hit.results.map(async (r) => new URL((await r.data()).url).pathname))).toEqual([`/rebuild/${changed.path}`]);
  }, 120_000);
});

describe('the shard cache', () => {
  it('finds a shard by its pages’ bytes, and by what they index when the bytes change elsewhere', async () => {
    // One shard (that of the site 'one', already in the cache): two shard processes in all.
    const site = join(root, 'restyled');
    cpSync(join(root, 'one'), site, { recursive: true });
    const options = { shardDocs: 1000, cacheDir: join(root, 'cache'), jobs: 2 };
    // Every page's head changes (a new stylesheet name, as after a change of the site's CSS); the index copies do not.
    for (const d of docs) writeFileSync(join(site, d.path, 'index.html'), pageOf(d).replace('<head>', '<head><link rel="stylesheet" href="/_astro/new.css">'));
    const first = await buildSearchIndex(site, quiet, options);
    expect(first.reused).toBe(first.shards);
    expect(first.parsed).toBe(docs.length);
    const second = await buildSearchIndex(site, quiet, options);
    expect(second.reused).toBe(second.shards);
    expect(second.parsed).toBe(0);
  }, 120_000);
});

describe('Pagefind 1.6 files', () => {
  it('decode and encode back to the same bytes, and merged chunks keep the words in Pagefind’s order', () => {
    for (const bundle of ['pagefind', CHARS_BUNDLE]) {
      const dir = join(root, 'many', bundle);
      const files = readdirSync(join(dir, 'index')).map((f) => join(dir, 'index', f));
      const metaFile = join(dir, readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!);
      for (const f of [...files, metaFile]) {
        const raw = gunzipSync(readFileSync(f)).subarray(12);
        expect(encodeCbor(decodeCbor(raw, f)).equals(raw)).toBe(true);
      }
      const meta = readMeta(readFileSync(metaFile), metaFile);
      expect(meta.pages).toHaveLength(docs.length);
      expect(meta.chunks.length).toBeGreaterThan(1);
      const entries = meta.chunks.flatMap(([, , hash]) => readChunk(readFileSync(join(dir, 'index', `${hash}.pf_index`)), hash));
      const words = entries.map((w) => w[0]);
      for (let i = 1; i < words.length; i++) expect(compareWords(words[i - 1]!, words[i]!)).toBeLessThan(0);
      // The fixture's Latin words with diacritics reach the merged index as variants.
      expect(entries.some((w) => w[2].length > 0)).toBe(true);
    }
  });
  it('order words as Rust does, by code point (an astral character after U+FFxx)', () => {
    expect(compareWords('\u{20000}', '\uff01')).toBeGreaterThan(0);
    expect(compareWords('以学', '以学铸')).toBeLessThan(0);
  });
  it('cut chunk bounds to one character past the common prefix, as Pagefind does', () => {
    expect(
      chunkBounds([
        ['甲', '以学铸魂'],
        ['以学铸魄', '乙'],
      ]),
    ).toEqual([
      ['甲', '以学铸魂'],
      ['以学铸魄', '乙'],
    ]);
    expect(
      chunkBounds([
        ['甲', '以学铸魂'],
        ['以学习', '乙'],
      ]),
    ).toEqual([
      ['甲', '以学铸'],
      ['以学习', '乙'],
    ]);
  });
});

describe('planShards', () => {
  const lib = (n: number, year: (i: number) => number | undefined) => Array.from({ length: n }, (_, i) => ({ id: `doc-${i}`, year: year(i) }));
  it('keeps a small library in one shard', () => {
    expect([
      ...planShards(
        lib(50, () => 2024),
        { maxDocs: 100, minDocs: 10 },
      ).keys(),
    ]).toEqual(['all']);
  });
  it('makes a shard per year, pools small years, splits large ones, and bounds every shard', () => {
    const docs = lib(1000, (i) => (i < 600 ? 2024 : i < 900 ? 2023 : i < 905 ? 2010 : i < 910 ? 2011 : undefined));
    const plan = planShards(docs, { maxDocs: 250, minDocs: 20 });
    expect([...plan.keys()].sort()).toEqual(['pooled', 'undated', 'y2023-0', 'y2023-1', 'y2024-0', 'y2024-1', 'y2024-2']);
    expect([...plan.values()].flat().sort()).toEqual(docs.map((d) => d.id).sort());
    for (const ids of plan.values()) expect(ids.length).toBeLessThanOrEqual(400);
  });
  it('keeps every other document in its shard when one is added', () => {
    const before = planShards(
      lib(1000, (i) => 2015 + (i % 8)),
      { maxDocs: 200, minDocs: 20 },
    );
    const after = planShards([...lib(1000, (i) => 2015 + (i % 8)), { id: 'new', year: 2019 }], { maxDocs: 200, minDocs: 20 });
    const shardOf = (plan: Map<string, string[]>) => new Map([...plan].flatMap(([k, ids]) => ids.map((id) => [id, k] as const)));
    const a = shardOf(before);
    const b = shardOf(after);
    const moved = [...a].filter(([id, k]) => b.get(id) !== k);
    expect(moved).toEqual([]);
  });
});

describe('indexChunkSize', () => {
  it('grows with the square root of the corpus between its bounds', () => {
    expect(indexChunkSize(13)).toBe(1000);
    expect(indexChunkSize(1000)).toBe(6000);
    expect(indexChunkSize(10000)).toBe(18974);
    expect(indexChunkSize(100000)).toBe(20000);
  });
});

describe('readIndexedDocs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wenku-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, html: string) => {
    mkdirSync(join(dir, 'docs', name), { recursive: true });
    writeFileSync(join(dir, 'docs', name, 'index.html'), html);
  };
  const doc = (id: string, years: number[]): IndexedDoc => ({
    id,
    path: `docs/${id}/`,
    title: id,
    years,
    level: 'district',
    types: ['plan'],
    topics: ['theory'],
  });
  const page = (d: IndexedDoc, head = '') =>
    `<html><head>${head}</head><body><article data-pagefind-body${Object.entries(indexedDocAttributes(d.id, d.title, d))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}><h1>${d.title}</h1></article></body></html>`;

  it('reads every document page newest first, skips redirect pages, and finds an article start tag past the first kilobytes', async () => {
    for (const d of [doc('a-old', [2021]), doc('b-undated', []), doc('d-period', [2020, 2021, 2022, 2023, 2024])]) write(d.id, page(d));
    write('c-new', page(doc('c-new', [2024]), `<meta name="x" content="${'长'.repeat(20000)}">`));
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
