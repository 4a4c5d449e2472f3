/**
 * Builds the full-text search index at the end of `astro build`: <outDir>/pagefind/ (bigrams) and
 * <outDir>/pagefind-chars/ (single characters), each with its facet table, from an index-only copy
 * of every document page. Why and what was measured: docs/search.md.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { close, createIndex } from 'pagefind';
import { CHUNK_SIZE_ENV, indexChunkSize } from '../lib/search/chunk-size.ts';
import { CHARS_BUNDLE, encodeBlock, encodeBlockUnigrams } from '../lib/search/encoding.ts';
import { docFacets, encodeFacets, FACETS_FILE } from '../lib/search/facets.ts';
import { sortNewestFirst } from '../lib/grouping.ts';
import { storeFragment, type StoredFragment } from '../lib/search/stored-text.ts';
import { indexCopy, readIndexedDoc, type Encoder, type IndexedDoc } from '../lib/search/index-copy.ts';

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** A document page, with its bigram copy until that is added to the index. */
interface Page {
  doc: IndexedDoc;
  copy: string | undefined;
  /** Citation label (data-cite) of each passage id, for the stored fragments (readCites). */
  cites: Map<string, string>;
}

/** id → data-cite of every passage of a built page (src/plugins/rehype-structural-anchors.ts). */
function readCites(tree: Root): Map<string, string> {
  const cites = new Map<string, string>();
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { id, dataCite } = child.properties;
      if (typeof id === 'string' && typeof dataCite === 'string') cites.set(id, dataCite);
      walk(child);
    }
  };
  walk(tree);
  return cites;
}

/**
 * The document pages of a built site: every page under <outDir>/docs/ whose indexed article
 * carries the document's attributes (redirect pages carry none), in the catalog's order, newest
 * first (the order Pagefind numbers them in, which the search page keeps for documents of one
 * year). With `encode`, each page's index copy too, from the same parse.
 */
async function readPages(outDir: string, encode?: Encoder, logger?: Log): Promise<Page[]> {
  const pages: Page[] = [];
  const dir = join(outDir, 'docs');
  if (!existsSync(dir)) return pages;
  for (const name of (await readdir(dir)).sort()) {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) continue;
    const tree = fromHtml(await readFile(file, 'utf8'));
    const doc = readIndexedDoc(tree, `docs/${name}/`, file);
    if (!doc) continue;
    if (doc.id !== name) throw new Error(`${file}: data-doc-id is "${doc.id}", not the page's directory "${name}"`);
    const copy = encode ? indexCopy(tree, doc, encode) : undefined;
    for (const w of copy?.warnings ?? []) logger?.warn(w);
    pages.push({ doc, copy: copy?.html, cites: readCites(tree) });
  }
  return sortNewestFirst(pages.map((p) => ({ id: p.doc.id, data: p.doc, page: p }))).map((x) => x.page);
}

/** The documents of a built site, in the order the index adds them (see readPages). */
export async function readIndexedDocs(outDir: string): Promise<IndexedDoc[]> {
  return (await readPages(outDir)).map((p) => p.doc);
}

/**
 * One Pagefind index of every document's copy, written to <outDir>/<dir>: the copy kept in
 * `pages` (dropped once added, so Node's memory shrinks as Pagefind's grows), else made anew.
 */
