/**
 * Writes the library index of the 起草自查 page at the end of `astro build`:
 * <outDir>/check-index/ (manifest.json, shard files, document lists; format in
 * src/lib/check/shingles.ts, built by ./check-index/build.ts), from the passages of every built document page (elements with an
 * anchor id and a citation label, as src/plugins/rehype-wording.ts reads them). Only /check/
 * fetches it, a few shards per check.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { INDEX_DIR } from '../lib/check/shingles.ts';
import { placeNames } from '../lib/check/units.ts';
import { parsePage, readPage, textOf } from './built-pages.ts';
import { buildIndex, type IndexedText } from './check-index/build.ts';
import type { IndexedDoc } from '../lib/search/index-copy.ts';
import { readIndexedDocs } from './search-index/pages.ts';

/** The passages of a built document page: text of each element with an id and data-cite (not of passages inside one). */
export function pagePassages(page: string | Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | Element) => {
    for (const n of node.children) {
      if (n.type !== 'element') continue;
      if (typeof n.properties['id'] === 'string' && typeof n.properties['dataCite'] === 'string') out.push(textOf(n));
      else walk(n);
    }
  };
  walk(parsePage(page));
  return out;
}

export default function checkIndex(): AstroIntegration {
  return {
    name: 'wenku-check-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // One page at a time: its text is dropped once its fingerprints are taken.
        function* docs(list: IndexedDoc[]): Generator<IndexedText> {
          for (const d of list) {
            const passages = pagePassages(readPage(join(outDir, d.path, 'index.html')));
            yield { id: d.id, title: d.title, passages, places: [...new Set(passages.flatMap((p) => placeNames(p).map((n) => n.name)))] };
          }
        }
        const { manifest, shards, lists } = buildIndex(docs(await readIndexedDocs(outDir)));
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
