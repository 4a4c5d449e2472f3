/**
 * The search index step split across jobs or machines (docs/deploy.md, "Indexing on several
 * machines"): the same shards and the same merge as inside `astro build`
 * (src/integrations/search-index/), run one by one.
 *
 *   npm run search:shards -- plan <outDir>                        the shard keys, as JSON (a CI matrix)
 *   npm run search:shards -- shard <outDir> <key> <shardsDir>     index one shard into <shardsDir>
 *   npm run search:shards -- assemble <outDir> <shardsDir>        merge every shard into <outDir>
 *
 * Every job needs the same built site (<outDir>, built with WENKU_SEARCH_INDEX=off) and the same
 * WENKU_SEARCH_SHARD_DOCS; the shard jobs' <shardsDir> contents are put together for `assemble`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { assembleIndex, siteShards } from '../../src/integrations/search-index/index.ts';
import { searchOptionsFromEnv } from '../../src/integrations/search-index/options.ts';
import { buildShard } from '../../src/integrations/search-index/shard.ts';

const [command, outArg, ...rest] = process.argv.slice(2);
const usage = 'usage: search:shards -- plan <outDir> | shard <outDir> <key> <shardsDir> | assemble <outDir> <shardsDir>';
if (!command || !outArg) throw new Error(usage);
const outDir = resolve(outArg);
const { shardDocs } = searchOptionsFromEnv(process.env);
const plan = await siteShards(outDir, shardDocs);
/** Which output directory (inside shardsDir) holds a shard: written by `shard`, read by `assemble`. */
const pointer = (shardsDir: string, key: string) => join(shardsDir, `${key}.json`);

if (command === 'plan') {
  console.log(JSON.stringify([...plan].map(([key, paths]) => ({ key, docs: paths.length }))));
} else if (command === 'shard') {
  const [key, shardsArg] = rest;
  if (!key || !shardsArg) throw new Error(usage);
  const paths = plan.get(key);
  if (!paths) throw new Error(`${outDir}: no shard "${key}" (shards: ${[...plan.keys()].join(', ')})`);
  const shardsDir = resolve(shardsArg);
  await mkdir(shardsDir, { recursive: true });
  const { dir, reused } = await buildShard(outDir, paths, shardsDir, { info: console.log, warn: console.warn });
  await writeFile(pointer(shardsDir, key), JSON.stringify({ dir: basename(dir), docs: paths.length }));
  console.log(`shard ${key}: ${paths.length} documents ${reused ? 'reused' : 'indexed'} in ${dir}`);
} else if (command === 'assemble') {
  const [shardsArg] = rest;
  if (!shardsArg) throw new Error(usage);
  const shardsDir = resolve(shardsArg);
  const missing = [...plan.keys()].filter((k) => !existsSync(pointer(shardsDir, k)));
  if (missing.length) throw new Error(`${shardsDir}: no output for shard(s) ${missing.join(', ')}: run \`search:shards -- shard\` for them first`);
  const dirs = await Promise.all(
    [...plan.keys()].map(async (k) => join(shardsDir, (JSON.parse(await readFile(pointer(shardsDir, k), 'utf8')) as { dir: string }).dir)),
  );
  const docs = await assembleIndex(outDir, dirs);
  console.log(`assembled the search index of ${docs} documents from ${dirs.length} shard(s) into ${outDir}`);
} else throw new Error(usage);
