/**
 * The search index step on its own, for a site built with WENKU_SEARCH_INDEX=off:
 *
 *   WENKU_SEARCH_INDEX=off npm run build && npm run build:search-index -- dist
 *
 * Same code as the step inside `astro build` (src/integrations/search-index.ts); run apart,
 * Astro's memory and Pagefind's do not add up (at 10,000 documents that is the difference
 * between fitting a 24 GB machine and not).
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

const outDir = resolve(process.argv[2] ?? process.env['WENKU_OUT'] ?? 'dist');
await buildSearchIndex(outDir, {
  info: (m) => console.log(`[wenku:search-index] ${m}`),
  warn: (m) => console.warn(`[wenku:search-index] ${m}`),
});
