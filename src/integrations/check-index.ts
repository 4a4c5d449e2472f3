/**
 * Writes the library index of the 起草自查 page at the end of `astro build`:
 * <outDir>/check-index/ (manifest.json, shard files, document lists; format in
 * src/lib/check/shingles.ts, built by ./check-index/build.ts), from the passages of every built
 * document page (./check-index/page-keys.ts). Only /check/ fetches it, a few shards per check.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_DIR } from '../lib/check/shingles.ts';
import { mapPages } from './built-pages.ts';
import { IndexBuilder } from './check-index/build.ts';
import { readIndexedDocs } from './search-index/pages.ts';

export default function checkIndex(): AstroIntegration {
  return {
    name: 'wenku-check-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pages parsed in worker threads, the keys added in the library's order: the build never
        // holds the library's text.
        const list = await readIndexedDocs(outDir);
        const pages = list.map((d) => ({ key: d.id, file: join(outDir, d.path, 'index.html') }));
        const builder = new IndexBuilder();
        let i = 0;
        for await (const keys of mapPages<Uint32Array>(pages, new URL('./check-index/page-keys.ts', import.meta.url))) {
          const d = list[i++]!;
          builder.add({ id: d.id, title: d.title, keys });
        }
        const { manifest, shards, lists } = builder.finish();
        const target = join(outDir, INDEX_DIR);
        await rm(target, { recursive: true, force: true });
        await mkdir(target, { recursive: true });
        await writeFile(join(target, 'manifest.json'), JSON.stringify(manifest));
        for (const [name, bytes] of shards) await writeFile(join(target, name), bytes);
        for (const [name, list] of lists) await writeFile(join(target, name), JSON.stringify(list));
        const size = [...shards.values()].reduce((n, b) => n + b.length, 0);
        logger.info(`check index: ${manifest.docs} documents, ${shards.size} shards, ${size} bytes`);
      },
    },
  };
}
