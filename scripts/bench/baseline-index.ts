/**
 * The benchmark's baseline: Pagefind with its defaults over the same built document pages
 * (page language zh-CN from <html lang>, dictionary segmentation), written next to the real
 * index as <site>/pagefind-baseline/. Run under /usr/bin/time by search-bench.ts.
 *
 *   npm exec -- node scripts/bench/baseline-index.ts <site dir>
 */
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const { index, errors } = await createIndex({});
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site, glob: 'docs/**/*.html' });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: join(site, 'pagefind-baseline') });
if (written.errors.length) throw new Error(written.errors.join('; '));
await close();
console.log(JSON.stringify({ pages: added.page_count, ms: Math.round(performance.now() - started) }));
