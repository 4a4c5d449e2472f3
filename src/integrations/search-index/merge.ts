/**
 * Merges the shards' indexes (./shard.ts) into one Pagefind bundle per kind, so the search page
 * sees one index whatever the number of shards: the same files, requests and answers as an
 * index built in one go. Pages are numbered in the library's newest-first order (the order the
 * engine sorts "newest first" by), words are merged in Pagefind's order, their postings
 * renumbered, and the chunks cut again at the library's chunk size. Streams chunk by chunk, so
 * its memory does not grow with the library. Reads and writes Pagefind 1.6's format
 * (./pagefind-files.ts). The unigram bundle lists the bigram pages' ids and keeps no fragments
 * of its own: both hold the same stored text at the same word positions, so its results load
 * the bigram fragments (src/lib/search/pagefind-fetch.ts), stored once.
 *
 * Pages and chunks are named by number after a tag of their content (numberedNames): the meta
 * file, which every query loads, lists every page's name, and sequential names pack to a
 * fraction of Pagefind's content hashes (docs/search.md, "Short names").
 */
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sortNewestFirst } from '../../lib/grouping.ts';
import { indexChunkSize } from './chunk-size.ts';
import type { IndexedDoc } from '../../lib/search/index-copy.ts';
import { zopfli } from './zopfli.ts';
import { SHARD_BIGRAM, SHARD_FILE, SHARD_UNIGRAM, type ShardManifest } from './shard.ts';
import {
  chunkBounds,
  compareWords,
  contentName,
  readChunk,
  readMeta,
  writeChunk,
  encodeMeta,
  type Cbor,
  type Meta,
  type MetaChunk,
  type Posting,
  type Word,
} from './pagefind-files.ts';

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

interface Bundle {
  dir: string;
  entry: Entry;
  language: string;
  meta: Meta;
}

export async function readBundle(dir: string): Promise<Bundle> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`${dir}: expected one language in pagefind-entry.json, found ${languages.join(', ') || 'none'}`);
  const language = languages[0]!;
  const file = join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`);
  const meta = readMeta(await readFile(file), file);
  if (meta.filters.length || meta.sorts.length) throw new Error(`${file}: the shard merge expects no Pagefind filters or sorts`);
  return { dir, entry, language, meta };
}

/** Hashes files' contents in order, each with its length, so no two sequences hash alike. */
class ContentTag {
  private readonly hash = createHash('sha256');
  add(bytes: Uint8Array): void {
    this.hash.update(`${bytes.length}:`).update(bytes);
  }
  /** 40 bits: the names change when any content or its order does. */
  digest(): string {
    return this.hash.digest('hex').slice(0, 10);
  }
}

/**
 * The names of `count` files whose contents, in order, gave `tag`: the tag, then the number in
 * base 36. A name stands for one content only (Pagefind's files are cached for a year,
 * docs/deploy.md); a rebuild that changes anything renames every file.
 */
function numberedNames(tag: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${tag}_${i.toString(36)}`);
}

/** Reads one shard's words in order, a chunk at a time. */
class WordCursor {
  private chunk = -1;
  private words: Word[] = [];
  private at = 0;
  readonly shard: number;
  private readonly bundle: Bundle;
  constructor(shard: number, bundle: Bundle) {
    this.shard = shard;
    this.bundle = bundle;
  }
  /** The current word, or undefined at the end. */
  current(): Word | undefined {
    while (this.at >= this.words.length) {
      if (++this.chunk >= this.bundle.meta.chunks.length) return undefined;
      const file = join(this.bundle.dir, 'index', `${this.bundle.meta.chunks[this.chunk]![2]}.pf_index`);
      // Synchronous: one small file at a time, and a round trip through the thread pool per chunk cost more than the read.
      this.words = readChunk(readFileSync(file), file);
      this.at = 0;
    }
    return this.words[this.at];
  }
  next(): void {
    this.at++;
  }
}

