/**
 * Acceptance figure of the importer: runs the pipeline on the raw seeds WITHOUT the seed
 * manifest and compares each document with the committed one in content/docs (matched by
 * source file and part): the text with whitespace removed must be ≥ 99% alike and the
 * headings equal. Prints the figure per document; exit 1 when one falls short.
 *
 *   npm run import:compare [-- --seeds ../shared/seeds] [--docs content/docs]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, readLibraryFiles } from '../src/lib/content-dir.ts';
import { compareWithLibrary, MIN_SIMILARITY } from './import-compare-lib.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: resolve(root, '..', 'shared', 'seeds') },
    docs: { type: 'string', default: resolve(root, CONTENT_DIR) },
  },
});

const rows = compareWithLibrary(
  values.seeds,
  readLibraryFiles(values.docs).map(({ name, mdx }) => ({ file: name, mdx })),
);
let failed = 0;
for (const r of rows) {
  const ok = r.similarity >= MIN_SIMILARITY && r.headingsEqual;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${(r.similarity * 100).toFixed(2).padStart(6)}%  headings ${r.headingsEqual ? 'equal' : `differ (${r.headingDiff})`}  ${r.committed ?? '(no committed document)'}  ← ${r.source}${r.part ? ` ${r.part}` : ''}`,
  );
}
const missing = rows.filter((r) => !r.committed).length;
console.log(
  `import-compare: ${rows.length - failed} of ${rows.length} document(s) ≥ ${MIN_SIMILARITY * 100}% alike with equal headings${missing ? `, ${missing} without a committed document` : ''}`,
);
if (failed > 0) process.exit(1);
