/**
 * Search benchmark: our encoded index (the site's /search/ page) against Pagefind's defaults
 * (lang zh-CN, query as typed) over the same built pages, in headless Chromium on loopback.
 *
 *   npm run bench:search -- --docs 13          the library itself (content/docs)
 *   npm run bench:search -- --docs 1000        a generated corpus (scripts/bench/generate.ts)
 *   options: --seed 1 --per-length 40 --cold 10 --skip-build --results bench/results-search.md
 *
 * Queries: per length (2, 3, 4, 6, 8, 12 CJK characters) seeded random exact substrings of
 * the documents' indexed blocks, plus scripts/bench/phrases.txt. Ground truth: the documents
 * whose indexed text (the blocks the index copy is made from, folded) contains the query.
 * Bytes: response bodies under the engine's bundle directory, as served (Pagefind's data files
 * are gzip already). Cold: a fresh browser context opening the page with the query; warm:
 * the same page after other queries. Time: from the start of the search to rendered results
 * (first 10 results with their excerpts), taken from the warm runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { CONTENT_DIR } from '../../src/lib/content-dir.ts';
import { readIndexedDocs } from '../../src/integrations/search-index/pages.ts';
import { indexCopy } from '../../src/lib/search/index-copy.ts';
import { rng, writeCorpus } from './generate.ts';
import { appendResults, benchOptions, projectRoot, dirBytes, fragmentUrls, launchChromium } from './measure.ts';
import { machineLine, median, openSearch, readPhrases, stamp, timed, type Timed } from './measure.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const { values } = parseArgs({
  options: {
    ...benchOptions('13', 'bench/results-search.md'),
    'per-length': { type: 'string', default: '40' },
    cold: { type: 'string', default: '10' },
    /** Build the site with WENKU_SEARCH_INDEX=off, then run the index step as its own process. */
    'split-build': { type: 'boolean', default: false },
  },
});

const root = projectRoot;
const nDocs = Number(values.docs);
const seed = Number(values.seed);
const perLength = Number(values['per-length']);
const coldPerLength = Number(values.cold);
const LENGTHS = [2, 3, 4, 6, 8, 12];
const work = join(root, '.bench');
const real = nDocs === 13;
const contentDir = real ? join(root, CONTENT_DIR) : join(work, `corpus-${nDocs}`);
const site = join(work, `site-${nDocs}`);
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '')
    .toLowerCase();
