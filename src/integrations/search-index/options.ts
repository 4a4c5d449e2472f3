/**
 * The index step's options from environment variables, read by astro.config.mjs and by the
 * standalone commands (scripts/search/), so both build the same index.
 *   WENKU_SEARCH_INDEX=off    skip the step (then `npm run build:search-index` before deploying)
 *   WENKU_SEARCH_SHARD_DOCS   most documents per shard (default 500; years with fewer than a quarter of that share a shard)
 *   WENKU_SEARCH_JOBS         shard processes at once (default: the cores available)
 *   WENKU_SEARCH_CACHE        where built shards are kept (default node_modules/.cache/wenku-search-shards)
 */
import type { SearchIndexOptions } from './index.ts';

function positive(env: Record<string, string | undefined>, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not "${v}"`);
  return n;
}

export function searchOptionsFromEnv(env: Record<string, string | undefined>): SearchIndexOptions {
  const shardDocs = positive(env, 'WENKU_SEARCH_SHARD_DOCS');
  const jobs = positive(env, 'WENKU_SEARCH_JOBS');
  const cacheDir = env['WENKU_SEARCH_CACHE'] || undefined;
  return { enabled: env['WENKU_SEARCH_INDEX'] !== 'off', ...(shardDocs ? { shardDocs } : {}), ...(jobs ? { jobs } : {}), ...(cacheDir ? { cacheDir } : {}) };
}
