/**
 * npm run build:reference: builds the reference library, the site with exactly the 13 documents
 * the seed importer makes from content/sources and scripts/seed-manifest.ts, into dist-reference/.
 *
 * The page-weight budgets (bench/budgets.json) are measured on this build, not on content/docs:
 * what a page weighs depends on the library (the home page's newest titles, the index chunks and
 * results of the first query), so a keeper who adds a document must not push a page over its
 * budget. The reference library changes only with the code (importer rules, manifest).
 *
 *   npm run build:reference      (npm run bench:size and npm run test:e2e run it)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedDocuments, readSeeds } from './import-seeds-lib.ts';
import { manifest } from './seed-manifest.ts';
import { REFERENCE_DIST } from './bench/size-measure.ts';

const root = resolve(import.meta.dirname, '..');

const seedsDir = join(root, 'content', 'sources');
const seeds = readSeeds(seedsDir);

const content = join(root, `${REFERENCE_DIST}-content`);
rmSync(content, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
for (const { id, mdx } of buildSeedDocuments(seeds, manifest)) writeFileSync(join(content, `${id}.mdx`), mdx);

const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    WENKU_CONTENT_DIR: content,
    WENKU_OUT: REFERENCE_DIST,
    WENKU_BASE: '/',
    WENKU_CACHE: 'node_modules/.astro-reference',
  },
});
process.exit(run.status ?? 1);
