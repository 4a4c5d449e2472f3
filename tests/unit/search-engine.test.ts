/**
 * The search engine against a real Pagefind index: fixture pages go through the build's own
 * index step (src/integrations/search-index/), and the built pagefind.js answers the
 * queries (served on loopback, with the minimal DOM stand-in it needs outside a browser).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARS_BUNDLE } from '../../src/lib/search/encoding';
import { buildSearchIndex } from '../../src/integrations/search-index/index';
import { pagefindFetch } from '../../src/lib/search/pagefind-fetch';
import { SearchEngine, type IndexKind, type PagefindApi } from '../../src/lib/search/engine';
import { FACETS_FILE, parseFacetFile } from '../../src/lib/search/facets';
import { indexedDocAttributes, type IndexedDoc } from '../../src/lib/search/index-copy';
import { emptyFacetValues } from '../../src/lib/facets';
import type { SearchState } from '../../src/lib/search/state';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve';

const docs: (IndexedDoc & { body: string })[] = [
  {
    id: 'a',
    path: 'docs/a/',
    title: '甲区2022年工作要点',
    years: [2022],
    level: 'district',
    types: ['key-points'],
    topics: ['theory', 'core-values'],
    body: '<h2 id="s1">一、总体要求</h2><p id="s1-p1">围绕举旗帜、聚民心的使命任务，以学铸魂。</p>',
  },
  {
    id: 'b',
    path: 'docs/b/',
    title: '乙市2023年工作总结',
    years: [2023],
    level: 'municipal',
    types: ['summary'],
    topics: ['theory', 'integrity'],
    body: '<h2 id="s1">一、主要做法</h2><p id="s1-p1">举旗帜聚民心，以学习铸魂。安装LED显示屏。</p>',
  },
  {
    id: 'c',
    path: 'docs/c/',
    title: '丙县工作汇报',
    years: [],
    level: 'district',
    types: ['report', 'summary'],
    topics: ['integrity', 'minors'],
    body: '<p id="p1">以学铸魂，打造15分钟文明实践服务圈。</p>',
  },
  {
    id: 'd',
    path: 'docs/d/',
    title: '丁镇2022—2023年规划',
    years: [2022, 2023],
    level: 'township',
    types: ['program'],
    topics: ['theory', 'minors'],
    body: '<p id="p1">举旗帜、聚民心。15 分钟。</p>',
  },
];

let dir: string;
let srv: StaticServer;
let engine: SearchEngine;
const engines = {} as Record<IndexKind, SearchEngine>;
const pf = {} as Record<IndexKind, PagefindApi>;

const state = (q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({
  q,
  filters: { ...emptyFacetValues(), ...filters },
  sort,
});

async function ids(q: string, filters: Partial<SearchState['filters']> = {}): Promise<string[]> {
  const out = await engine.run(state(q, filters));
  const datas = await Promise.all(out.results.map((r) => r.data()));
  return datas.map((d) => new URL(d.url).pathname.split('/')[2]!).sort();
}

type PagefindModule = { createInstance(o: { basePath: string }): PagefindApi & { init(): Promise<void> } };

/** The page's way (src/components/search-page.ts): one pagefind.js, each instance initialised before the next. */
async function openEngine(kind: IndexKind): Promise<{ engine: SearchEngine; pf: PagefindApi }> {
  const mod = (await import(/* @vite-ignore */ join(dir, 'pagefind', 'pagefind.js'))) as PagefindModule;
  const instance = mod.createInstance({ basePath: `${srv.origin}/${kind === 'bigram' ? 'pagefind/' : CHARS_BUNDLE}` });
  await instance.init();
  const engine = new SearchEngine(instance, kind, facets);
  await engine.catalogue();
  return { engine, pf: instance };
}

const facets = () => parseFacetFile(readFileSync(join(dir, 'pagefind', FACETS_FILE)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wenku-search-'));
  // The fixture pages, indexed by the build's own step (both indexes and the facet table).
  for (const d of docs) {
    mkdirSync(join(dir, d.path), { recursive: true });
    const attrs = Object.entries(indexedDocAttributes(d.id, d.title, d))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    writeFileSync(
      join(dir, d.path, 'index.html'),
      `<html lang="zh-CN"><body><article data-pagefind-body${attrs}><h1>${d.title}</h1>${d.body}</article></body></html>`,
    );
  }
  await buildSearchIndex(dir, { info: () => {}, warn: () => {} }, { cacheDir: join(dir, 'cache') });
  srv = await serveStatic(dir, '/');
  // As on the search page: unpacked natively, the unigram index's results load the bigram fragments.
  globalThis.fetch = pagefindFetch(globalThis.fetch.bind(globalThis));
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'und' }) };
  for (const kind of ['bigram', 'unigram'] as const) ({ engine: engines[kind], pf: pf[kind] } = await openEngine(kind));
}, 60_000);

