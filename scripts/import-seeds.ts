/**
 * Writes content/docs/<id>.mdx for every document the importer finds in the seeds, with
 * scripts/seed-manifest.ts applied (see scripts/import-seeds-lib.ts).
 *
 *   npm run import:seeds                 write missing files (never overwrites)
 *   npm run import:seeds -- --force      overwrite existing files
 *   npm run import:seeds -- --check      only compare with the committed files; exit 1 on drift
 *   npm run import:seeds -- --only <id>  one document
 *
 * Seeds are read from $WENKU_SEEDS, default content/sources (a verbatim copy of the seeds).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { buildSeedDocuments, readSeeds } from './import-seeds-lib.ts';
import { manifest } from './seed-manifest.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    only: { type: 'string' },
    seeds: { type: 'string', default: process.env.WENKU_SEEDS ?? join(root, 'content', 'sources') },
    out: { type: 'string', default: join(root, CONTENT_DIR) },
  },
});

function fail(message: string): never {
  console.error(`import-seeds: ${message}`);
  process.exit(1);
}

if (!existsSync(values.seeds)) fail(`seed directory not found: ${values.seeds} (set WENKU_SEEDS or --seeds)`);
const seeds = readSeeds(values.seeds);

let all;
try {
  all = buildSeedDocuments(seeds, manifest);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const docs = values.only ? all.filter((d) => d.id === values.only) : all;
if (docs.length === 0) fail(`no document with id "${values.only}" in scripts/seed-manifest.ts`);
mkdirSync(values.out, { recursive: true });

let written = 0;
let skipped = 0;
let drifted = 0;
for (const { id, mdx } of docs) {
  const outPath = join(values.out, `${id}.mdx`);
  const exists = existsSync(outPath);
  if (values.check) {
    if (!exists || readFileSync(outPath, 'utf8') !== mdx) {
      console.error(`import-seeds: ${outPath} differs from what the importer and the manifest produce`);
      drifted += 1;
    }
    continue;
  }
  if (exists && !values.force) {
    console.warn(`import-seeds: ${outPath} exists, not overwritten (use --force)`);
    skipped += 1;
    continue;
  }
  // Never a half-written file: write beside it, then rename.
  writeFileSync(`${outPath}.tmp`, mdx);
  renameSync(`${outPath}.tmp`, outPath);
  written += 1;
}
if (values.check) {
  if (drifted > 0) fail(`${drifted} file(s) drifted from the seeds, the importer and scripts/seed-manifest.ts`);
  console.log(`import-seeds: ${docs.length} file(s) match`);
} else {
  console.log(`import-seeds: ${written} written, ${skipped} skipped (existing)`);
}
