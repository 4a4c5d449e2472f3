/**
 * A worker of mapPages (./built-pages.ts): reads and parses its share of the pages (every
 * step-th from start) and posts what the extractor module's `extract(tree, key)` returns for each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Root } from 'hast';
import { type PageJob, readPage } from './built-pages.ts';

const { pages, extractor, start, step } = workerData as { pages: PageJob[]; extractor: string; start: number; step: number };
const { extract } = (await import(extractor)) as { extract: (tree: Root, key: string) => unknown };
for (let i = start; i < pages.length; i += step) {
  const { key, file } = pages[i]!;
  try {
    parentPort!.postMessage({ i, value: extract(readPage(file), key) });
  } catch (e) {
    parentPort!.postMessage({ i, error: e instanceof Error ? e.message : String(e) });
    break;
  }
}
