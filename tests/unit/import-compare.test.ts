/**
 * Acceptance of the importer (issue 8): the pipeline run on the raw seeds WITHOUT the seed
 * manifest gives, for every committed seed document, a text ≥ 99% alike (whitespace removed)
 * with equal headings. The same comparison prints its figures in `npm run import:compare`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitMdx } from './content-qa-checks.ts';
import { compareWithLibrary, headingsOf, MIN_SIMILARITY, plainText } from '../../scripts/import-compare-lib.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '..', 'shared', 'seeds');
// The shared seeds when present, else their verbatim copy in content/sources.
const seedsDir = process.env.WENKU_SEEDS ?? (existsSync(shared) ? shared : join(root, 'content', 'sources'));
const docsDir = join(root, 'content', 'docs');
const rows = compareWithLibrary(seedsDir, docsDir);
const seedFiles = new Set(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')));

describe('the pipeline without the manifest reproduces every committed seed document', () => {
  it('finds a committed document for every document it makes, and makes every committed seed document once', () => {
    expect(rows.filter((r) => !r.committed)).toEqual([]);
    const fromSeeds = readdirSync(docsDir)
      .filter((f) => f.endsWith('.mdx'))
      .filter((f) => seedFiles.has((splitMdx(readFileSync(join(docsDir, f), 'utf8')).frontmatter as { source: { file: string } }).source.file))
      .sort();
    const matched = rows.map((r) => r.committed!).sort();
    expect(fromSeeds.length).toBeGreaterThan(0);
    expect(matched).toEqual(fromSeeds);
    expect([...new Set(rows.map((r) => r.source))].sort()).toEqual([...seedFiles].sort());
  });

  it.each(rows.map((r) => [r.committed ?? r.source, r] as const))('%s: text ≥ 99% alike, headings equal', (_name, r) => {
    expect(r.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    expect(r.headingsEqual, r.headingDiff).toBe(true);
  });
});

describe('the comparison can fail', () => {
  it('sees a changed character and a changed heading', () => {
    expect(plainText('## 一、甲\n\n乙 丙\\*')).toBe('一、甲乙丙*');
    expect(headingsOf('## 一、甲\n\n乙\n\n### （一）丁')).toEqual(['## 一、甲', '### （一）丁']);
  });
});
