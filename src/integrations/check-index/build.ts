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
    lists.set(
      `docs-${i / DOCS_PER_LIST}.json`,
      docs.slice(i, i + DOCS_PER_LIST).map((d) => [d.id, d.title]),
    );
  }
  return { manifest: { k: K, w: W, bits, docs: docs.length, perList: DOCS_PER_LIST }, shards, lists };
}
