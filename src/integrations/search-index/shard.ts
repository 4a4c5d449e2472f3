/**
 * Builds the index of one shard (./shards.ts) of a built site, in its own process
 * (./shard-process.ts) or in the build's: each page read and parsed once, its bigram copy added
 * to one Pagefind index and its unigram copy to another, one index at a time; then the bigram
 * fragments rewritten as stored text (the unigram index uses them too, see ./merge.ts).
 * The output is kept in a cache directory under a key of everything it depends on, so an
 * unchanged shard is never indexed again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { elements, parsePage } from '../built-pages.ts';
import { close, createIndex } from 'pagefind';
import { encodeBlock, encodeBlockUnigrams } from '../../lib/search/encoding.ts';
import { indexCopy, readIndexedDoc, type IndexedDoc } from '../../lib/search/index-copy.ts';
import { storeFragment, type StoredFragment } from '../../lib/search/stored-text.ts';
import { sortNewestFirst } from '../../lib/grouping.ts';
import { PAGEFIND_FORMAT } from './pagefind-files.ts';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** The bundles of a shard's output directory. */
export const SHARD_BIGRAM = 'bigram';
export const SHARD_UNIGRAM = 'unigram';
/** Written last: its presence marks a complete shard. */
export const SHARD_FILE = 'shard.json';

/** What a shard's output says about itself. */
export interface ShardManifest {
  /** The documents in the order they were added (Pagefind's page numbers). */
  docs: IndexedDoc[];
  /** Each document's page id in both bundles: the bigram fragment's name. */
  pageIds: string[];
}

/**
 * Bumped when the shard output changes for the same input in a way the hashed sources below
 * do not show (e.g. a Pagefind option).
 */
const OUTPUT_VERSION = 1;
/** The modules whose code decides a shard's output; their text is part of the cache key. */
const KEY_SOURCES = ['../../lib/search/encoding.ts', '../../lib/search/index-copy.ts', '../../lib/search/stored-text.ts', './shard.ts'];

let codeKeyOnce: Promise<string> | undefined;
/** Hashed once per process: both of a shard's keys start with it. */
function codeKey(): Promise<string> {
  codeKeyOnce ??= (async () => {
    const h = createHash('sha256').update(`${OUTPUT_VERSION}\n${PAGEFIND_FORMAT}\n`);
    for (const s of KEY_SOURCES) h.update(await readFile(new URL(s, import.meta.url)));
    return h.digest('hex');
  })();
  return codeKeyOnce;
}

/** id → data-cite of every passage of a built page (src/plugins/rehype-structural-anchors.ts). */
function readCites(tree: Root): Map<string, string> {
  const cites = new Map<string, string>();
  for (const el of elements(tree)) {
    const { id, dataCite } = el.properties;
    if (typeof id === 'string' && typeof dataCite === 'string') cites.set(id, dataCite);
  }
  return cites;
}

interface Page {
  doc: IndexedDoc;
  bigram: string;
  unigram: string;
  cites: Map<string, string>;
}

/** A document page from its file's text `html` (read once, for bytesKey too). */
function readDocPage(outDir: string, path: string, html: string, logger: Log): Page {
  const file = join(outDir, path, 'index.html');
  const tree = parsePage(html);
  const doc = readIndexedDoc(tree, path, file);
  if (!doc) throw new Error(`${file}: not a document page (no data-pagefind-body article)`);
  const bigram = indexCopy(tree, doc, encodeBlock);
  for (const w of bigram.warnings) logger.warn(w);
  return { doc, bigram: bigram.html, unigram: indexCopy(tree, doc, encodeBlockUnigrams).html, cites: readCites(tree) };
}

