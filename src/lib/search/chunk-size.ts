/**
 * How large Pagefind's index chunks are for a corpus of `docs` documents: growing with the square
 * root of the corpus between 1,000 and Pagefind's 20,000 (measurements: docs/search.md).
 */
/** Where Pagefind 1.6 reads it (tests/unit/search-chunks.test.ts fails if an upgrade ignores it). */
export const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

const AT_1000_DOCS = 6000;
const SMALLEST = 1000;
/** Pagefind's default. */
const LARGEST = 20000;

export function indexChunkSize(docs: number): number {
  const size = Math.round(AT_1000_DOCS * Math.sqrt(Math.max(docs, 1) / 1000));
  return Math.min(LARGEST, Math.max(SMALLEST, size));
}
