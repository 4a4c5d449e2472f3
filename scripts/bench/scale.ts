/**
 * Scale benchmark (issue 20): generates N documents, builds the whole site from them as
 * `npm run build` does, and prints per step (page build, index step, what follows) wall time, CPU,
 * peak memory of the process tree and of its largest process, the index's bytes on disk, and what
 * a first query costs in the site's /search/ page (bytes and requests under /pagefind*, a fresh
 * Chromium context per query). See bench/README.md.
 *
 *   npm run bench:scale -- --docs 1000                          our build (shards: the default)
 *   npm run bench:scale -- --docs 1000 --compare-shards         one index and the shards
 *   npm run bench:scale -- --docs 1000 --peer starlight         and Starlight beside it
 *   npm run bench:scale -- --docs 1000 --peer starlight --alternate 3
 *   npm run bench:scale -- --docs 1000 --compare-shards --skip-build    queries and sizes of the last builds
 *   options: --shard-docs N --jobs J (WENKU_SEARCH_SHARD_DOCS, WENKU_SEARCH_JOBS of our build)
 *            --seed 1 --queries 30 --no-queries --results bench/results-scale.md
 *            --time-limit <s> --mem-limit <MB of the process tree>
 */
import { readFileSync, rmSync } from 'node:fs';
import { RENDERED_DIR } from '../../src/loaders/docs.ts';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usesUnigramIndex } from '../../src/lib/search/encoding.ts';
import { rng, writeCorpus } from './generate.ts';
import { appendResults, benchOptions, projectRoot, dirSize, fragmentUrls, launchChromium } from './measure.ts';
import { machineLine, median, openSearch, readPhrases, stamp, timed, type Timed } from './measure.ts';
import { serveStatic } from './serve.ts';
import { processRoles, splitAtIndexStep, wholeStep, type Step } from './steps.ts';
import { peerVersion, setUpStarlight, STARLIGHT_VERSION } from './starlight-peer.ts';

const { values } = parseArgs({
  options: {
    ...benchOptions('1000', 'bench/results-scale.md'),
    /** Documents per shard and parallel index jobs of our build (else WENKU_SEARCH_SHARD_DOCS / WENKU_SEARCH_JOBS, else the defaults). */
    'shard-docs': { type: 'string' },
    jobs: { type: 'string' },
    /** Also build with WENKU_SEARCH_SHARD_DOCS=1000000: every document in one shard ("one index"). */
    'compare-shards': { type: 'boolean', default: false },
    peer: { type: 'string' },
    /** Build ours and the peer alternately K times (builds only, no queries). */
    alternate: { type: 'string', default: '0' },
    queries: { type: 'string', default: '30' },
    'no-queries': { type: 'boolean', default: false },
  },
});

const root = projectRoot;
const nDocs = Number(values.docs);
const seed = Number(values.seed);
const alternate = Number(values.alternate);
if (!(nDocs > 0)) throw new Error('--docs N: a positive number of documents');
if (values.peer !== undefined && values.peer !== 'starlight') throw new Error('--peer: only "starlight"');
if (alternate > 0 && !values.peer) throw new Error('--alternate K needs --peer starlight');
const work = join(root, '.bench');
const corpus = join(work, `corpus-${nDocs}`);
const scratch = join(work, 'starlight');
const shardDocs = values['shard-docs'] ?? process.env['WENKU_SEARCH_SHARD_DOCS'];
const jobs = values.jobs ?? process.env['WENKU_SEARCH_JOBS'];
const limits = { limitSeconds: Number(values['time-limit']), limitMB: Number(values['mem-limit']) };
const log = (...a: unknown[]) => console.error(`[scale ${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------------------------------------------------------------- steps from a build's output
interface Run {
  label: string;
  whole: Step;
  /** Up to the index step, the index step itself, and what follows it (other integrations' hooks). */
  steps: { name: string; step: Step }[];
  /** The index step's own lines, with the second each came after the start. */
  indexLines: string[];
  processes: string;
}

function analyse(label: string, t: Timed, tag: string): Run {
  const { steps, indexLines } = splitAtIndexStep(t, tag);
  return {
    label,
    whole: wholeStep(t),
    steps,
    indexLines: indexLines.map((l) => `+${s1(l.t)} s ${l.text}`),
    processes: processRoles(t)
      .map((r) => `${r.role} ×${r.count}: peak ${mb(r.peakMB)} MB, CPU ${s1(r.cpuSeconds)} s`)
      .join('; '),
  };
}

const s1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const mb = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const kb = (x: number) => (Number.isFinite(x) ? (x / 1024).toFixed(0) : '–');

function stopped(run: string, t: Timed): never {
  const text = `### ${nDocs} documents — ${stamp()} UTC\n\n${machineLine()}.\n\n${run} was stopped after ${s1(t.seconds)} s: ${t.stopped}; largest single process ${mb(t.peakProcessMB)} MB (${t.peakProcess}). No further figures.\n`;
  console.log(text);
  record(text);
  process.exit(2);
}

