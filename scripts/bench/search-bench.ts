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
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CONTENT_DIR } from '../../src/lib/content-dir.ts';
import { usesUnigramIndex } from '../../src/lib/search/encoding.ts';
import { readIndexedDocs } from '../../src/integrations/search-index/pages.ts';
import { indexCopy } from '../../src/lib/search/index-copy.ts';
import { generate, rng } from './generate.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '13' },
    seed: { type: 'string', default: '1' },
    'per-length': { type: 'string', default: '40' },
    cold: { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
    /** Build the site with WENKU_SEARCH_INDEX=off, then run the index step as its own process. */
    'split-build': { type: 'boolean', default: false },
    results: { type: 'string', default: 'bench/results-search.md' },
    /** Seconds after which a build step is stopped (0: no limit). */
    'time-limit': { type: 'string', default: '0' },
    /** Summed resident memory (MB) of a build step's processes at which it is stopped. */
    'mem-limit': { type: 'string', default: '18000' },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const nDocs = Number(values.docs);
const seed = Number(values.seed);
const perLength = Number(values['per-length']);
const coldPerLength = Number(values.cold);
const LENGTHS = [2, 3, 4, 6, 8, 12];
const work = join(root, '.bench');
const real = nDocs === 13;
const contentDir = real ? join(root, CONTENT_DIR) : join(work, `corpus-${nDocs}`);
const site = join(work, `site-${nDocs}`);
const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '').toLowerCase();
const log = (...a: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

interface Timed {
  seconds: number;
  /** Peak of the summed resident memory of the command and all its descendants (sampled). */
  peakMB: number;
  /** Peak resident memory of the largest single process of the tree (sampled). */
  peakProcessMB: number;
  /** Which process that was (its command name). */
  peakProcess: string;
  stdout: string;
  /** Why the step was stopped (time or memory limit), if it was. */
  stopped?: string;
}

/** Descendant pids of `root` (inclusive), from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(d));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function rssKB(pid: number): { kb: number; name: string } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { kb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?' };
  } catch {
    return { kb: 0, name: '?' };
  }
}

/** Runs a command, sampling the memory of its whole process tree every 200 ms. */
function timed(cmd: string, args: string[], env: Record<string, string>, limitSeconds = 0): Promise<Timed> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    let peakProcess = 0;
    let peakName = '';
    let stopped: string | undefined;
    const timer = setInterval(() => {
      let sum = 0;
      for (const pid of processTree(child.pid!)) {
        const { kb, name } = rssKB(pid);
        sum += kb;
        if (kb > peakProcess) {
          peakProcess = kb;
          peakName = name;
        }
      }
      peak = Math.max(peak, sum);
      const overTime = limitSeconds && performance.now() - started > limitSeconds * 1000;
      const overMemory = sum / 1024 > Number(values['mem-limit']);
      if (overTime || overMemory) {
        stopped = overTime ? `time limit of ${limitSeconds} s` : `summed memory reached ${Math.round(sum / 1024)} MB (limit ${values['mem-limit']} MB)`;
        stderr += `\nstopped: ${stopped}\n`;
        for (const pid of processTree(child.pid!).reverse()) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      if (!stopped && code !== 0) {
        console.error(stdout.slice(-4000), stderr.slice(-4000));
        reject(new Error(`${cmd} ${args.join(' ')} failed (${code})`));
        return;
      }
      resolvePromise({
        seconds: (performance.now() - started) / 1000,
        peakMB: peak / 1024,
        peakProcessMB: peakProcess / 1024,
        peakProcess: peakName,
        stdout,
        ...(stopped ? { stopped } : {}),
      });
    });
  });
}

function dirBytes(dir: string, skip: RegExp = /^$/): number {
  let n = 0;
  for (const f of readdirSync(dir)) {
    if (skip.test(f)) continue;
    const p = join(dir, f);
    const s = statSync(p);
    n += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return n;
}

/** Pagefind result id (fragment file name) → page URL path. */
function fragmentUrls(bundle: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const f of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, f)));
    const json = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string };
    map.set(f.replace(/\.pf_fragment$/, ''), new URL(json.url, 'http://x').pathname);
  }
  return map;
}

/** Writes what is known about a build step that had to be stopped, and ends the run. */
function recordStopped(step: string, t: Timed): never {
  const line =
    `### ${nDocs} documents — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
    `${machineLine()}.\n\nThe ${step} was stopped after ${t.seconds.toFixed(0)} s: ${t.stopped}; ` +
    `largest single process ${t.peakProcessMB.toFixed(0)} MB (${t.peakProcess}). No query figures.\n`;
  console.log(line);
  appendResults(line);
  process.exit(2);
}

function machineLine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, Pagefind 1.6.0`;
}

function appendResults(text: string): void {
  mkdirSync(join(root, 'bench'), { recursive: true });
  const resultsFile = join(root, values.results!);
  if (!existsSync(resultsFile)) {
    writeFileSync(
      resultsFile,
      '# Search benchmark results\n\nProduced by `npm run bench:search` (scripts/bench/search-bench.ts); newest last.\n\n',
    );
  }
  appendFileSync(resultsFile, `${text}\n`);
}

