/**
 * Which shard a document's index is built in. Shards are built by separate processes (in
 * parallel, or on other machines) and merged into one index (./merge.ts), so the plan only
 * has to keep each shard's memory bounded and keep a document's shard stable as the library
 * grows: a shard per year of writing, years with few documents pooled, a large year split by a
 * hash of the document id. Adding a document changes one shard. Design: docs/search.md, "Shards".
 */
import { createHash } from 'node:crypto';

/** What the plan needs of a document. */
export interface ShardableDoc {
  id: string;
  /** The year the document counts under, newest first (writtenYear); undefined when undated. */
  year: number | undefined;
}

export interface ShardOptions {
  /** Most documents in one shard (the memory of one indexing process grows with it). */
  maxDocs: number;
  /** Years with fewer documents than this share one shard. */
  minDocs: number;
}

/**
 * 500 documents a shard: a shard process peaks under 1 GiB, and a library of 1,000 is already
 * two shards, indexed side by side on two cores (measured: docs/search.md, "Shards").
 */
export const DEFAULT_SHARD_OPTIONS: ShardOptions = { maxDocs: 500, minDocs: 125 };

/** A stable number for an id, to spread a large group over its parts. */
function bucket(id: string, parts: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % parts;
}

/**
 * The shards of a library: key → the documents' ids, in input order. Keys are ASCII and stable
 * ("all", "y2024", "y2024-1", "pooled", "undated"); the whole library is one shard while it is
 * no larger than one shard may be.
 */
export function planShards(docs: readonly ShardableDoc[], options: ShardOptions = DEFAULT_SHARD_OPTIONS): Map<string, string[]> {
  const plan = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = plan.get(key);
    if (list) list.push(id);
    else plan.set(key, [id]);
  };
  if (docs.length <= options.maxDocs) {
    for (const d of docs) add('all', d.id);
    return plan;
  }
  const groupOf = (d: ShardableDoc) => (d.year === undefined ? 'undated' : `y${d.year}`);
  const sizes = new Map<string, number>();
  for (const d of docs) sizes.set(groupOf(d), (sizes.get(groupOf(d)) ?? 0) + 1);
  const pooled = (g: string) => g !== 'undated' && sizes.get(g)! < options.minDocs;
  let pooledCount = 0;
  for (const [g, n] of sizes) if (pooled(g)) pooledCount += n;
  for (const d of docs) {
    const g = pooled(groupOf(d)) ? 'pooled' : groupOf(d);
    const n = g === 'pooled' ? pooledCount : sizes.get(g)!;
    const parts = Math.ceil(n / options.maxDocs);
    add(parts > 1 ? `${g}-${bucket(d.id, parts)}` : g, d.id);
  }
  return plan;
}