/** Writes merged words as chunks of about `size` postings (Pagefind's own measure), named by number. */
class ChunkWriter {
  private words: Word[] = [];
  private size = 0;
  private readonly bounds: [string, string][] = [];
  private readonly tag = new ContentTag();
  private readonly dir: string;
  private readonly chunkSize: number;
  constructor(dir: string, chunkSize: number) {
    this.dir = dir;
    this.chunkSize = chunkSize;
  }
  private file(name: string): string {
    return join(this.dir, 'index', `${name}.pf_index`);
  }
  add(word: Word): void {
    this.words.push(word);
    for (const p of word[1]) this.size += p[1].length + 1;
    if (this.size >= this.chunkSize) this.flush();
  }
  flush(): void {
    if (!this.words.length) return;
    // gzip -6: -9 saved 0.14% of the index for 20% more of the merge's time (1,000 generated documents).
    const bytes = writeChunk(this.words, 6);
    this.tag.add(bytes);
    // Named once every chunk is written and the tag is known.
    writeFileSync(this.file(`chunk-${this.bounds.length}`), bytes);
    this.bounds.push([this.words[0]![0], this.words.at(-1)![0]]);
    this.words = [];
    this.size = 0;
  }
  finish(): MetaChunk[] {
    this.flush();
    const names = numberedNames(this.tag.digest(), this.bounds.length);
    names.forEach((name, i) => renameSync(this.file(`chunk-${i}`), this.file(name)));
    return chunkBounds(this.bounds).map(([from, to], i) => [from, to, names[i]!]);
  }
}

