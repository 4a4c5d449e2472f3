/**
 * The facet table: year, level, type and topic of every indexed document, written next to each
 * Pagefind index as FACETS_FILE and read by the search engine once per session, checked against
 * the index's page order. Why not Pagefind's filters: docs/search.md.
 */
import { emptyFacetValues, facet, FACET_KEYS, type FacetKey, type FacetValues } from '../facets.ts';

/**
 * File name of the table inside each index directory: gzipped, like Pagefind's own files
 * (served as it is, so its size is what a visitor downloads on any server). Not ".gz": some
 * servers would add Content-Encoding to that, and the browser would unpack it first.
 */
export const FACETS_FILE = 'wenku-facets.bin';

/** Bumped when the file's layout changes: a page never reads a table it does not understand. */
const FORMAT = 2;

/**
 * The table: every facet's values and, per facet, one bit per value and document. The file is a
 * line of JSON (all but `planes`), then the planes in FACET_KEYS order. Bits pack to a quarter
 * less than the earlier text columns ("3.12;4;…"), gzipped: measured at 50,000 generated
 * documents, 134.8 against 185.4 KB with zlib -9 (docs/search.md, "Facets").
 */
export interface FacetTableFile {
  /** Every value of each facet, in display order (src/lib/facets.ts). */
  values: Record<FacetKey, string[]>;
  /** Number of documents. */
  count: number;
  /** checksum() of the Pagefind page ids in document order. */
  ids: string;
  /**
   * Per facet, ceil(values / 8) planes of `count` bytes: byte i of plane j holds the values
   * 8j … 8j + 7 of document i, one bit each (value 8j + b is bit b). A plane per byte of the
   * mask packs better than a mask per document.
   */
  planes: Record<FacetKey, Uint8Array>;
}

const planeCount = (values: readonly string[]) => Math.ceil(values.length / 8);

/** The file's bytes, before gzip. */
export function writeFacetFile(table: FacetTableFile): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ format: FORMAT, values: table.values, count: table.count, ids: table.ids }) + '\n');
  const out = new Uint8Array(head.length + FACET_KEYS.reduce((n, f) => n + table.planes[f].length, 0));
  out.set(head);
  let at = head.length;
  for (const f of FACET_KEYS) {
    out.set(table.planes[f], at);
    at += table.planes[f].length;
  }
  return out;
}

/** Reads the file's bytes: gzip as written, or unpacked if something on the way unpacked them. */
export async function parseFacetFile(bytes: Uint8Array): Promise<FacetTableFile> {
  let raw = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    raw = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const end = raw.indexOf(0x0a);
  if (end < 0) throw new Error('facet table: no header line');
  const head = JSON.parse(new TextDecoder().decode(raw.subarray(0, end))) as Omit<FacetTableFile, 'planes'> & { format: number };
  if (head.format !== FORMAT) throw new Error(`facet table: format ${head.format}, this page reads ${FORMAT}: rebuild the site`);
  const planes = {} as Record<FacetKey, Uint8Array>;
  let at = end + 1;
  for (const f of FACET_KEYS) {
    const size = planeCount(head.values[f] ?? []) * head.count;
    planes[f] = raw.subarray(at, at + size);
    if (planes[f].length !== size) throw new Error(`facet table: ${f} has ${planes[f].length} bytes, expected ${size}`);
    at += size;
  }
  if (at !== raw.length) throw new Error(`facet table: ${raw.length - at} bytes after the last facet`);
  return { values: head.values, count: head.count, ids: head.ids, planes };
}

/** FNV-1a (32 bit) of the ids joined by newlines, as 8 hex digits: a cheap order check, not security. */
export function checksum(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = ids.join('\n');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Builds the table for documents in index order, given their Pagefind page ids in the same order. */
export function encodeFacets(docs: readonly FacetValues[], pageIds: readonly string[]): FacetTableFile {
  if (docs.length !== pageIds.length) throw new Error(`facet table: ${docs.length} documents but ${pageIds.length} page ids`);
  const values = {} as Record<FacetKey, string[]>;
  const planes = {} as Record<FacetKey, Uint8Array>;
  for (const f of FACET_KEYS) {
    values[f] = [...new Set(docs.flatMap((d) => d[f]))].sort(facet(f).compare);
    const index = new Map(values[f].map((v, i) => [v, i]));
    planes[f] = new Uint8Array(planeCount(values[f]) * docs.length);
    docs.forEach((d, i) => {
      for (const v of d[f]) {
        const n = index.get(v)!;
        planes[f][(n >> 3) * docs.length + i]! |= 1 << (n & 7);
      }
    });
  }
  return { values, count: docs.length, ids: checksum(pageIds), planes };
}

/** Reads a table; throws when it is malformed or does not belong to `pageIds`. */
export function decodeFacets(file: FacetTableFile, pageIds: readonly string[]): Map<string, FacetValues> {
  if (pageIds.length !== file.count || checksum(pageIds) !== file.ids) {
    throw new Error(`facet table does not match the search index (${file.count} documents, ${pageIds.length} pages): rebuild the site`);
  }
  const out = new Map<string, FacetValues>(pageIds.map((id) => [id, emptyFacetValues()]));
  for (const f of FACET_KEYS) {
    const values = file.values[f];
    const planes = file.planes[f];
    if (planes.length !== planeCount(values) * file.count)
      throw new Error(`facet table: ${f} has ${planes.length} bytes, expected ${planeCount(values) * file.count}`);
    pageIds.forEach((id, i) => {
      const own: string[] = [];
      for (let j = 0; j * file.count < planes.length; j++) {
        const byte = planes[j * file.count + i]!;
        for (let b = 0; b < 8; b++) {
          if (!(byte & (1 << b))) continue;
          const v = values[8 * j + b];
          if (v === undefined) throw new Error(`facet table: document ${i} has no ${f} value ${8 * j + b}`);
          own.push(v);
        }
      }
      out.get(id)![f] = own;
    });
  }
  return out;
}
