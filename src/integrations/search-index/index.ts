/**
 * Builds the full-text search index at the end of `astro build`: <outDir>/pagefind/ (bigrams) and
 * <outDir>/pagefind-chars/ (single characters), with the facet table. The documents are split
 * into shards (./shards.ts), each indexed by a process of its own, as many at once as there are
 * cores (./shard.ts), kept in a cache by content, then merged into one index per kind
 * (./merge.ts): memory per process is bounded by the shard, and the page sees one index.
 * Why and what was measured: docs/search.md ("Shards").
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHARS_BUNDLE } from '../../lib/search/encoding.ts';
import { facetValuesOf } from '../../lib/facets.ts';
import { encodeFacets, FACETS_FILE, writeFacetFile } from '../../lib/search/facets.ts';
import type { IndexedDoc } from '../../lib/search/index-copy.ts';
import { writtenYear } from '../../lib/grouping.ts';
import { mergeShards } from './merge.ts';
import { readSiteDocs } from './pages.ts';
import { DEFAULT_SHARD_OPTIONS, planShards } from './shards.ts';
import type { Log, ShardResult, ShardTimes } from './shard.ts';
import type { ShardJob } from './shard-process.ts';
import { recompressWasm } from './wasm.ts';
import { zopfli } from './zopfli.ts';

export interface SearchIndexOptions {
  /** false: no index (run `npm run build:search-index` before deploying). Default true. */
  enabled?: boolean;
  /** Most documents per shard (default 500). */
  shardDocs?: number;
  /** Shard processes at once (default: the cores available). */
  jobs?: number;
  /** Where built shards are kept and reused (default node_modules/.cache/wenku-search-shards). */
  cacheDir?: string;
}

/** The bundle directories under the output directory. */
const BIGRAM_DIR = 'pagefind';
const UNIGRAM_DIR = CHARS_BUNDLE.replace(/\/$/, '');

const DEFAULT_CACHE_DIR = 'node_modules/.cache/wenku-search-shards';

/** What the index step did, for its log line and the tests. */
export interface IndexReport {
  docs: number;
  shards: number;
  /** Shards whose index was found in the cache. */
  reused: number;
  /** Pages read and parsed by the shards (not those whose bytes the cache had seen). */
  parsed: number;
  ms: { plan: number; shards: number; merge: number };
  /** The shard processes' own times, summed over the shards. */
  shardMs: ShardTimes;
}

/** The shards of a built site: key → page paths (docs/<id>/). */
export async function siteShards(outDir: string, shardDocs = DEFAULT_SHARD_OPTIONS.maxDocs): Promise<Map<string, string[]>> {
  const docs = await readSiteDocs(outDir);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const plan = planShards(
    docs.map((d) => ({ id: d.id, year: writtenYear({ id: d.id, data: d }) ?? undefined })),
    { maxDocs: shardDocs, minDocs: Math.ceil(shardDocs / 4) },
  );
  return new Map([...plan].map(([key, ids]) => [key, ids.map((id) => byId.get(id)!.path)]));
}

const SHARD_PROCESS = fileURLToPath(new URL('./shard-process.ts', import.meta.url));