// ---------------------------------------------------------------- corpus and build
const build: { whole?: Timed; indexStep?: Timed; ourIndexMs?: number; baseline?: Timed; baselineMs?: number; split?: boolean } = {};
if (!values['skip-build']) {
  if (!real) {
    log(`generating ${nDocs} documents`);
    const files = generate(nDocs, seed, join(root, CONTENT_DIR));
    mkdirSync(contentDir, { recursive: true });
    for (const f of readdirSync(contentDir)) if (!files.has(f)) throw new Error(`stale file in ${contentDir}: ${f}`);
    for (const [name, text] of files) writeFileSync(join(contentDir, name), text);
  }
  log('building the site');
  const split = values['split-build'];
  build.split = split;
  build.whole = await timed(
    'npm',
    ['run', 'build'],
    {
      WENKU_CONTENT_DIR: contentDir,
      WENKU_OUT: site,
      WENKU_CACHE: join(root, 'node_modules', `.astro-bench-${nDocs}`),
      ...(split ? { WENKU_SEARCH_INDEX: 'off' } : {}),
    },
    Number(values['time-limit']),
  );
  if (build.whole.stopped) recordStopped(split ? 'site build' : 'site build with our index', build.whole);
  let indexLog = build.whole.stdout;
  if (split) {
    log('building our index as its own step');
    build.indexStep = await timed('npm', ['run', 'build:search-index', '--', site], {}, Number(values['time-limit']));
    if (build.indexStep.stopped) recordStopped('index step', build.indexStep);
    indexLog = build.indexStep.stdout;
  }
  build.ourIndexMs = Number(/indexed \d+ documents in (\d+) ms/.exec(indexLog)?.[1]);
  log('building the baseline index');
  build.baseline = await timed('npm', ['exec', '--', 'node', 'scripts/bench/baseline-index.ts', site], {}, Number(values['time-limit']));
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
  const terms = query.split(/[\s\u3000]+/u).filter(Boolean).map(fold);
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
const phrases = readFileSync(join(import.meta.dirname, 'phrases.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
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

function chromiumPath(): string {
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // fall through to the system browser
  }
  return '/usr/bin/chromium';
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
      await p.goto(`/search/?q=${encodeURIComponent(q.text)}`);
      await p.waitForFunction(() => (document.querySelector('wenku-search') as HTMLElement).dataset['state'] === 'done');
      res = await p.evaluate(() => {
        const d = (document.querySelector('wenku-search') as unknown as { lastSearch: { ms: number; engineMs: number; ids: string[] } }).lastSearch;
        return { ms: d.ms, searchMs: d.engineMs, ids: d.ids };
      });
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
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
});
const version = browser.version();
const results: Record<Engine, { warm: Map<Query, Run>; cold: Map<Query, Run> }> = {} as never;
for (const engine of ['ours', 'baseline'] as const) {
  log(`measuring ${engine}`);
  results[engine] = await measure(browser, srv, engine);
}
await browser.close();
await srv.close();

// ---------------------------------------------------------------- table
// Result ids are fragment hashes, unique within one bundle only (a hash can recur in the other
// index), so ours are read in the bundle the page searched: the unigram one when a term is one
// character (as in src/browser/search/page.ts).
const ourBundles = { bigram: fragmentUrls(join(site, 'pagefind')), unigram: fragmentUrls(join(site, 'pagefind-chars')) };
const baselineUrls = fragmentUrls(join(site, 'pagefind-baseline'));
const urlsFor = (engine: Engine, q: Query): Map<string, string> =>
  engine === 'baseline' ? baselineUrls : usesUnigramIndex(q.text) ? ourBundles.unigram : ourBundles.bigram;
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const kb = (x: number) => (Number.isNaN(x) ? '–' : (x / 1024).toFixed(0));
const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));

const lines: string[] = [];
lines.push('| docs | engine | query | n | recall | precision | exact sets | cold KB (median) | warm KB (median) | ms median | ms p95 | of which search, median ms |');
lines.push('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const group of [...LENGTHS.map(String), 'phrases']) {
  for (const engine of ['ours', 'baseline'] as const) {
    const qs = queries.filter((q) => q.group === group);
    let recall = 0;
    let precision = 0;
    let exact = 0;
    for (const q of qs) {
      const urls = urlsFor(engine, q);
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
lines.push('| docs | whole site build incl. our index (s) | its peak memory, all processes (MB) | largest process (MB) | our index step (s) | our index size (MB) | baseline index build (s) | its peak memory (MB) | baseline index size (MB) |');
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const wholeSeconds = (build.whole?.seconds ?? NaN) + (build.indexStep?.seconds ?? 0);
const wholePeak = Math.max(build.whole?.peakMB ?? NaN, build.indexStep?.peakMB ?? 0);
const largest = [build.whole, build.indexStep].filter((t): t is Timed => Boolean(t)).sort((a, b) => b.peakProcessMB - a.peakProcessMB)[0];
lines.push(
  `| ${indexed.length} | ${f1(wholeSeconds)} | ${f1(wholePeak)} | ${f1(largest?.peakProcessMB)} (${largest?.peakProcess ?? '?'}) | ${f1((build.ourIndexMs ?? NaN) / 1000)} | ${(ourSize / 2 ** 20).toFixed(2)} | ${f1((build.baselineMs ?? NaN) / 1000)} | ${f1(build.baseline?.peakMB)} | ${(baseSize / 2 ** 20).toFixed(2)} |`,
);
const machine = `${machineLine()}, Chromium ${version}`;
const header = `### ${indexed.length} documents — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${machine}; seed ${seed}; ${perLength} random queries per length (${coldPerLength} of them also cold) + ${phrases.length} phrases.\n`;
const table = `${header}\n${lines.join('\n')}\n`;
console.log(table);
appendResults(table);
