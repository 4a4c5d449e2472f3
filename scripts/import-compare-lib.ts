/**
 * The comparison behind `npm run import:compare` and its unit test: each document the
 * pipeline makes of the raw seeds (no manifest) against a library's document of the same
 * source file and part (content/docs for the command, the seed manifest's output for the test).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { unescapeMdxText } from '../src/importer/cleaning/index.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { proposeDocuments } from '../src/importer/pipeline.ts';
import { lcsSimilarity } from '../src/importer/similarity.ts';

export const MIN_SIMILARITY = 0.99;

export interface CompareRow {
  source: string;
  part?: string;
  committed?: string;
  similarity: number;
  headingsEqual: boolean;
  headingDiff?: string;
}

interface Committed {
  file: string;
  sourceFile: string;
  part?: string;
  body: string;
}

/** An MDX document by file name, e.g. read from content/docs or made by the seed manifest. */
export interface MdxFile {
  file: string;
  mdx: string;
}

function parseCommitted({ file, mdx }: MdxFile): Committed {
  const parts = splitFrontmatter(mdx);
  if (!parts) throw new Error(`${file}: no frontmatter`);
  const data = parse(parts.yaml) as { source: { file: string; part?: string } };
  return { file, sourceFile: data.source.file, ...(data.source.part ? { part: data.source.part } : {}), body: parts.body };
}

/** What a reader sees, whitespace removed: gap tags dropped, escapes undone, heading marks dropped. */
export function plainText(body: string): string {
  return unescapeMdxText(body.replace(/^<SourceGap[^\n]*$/gm, '').replace(/^#+ /gm, '')).replace(/\s+/g, '');
}

export function headingsOf(body: string): string[] {
  return body.split('\n').filter((l) => /^#{2,6} /.test(l));
}

export function compareWithLibrary(seedsDir: string, library: readonly MdxFile[]): CompareRow[] {
  const committed = library.map(parseCommitted);
  const rows: CompareRow[] = [];
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const proposals = proposeDocuments({ path: file, format: 'txt', encoding: 'UTF-8', text: readFileSync(join(seedsDir, file), 'utf8') }, { existing: [] });
    for (const p of proposals) {
      const part = p.data.source.part;
      const match = committed.find((c) => c.sourceFile === file && c.part === part);
      if (!match) {
        rows.push({ source: file, ...(part ? { part } : {}), similarity: 0, headingsEqual: false, headingDiff: 'no committed document' });
        continue;
      }
      const mine = headingsOf(p.body);
      const theirs = headingsOf(match.body);
      const firstDiff = mine.findIndex((h, i) => h !== theirs[i]);
      const headingsEqual = mine.length === theirs.length && firstDiff < 0;
      rows.push({
        source: file,
        ...(part ? { part } : {}),
        committed: match.file,
        similarity: lcsSimilarity(plainText(p.body), plainText(match.body)),
        headingsEqual,
        ...(headingsEqual
          ? {}
          : {
              headingDiff: `${mine.length} vs ${theirs.length}; first: ${mine[firstDiff < 0 ? theirs.length : firstDiff] ?? '∅'} ≠ ${theirs[firstDiff < 0 ? mine.length : firstDiff] ?? '∅'}`,
            }),
      });
    }
  }
  return rows;
}
