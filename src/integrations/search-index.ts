/**
 * Builds the full-text search index at the end of `astro build`, into <outDir>/pagefind/.
 *
 * Why not Pagefind's defaults: with lang="zh-CN" Pagefind segments Chinese with a dictionary
 * at index time and with the browser's Intl.Segmenter at query time, and the two disagree
 * (Pagefind #987, #1237, #659; PR #993). Measured with `npm run bench:search` on corpora
 * generated from our texts (bench/results-search.md): queries as typed miss up to 4% (1,000
 * documents) and 18% (5,000) of the documents that contain the phrase, and 30–64% of what
 * they return does not contain it; quoted queries are precise but, per the lab run,
 * find nothing for 169 of 300 phrases, and a phrase with punctuation inside (举旗帜、聚民心)
 * finds nothing at all (the 、 is dropped from the query but holds a word position).
 *
 * Design: Pagefind indexes an index-only copy of every document page, never the served HTML
 * (src/lib/search/index-copy.ts). In the copy each block of text is written as overlapping
 * bigrams, one per character ("以学铸魂" → "以学 学铸 铸魂 魂⊣"), punctuation as alphanumeric
 * stand-ins so Pagefind cannot drop it, whitespace removed and full-width forms folded
 * (src/lib/search/encoding.ts). The index is built with language "und", so Pagefind splits
 * on spaces only and never segments. The search page encodes a query the same way and sends
 * it quoted: "this run of characters occurs" becomes "these bigrams occur at consecutive
 * positions", which Pagefind answers exactly, across any word boundary. The page decodes the stored text for
 * excerpts and checks every shown match again on the decoded text (src/lib/search/excerpt.ts).
 * Single characters are looked up in a second, unigram index (<outDir>/pagefind-chars/, one
 * word per character), complete at any size; see encoding.ts.
 * Costs: fragments hold the bigram text (paragraph ids sit on empty markers so the text is
 * not stored twice, which keeps fragments smaller than the default index's), and a phrase of
 * n characters fetches the index chunks of n−1 bigrams; chunks are sized for the corpus
 * (src/lib/search/chunk-size.ts) so that rare bigrams cost little. Time: Pagefind's work per
 * query grows with the number of hits times the postings of the query's words, so the engine
 * runs one exact search per term and nothing else (src/lib/search/engine.ts). Memory: Pagefind needs about 1.6 GB per 1,000 documents either way;
 * WENKU_SEARCH_INDEX=off plus `npm run build:search-index` keeps Astro's and Pagefind's
 * memory from adding up on very large builds. The page is added under its real URL,
 * so Pagefind's URLs, anchors and base path work as for a normal index. Facets (year,
 * level, type, topic) come from the document's frontmatter through /search/manifest.json,
 * a build-time endpoint, and go into a compact facet table next to each index
 * (src/lib/search/facets.ts), not into Pagefind filters or sorts (their data is several times
 * larger and every visitor loads it; the engine filters, counts and orders by year itself).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { CHUNK_SIZE_ENV, indexChunkSize } from '../lib/search/chunk-size.ts';
import { CHARS_BUNDLE, encodeBlock, encodeBlockUnigrams } from '../lib/search/encoding.ts';
import { docFacets, encodeFacets, FACETS_FILE } from '../lib/search/facets.ts';
import { indexCopy, type Encoder, type ManifestDoc, type SearchManifest } from '../lib/search/index-copy.ts';

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** One Pagefind index of every document's copy, written to <outDir>/<dir>. */
async function writeIndex(outDir: string, dir: string, manifest: SearchManifest, encode: Encoder, logger: Log): Promise<void> {
  // Pagefind's service process reads the chunk size from its environment when it starts.
  const before = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(indexChunkSize(manifest.docs.length));
  const started = createIndex({ forceLanguage: 'und' });
  if (before === undefined) delete process.env[CHUNK_SIZE_ENV];
  else process.env[CHUNK_SIZE_ENV] = before;
  const { index, errors } = await started;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const doc of manifest.docs) {
    const page = await readFile(join(outDir, doc.path, 'index.html'), 'utf8');
    const copy = indexCopy(page, doc, encode);
    if (encode === encodeBlock) for (const w of copy.warnings) logger.warn(w);
    const added = await index.addHTMLFile({ url: `/${doc.path}`, content: copy.html });
    if (added.errors.length) throw new Error(`Pagefind failed on ${doc.path}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, dir) });
  if (written.errors.length) throw new Error(`Pagefind failed to write the index ${dir}: ${written.errors.join('; ')}`);
  // One index at a time: closing the service frees Pagefind's memory before the next one.
  await close();
  await writeFacetTable(join(outDir, dir), manifest.docs);
}

/**
 * Writes the facet table (src/lib/search/facets.ts) into an index directory: the documents in
 * the order they were added, checked against the page ids Pagefind wrote (its fragments).
 */
export async function writeFacetTable(bundleDir: string, docs: readonly ManifestDoc[]): Promise<void> {
  const idByPath = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const name of await readdir(dir)) {
    // A fragment is gzipped: a 12-byte signature, then the page's JSON.
    const json = JSON.parse(gunzipSync(await readFile(join(dir, name))).subarray(12).toString('utf8')) as { url: string };
    idByPath.set(new URL(json.url, 'http://x').pathname.replace(/^\/+/, ''), name.replace(/\.pf_fragment$/, ''));
  }
  const missing = docs.filter((d) => !idByPath.has(d.path)).map((d) => d.path);
  if (missing.length) throw new Error(`the search index has no page for ${missing.join(', ')} (a document without text?)`);
  const table = encodeFacets(docs.map(docFacets), docs.map((d) => idByPath.get(d.path)!));
  await writeFile(join(bundleDir, FACETS_FILE), gzipSync(JSON.stringify(table), { level: 9 }));
}

/**
 * Indexes the built site in `outDir`: the bigram index in <outDir>/pagefind/ and the unigram
 * index of single characters in <outDir>/pagefind-chars/. Also run standalone.
 */
export async function buildSearchIndex(outDir: string, logger: Log): Promise<void> {
  const started = performance.now();
  const manifest = JSON.parse(await readFile(join(outDir, 'search', 'manifest.json'), 'utf8')) as SearchManifest;
  await writeIndex(outDir, 'pagefind', manifest, encodeBlock, logger);
  const bigramMs = Math.round(performance.now() - started);
  await writeIndex(outDir, CHARS_BUNDLE, manifest, encodeBlockUnigrams, logger);
  const ms = Math.round(performance.now() - started);
  logger.info(`indexed ${manifest.docs.length} documents in ${ms} ms (bigram index ${bigramMs} ms, single-character index ${ms - bigramMs} ms)`);
}

/**
 * WENKU_SEARCH_INDEX=off skips the step, for very large builds where Astro's own memory and
 * Pagefind's should not add up: then run `npm run build:search-index -- <outDir>` afterwards.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'wenku:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['WENKU_SEARCH_INDEX'] === 'off') {
          logger.warn('search index skipped (WENKU_SEARCH_INDEX=off): run `npm run build:search-index` before deploying');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