/** Binary min-heap of cursors by their current word. */
class CursorHeap {
  private readonly items: { word: Word; cursor: WordCursor }[] = [];
  get size(): number {
    return this.items.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i]!;
    const b = this.items[j]!;
    return compareWords(a.word[0], b.word[0]) < 0 || (a.word[0] === b.word[0] && a.cursor.shard < b.cursor.shard);
  }
  private swap(i: number, j: number): void {
    [this.items[i], this.items[j]] = [this.items[j]!, this.items[i]!];
  }
  push(item: { word: Word; cursor: WordCursor }): void {
    this.items.push(item);
    for (let i = this.items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  peek(): { word: Word; cursor: WordCursor } | undefined {
    return this.items[0];
  }
  pop(): { word: Word; cursor: WordCursor } {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length) {
      this.items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** A posting with its page's global number. */
type Renumbered = [page: number, locs: number[], metaLocs: number[]];

/**
 * A shard's postings with global page numbers (`order`: local → global) and metadata field
 * numbers (`fields`: local → united list); `what` names the word in errors.
 */
function renumbered(list: readonly Posting[], order: readonly number[], fields: readonly number[], what: string): Renumbered[] {
  let local = 0;
  return list.map(([delta, locs, metaLocs]) => {
    local += delta;
    const global = order[local];
    if (global === undefined) throw new Error(`${what} names page ${local}, which the shard does not have`);
    // A metadata location names its field as -(index + 1).
    return [global, locs, metaLocs.map((v) => (v < 0 ? -(fields[-v - 1]! + 1) : v))];
  });
}

/** Postings in page order, each page number as a delta from the previous one's, as Pagefind writes them. */
function packed(list: Renumbered[]): Posting[] {
  list.sort((a, b) => a[0] - b[0]);
  let previous = 0;
  return list.map(([page, locs, metaLocs]) => {
    const delta = page - previous;
    previous = page;
    return [delta, locs, metaLocs];
  });
}

/**
 * One merged bundle of `kind` at `dest`: pages in global order (`order[shard][page]` = its global
 * page number), page ids `pageIds` (global order), metadata fields united.
 */
export async function mergeKind(bundles: Bundle[], order: number[][], pageIds: string[], dest: string, chunkSize: number): Promise<void> {
  const language = bundles[0]!.language;
  if (bundles.some((b) => b.language !== language)) throw new Error(`the shards' indexes differ in language`);
  const fields: string[] = [];
  for (const b of bundles) for (const f of b.meta.fields) if (!fields.includes(f)) fields.push(f);
  // Each shard's metadata field numbers in the united list.
  const fieldMap = bundles.map((b) => b.meta.fields.map((f) => fields.indexOf(f)));

  const pages: Meta['pages'] = new Array(pageIds.length);
  bundles.forEach((b, k) =>
    b.meta.pages.forEach(([, wordCount, rest], i) => {
      pages[order[k]![i]!] = [pageIds[order[k]![i]!]!, wordCount, rest];
    }),
  );
  if (pages.some((p) => p === undefined)) throw new Error('the shards do not cover every page');

  await rm(dest, { recursive: true, force: true });
  await mkdir(join(dest, 'index'), { recursive: true });
  const writer = new ChunkWriter(dest, chunkSize);
  const heap = new CursorHeap();
  for (const [k, b] of bundles.entries()) {
    const cursor = new WordCursor(k, b);
    const word = cursor.current();
    if (word) heap.push({ word, cursor });
  }
  while (heap.size) {
    const text = heap.peek()!.word[0];
    const postings: Renumbered[] = [];
    // Diacritic variants of the word (résumé under resume), each with its own postings.
    const variants = new Map<string, Renumbered[]>();
    while (heap.size && heap.peek()!.word[0] === text) {
      const { word, cursor } = heap.pop();
      const renumber = (list: Posting[]) => renumbered(list, order[cursor.shard]!, fieldMap[cursor.shard]!, `${bundles[cursor.shard]!.dir}: word "${text}"`);
      postings.push(...renumber(word[1]));
      for (const variant of word[2]) {
        if (!Array.isArray(variant) || typeof variant[0] !== 'string' || !Array.isArray(variant[1])) {
          throw new Error(`${bundles[cursor.shard]!.dir}: word "${text}" has a variant the shard merge does not know`);
        }
        const list = variants.get(variant[0]) ?? [];
        list.push(...renumber(variant[1] as Posting[]));
        variants.set(variant[0], list);
      }
      cursor.next();
      const following = cursor.current();
      if (following) heap.push({ word: following, cursor });
    }
    const rest: Cbor[] = [...variants.keys()].sort(compareWords).map((v) => [v, packed(variants.get(v)!)]);
    writer.add([text, packed(postings), rest]);
  }
  const meta: Meta = { version: bundles[0]!.meta.version, pages, chunks: writer.finish(), filters: [], sorts: [], fields };
  // Every query downloads it whole: one Zopfli pass packs it 14% smaller than zlib's -9 (10,000 generated documents).
  const metaBytes = await zopfli(encodeMeta(meta), 1, join(dest, 'pagefind meta'));
  const metaName = contentName(language, metaBytes, new Set());
  await writeFile(join(dest, `pagefind.${metaName}.pf_meta`), metaBytes);
  const first = bundles[0]!;
  const entry: Entry = { ...first.entry, languages: { [language]: { ...first.entry.languages[language]!, hash: metaName, page_count: pages.length } } };
  await writeFile(join(dest, 'pagefind-entry.json'), JSON.stringify(entry));
  // Pagefind's scripts, styles and WebAssembly: the same in every shard.
  for (const name of await readdir(first.dir, { withFileTypes: true })) {
    if (name.isFile() && !name.name.endsWith('.pf_meta') && name.name !== 'pagefind-entry.json')
      copyFileSync(join(first.dir, name.name), join(dest, name.name));
  }
}

/** What ./merge-process.ts merges: one kind's shard bundles into `dest`. */
export interface MergeJob {
  bundleDirs: string[];
  order: number[][];
  pageIds: string[];
  dest: string;
  chunkSize: number;
}

const MERGE_PROCESS = fileURLToPath(new URL('./merge-process.ts', import.meta.url));

/** Runs a merge job in a child process (the merge is synchronous work: a process is a core). */
async function mergeInProcess(job: MergeJob): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'wenku-merge-'));
  try {
    const file = join(tmp, 'job.json');
    await writeFile(file, JSON.stringify(job));
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [MERGE_PROCESS, file], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`merging ${job.dest} failed (exit ${code}): ${err.trim().slice(-2000)}`))));
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Merges the shards in `shardDirs` into `<outDir>/<bigramDir>` and `<outDir>/<unigramDir>`.
 * Returns the documents in the merged page order with their page ids (for the facet table).
 */