function record(text: string): void {
  appendResults(
    resolve(root, values.results!),
    'Scale benchmark results',
    'Produced by `npm run bench:scale` (scripts/bench/scale.ts, see bench/README.md); newest last.',
    text,
  );
}

// ---------------------------------------------------------------- builds
type Variant = 'shards' | 'one index';
const siteOf = (v: Variant) => join(work, `scale-${nDocs}-${v === 'shards' ? 'shards' : 'one'}`);
const echo = (line: string) => /\[(build|wenku:search-index|starlight:pagefind)\]/.test(line) && !/[├└]─/.test(line);

/** Our whole `npm run build` over the corpus, from a cold cache (as both builds of a comparison). */
async function buildOurs(variant: Variant): Promise<Run> {
  const site = siteOf(variant);
  const cache = join(root, 'node_modules', `.astro-scale-${nDocs}`);
  const shardCache = join(work, `shard-cache-${nDocs}`);
  rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  // Cold as the peer: no shard index and no rendered body from an earlier build either.
  rmSync(shardCache, { recursive: true, force: true });
  rmSync(join(root, RENDERED_DIR), { recursive: true, force: true });
  log(`building ours (${variant}) into ${site}`);
  const t = await timed('npm', ['run', 'build'], {
    ...limits,
    cwd: root,
    echo,
    env: {
      WENKU_CONTENT_DIR: corpus,
      WENKU_OUT: site,
      WENKU_CACHE: cache,
      WENKU_SEARCH_CACHE: shardCache,
      WENKU_SEARCH_INDEX: undefined,
      WENKU_SEARCH_SHARD_DOCS: variant === 'one index' ? '1000000' : shardDocs,
      WENKU_SEARCH_JOBS: jobs,
    },
  });
  if (t.stopped) stopped(`Our build (${variant})`, t);
  return analyse(`ours, ${variant}`, t, 'wenku:search-index');
}