const log = (...a: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** Writes what is known about a build step that had to be stopped, and ends the run. */
function recordStopped(step: string, t: Timed): never {
  const line =
    `### ${nDocs} documents — ${stamp()} UTC\n\n` +
    `${machineLine()}.\n\nThe ${step} was stopped after ${t.seconds.toFixed(0)} s: ${t.stopped}; ` +
    `largest single process ${t.peakProcessMB.toFixed(0)} MB (${t.peakProcess}). No query figures.\n`;
  console.log(line);
  appendToResults(line);
  process.exit(2);
}

const appendToResults = (text: string): void =>
  appendResults(
    resolve(root, values.results!),
    'Search benchmark results',
    'Produced by `npm run bench:search` (scripts/bench/search-bench.ts); newest last.',
    text,
  );

// ---------------------------------------------------------------- corpus and build
const limits = { cwd: root, limitSeconds: Number(values['time-limit']), limitMB: Number(values['mem-limit']) };
const build: { whole?: Timed; indexStep?: Timed; ourIndexMs?: number; baseline?: Timed; baselineMs?: number; split?: boolean } = {};
if (!values['skip-build']) {
  if (!real) {
    log(`generating ${nDocs} documents`);
    writeCorpus(nDocs, seed, contentDir);
  }
  log('building the site');
  const split = values['split-build'];
  build.split = split;
  build.whole = await timed('npm', ['run', 'build'], {
    ...limits,
    env: {
      WENKU_CONTENT_DIR: contentDir,
      WENKU_OUT: site,
      WENKU_CACHE: join(root, 'node_modules', `.astro-bench-${nDocs}`),
      ...(split ? { WENKU_SEARCH_INDEX: 'off' } : {}),
    },
  });
  if (build.whole.stopped) recordStopped(split ? 'site build' : 'site build with our index', build.whole);
  let indexLog = build.whole.stdout;
  if (split) {
    log('building our index as its own step');
    build.indexStep = await timed('npm', ['run', 'build:search-index', '--', site], limits);
    if (build.indexStep.stopped) recordStopped('index step', build.indexStep);
    indexLog = build.indexStep.stdout;
  }
  build.ourIndexMs = Number(/indexed \d+ documents in (\d+) ms/.exec(indexLog)?.[1]);
  log('building the baseline index');
  build.baseline = await timed('npm', ['exec', '--', 'node', 'scripts/bench/baseline-index.ts', site], limits);
  if (build.baseline.stopped) recordStopped('baseline index build', build.baseline);
  build.baselineMs = JSON.parse(build.baseline.stdout.trim().split('\n').pop()!).ms;
  writeFileSync(join(site, 'build-stats.json'), JSON.stringify(build));
} else if (existsSync(join(site, 'build-stats.json'))) {
  Object.assign(build, JSON.parse(readFileSync(join(site, 'build-stats.json'), 'utf8')));
}

// ---------------------------------------------------------------- ground truth and queries
const indexed = await readIndexedDocs(site);
const docBlocks = new Map<string, string[]>();
for (const doc of indexed) {
  const html = readFileSync(join(site, doc.path, 'index.html'), 'utf8');
  docBlocks.set(`/${doc.path}`, indexCopy(html, doc).blocks.map(fold));
}
const paths = [...docBlocks.keys()];
function truth(query: string): Set<string> {
  const terms = query
    .split(/[\s\u3000]+/u)
    .filter(Boolean)
    .map(fold);
  return new Set(paths.filter((p) => terms.every((t) => docBlocks.get(p)!.some((b) => b.includes(t)))));
}

interface Query {
  group: string;
  text: string;
  truth: Set<string>;
  cold: boolean;
}
const r = rng(seed * 7919 + nDocs);
const queries: Query[] = [];
const HAN = /^\p{Script=Han}+$/u;
for (const len of LENGTHS) {
  let made = 0;
  let tries = 0;
  while (made < perLength && tries++ < perLength * 200) {
    const blocks = docBlocks.get(paths[Math.floor(r() * paths.length)]!)!;
    const block = Array.from(blocks[Math.floor(r() * blocks.length)]!);
    if (block.length < len) continue;
    const at = Math.floor(r() * (block.length - len + 1));
    const text = block.slice(at, at + len).join('');
    if (!HAN.test(text)) continue;
    queries.push({ group: String(len), text, truth: truth(text), cold: made < coldPerLength });
    made++;
  }
}
const phrases = readPhrases();
phrases.forEach((text, i) => queries.push({ group: 'phrases', text, truth: truth(text), cold: i < coldPerLength }));
log(`${queries.length} queries`);

// ---------------------------------------------------------------- measuring in Chromium
const BASELINE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head>
<body><ol id="r"></ol><script type="module">
const pf = await import('/pagefind-baseline/pagefind.js');
const inst = pf.createInstance({ basePath: '/pagefind-baseline/' });
await inst.init();
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
window.runQuery = async (q) => {
  const t0 = performance.now();
  const r = await inst.search(q);
  const searchMs = performance.now() - t0;
  const top = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
  document.getElementById('r').replaceChildren(...top.map((d) => {
    const li = document.createElement('li');
    li.innerHTML = '<a href="' + esc(d.url) + '">' + esc(d.meta.title) + '</a><p>' + d.excerpt + '</p>' +
      d.sub_results.slice(0, 3).map((s) => '<p>' + esc(s.title) + ': ' + s.excerpt + '</p>').join('');
    return li;
  }));
  return { ms: performance.now() - t0, searchMs, ids: r.results.map((x) => x.id) };
};
window.benchReady = true;
</script></body></html>`;
mkdirSync(join(site, '__bench'), { recursive: true });
writeFileSync(join(site, '__bench', 'index.html'), BASELINE_PAGE);

interface Run {
  ms: number;
  /** Time until the result set was known, before loading and rendering the first results. */
  searchMs: number;
  ids: string[];
  bytes: number;
}

type Engine = 'ours' | 'baseline';
// Ours has two bundles: the bigram index and the single-character (unigram) index.
const PREFIXES: Record<Engine, string[]> = { ours: ['/pagefind/', '/pagefind-chars/'], baseline: ['/pagefind-baseline/'] };
const bundleBytes = (srv: StaticServer, engine: Engine): number => PREFIXES[engine].reduce((n, p) => n + srv.bytes(p), 0);

type Found = { ms: number; searchMs: number; ids: string[] };

async function ourSearch(page: import('@playwright/test').Page, q: string): Promise<Found> {
  return page.evaluate(
    (query) =>
      new Promise<Found>((res) => {
        const el = document.querySelector('wenku-search') as HTMLElement;
        const h = (e: Event) => {
          const d = (e as CustomEvent<{ q: string; ms: number; engineMs: number; ids: string[] }>).detail;
          if (d.q !== query) return;
          el.removeEventListener('wenku:searched', h);
          res({ ms: d.ms, searchMs: d.engineMs, ids: d.ids });
        };
        el.addEventListener('wenku:searched', h);
        const input = el.querySelector('[data-search-input]') as HTMLInputElement;
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
}

async function measure(browser: Browser, srv: StaticServer, engine: Engine): Promise<{ warm: Map<Query, Run>; cold: Map<Query, Run> }> {
  const warm = new Map<Query, Run>();
  const cold = new Map<Query, Run>();
  // Warm: one page, queries one after another.
  const ctx = await browser.newContext({ baseURL: srv.origin });
  const page = await ctx.newPage();
  if (engine === 'ours') {
    await page.goto('/search/');
    await page.waitForFunction(() => (document.querySelector('wenku-search') as HTMLElement).dataset['state'] === 'done');
    await ourSearch(page, '文明');
  } else {
    await page.goto('/__bench/');
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    await page.evaluate(() => (window as unknown as { runQuery: (q: string) => Promise<unknown> }).runQuery('文明'));
  }
  for (const q of queries) {
    srv.resetBytes();
    const res =
      engine === 'ours'
        ? await ourSearch(page, q.text)
        : await page.evaluate((t) => (window as unknown as { runQuery: (q: string) => Promise<Found> }).runQuery(t), q.text);
    warm.set(q, { ...res, bytes: bundleBytes(srv, engine) });
  }
  await ctx.close();
  // Cold: a fresh context per query, opening the page with the query.
  for (const q of queries.filter((x) => x.cold)) {
    const c = await browser.newContext({ baseURL: srv.origin });
    const p = await c.newPage();
    srv.resetBytes();
    let res: Found;
    if (engine === 'ours') {
      res = await openSearch(p, q.text);
    } else {
      await p.goto('/__bench/');
      await p.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
      res = await p.evaluate((t) => (window as unknown as { runQuery: (q: string) => Promise<Found> }).runQuery(t), q.text);
    }
    cold.set(q, { ...res, bytes: bundleBytes(srv, engine) });
    await c.close();
  }
  return { warm, cold };
}

const srv = await serveStatic(site, '/');
const browser = await launchChromium();
const version = browser.version();
const results: Record<Engine, { warm: Map<Query, Run>; cold: Map<Query, Run> }> = {} as never;
for (const engine of ['ours', 'baseline'] as const) {
  log(`measuring ${engine}`);
  results[engine] = await measure(browser, srv, engine);
}
await browser.close();
await srv.close();

// ---------------------------------------------------------------- table
// Result ids are fragment hashes: ours are the bigram index's in both indexes (docs/search.md, "Shards").
const ourUrls = fragmentUrls(join(site, 'pagefind'));
const baselineUrls = fragmentUrls(join(site, 'pagefind-baseline'));
const urlsFor = (engine: Engine): Map<string, string> => (engine === 'baseline' ? baselineUrls : ourUrls);
const p95 = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const kb = (x: number) => (Number.isNaN(x) ? '–' : (x / 1024).toFixed(0));
const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));

const lines: string[] = [];
lines.push(
  '| docs | engine | query | n | recall | precision | exact sets | cold KB (median) | warm KB (median) | ms median | ms p95 | of which search, median ms |',
);
lines.push('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const group of [...LENGTHS.map(String), 'phrases']) {
  for (const engine of ['ours', 'baseline'] as const) {
    const qs = queries.filter((q) => q.group === group);
    let recall = 0;
    let precision = 0;
    let exact = 0;
    for (const q of qs) {
      const urls = urlsFor(engine);
      const got = new Set(results[engine].warm.get(q)!.ids.map((id) => urls.get(id) ?? id));
      const hit = [...got].filter((u) => q.truth.has(u)).length;
      recall += q.truth.size ? hit / q.truth.size : got.size ? 0 : 1;
      precision += got.size ? hit / got.size : 1;
      if (hit === q.truth.size && hit === got.size) exact++;
      else if (engine === 'ours') log(`not exact (ours): "${q.text}" expected ${q.truth.size}, got ${got.size}, of them right ${hit}`);
    }
    const warm = qs.map((q) => results[engine].warm.get(q)!);
    const cold = qs.filter((q) => q.cold).map((q) => results[engine].cold.get(q)!);
    lines.push(
      `| ${indexed.length} | ${engine === 'ours' ? 'bigram index (ours)' : 'Pagefind defaults'} | ${group === 'phrases' ? 'phrase list' : `${group} chars`} | ${qs.length} | ${pct(recall / qs.length)} | ${pct(precision / qs.length)} | ${exact}/${qs.length} | ${kb(median(cold.map((x) => x.bytes)))} | ${kb(median(warm.map((x) => x.bytes)))} | ${ms(median(warm.map((x) => x.ms)))} | ${ms(p95(warm.map((x) => x.ms)))} | ${ms(median(warm.map((x) => x.searchMs)))} |`,
    );
  }
}
const ourSize = dirBytes(join(site, 'pagefind'), /\.(css|js)$|^pagefind-(ui|modular|component|highlight)/);
const baseSize = dirBytes(join(site, 'pagefind-baseline'), /\.(css|js)$|^pagefind-(ui|modular|component|highlight)/);
const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
lines.push('');
if (build.split) {
  lines.push('Site built in two steps: `WENKU_SEARCH_INDEX=off npm run build`, then `npm run build:search-index` (times added; peak = the larger step).', '');
}
lines.push(
  '| docs | whole site build incl. our index (s) | its peak memory, all processes (MB) | largest process (MB) | our index step (s) | our index size (MB) | baseline index build (s) | its peak memory (MB) | baseline index size (MB) |',
);
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const wholeSeconds = (build.whole?.seconds ?? NaN) + (build.indexStep?.seconds ?? 0);
const wholePeak = Math.max(build.whole?.peakMB ?? NaN, build.indexStep?.peakMB ?? 0);
const largest = [build.whole, build.indexStep].filter((t): t is Timed => Boolean(t)).sort((a, b) => b.peakProcessMB - a.peakProcessMB)[0];
lines.push(
  `| ${indexed.length} | ${f1(wholeSeconds)} | ${f1(wholePeak)} | ${f1(largest?.peakProcessMB)} (${largest?.peakProcess ?? '?'}) | ${f1((build.ourIndexMs ?? NaN) / 1000)} | ${(ourSize / 2 ** 20).toFixed(2)} | ${f1((build.baselineMs ?? NaN) / 1000)} | ${f1(build.baseline?.peakMB)} | ${(baseSize / 2 ** 20).toFixed(2)} |`,
);
const machine = `${machineLine()}, Chromium ${version}`;
const header = `### ${indexed.length} documents — ${stamp()} UTC\n\n${machine}; seed ${seed}; ${perLength} random queries per length (${coldPerLength} of them also cold) + ${phrases.length} phrases.\n`;
const table = `${header}\n${lines.join('\n')}\n`;
console.log(table);
appendToResults(table);
