/**
 * The facet table: year, level, type and topic of every indexed document, written next to each
 * Pagefind index as FACETS_FILE and read by the search engine once per session, checked against
 * the index's page order. Why not Pagefind's filters: docs/search.md.
 */
import { emptyFacetValues, facet, FACET_KEYS, type FacetKey, type FacetValues } from '../facets.ts';

/**
 * File name of the table inside each index directory: gzipped JSON, like Pagefind's own files
 * (served as it is, so its size is what a visitor downloads on any server). Not ".json.gz":
 * some servers would add Content-Encoding to that, and the browser would unpack it first.
 */
export const FACETS_FILE = 'wenku-facets.bin';

/** Reads the table file's bytes: gzip as written, or JSON if something on the way unpacked it. */
export async function parseFacetFile(bytes: Uint8Array): Promise<FacetTableFile> {
  let text: string;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    text = await new Response(stream).text();
  } else text = new TextDecoder().decode(bytes);
  return JSON.parse(text) as FacetTableFile;
}

/** The table as written: value lists per facet and, per facet, one cell per document. */
export interface FacetTableFile {
  /** Every value of each facet, in display order (src/lib/facets.ts). */
  values: Record<FacetKey, string[]>;
  /**
   * Per facet, the documents' cells in index order, joined by ";"; a cell is the document's
   * value indices joined by ".". One column per facet packs better than one row per document
   * (measured at 10,000 generated documents: 38.8 against 45.7 KB gzipped).
   */
  columns: Record<FacetKey, string>;
  /** Number of documents. */
  count: number;
  /** checksum() of the Pagefind page ids in document order. */
  ids: string;
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
  const index = {} as Record<FacetKey, Map<string, number>>;
  for (const f of FACET_KEYS) {
    const all = [...new Set(docs.flatMap((d) => d[f]))];
    values[f] = all.sort(facet(f).compare);
    index[f] = new Map(values[f].map((v, i) => [v, i]));
  }
  const columns = {} as Record<FacetKey, string>;
  for (const f of FACET_KEYS) columns[f] = docs.map((d) => d[f].map((v) => index[f].get(v)!).join('.')).join(';');
  return { values, columns, count: docs.length, ids: checksum(pageIds) };
}

/** Reads a table; throws when it is malformed or does not belong to `pageIds`. */
export function decodeFacets(file: FacetTableFile, pageIds: readonly string[]): Map<string, FacetValues> {
  if (pageIds.length !== file.count || checksum(pageIds) !== file.ids) {
    throw new Error(`facet table does not match the search index (${file.count} documents, ${pageIds.length} pages): rebuild the site`);
  }
  const out = new Map<string, FacetValues>(pageIds.map((id) => [id, emptyFacetValues()]));
  for (const f of FACET_KEYS) {
    const cells = file.count ? (file.columns[f] ?? '').split(';') : [];
    if (cells.length !== file.count) throw new Error(`facet table: ${f} has ${cells.length} cells, expected ${file.count}`);
    cells.forEach((cell, i) => {
      if (cell === '') return;
      out.get(pageIds[i]!)![f] = cell.split('.').map((n) => {
        const v = file.values[f][Number(n)];
        if (v === undefined) throw new Error(`facet table: document ${i} has no ${f} value ${n}`);
        return v;
      });
    });
  }
  return out;
}