async function writeIndex(outDir: string, dir: string, pages: Page[], encode: Encoder): Promise<void> {
  // Pagefind's service process reads the chunk size from its environment when it starts.
  const before = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(indexChunkSize(pages.length));
  const started = createIndex({ forceLanguage: 'und' });
  if (before === undefined) delete process.env[CHUNK_SIZE_ENV];
  else process.env[CHUNK_SIZE_ENV] = before;
  const { index, errors } = await started;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const { doc } = page;
    const content = page.copy ?? indexCopy(await readFile(join(outDir, doc.path, 'index.html'), 'utf8'), doc, encode).html;
    page.copy = undefined;
    const added = await index.addHTMLFile({ url: `/${doc.path}`, content });
    if (added.errors.length) throw new Error(`Pagefind failed on ${doc.path}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, dir) });
  if (written.errors.length) throw new Error(`Pagefind failed to write the index ${dir}: ${written.errors.join('; ')}`);
  // One index at a time: closing the service frees Pagefind's memory before the next one.
  await close();
  const ids = await storeFragmentsAsText(join(outDir, dir), new Map(pages.map((p) => [p.doc.path, p.cites])));
  await recompressWasm(join(outDir, dir));
  await writeFacetTable(join(outDir, dir), pages.map((p) => p.doc), ids);
}

/** A fragment file: gzip of a 12-byte signature, then the page's JSON. */
const FRAGMENT_SIGNATURE_BYTES = 12;

async function readFragment(file: string): Promise<{ signature: Buffer; json: Record<string, unknown> & StoredFragment & { url: string } }> {
  const raw = gunzipSync(await readFile(file));
  return { signature: raw.subarray(0, FRAGMENT_SIGNATURE_BYTES), json: JSON.parse(raw.subarray(FRAGMENT_SIGNATURE_BYTES).toString('utf8')) };
}

/** Page path (docs/x/) → Pagefind's page id (its fragment's file name), as the facet table needs. */
type FragmentIds = Map<string, string>;

const pagePath = (url: string) => new URL(url, 'http://x').pathname.replace(/^\/+/, '');
const fragmentId = (name: string) => name.replace(/\.pf_fragment$/, '');

/**
 * Rewrites every fragment of an index directory with its text stored plain
 * (src/lib/search/stored-text.ts): what a result downloads, halved, and its anchors carrying
 * their passages' citation labels (`citesByPath`: page path → id → label). Same file names, as
 * the index chunks refer to them. Returns the page ids it read on the way.
 */
async function storeFragmentsAsText(bundleDir: string, citesByPath: ReadonlyMap<string, ReadonlyMap<string, string>>): Promise<FragmentIds> {
  const ids: FragmentIds = new Map();
  const dir = join(bundleDir, 'fragment');
  for (const name of (await readdir(dir)).sort()) {
    const file = join(dir, name);
    const { signature, json } = await readFragment(file);
    const stored = storeFragment(json, file, citesByPath.get(pagePath(json.url)));
    await writeFile(file, gzipSync(Buffer.concat([signature, Buffer.from(JSON.stringify(stored), 'utf8')]), { level: 9 }));
    ids.set(pagePath(json.url), fragmentId(name));
  }
  return ids;
}

/** The page ids of an index directory, read from its fragments. */
export async function fragmentIds(bundleDir: string): Promise<FragmentIds> {
  const ids: FragmentIds = new Map();
  const dir = join(bundleDir, 'fragment');
  for (const name of await readdir(dir)) ids.set(pagePath((await readFragment(join(dir, name))).json.url), fragmentId(name));
  return ids;
}

/** Zopfli's output by the unpacked file's hash: both indexes carry the same WebAssembly. */
const zopfliMemo = new Map<string, Promise<Buffer>>();

/**
 * @gfx/zopfli's gzip, loaded on first use. Its Emscripten runtime registers process-wide handlers
 * for uncaught exceptions and unhandled rejections (which would print its whole source with any
 * error of the build); they are removed again at once.
 */
async function zopfliGzip(): Promise<(data: Uint8Array, options: { numiterations: number }) => Promise<Uint8Array>> {
  const exceptions = process.listeners('uncaughtException');
  const rejections = process.listeners('unhandledRejection');
  const { gzipAsync } = await import('@gfx/zopfli');
  for (const l of process.listeners('uncaughtException')) if (!exceptions.includes(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection')) if (!rejections.includes(l)) process.off('unhandledRejection', l);
  return gzipAsync;
}

/** Zopfli's passes: more shrink the file further by a few bytes at a time, at seconds each. */
const ZOPFLI_ITERATIONS = 15;

/**
 * Where Zopfli's output is kept between builds: node_modules/.cache/wenku-zopfli/ of the install
 * that provides @gfx/zopfli (the usual place for a package's cache), so every build of this
 * checkout (dist, dist-base, the reference library, the tests' fixture projects) shares it.
 */
function zopfliCacheDir(): string {
  const pkg = fileURLToPath(import.meta.resolve('@gfx/zopfli'));
  const nodeModules = pkg.slice(0, pkg.lastIndexOf(`${join('node_modules', '@gfx')}`) + 'node_modules'.length);
  return join(nodeModules, '.cache', 'wenku-zopfli');
}

/**
 * `raw` gzipped by Zopfli, checked to unpack to `raw`. Zopfli takes seconds (8 s on a loaded
 * 2-core machine) and Pagefind's WebAssembly only changes with Pagefind, so the output is kept on
 * disk by the input's hash and reused, checked again, by the next build.
 */
async function zopfliCompressed(raw: Buffer, what: string): Promise<Buffer> {
  const key = createHash('sha256').update(raw).digest('hex');
  const cached = join(zopfliCacheDir(), `${key}-${ZOPFLI_ITERATIONS}.gz`);
  const unpacksToRaw = (b: Buffer) => {
    try {
      return gunzipSync(b).equals(raw);
    } catch {
      return false;
    }
  };
  if (existsSync(cached)) {
    const kept = await readFile(cached);
    if (unpacksToRaw(kept)) return kept;
  }
  const gzip = await zopfliGzip();
  const out = Buffer.from(await gzip(raw, { numiterations: ZOPFLI_ITERATIONS }));
  if (!unpacksToRaw(out)) throw new Error(`${what}: Zopfli's output does not unpack to the original`);
  try {
    // Written aside, then renamed: builds running side by side never read half a file.
    await mkdir(dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}`;
    await writeFile(partial, out);
    await rename(partial, cached);
  } catch {
    // A read-only install: the next build compresses again.
  }
  return out;
}

/**
 * Pagefind's WebAssembly gzipped again with Zopfli: 55,386 → 52,840 bytes. It is the largest file
 * of a first search and the last to arrive before the first result (docs/search.md). Checked to
 * unpack to the same bytes; compressed once per Pagefind version (see zopfliCompressed).
 */
async function recompressWasm(bundleDir: string): Promise<void> {
  for (const name of (await readdir(bundleDir)).filter((n) => /^wasm\.[\w-]+\.pagefind$/.test(n))) {
    const file = join(bundleDir, name);
    const packed = await readFile(file);
    const raw = gunzipSync(packed);
    const key = createHash('sha256').update(raw).digest('hex');
    // Both indexes carry the same file: compressed and checked once.
    if (!zopfliMemo.has(key)) zopfliMemo.set(key, zopfliCompressed(raw, file));
    const smaller = await zopfliMemo.get(key)!;
    if (smaller.length < packed.length) await writeFile(file, smaller);
  }
}

/**
 * Writes the facet table (src/lib/search/facets.ts) into an index directory: the documents in
 * the order they were added, checked against the page ids Pagefind wrote (`idByPath`).
 */
export async function writeFacetTable(bundleDir: string, docs: readonly IndexedDoc[], idByPath: FragmentIds): Promise<void> {
  const missing = docs.filter((d) => !idByPath.has(d.path)).map((d) => d.path);
  if (missing.length) throw new Error(`the search index has no page for ${missing.join(', ')} (a document without text?)`);
  const table = encodeFacets(docs.map(docFacets), docs.map((d) => idByPath.get(d.path)!));
  await writeFile(join(bundleDir, FACETS_FILE), gzipSync(JSON.stringify(table), { level: 9 }));
}

/**
 * Indexes the built site in `outDir`: the bigram index in <outDir>/pagefind/ and the unigram
 * index of single characters in <outDir>/pagefind-chars/. Also run standalone.
 */
export async function buildSearchIndex(outDir: string, logger: Log): Promise<void> {
  const started = performance.now();
  // The bigram copies are made while the pages are read, which sets the order they are added in.
  const pages = await readPages(outDir, encodeBlock, logger);
  await writeIndex(outDir, 'pagefind', pages, encodeBlock);
  const bigramMs = Math.round(performance.now() - started);
  await writeIndex(outDir, CHARS_BUNDLE, pages, encodeBlockUnigrams);
  const ms = Math.round(performance.now() - started);
  logger.info(`indexed ${pages.length} documents in ${ms} ms (bigram index ${bigramMs} ms, single-character index ${ms - bigramMs} ms)`);
}

/**
 * WENKU_SEARCH_INDEX=off skips the step, for very large builds where Astro's own memory and
 * Pagefind's should not add up: then run `npm run build:search-index -- <outDir>` afterwards.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'wenku:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['WENKU_SEARCH_INDEX'] === 'off') {
          logger.warn('search index skipped (WENKU_SEARCH_INDEX=off): run `npm run build:search-index` before deploying');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
