/**
 * Builds the library index of the 起草自查 page (format: src/lib/check/shingles.ts, which the
 * page reads it with): postings of every winnowed shingle hash and place name, in shard files.
 */
import { type IndexManifest, K, W, fingerprints, foldedUnits, placeKey, shardName, shardOf } from '../../lib/check/shingles.ts';

/** A hash in more documents than this is boilerplate and left out of the index. */
const MAX_DOCS = 64;
/** Documents per list file (id and title): a check fetches the lists of its matches only. */
const DOCS_PER_LIST = 1000;

/** Shard bits for a number of index entries: about 256 entries (2 KB) a shard, 1 to 65,536 shards. */
function shardBits(entries: number): number {
  let bits = 0;
  while (bits < 16 && entries >> bits > 256) bits++;
  return bits;
}

/** What the index needs of a document: its id and title (for the lists) and its passages' text and place names. */
export interface IndexedText {
  id: string;
  title: string;
  passages: readonly string[];
  places: readonly string[];
}

/** (hash, document number) pairs as one 64-bit number each, hash high: sorting them sorts by hash, then document. */
class Pairs {
  private data = new BigUint64Array(1 << 16);
  length = 0;
  push(hash: number, doc: number): void {
    if (this.length === this.data.length) {
      const bigger = new BigUint64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = (BigInt(hash >>> 0) << 32n) | BigInt(doc);
  }
  sorted(): BigUint64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** The index keys of a document: its passages' winnowed shingle hashes and its place names' keys, each once. */
export function docKeys(doc: Pick<IndexedText, 'passages' | 'places'>): Uint32Array {
  const keys = new Set<number>();
  for (const p of doc.passages) for (const f of fingerprints(foldedUnits(p).units)) keys.add(f.hash >>> 0);
  for (const place of doc.places) keys.add(placeKey(place) >>> 0);
  return Uint32Array.from(keys);
}

/** A document as the index takes it: id and title, and its keys (docKeys). */
export interface KeyedDoc {
  id: string;
  title: string;
  keys: ArrayLike<number>;
}

/**
 * The index, one document at a time (numbered in the order added): only the (hash, document)
 * pairs are kept, so the build never holds the library's text.
 */
export class IndexBuilder {
  private pairs = new Pairs();
  private names: [string, string][] = [];

  add(doc: KeyedDoc): void {
    const d = this.names.length;
    this.names.push([doc.id, doc.title]);
    for (let i = 0; i < doc.keys.length; i++) this.pairs.push(doc.keys[i]!, d);
  }

  finish(): { manifest: IndexManifest; shards: Map<string, Uint8Array>; lists: Map<string, [string, string][]> } {
    const { names } = this;
    const all = this.pairs.sorted();
    // Runs of one hash; a hash in more than MAX_DOCS documents is boilerplate and dropped.
    const runs: [start: number, end: number][] = [];
    let entries = 0;
    for (let i = 0; i < all.length; ) {
      const hash = all[i]! >> 32n;
      let j = i + 1;
      while (j < all.length && all[j]! >> 32n === hash) j++;
      if (j - i <= MAX_DOCS) {
        runs.push([i, j]);
        entries += j - i;
      }
      i = j;
    }
    const bits = shardBits(entries);
    // Sorted by hash, so each shard's pairs are contiguous and already in file order.
    const byShard = new Map<number, Uint32Array>();
    const counts = new Map<number, number>();
    for (const [i, j] of runs) {
      const s = shardOf(Number(all[i]! >> 32n), bits);
      counts.set(s, (counts.get(s) ?? 0) + j - i);
    }
    const filled = new Map<number, number>();
    for (const [i, j] of runs) {
      const hash = Number(all[i]! >> 32n);
      const s = shardOf(hash, bits);
      let out = byShard.get(s);
      if (!out) byShard.set(s, (out = new Uint32Array(counts.get(s)! * 2)));
      let at = filled.get(s) ?? 0;
      for (let k = i; k < j; k++) {
        out[at++] = hash;
        out[at++] = Number(all[k]! & 0xffffffffn);
      }
      filled.set(s, at);
    }
    const shards = new Map<string, Uint8Array>();
    // Every shard exists (possibly empty), so the page never asks for a missing file; little-endian uint32 pairs.
    for (let s = 0; s < 2 ** bits; s++) shards.set(shardName(s, bits), new Uint8Array((byShard.get(s) ?? new Uint32Array(0)).buffer));
    const lists = new Map<string, [string, string][]>();
    for (let i = 0; i < names.length; i += DOCS_PER_LIST) lists.set(`docs-${i / DOCS_PER_LIST}.json`, names.slice(i, i + DOCS_PER_LIST));
    return { manifest: { k: K, w: W, bits, docs: names.length, perList: DOCS_PER_LIST }, shards, lists };
  }
}

/** The index of these documents, in this order (see IndexBuilder). */
export function buildIndex(docs: Iterable<IndexedText>): ReturnType<IndexBuilder['finish']> {
  const builder = new IndexBuilder();
  for (const doc of docs) builder.add({ id: doc.id, title: doc.title, keys: docKeys(doc) });
  return builder.finish();
}
