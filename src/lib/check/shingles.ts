/**
 * The library index of the 与文库相同 check: which documents hold a stretch of text, found by
 * hashed shingles, without shipping the library to the page. Shared by the build
 * (src/integrations/check-index.ts writes it) and the 起草自查 page (./library.ts reads it).
 *
 * Texts are folded as search folds them (src/lib/search/encoding.ts: NFKC, no whitespace, one
 * form of interchangeable marks, lowercase). Every K-unit shingle is hashed (FNV-1a, 32 bits)
 * and winnowed (Schleimer et al. 2003): the smallest hash of each window of W shingles is kept,
 * so any K + W − 1 = 30 identical units share at least one kept hash. The index maps a hash to
 * the documents that hold it, split into 2^bits shard files by the hash's top bits; a check
 * fetches only the shards of its own hashes (numbers, not text), then confirms every candidate
 * on the document's own page. Hashes held by more than MAX_DOCS documents (boilerplate such as
 * 以习近平新时代中国特色社会主义思想为指导) are dropped. Place names are indexed the same way
 * (a hash of "@" + name), so 他单位名称 can say which document also names a place.
 */
import { foldUnit } from '../search/encoding.ts';

/** Shingle length and winnowing window: any 30 identical units are found. */
const K = 15;
const W = 16;
export const MIN_MATCH = K + W - 1;
/** A hash in more documents than this is boilerplate and left out of the index. */
const MAX_DOCS = 64;
/** Documents per list file (id and title): a check fetches the lists of its matches only. */
const DOCS_PER_LIST = 1000;
/** Where the index is written, under the site's base path. */
export const INDEX_DIR = 'check-index';

export interface IndexManifest {
  k: number;
  w: number;
  /** Shards are named by the top `bits` bits of a hash, in hex. */
  bits: number;
  /** Number of documents, numbered in the order of their list files. */
  docs: number;
  perList: number;
}

/** A text's folded units and, for each, its offset in the text (UTF-16). */
export function foldedUnits(text: string): { units: string[]; at: number[] } {
  const units: string[] = [];
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldUnit(ch);
    if (f) {
      units.push(f);
      at.push(i);
    }
    i += ch.length;
  }
  return { units, at };
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The winnowed shingle hashes of a run of units, each with the unit position it starts at. */
export function fingerprints(units: readonly string[]): { hash: number; pos: number }[] {
  const n = units.length - K + 1;
  if (n <= 0) return [];
  const hashes = Array.from({ length: n }, (_, i) => fnv(units.slice(i, i + K).join('')));
  const out: { hash: number; pos: number }[] = [];
  let last = -1;
  for (let s = 0; s + W <= Math.max(n, W); s++) {
    const end = Math.min(s + W, n);
    // Rightmost minimum: a window that keeps the previous minimum selects nothing new.
    let min = s;
    for (let i = s; i < end; i++) if (hashes[i]! <= hashes[min]!) min = i;
    if (min !== last) {
      out.push({ hash: hashes[min]!, pos: min });
      last = min;
    }
    if (end === n) break;
  }
  return out;
}

/** The index key of a place name. */
export function placeKey(name: string): number {
  return fnv(`@${name}`);
}

/** Shard bits for a number of index entries: about 256 entries (2 KB) a shard, 1 to 65,536 shards. */
function shardBits(entries: number): number {
  let bits = 0;
  while (bits < 16 && entries >> bits > 256) bits++;
  return bits;
}

export function shardOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : hash >>> (32 - bits);
}

export function shardName(shard: number, bits: number): string {
  return `${shard.toString(16).padStart(Math.max(1, Math.ceil(bits / 4)), '0')}.bin`;
}

/** A shard file: pairs (hash, document number), little-endian uint32, sorted by hash then document. */
function encodeShard(pairs: readonly [number, number][]): Uint8Array {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Uint32Array(sorted.length * 2);
  sorted.forEach(([h, d], i) => {
    out[2 * i] = h;
    out[2 * i + 1] = d;
  });
  return new Uint8Array(out.buffer);
}

/** The documents a shard lists for a hash (binary search). */
export function lookupShard(bytes: Uint8Array, hash: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength / 8;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.getUint32(mid * 8, true) < hash) lo = mid + 1;
    else hi = mid;
  }
  const docs: number[] = [];
  for (let i = lo; i < n && view.getUint32(i * 8, true) === hash; i++) docs.push(view.getUint32(i * 8 + 4, true));
  return docs;
}

/** Builds the index of a library: its manifest, shard files and document lists. */
export function buildIndex(docs: readonly { id: string; title: string; passages: readonly string[]; places: readonly string[] }[]): {
  manifest: IndexManifest;
  shards: Map<string, Uint8Array>;
  lists: Map<string, [string, string][]>;
} {
  const postings = new Map<number, number[]>();
  docs.forEach((doc, d) => {
    const keys = new Set<number>();
    for (const p of doc.passages) for (const f of fingerprints(foldedUnits(p).units)) keys.add(f.hash);
    for (const place of doc.places) keys.add(placeKey(place));
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(d);
      else postings.set(k, [d]);
    }
  });
  let entries = 0;
  for (const [k, list] of postings) {
    if (list.length > MAX_DOCS) postings.delete(k);
    else entries += list.length;
  }
  const bits = shardBits(entries);
  const byShard = new Map<number, [number, number][]>();
  for (const [k, list] of postings) {
    const s = shardOf(k, bits);
    let pairs = byShard.get(s);
    if (!pairs) byShard.set(s, (pairs = []));
    for (const d of list) pairs.push([k, d]);
  }
  const shards = new Map<string, Uint8Array>();
  // Every shard exists (possibly empty), so the page never asks for a missing file.
  for (let s = 0; s < 2 ** bits; s++) shards.set(shardName(s, bits), encodeShard(byShard.get(s) ?? []));
  const lists = new Map<string, [string, string][]>();
  for (let i = 0; i < docs.length; i += DOCS_PER_LIST) {
    lists.set(`docs-${i / DOCS_PER_LIST}.json`, docs.slice(i, i + DOCS_PER_LIST).map((d) => [d.id, d.title]));
  }
  return { manifest: { k: K, w: W, bits, docs: docs.length, perList: DOCS_PER_LIST }, shards, lists };
}
