/**
 * How large Pagefind's index chunks are for a corpus of `docs` documents.
 *
 * A query fetches the whole chunk that holds each of its words, and every visitor fetches the
 * list of all chunks (in the index metadata). Pagefind's fixed size (20,000 postings, its
 * unit: one per page a word is on plus one per position) suits dictionary words; our words are
 * bigrams, a phrase of n characters needs n−1 of them, and most are rare, so at 1,000 documents
 * most of a long phrase's bytes were chunks full of other bigrams. Smaller chunks cost more
 * metadata (about 12 bytes per chunk, gzipped) and save on every rare word a query touches;
 * the sum is smallest near a size that grows with the square root of the corpus. Measured with
 * the Node loop of the benchmark (median cold KB per query, 2–12 characters): at 1,000 documents
 * 20,000 → 173–427 KB, 6,000 → 170–272 KB, 2,000 → 188–260 KB; at 10,000 documents 8,000 was no
 * better than 20,000 (more metadata, about the same chunks), so the size stops growing there.
 *
 * Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (1.6.0; tests/unit/search-chunks.test.ts
 * fails if an upgrade ignores it).
 */
export const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

const AT_1000_DOCS = 6000;
const SMALLEST = 1000;
/** Pagefind's default. */
const LARGEST = 20000;

export function indexChunkSize(docs: number): number {
  const size = Math.round(AT_1000_DOCS * Math.sqrt(Math.max(docs, 1) / 1000));
  return Math.min(LARGEST, Math.max(SMALLEST, size));
}