async function buildPeer(): Promise<Run> {
  rmSync(join(scratch, 'dist'), { recursive: true, force: true });
  rmSync(join(scratch, 'node_modules', '.astro'), { recursive: true, force: true });
  log(`building Starlight in ${scratch}`);
  const t = await timed(process.execPath, [join(scratch, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { ...limits, cwd: scratch, echo });
  if (t.stopped) stopped('The Starlight build', t);
  return analyse(`Starlight ${STARLIGHT_VERSION}`, t, 'starlight:pagefind');
}

// ---------------------------------------------------------------- first queries
interface Queries {
  bytes: number[];
  requests: number[];
  totals: number[];
  /** Per query, bytes by kind of file (fileKind). */
  kinds: Record<FileKind, number>[];
  /** Per query, the documents found in their order (URL paths), when the bundles could be read. */
  found?: string[][];
  browser: string;
}

/** The fixed query set: the phrase list, then random exact substrings of the documents' text. */
function querySet(files: Map<string, string>): string[] {
  const phrases = readPhrases();
  const want = Number(values.queries);
  const out = phrases.slice(0, want);
  const bodies = [...files.values()].map((t) =>
    t
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((l) => l && !/^[#<]/.test(l)),
  );
  const r = rng(seed * 7919 + nDocs);
  const lengths = [2, 3, 4, 6, 8];
  for (let tries = 0; out.length < want && tries < want * 1000; tries++) {
    const lines = bodies[Math.floor(r() * bodies.length)]!;
    const line = Array.from(lines[Math.floor(r() * lines.length)] ?? '');
    const len = lengths[out.length % lengths.length]!;
    if (line.length < len) continue;
    const at = Math.floor(r() * (line.length - len + 1));
    const q = line.slice(at, at + len).join('');
    if (/^\p{Script=Han}+$/u.test(q) && !out.includes(q)) out.push(q);
  }
  return out;
}

/** What a file of the index is, for the first query's bytes by kind. */
const FILE_KINDS = ['meta', 'facets', 'chunks', 'fragments', 'scripts'] as const;
type FileKind = (typeof FILE_KINDS)[number];
function fileKind(path: string): FileKind {
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.bin')) return 'facets';
  if (path.endsWith('.pf_index')) return 'chunks';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  return 'scripts';
}

async function measureQueries(site: string, queries: string[]): Promise<Queries> {
  // Text gzipped as docs/deploy.md's nginx sends it (Pagefind's script); its index files are gzip already.
  const srv = await serveStatic(site, '/', 0, { gzip: true });
  const browser = await launchChromium();
  const out: Queries = { bytes: [], requests: [], totals: [], kinds: [], browser: browser.version() };
  // Result ids are the bigram index's fragment names, in both indexes (docs/search.md, "Shards").
  let bundles: { bigram: Map<string, string>; unigram: Map<string, string> } | undefined;
  try {
    const urls = fragmentUrls(join(site, 'pagefind'));
    bundles = { bigram: urls, unigram: urls };
    out.found = [];
  } catch (e) {
    log(`result ids not mapped to documents (${String(e)}): totals compared only`);
  }
  try {
    for (const q of queries) {
      const ctx = await browser.newContext({ baseURL: srv.origin });
      const page = await ctx.newPage();
      // A query that every document matches takes seconds at 50,000 documents: wait for it.
      page.setDefaultTimeout(300_000);
      srv.resetBytes();
      const found = await openSearch(page, q);
      out.bytes.push(srv.bytes('/pagefind'));
      out.requests.push(srv.requests('/pagefind'));
      const kinds = Object.fromEntries(FILE_KINDS.map((k) => [k, 0])) as Record<FileKind, number>;
      for (const x of srv.sent('/pagefind')) kinds[fileKind(x.path)] += x.size;
      out.kinds.push(kinds);
      out.totals.push(found.total);
      if (bundles) {
        const urls = usesUnigramIndex(q) ? bundles.unigram : bundles.bigram;
        out.found?.push(found.ids.map((id) => urls.get(id) ?? `?${id}`));
      }
      await ctx.close();
    }
  } finally {
    await browser.close();
    await srv.close();
  }
  return out;
}

// ---------------------------------------------------------------- the run
log(`generating ${nDocs} documents into ${corpus}`);
const files = writeCorpus(nDocs, seed, corpus);
const astroVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['astro']!;
if (values.peer && values['skip-build']) throw new Error('--skip-build measures our last builds only: no --peer');
if (values.peer) setUpStarlight(scratch, astroVersion, corpus, log);
const NO_BUILD: Timed = { seconds: NaN, cpuSeconds: NaN, peakMB: NaN, peakProcessMB: NaN, peakProcess: '–', processes: [], samples: [], lines: [], stdout: '' };

const runs: Run[] = [];
const sizes = new Map<Run, { bigram: number; unigram: number; files: number }>();
const queryFigures = new Map<Run, Queries>();
const alternated: { ours: Run; peer: Run }[] = [];
const queries = values['no-queries'] ? [] : querySet(files);

if (alternate > 0) {
  for (let i = 0; i < alternate; i++) {
    // Which goes first alternates too, so neither always follows the other's cache effects.
    const pair = i % 2 === 0 ? { ours: await buildOurs('shards'), peer: await buildPeer() } : { peer: await buildPeer(), ours: await buildOurs('shards') };
    alternated.push(pair);
    log(`run ${i + 1}/${alternate}: ours ${s1(pair.ours.whole.seconds)} s, Starlight ${s1(pair.peer.whole.seconds)} s`);
  }
} else {
  const variants: Variant[] = values['compare-shards'] ? ['one index', 'shards'] : ['shards'];
  for (const v of variants) {
    const run = values['skip-build'] ? { label: `ours, ${v}`, whole: wholeStep(NO_BUILD), steps: [], indexLines: [], processes: '' } : await buildOurs(v);
    runs.push(run);
    // Printed at once: the build's figures survive a later failure of the query step.
    for (const { name, step } of [{ name: 'whole build', step: run.whole }, ...run.steps]) log(`${run.label}, ${name}: ${JSON.stringify(step)}`);
    log(`${run.label}: ${run.processes}`);
    const site = siteOf(v);
    const [bigram, unigram] = [dirSize(join(site, 'pagefind')), dirSize(join(site, 'pagefind-chars'))];
    sizes.set(run, { bigram: bigram.bytes, unigram: unigram.bytes, files: bigram.files + unigram.files });
    if (queries.length) {
      log(`${queries.length} cold first queries on ours (${v})`);
      queryFigures.set(run, await measureQueries(site, queries));
    }
  }
  if (values.peer) runs.push(await buildPeer());
}

// ---------------------------------------------------------------- report
const out: string[] = [];
const browserLine = [...queryFigures.values()][0]?.browser;
out.push(`### ${nDocs} documents — ${stamp()} UTC`, '');
out.push(
  `${machineLine()}${browserLine ? `, Chromium ${browserLine}` : ''}; seed ${seed}; ` +
    `shards: WENKU_SEARCH_SHARD_DOCS ${shardDocs ?? 'unset (default)'}, WENKU_SEARCH_JOBS ${jobs ?? 'unset (default)'}; ` +
    `one index: WENKU_SEARCH_SHARD_DOCS=1000000` +
    (values.peer ? `; Starlight ${STARLIGHT_VERSION} (Astro ${peerVersion(scratch, 'astro')}, Pagefind ${peerVersion(scratch, 'pagefind')})` : '') +
    '; every build from a cold Astro cache.',
  '',
);

const stepRow = (label: string, name: string, s: Step) =>
  `| ${label} | ${name} | ${s1(s.seconds)} | ${s1(s.cpuSeconds)} | ${mb(s.peakMB)} | ${mb(s.peakProcessMB)} (${s.peakProcess}) |`;
const stepTable = (list: Run[]) => {
  out.push('| build | step | wall (s) | CPU user+sys (s) | peak memory, process tree (MB) | largest process (MB) |');
  out.push('|---|---|---:|---:|---:|---|');
  for (const r of list) {
    out.push(stepRow(r.label, 'whole build', r.whole));
    for (const { name, step } of r.steps) out.push(stepRow('', name, step));
  }
  out.push('', 'The index step as it logged itself (seconds after the build started):', '');
  for (const r of list) {
    const lines = r.indexLines.length > 20 ? [...r.indexLines.slice(0, 19), `… ${r.indexLines.length - 19} more lines`] : r.indexLines;
    out.push(`- ${r.label}: ${lines.length ? '' : 'no line (the step was not found)'}`, ...lines.map((l) => `  - \`${l}\``));
  }
  out.push('', "Processes by role (each one's peak resident memory; CPU as last seen):", '');
  for (const r of list) out.push(`- ${r.label}: ${r.processes}`);
  out.push('');
};

if (runs.length) {
  if (values['skip-build']) out.push('No build (`--skip-build`): the sites of the last run measured again.', '');
  else stepTable(runs);
  if (sizes.size) {
    out.push(
      `| build | pagefind/ (MB) | pagefind-chars/ (MB) | files | first query, KB median | KB max | requests median | requests max | queries with results |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [r, z] of sizes) {
      const q = queryFigures.get(r);
      out.push(
        `| ${r.label} | ${(z.bigram / 2 ** 20).toFixed(2)} | ${(z.unigram / 2 ** 20).toFixed(2)} | ${z.files} | ` +
          (q
            ? `${kb(median(q.bytes))} | ${kb(Math.max(...q.bytes))} | ${median(q.requests)} | ${Math.max(...q.requests)} | ${q.totals.filter((x) => x > 0).length}/${q.totals.length} |`
            : '– | – | – | – | – |'),
      );
    }
    out.push('');
    if (queries.length) {
      out.push(
        `First query: ${queries.length} queries (${Math.min(queries.length, readPhrases().length)} from scripts/bench/phrases.txt, the rest random exact substrings of 2–8 characters), each in a fresh Chromium context opening /search/?q=…; bytes and requests of everything under /pagefind* (both indexes, Pagefind's script and WebAssembly included), text gzipped as docs/deploy.md's server sends it.`,
        '',
        `First query by kind of file, KB, median over the queries (meta: Pagefind's page and chunk lists; facets: wenku-facets.bin; scripts: Pagefind's script, WebAssembly and entry files):`,
        '',
        `| build | ${FILE_KINDS.join(' | ')} |`,
        `|---|${FILE_KINDS.map(() => '---:').join('|')}|`,
        ...[...queryFigures].map(([r, q]) => `| ${r.label} | ${FILE_KINDS.map((k) => kb(median(q.kinds.map((x) => x[k])))).join(' | ')} |`),
        '',
      );
      const figures = [...queryFigures.values()];
      if (figures.length === 2) {
        const [one, shards] = figures as [Queries, Queries];
        const same = one.totals.filter((t, i) => t === shards.totals[i]).length;
        out.push(`Same number of documents found by one index and by the shards: ${same}/${queries.length} queries.`);
        if (one.found && shards.found) {
          const order = one.found.filter((list, i) => list.join('\n') === shards.found![i]!.join('\n')).length;
          const unmapped = [...one.found, ...shards.found].flat().filter((u) => u.startsWith('?')).length;
          out.push(
            `Same documents in the same order: ${order}/${queries.length} queries${unmapped ? ` (${unmapped} result ids not found in the bundles' fragments)` : ''}.`,
          );
        }
      }
      out.push('');
    }
  }
}

if (alternated.length) {
  out.push(`Alternated ${alternated.length} time(s), builds only:`, '');
  stepTable(
    alternated.flatMap((p, i) => [
      { ...p.ours, label: `run ${i + 1}: ours` },
      { ...p.peer, label: `run ${i + 1}: Starlight` },
    ]),
  );
  const index = (r: Run) => r.steps.find((s) => s.name === 'index step')?.step;
  const figures: [string, (r: Run) => number | undefined, (x: number) => string][] = [
    ['whole build, wall (s)', (r) => r.whole.seconds, s1],
    ['whole build, CPU (s)', (r) => r.whole.cpuSeconds, s1],
    ['whole build, peak memory of the tree (MB)', (r) => r.whole.peakMB, mb],
    ['index step, wall (s)', (r) => index(r)?.seconds, s1],
    ['index step, CPU (s)', (r) => index(r)?.cpuSeconds, s1],
    ['index step, peak memory of the tree (MB)', (r) => index(r)?.peakMB, mb],
  ];
  out.push('| figure | ours, median | Starlight, median | ours ÷ Starlight |', '|---|---:|---:|---:|');
  for (const [name, f, format] of figures) {
    const o = median(alternated.map((p) => f(p.ours) ?? NaN));
    const p = median(alternated.map((x) => f(x.peer) ?? NaN));
    out.push(`| ${name} | ${format(o)} | ${format(p)} | ${(o / p).toFixed(2)} |`);
  }
  out.push('');
}

const text = out.join('\n');
console.log(text);
record(text);
log(`appended to ${values.results}`);
