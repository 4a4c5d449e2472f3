/**
 * The search index step on its own, for a site built with WENKU_SEARCH_INDEX=off:
 *
 *   WENKU_SEARCH_INDEX=off npm run build && npm run build:search-index -- dist
 *
 * Same code and options (WENKU_SEARCH_SHARD_DOCS, WENKU_SEARCH_JOBS, WENKU_SEARCH_CACHE) as the
 * step inside `astro build` (src/integrations/search-index/); run apart, Astro's memory and the
 * index's do not add up.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../../src/integrations/search-index/index.ts';
import { searchOptionsFromEnv } from '../../src/integrations/search-index/options.ts';

const outDir = resolve(process.argv[2] ?? process.env['WENKU_OUT'] ?? 'dist');
await buildSearchIndex(
  outDir,
  { info: (m) => console.log(`[wenku:search-index] ${m}`), warn: (m) => console.warn(`[wenku:search-index] ${m}`) },
  searchOptionsFromEnv(process.env),
);