/** Indexes one shard in a child process; resolves with its output directory. */
async function runShardProcess(outDir: string, key: string, paths: readonly string[], cacheDir: string, logger: Log): Promise<ShardResult> {
  const tmp = await mkdtemp(join(tmpdir(), 'wenku-shard-'));
  const jobFile = join(tmp, 'job.json');
  const job: ShardJob = { outDir: resolve(outDir), paths: [...paths], cacheDir: resolve(cacheDir) };
  await writeFile(jobFile, JSON.stringify(job));
  try {
    return await new Promise((done, fail) => {
      const child = spawn(process.execPath, [SHARD_PROCESS, jobFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        // Warnings about the pages (e.g. a block without text) reach the build's log.
        const lines = err.split('\n');
        err = lines.pop()!;
        for (const l of lines) if (l.startsWith('warning: ')) logger.warn(l.slice(9));
      });
      child.on('error', fail);
      child.on('close', (code) => {
        if (code !== 0) fail(new Error(`search index shard ${key} (${paths.length} documents) failed (exit ${code}): ${err.trim().slice(-2000)}`));
        else done(JSON.parse(out.trim().split('\n').at(-1)!) as ShardResult);
      });
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Runs `tasks` with at most `limit` at once; rejects with the first failure. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

/** The facet table (src/lib/search/facets.ts) of the merged index: its documents in page order. */
async function writeFacetTable(bundleDir: string, docs: readonly IndexedDoc[], pageIds: readonly string[]): Promise<void> {
  const table = encodeFacets(docs.map(facetValuesOf), pageIds);
  // Downloaded whole by every query, like the meta files: packed by Zopfli (./zopfli.ts).
  await writeFile(join(bundleDir, FACETS_FILE), await zopfli(writeFacetFile(table), 1, join(bundleDir, FACETS_FILE)));
}

/**
 * Merges shards already built (their output directories, in any order) into the site's index in
 * `outDir`, with the facet table and the recompressed WebAssembly. Returns the number of documents.
 */
export async function assembleIndex(outDir: string, shardDirs: readonly string[]): Promise<number> {
  const { docs, pageIds } = await mergeShards(shardDirs, outDir, { bigram: BIGRAM_DIR, unigram: UNIGRAM_DIR });
  await writeFacetTable(join(outDir, BIGRAM_DIR), docs, pageIds);
  await recompressWasm(join(outDir, BIGRAM_DIR));
  await recompressWasm(join(outDir, UNIGRAM_DIR));
  return docs.length;
}

/** Indexes the built site in `outDir` (also run standalone: scripts/search/build-index.ts). */
export async function buildSearchIndex(outDir: string, logger: Log, options: SearchIndexOptions = {}): Promise<IndexReport> {
  const t0 = performance.now();
  const plan = await siteShards(outDir, options.shardDocs);
  const t1 = performance.now();
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  // Largest first, so a long shard does not start last.
  const entries = [...plan].sort((a, b) => b[1].length - a[1].length);
  const built = await pool(
    entries.map(
      ([key, paths]) =>
        () =>
          runShardProcess(outDir, key, paths, cacheDir, logger),
    ),
    options.jobs ?? availableParallelism(),
  );
  const t2 = performance.now();
  const docs = await assembleIndex(
    outDir,
    built.map((b) => b.dir),
  );
  const t3 = performance.now();
  const report: IndexReport = {
    docs,
    shards: plan.size,
    reused: built.filter((b) => b.reused).length,
    parsed: built.reduce((n, b) => n + b.parsed, 0),
    ms: { plan: Math.round(t1 - t0), shards: Math.round(t2 - t1), merge: Math.round(t3 - t2) },
    shardMs: { read: 0, bigram: 0, unigram: 0, fragments: 0 },
  };
  for (const b of built) for (const k of Object.keys(report.shardMs) as (keyof ShardTimes)[]) report.shardMs[k] += b.ms[k];
  logger.info(
    `indexed ${docs} documents in ${Math.round(t3 - t0)} ms: ${report.shards} shard(s), ${report.reused} reused from the cache, ${report.parsed} pages parsed; ` +
      `plan ${report.ms.plan} ms, shards ${report.ms.shards} ms (summed over the shard processes: read ${report.shardMs.read} ms, ` +
      `bigram index ${report.shardMs.bigram} ms, unigram index ${report.shardMs.unigram} ms, fragments ${report.shardMs.fragments} ms), merge ${report.ms.merge} ms`,
  );
  return report;
}

/** The search index step of `astro build`; options from astro.config.mjs. */
export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'wenku:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (options.enabled === false) {
          logger.warn('search index skipped (WENKU_SEARCH_INDEX=off): run `npm run build:search-index` before deploying');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), logger, options);
      },
    },
  };
}