export async function mergeShards(
  shardDirs: readonly string[],
  outDir: string,
  dirs: { bigram: string; unigram: string },
): Promise<{ docs: IndexedDoc[]; pageIds: string[] }> {
  const manifests = await Promise.all(shardDirs.map(async (d) => JSON.parse(await readFile(join(d, SHARD_FILE), 'utf8')) as ShardManifest));
  const all = manifests.flatMap((m, k) => m.docs.map((doc, i) => ({ id: doc.id, data: doc, k, i, pageId: m.pageIds[i]! })));
  const seen = new Set<string>();
  for (const d of all) {
    if (seen.has(d.data.path)) throw new Error(`${d.data.path} is in two shards`);
    seen.add(d.data.path);
  }
  const sorted = sortNewestFirst(all);
  const order = manifests.map((m) => new Array<number>(m.docs.length));
  sorted.forEach((d, g) => (order[d.k]![d.i] = g));
  // The shards' fragments (named by Pagefind's hash) in page order, renamed by number.
  const fragments = sorted.map((d) => join(shardDirs[d.k]!, SHARD_BIGRAM, 'fragment', `${d.pageId}.pf_fragment`));
  const tag = new ContentTag();
  for (const f of fragments) tag.add(readFileSync(f));
  const pageIds = numberedNames(tag.digest(), fragments.length);

  const bigrams = await Promise.all(shardDirs.map((d) => readBundle(join(d, SHARD_BIGRAM))));
  const unigrams = await Promise.all(shardDirs.map((d) => readBundle(join(d, SHARD_UNIGRAM))));
  if (unigrams.some((u) => u.language !== bigrams[0]!.language)) throw new Error(`the shards' indexes differ in language`);
  manifests.forEach((m, k) => {
    const b = bigrams[k]!.meta.pages;
    const u = unigrams[k]!.meta.pages;
    if (b.length !== m.docs.length || u.length !== m.docs.length)
      throw new Error(`${shardDirs[k]}: the shard's indexes do not hold its ${m.docs.length} documents`);
    b.forEach(([hash, words], i) => {
      if (hash !== m.pageIds[i]) throw new Error(`${shardDirs[k]}: page ${i} of the bigram index is not ${m.docs[i]!.path}`);
      // Same word positions in both, so both can load the bigram fragment's stored text.
      if (u[i]![1] !== words) throw new Error(`${shardDirs[k]}: ${m.docs[i]!.path} has ${words} words in the bigram index but ${u[i]![1]} in the unigram one`);
    });
  });

  // Chunks as large as an index built in one go would have (src/lib/search/chunk-size.ts).
  const chunkSize = indexChunkSize(sorted.length);
  const bigramDest = join(outDir, dirs.bigram);
  // The two kinds side by side: the unigram one in a process of its own (./merge-process.ts).
  const job: MergeJob = { bundleDirs: shardDirs.map((d) => join(d, SHARD_UNIGRAM)), order, pageIds, dest: join(outDir, dirs.unigram), chunkSize };
  await Promise.all([mergeInProcess(job), mergeKind(bigrams, order, pageIds, bigramDest, chunkSize)]);
  await mkdir(join(bigramDest, 'fragment'), { recursive: true });
  fragments.forEach((f, g) => copyFileSync(f, join(bigramDest, 'fragment', `${pageIds[g]}.pf_fragment`)));
  return { docs: sorted.map((d) => d.data), pageIds };
}
