/**
 * Content QA over every content/docs/*.mdx: frontmatter against the real schema, the
 * cleaning promises (no noise, no U+FFFD, no page markers, no space between Chinese and
 * digits, headings nested), valid MDX that renders placeholders literally, and no drift
 * between the committed files and what the seed manifest produces.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { ImportError, buildSeedDocuments, readSeeds } from '../../scripts/import-seeds-lib.ts';
import { manifest } from '../../scripts/seed-manifest.ts';
import { unescapeMdxText } from '../../src/importer/cleaning/index.ts';
import { CONTENT_DIR, readLibraryFiles } from '../../src/lib/content-dir.ts';
import { docSchema, type DocData } from '../../src/lib/schema.ts';
import {
  bodyProblems,
  cjkDigitSpaceProblems,
  headingProblems,
  noiseProblems,
  pageMarkerProblems,
  paywallProblems,
  replacementCharProblems,
  splitMdx,
} from './content-qa-checks.ts';

const root = resolve(import.meta.dirname, '../..');
const library = readLibraryFiles(join(root, CONTENT_DIR));
const files = library.map((f) => f.name);

const docs = library.map(({ name: file, mdx }) => {
  const { frontmatter, body } = splitMdx(mdx);
  return { file, id: file.replace(/\.mdx$/, ''), frontmatter, body };
});

function parsed(doc: (typeof docs)[number]): DocData {
  return docSchema.parse(doc.frontmatter);
}

describe('the library', () => {
  // Whatever the keeper has added: no test pins the number of documents.
  it('holds a file for every document of the seeds (and any others the keeper added)', () => {
    expect(files.map((f) => f.replace(/\.mdx$/, ''))).toEqual(expect.arrayContaining(manifest.map((d) => d.id)));
  });
});

describe.each(docs)('$file', (doc) => {
  it('has frontmatter that the schema accepts', () => {
    const result = docSchema.safeParse(doc.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('has an id equal to its file name, years, level, types and at least two topics', () => {
    const data = parsed(doc);
    expect(data.id).toBe(doc.id);
    expect(data.years).toEqual([...data.years].sort((a, b) => a - b));
    expect(new Set(data.years).size).toBe(data.years.length);
    expect(data.level.length).toBeGreaterThan(0);
    expect(data.types.length).toBeGreaterThan(0);
    expect(data.topics.length).toBeGreaterThanOrEqual(2);
    expect(new Set(data.topics).size).toBe(data.topics.length);
  });

  it('links only to existing documents, and versions link back', () => {
    const data = parsed(doc);
    for (const rel of data.related) {
      const other = docs.find((d) => d.id === rel.id);
      expect(other, `related id ${rel.id}`).toBeDefined();
      if (rel.relation === 'version') {
        expect(parsed(other!).related.some((r) => r.id === doc.id && r.relation === 'version')).toBe(true);
      }
    }
  });

  it('is clean: no noise, U+FFFD, page markers, paywall markers, Chinese–digit spaces; headings nested', () => {
    expect(bodyProblems(doc.body)).toEqual([]);
  });

  it('starts its headings at h2 and does not repeat the title in the body', () => {
    const data = parsed(doc);
    const first = /^(#+) /m.exec(doc.body);
    if (first) expect(first[1]).toBe('##');
    expect(doc.body.split('\n').some((l) => l.replace(/^#+ /, '') === data.title)).toBe(false);
  });

  it('marks a cut-off source with <SourceGap /> exactly when it is truncated', () => {
    const data = parsed(doc);
    const gaps = doc.body.match(/^<SourceGap note="[^"]+" \/>$/gm) ?? [];
    if (data.completeness === 'truncated') expect(gaps.length).toBeGreaterThan(0);
    else expect(gaps).toEqual([]);
  });

  it('is valid MDX whose text keeps every placeholder asterisk', () => {
    const tree = createProcessor({ format: 'mdx' }).parse(doc.body);
    const rendered = toString(tree);
    const source = unescapeMdxText(doc.body.replace(/^<SourceGap[^\n]*$/gm, ''));
    expect(rendered.split('*').length).toBe(source.split('*').length);
    expect(rendered.split('X').length).toBe(source.split('X').length);
  });
});

describe('the checks can fail', () => {
  it('finds noise strings', () => {
    expect(noiseProblems('正文。\n\n推荐访问:2022年精神文明建设工作要点')).toEqual(['noise string "推荐访问"']);
    expect(noiseProblems('请点击👉 mooonya 👈联系老师').length).toBeGreaterThan(0);
  });

  it('finds U+FFFD, page markers, paywall markers and Chinese–digit spaces', () => {
    expect(replacementCharProblems('社会舆论环\uFFFD')).toEqual(['U+FFFD on body line 1']);
    expect(pageMarkerProblems('甲\n\n推动党的创新 — 5 — 理论')).toEqual(['page marker on body line 3']);
    expect(pageMarkerProblems('mdash; 1 — 在2022年')).toHaveLength(1);
    expect(paywallProblems('宣传栏##paidbegin##标语')).toEqual(['paywall marker']);
    expect(cjkDigitSpaceProblems('贯彻 2022 年全国文明办主任会议')).toHaveLength(1);
  });

  it('finds headings that skip a level or an h1', () => {
    expect(headingProblems('## 一、甲\n\n#### 1.乙')).toEqual(['h4 after h2 on body line 3']);
    expect(headingProblems('### （一）甲')).toEqual(['h3 after h1 on body line 1']);
    expect(headingProblems('# 标题')).toHaveLength(1);
    expect(headingProblems('## 一、甲\n\n### （一）乙\n\n#### 1.丙\n\n## 二、丁')).toEqual([]);
  });

  it('rejects a bad frontmatter with the field named', () => {
    const bad = { ...(docs[0]!.frontmatter as Record<string, unknown>), topics: ['theory'], level: 'galactic' };
    const result = docSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['topics', 'level']));
  });
});

const seedsDir = process.env.WENKU_SEEDS ?? join(root, 'content', 'sources');
const seeds = readSeeds(seedsDir);
const built = buildSeedDocuments(seeds, manifest);

describe('the import script', () => {
  const doc = manifest.find((d) => d.id === 'district-five-creations-report')!;
  const others = manifest.filter((d) => d !== doc);

  it('fails with the file and the problem when a fix no longer matches the text', () => {
    const broken = [...others, { ...doc, fixes: [{ kind: 'typo' as const, from: '不存在的原文', to: '甲', note: '测试' }] }];
    expect(() => buildSeedDocuments(seeds, broken)).toThrow(ImportError);
    expect(() => buildSeedDocuments(seeds, broken)).toThrow(
      'content/docs/district-five-creations-report.mdx (from 004_27c1367abb880441.txt): fix "不存在的原文" found 0 times, expected 1',
    );
  });

  it('fails naming the seed when the importer finds a document the manifest does not know', () => {
    expect(() => buildSeedDocuments(seeds, others)).toThrow(
      '004_27c1367abb880441.txt: the importer found a document that has no entry in scripts/seed-manifest.ts',
    );
  });

  it('fails naming the field when a field the importer cannot decide is not in the manifest', () => {
    // 004 names no issuer: the manifest's reviewed "unspecified" is what fills it.
    const { issuer: _issuer, ...withoutIssuer } = doc;
    expect(() => buildSeedDocuments(seeds, [...others, withoutIssuer])).toThrow(/district-five-creations-report\.mdx .*field "issuer" is 待填写/);
  });

  it('never overwrites an existing file without --force', () => {
    const out = mkdtempSync(join(tmpdir(), 'wenku-import-'));
    const target = join(out, `${doc.id}.mdx`);
    writeFileSync(target, 'hand-made');
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [join(root, 'scripts/import-seeds.ts'), '--only', doc.id, '--out', out, '--seeds', seedsDir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    run();
    expect(readFileSync(target, 'utf8')).toBe('hand-made');
    run('--force');
    expect(readFileSync(target, 'utf8')).toBe(built.find((d) => d.id === doc.id)!.mdx);
  });
});
