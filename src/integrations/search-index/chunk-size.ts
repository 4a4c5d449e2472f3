/**
 * How large the merged index's chunks are for a corpus of `docs` documents (in Pagefind's
 * measure: postings plus locations): growing with the square root of the corpus between 1,000
 * and Pagefind's 20,000, so a query's first chunks stay small on a small library and few on a
 * large one (measurements: docs/search.md).
 */
const AT_1000_DOCS = 6000;
const SMALLEST = 1000;
/** Pagefind's default. */
const LARGEST = 20000;

export function indexChunkSize(docs: number): number {
  const size = Math.round(AT_1000_DOCS * Math.sqrt(Math.max(docs, 1) / 1000));
  return Math.min(LARGEST, Math.max(SMALLEST, size));
}