afterAll(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every query must give the same answer on both indexes: the page sends single characters
// (and queries mixing them with longer terms) to the unigram one, everything else to bigrams.
describe.each(['bigram', 'unigram'] as const)('SearchEngine on the %s index', (kind: IndexKind) => {
  beforeAll(() => {
    engine = engines[kind];
  });
  it('finds exact runs only, punctuation included', async () => {
    expect(await ids('以学铸魂')).toEqual(['a', 'c']);
    expect(await ids('举旗帜、聚民心')).toEqual(['a', 'd']);
    expect(await ids('举旗帜聚民心')).toEqual(['b']);
  });
  it('folds width, case and spaces in the text', async () => {
    expect(await ids('15分钟')).toEqual(['c', 'd']);
    expect(await ids('led')).toEqual(['b']);
    expect(await ids('举旗帜，聚民心')).toEqual([]);
  });
  it('finds single characters and requires every space-separated term', async () => {
    expect(await ids('魂')).toEqual(['a', 'b', 'c']);
    expect(await ids('以学铸魂 15分钟')).toEqual(['c']);
    expect(await ids('以学铸魂 不存在')).toEqual([]);
  });
  it('counts facet values for the query, ignoring the facet’s own selection (OR within, AND across)', async () => {
    const all = await engine.run(state('以学铸魂'));
    expect(all.counts.level).toMatchObject({ district: 2, municipal: 0 });
    expect(all.counts.topic).toMatchObject({ theory: 1, integrity: 1, minors: 1, 'core-values': 1 });
    expect(all.years).toMatchObject({ '2022': 1, unknown: 1, '2023': 0 });
    const filtered = await engine.run(state('以学铸魂', { topic: ['integrity'] }));
    expect(filtered.results).toHaveLength(1);
    expect(filtered.counts.topic).toMatchObject({ theory: 1, integrity: 1 });
    expect(filtered.counts.level).toMatchObject({ district: 1 });
    expect(await ids('以学铸魂', { topic: ['integrity', 'core-values'] })).toEqual(['a', 'c']);
    expect(await ids('以学铸魂', { topic: ['integrity', 'core-values'], year: ['2022'] })).toEqual(['a']);
  });
  it('browses by filters without a query, newest first', async () => {
    const out = await engine.run(state('', { topic: ['theory'] }));
    expect(out.mode).toBe('browse');
    const urls = await Promise.all(out.results.map(async (r) => (await r.data()).url));
    const paths = urls.map((u) => new URL(u).pathname);
    // b and d both reach 2023 (d covers 2022–2023); a is 2022.
    expect(paths.slice(0, 2).sort()).toEqual(['/docs/b/', '/docs/d/']);
    expect(paths[2]).toBe('/docs/a/');
  });
  it('orders phrases by where they first occur, or newest first on request (the build’s order)', async () => {
    const paths = async (q: string, sort: SearchState['sort']) => {
      const out = await engine.run(state(q, {}, sort));
      return Promise.all(out.results.map(async (r) => new URL((await r.data()).url).pathname));
    };
    // c opens with the phrase; a has it in its second block. c has no year, so it comes last by year.
    expect(await paths('以学铸魂', 'relevance')).toEqual(['/docs/c/', '/docs/a/']);
    expect(await paths('以学铸魂', 'year')).toEqual(['/docs/a/', '/docs/c/']);
    expect(await paths('举旗帜、聚民心', 'year')).toEqual(['/docs/d/', '/docs/a/']);
  });
  it('answers filter and sort changes from the kept hits, without searching the index again', async () => {
    const counting = new SearchEngine(
      {
        search: (term) => {
          if (term !== null) termSearches.push(term);
          return pf[kind].search(term);
        },
      },
      kind,
      facets,
    );
    const termSearches: string[] = [];
    const first = await counting.run(state('以学铸魂'));
    const searched = termSearches.length;
    expect(searched).toBeGreaterThan(0);
    const filtered = await counting.run(state('以学铸魂', { level: ['district'], year: ['2022'] }, 'year'));
    expect(termSearches).toHaveLength(searched);
    expect(first.results).toHaveLength(2);
    expect(filtered.results).toHaveLength(1);
  });
  it('preloads the index chunks of a query, so the search then fetches none', async () => {
    const bundle = kind === 'bigram' ? 'pagefind/' : CHARS_BUNDLE;
    const { engine: fresh } = await openEngine(kind);
    srv.resetBytes();
    await fresh.preload('以学铸魂');
    expect(srv.bytes(`/${bundle}index/`)).toBeGreaterThan(0);
    srv.resetBytes();
    expect((await fresh.run(state('以学铸魂'))).results).toHaveLength(2);
    expect(srv.bytes(`/${bundle}index/`)).toBe(0);
  });
  it('returns the empty state, with every value’s document count, for no query and no filters', async () => {
    const out = await engine.run(state('  '));
    expect(out.mode).toBe('empty');
    expect(out.counts.level).toMatchObject({ district: 2, municipal: 1, township: 1 });
  });
});