/** Indexes `copies` (url → index copy) into a Pagefind bundle at `dest`, then stops Pagefind. */
async function writeBundle(dest: string, copies: { url: string; html: string }[]): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const c of copies) {
    const added = await index.addHTMLFile({ url: c.url, content: c.html });
    if (added.errors.length) throw new Error(`Pagefind failed on ${c.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: dest });
  if (written.errors.length) throw new Error(`Pagefind failed to write ${dest}: ${written.errors.join('; ')}`);
  // Closing the service frees Pagefind's memory before the next index.
  await close();
}

/** A fragment file: gzip of a 12-byte signature, then the page's JSON. */
const FRAGMENT_SIGNATURE_BYTES = 12;
const pagePath = (url: string) => new URL(url, 'http://x').pathname.replace(/^\/+/, '');

/**
 * Rewrites every fragment of a bundle with its text stored plain (src/lib/search/stored-text.ts),
 * its anchors carrying their passages' citation labels. Same file names, as the index refers to
 * them. Returns page path → page id.
 */
async function storeFragmentsAsText(bundleDir: string, citesByPath: ReadonlyMap<string, ReadonlyMap<string, string>>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const name of (await readdir(dir)).sort()) {
    const file = join(dir, name);
    const raw = gunzipSync(await readFile(file));
    const json = JSON.parse(raw.subarray(FRAGMENT_SIGNATURE_BYTES).toString('utf8')) as StoredFragment & { url: string };
    const stored = storeFragment(json, file, citesByPath.get(pagePath(json.url)));
    await writeFile(file, gzipSync(Buffer.concat([raw.subarray(0, FRAGMENT_SIGNATURE_BYTES), Buffer.from(JSON.stringify(stored), 'utf8')]), { level: 9 }));
    ids.set(pagePath(json.url), name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * The index of the pages at `paths` (site-relative, "docs/<id>/") of the site in `outDir`, in
 * `cacheDir`/<key>/ (built unless there already). Returns that directory.
 */
/** Milliseconds a shard spent on each part of its work (for the build's log and the benchmarks). */
export interface ShardTimes {
  read: number;
  bigram: number;
  unigram: number;
  fragments: number;
}

export interface ShardResult {
  dir: string;
  reused: boolean;
  /** Pages read and parsed (none when the pages' bytes were seen before: see bytesKey). */
  parsed: number;
  ms: ShardTimes;
}

/** Where the cache notes which shard a set of page files' bytes gave (see bytesKey). */
const BY_BYTES = 'by-bytes';

/**
 * A key of the page files' bytes (and the code), cheap to compute: hashing the files takes a
 * fraction of reading them into trees and index copies (10,000 documents: about 1 against 58 s).
 * It points to the shard that the content key (below) found for the same bytes. Any change to a
 * page's bytes (a new stylesheet's name in every page's head) misses it, and the content key,
 * which depends only on what the index holds, still finds the shard.
 */
async function bytesKey(outDir: string, paths: readonly string[]): Promise<{ key: string; files: Buffer[] }> {
  const h = createHash('sha256').update(await codeKey());
  const files: Buffer[] = [];
  for (const p of paths) {
    const bytes = await readFile(join(outDir, p, 'index.html'));
    files.push(bytes);
    h.update(`${p}\n`);
    h.update(createHash('sha256').update(bytes).digest());
  }
  return { key: h.digest('hex').slice(0, 32), files };
}

/** Notes that the pages of `byBytes` gave the shard in `dir`; written aside, then renamed. */
async function noteBytesKey(cacheDir: string, byBytes: string, dir: string): Promise<void> {
  const note = join(cacheDir, BY_BYTES, byBytes);
  await mkdir(join(cacheDir, BY_BYTES), { recursive: true });
  await writeFile(`${note}.${process.pid}`, basename(dir));
  await rename(`${note}.${process.pid}`, note);
}

/** The shard that pages with these bytes gave before, if it is still complete in the cache. */
async function shardByBytes(cacheDir: string, byBytes: string): Promise<string | undefined> {
  const note = join(cacheDir, BY_BYTES, byBytes);
  if (!existsSync(note)) return undefined;
  const dir = join(cacheDir, (await readFile(note, 'utf8')).trim());
  return existsSync(join(dir, SHARD_FILE)) ? dir : undefined;
}

export async function buildShard(outDir: string, paths: readonly string[], cacheDir: string, logger: Log): Promise<ShardResult> {
  const ms: ShardTimes = { read: 0, bigram: 0, unigram: 0, fragments: 0 };
  let t = performance.now();
  const lap = (part: keyof ShardTimes) => {
    const now = performance.now();
    ms[part] += Math.round(now - t);
    t = now;
  };
  const { key: byBytes, files } = await bytesKey(outDir, paths);
  const seen = await shardByBytes(cacheDir, byBytes);
  if (seen) {
    lap('read');
    return { dir: seen, reused: true, parsed: 0, ms };
  }
  const pages: Page[] = [];
  paths.forEach((p, i) => pages.push(readDocPage(outDir, p, files[i]!.toString('utf8'), logger)));
  const ordered = sortNewestFirst(pages.map((p) => ({ id: p.doc.id, data: p.doc, page: p }))).map((x) => x.page);
  const key = createHash('sha256').update(await codeKey());
  for (const p of ordered) key.update(JSON.stringify([p.doc, p.bigram, [...p.cites]]));
  const dir = join(cacheDir, key.digest('hex').slice(0, 32));
  lap('read');
  if (existsSync(join(dir, SHARD_FILE))) {
    await noteBytesKey(cacheDir, byBytes, dir);
    return { dir, reused: true, parsed: pages.length, ms };
  }

  // Built aside, then renamed: a stopped build never leaves a half shard under the key.
  const work = `${dir}.${process.pid}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const url = (p: Page) => `/${p.doc.path}`;
  await writeBundle(
    join(work, SHARD_BIGRAM),
    ordered.map((p) => ({ url: url(p), html: p.bigram })),
  );
  lap('bigram');
  await writeBundle(
    join(work, SHARD_UNIGRAM),
    ordered.map((p) => ({ url: url(p), html: p.unigram })),
  );
  lap('unigram');
  const ids = await storeFragmentsAsText(join(work, SHARD_BIGRAM), new Map(ordered.map((p) => [p.doc.path, p.cites])));
  // The unigram bundle's results load the bigram fragments (same text, same word positions).
  await rm(join(work, SHARD_UNIGRAM, 'fragment'), { recursive: true, force: true });
  const missing = ordered.filter((p) => !ids.has(p.doc.path)).map((p) => p.doc.path);
  if (missing.length) throw new Error(`the search index has no page for ${missing.join(', ')} (a document without text?)`);
  const manifest: ShardManifest = { docs: ordered.map((p) => p.doc), pageIds: ordered.map((p) => ids.get(p.doc.path)!) };
  await writeFile(join(work, SHARD_FILE), JSON.stringify(manifest));
  await rm(dir, { recursive: true, force: true });
  await rename(work, dir);
  await noteBytesKey(cacheDir, byBytes, dir);
  lap('fragments');
  return { dir, reused: false, parsed: pages.length, ms };
}
