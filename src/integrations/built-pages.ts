/**
 * The one reader of built pages (Node only), for the steps that run after `astro build` and the
 * scripts that read a build: a page parsed into a hast tree (hast-util-from-html, as the
 * Markdown plugins see the same HTML), the document pages of an output directory (one at a
 * time, or parsed in worker threads: mapPages), and the walks they all need (elements in
 * document order, an element's text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A document page of a build: `<outDir>/docs/<dir>/index.html`, parsed. */
export interface BuiltPage {
  /** The page's directory under docs/: the document id, or a former id (redirect pages). */
  dir: string;
  file: string;
  tree: Root;
}

/** A built page (or a fragment of one) as a hast tree; a tree is returned as it is. */
export function parsePage(page: string | Root): Root {
  return typeof page === 'string' ? fromHtml(page) : page;
}

/** A built page read from its file and parsed. */
export function readPage(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

/**
 * The document pages of a build, by directory name, one parsed at a time (a large library
 * never holds every tree at once); redirect pages included (see isRedirectPage).
 */
export function* builtDocPages(outDir: string): Generator<BuiltPage> {
  for (const { key, file } of docPageFiles(outDir)) yield { dir: key, file, tree: readPage(file) };
}

/** The document pages of a build, unread: keyed by directory name (a document id or a former id), sorted. */
export function docPageFiles(outDir: string): PageJob[] {
  const docsDir = join(outDir, 'docs');
  if (!existsSync(docsDir)) return [];
  return readdirSync(docsDir)
    .sort()
    .map((dir) => ({ key: dir, file: join(docsDir, dir, 'index.html') }))
    .filter((p) => existsSync(p.file));
}

/** Every element of a tree, in document order (an element before its children). */
export function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** The plain text of a node: its text nodes joined, tags dropped, entities decoded. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** Whether a page carries `<meta name="…">` with this name (e.g. the redirect pages' marker). */
export function hasMeta(tree: Root, name: string): boolean {
  for (const el of elements(tree)) if (el.tagName === 'meta' && el.properties['name'] === name) return true;
  return false;
}

/** A page to read in a worker (mapPages): a key for the caller and the page's file. */
export interface PageJob {
  key: string;
  file: string;
}

/**
 * `extract(tree, key)` of the module `extractor` over pages, in `jobs` worker threads: each page is
 * read and parsed in a worker (page i by worker i mod jobs), and the results come back in the
 * order of `pages`, one at a time, so a large library is parsed on every core without holding its
 * pages. What `extract` returns must be structured-cloneable.
 */
export async function* mapPages<T>(pages: readonly PageJob[], extractor: URL, jobs = availableParallelism()): AsyncGenerator<T> {
  const n = Math.max(1, Math.min(jobs, pages.length));
  const ready = new Map<number, T>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const workers = Array.from({ length: n }, (_, start) => {
    const worker = new Worker(new URL('./built-pages-worker.ts', import.meta.url), {
      workerData: { pages, extractor: extractor.href, start, step: n },
    });
    worker.on('message', ({ i, value, error }: { i: number; value?: T; error?: string }) => {
      if (error !== undefined) failure ??= new Error(`reading ${pages[i]!.file}: ${error}`);
      else ready.set(i, value as T);
      wake?.();
    });
    worker.on('error', (e) => {
      failure ??= new Error(`a worker reading built pages failed: ${e.message}`, { cause: e });
      wake?.();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a worker reading built pages stopped (exit code ${code})`);
      wake?.();
    });
    return worker;
  });
  try {
    for (let i = 0; i < pages.length; i++) {
      while (!ready.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const value = ready.get(i)!;
      ready.delete(i);
      yield value;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
