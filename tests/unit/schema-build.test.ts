/**
 * The schema and the taxonomy, and the promise that a bad document fails the build with
 * a message naming the file, the field and what is wrong (real `astro sync` on fixtures).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterData } from '../../src/lib/frontmatter.ts';
import { TO_BE_FILLED, docSchema, isPlaceholderId } from '../../src/lib/schema.ts';
import { unfilledFields } from '../../src/integrations/unfilled/fields.ts';
import { docTypeDescriptions, docTypes, issuerDescriptions, issuers, levelDescriptions, levels, topicDescriptions, topics } from '../../src/lib/taxonomy.ts';
import { fixtureProject, repoRoot } from '../support/fixture-project.ts';

const frontmatter = (text: string): Record<string, unknown> => frontmatterData(text)!;

describe('taxonomy', () => {
  const vocabularies = {
    levels: [levels, levelDescriptions],
    issuers: [issuers, issuerDescriptions],
    docTypes: [docTypes, docTypeDescriptions],
    topics: [topics, topicDescriptions],
  } as const;
  it.each(Object.entries(vocabularies))('%s: ASCII slugs, Chinese labels, order 1..n, one-line descriptions', (_name, [v, descriptions]) => {
    expect(new Set(v.slugs).size).toBe(v.slugs.length);
    expect(Object.keys(descriptions).sort()).toEqual([...v.slugs].sort());
    v.list.forEach((t, i) => {
      const description = (descriptions as Record<string, string>)[t.slug]!;
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.label).toMatch(/\p{Script=Han}/u);
      expect(t.order).toBe(i + 1);
      expect(description).toMatch(/\p{Script=Han}/u);
      expect(description).not.toContain('\n');
    });
  });
  // The schema's enums are the vocabularies themselves, not a copy that could drift from them.
  const fields = [
    ['level', levels, (slug: string) => slug],
    ['issuer', issuers, (slug: string) => slug],
    ['types', docTypes, (slug: string) => [slug]],
    ['topics', topics, (slug: string) => [slug, slug === 'theory' ? 'organization' : 'theory']],
  ] as const;
  it.each(fields)('the schema accepts every %s slug of the vocabulary and nothing else', (field, v, value) => {
    const good = frontmatter(readFileSync(join(repoRoot, 'content/docs/village-assessment-scheme.mdx'), 'utf8'));
    for (const slug of v.slugs) {
      const r = docSchema.safeParse({ ...good, [field]: value(slug) });
      expect(r.success, `${field}: ${slug}`).toBe(true);
    }
    const r = docSchema.safeParse({ ...good, [field]: value('not-in-the-vocabulary') });
    expect(r.success).toBe(false);
  });
});

describe('schema', () => {
  const good = readFileSync(join(repoRoot, 'content/docs/village-assessment-scheme.mdx'), 'utf8');
  it('documents every field with .describe()', () => {
    for (const [field, schema] of Object.entries(docSchema.shape)) {
      expect(schema.description, field).toBeTruthy();
    }
  });
  it('rejects an id derived from a Chinese title, one topic, an unknown type', () => {
    const r = docSchema.safeParse({ id: '村考核办法', topics: ['theory'], types: ['notice'] });
    expect(r.success).toBe(false);
    const fields = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['id', 'topics', 'types', 'title', 'level']));
  });
  it("refuses source.title 待填写 (a page would show 来源 《待填写》) and the importer's placeholder ids", () => {
    const data = frontmatter(good);
    const r = docSchema.safeParse({ ...data, source: { ...(data['source'] as object), title: TO_BE_FILLED } });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      `source.title: "source.title" is to be filled (${TO_BE_FILLED}): the importer could not decide it; write it by hand`,
    ]);
    for (const id of ['document', 'document-2', 'document-17', 'document-2025', 'document-2021-2025-2']) {
      expect(isPlaceholderId(id), id).toBe(true);
      expect(docSchema.safeParse({ ...data, id }).success, id).toBe(false);
    }
    for (const id of ['documents-2', 'district-document-2', 'document-plan', 'village-assessment-scheme']) expect(isPlaceholderId(id), id).toBe(false);
    expect(unfilledFields(good.replace(/^(\s+title: ).*$/m, `$1${TO_BE_FILLED}`))).toEqual(['source.title']);
  });
  it('the fixture used below passes the schema as it is on disk', () => {
    const r = docSchema.safeParse(frontmatter(good));
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });
});

describe('a bad document fails the build, naming the file, the field and the problem', () => {
  const fixture = fixtureProject('schemabuild');
  afterAll(() => fixture.remove());
  const good = readFileSync(join(repoRoot, 'content/docs/village-assessment-scheme.mdx'), 'utf8');
  const sync = (file: string, text: string) => {
    writeFileSync(join(fixture.content, file), text);
    return fixture.astro(['sync']);
  };

  it('accepts the good document', () => {
    const r = sync('village-assessment-scheme.mdx', good);
    expect(r.ok, r.output).toBe(true);
  });

  it('an unknown topic', () => {
    const r = sync('village-assessment-scheme.mdx', good.replace(/^topics:\n {2}- (\S+)/m, 'topics:\n  - rural-vitalisation'));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('village-assessment-scheme.mdx');
    expect(r.output).toMatch(/topics\.0/);
    expect(r.output).toMatch(/civilized-village/); // the message lists the allowed values
  });

  it('only one topic', () => {
    const r = sync('village-assessment-scheme.mdx', good.replace(/^topics:\n((?: {2}- \S+\n)+)/m, 'topics:\n  - theory\n'));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('village-assessment-scheme.mdx');
    expect(r.output).toMatch(/\btopics\b/);
    expect(r.output).toMatch(/>=2|at least 2|too small/i);
  });

  it('an id that is not the file name', () => {
    const r = sync('village-assessment-scheme.mdx', good.replace('id: village-assessment-scheme', 'id: village-scheme'));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('village-assessment-scheme.mdx: field "id" is "village-scheme" but must equal the file name');
  });

  it('a field the importer could not decide (待填写): the build names the file, the field and "to be filled"', () => {
    const r = sync(
      'village-assessment-scheme.mdx',
      good.replace(/^summary: .*$/m, `summary: ${TO_BE_FILLED}`).replace(/^level: .*$/m, `level: ${TO_BE_FILLED}`),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('village-assessment-scheme.mdx');
    expect(r.output).toContain(`"summary" is to be filled (${TO_BE_FILLED})`);
    expect(r.output).toContain(`"level" is to be filled (${TO_BE_FILLED})`);
  });

  it('a placeholder id (document-2) and source.title 待填写: one line per problem, each naming the file, before the schema check', () => {
    const placeholder = good
      .replace('id: village-assessment-scheme', 'id: document-2')
      .replace(/^(\s+title: ).*$/m, `$1${TO_BE_FILLED}`)
      .replace(/^summary: .*$/m, `summary: ${TO_BE_FILLED}`);
    writeFileSync(join(fixture.content, 'document-2.mdx'), placeholder);
    try {
      const r = sync('village-assessment-scheme.mdx', good);
      expect(r.ok).toBe(false);
      const file = join(fixture.content, 'document-2.mdx');
      expect(r.output).toContain(`${file}: id "document-2" is a placeholder: rename the file (`);
      expect(r.output).toContain(`${file}: "source.title" is to be filled (${TO_BE_FILLED}): 页面“来源”一栏显示为《…》`);
      expect(r.output).toContain(`${file}: "summary" is to be filled (${TO_BE_FILLED})`);
      expect(r.output).toContain('3 problem(s)');
      expect(r.output).not.toContain('village-assessment-scheme.mdx:');
    } finally {
      rmSync(join(fixture.content, 'document-2.mdx'));
    }
  });

  it('npm run lock:update (WENKU_LOCK_UPDATE=1) stops on a placeholder id before the lock gets it', () => {
    const lock = join(fixture.work, 'anchors.lock');
    writeFileSync(join(fixture.content, 'document.mdx'), good.replace('id: village-assessment-scheme', 'id: document'));
    try {
      writeFileSync(join(fixture.content, 'village-assessment-scheme.mdx'), good);
      const r = fixture.astro(['build'], { WENKU_LOCK_UPDATE: '1', WENKU_ANCHORS_LOCK: lock });
      expect(r.ok).toBe(false);
      expect(r.output).toContain(`${join(fixture.content, 'document.mdx')}: id "document" is a placeholder: rename the file`);
      expect(existsSync(lock)).toBe(false);
    } finally {
      rmSync(join(fixture.content, 'document.mdx'));
    }
  });

  it('several documents with fields to be filled: the build names every one at once', () => {
    const second = good.replace('id: village-assessment-scheme', 'id: second-scheme').replace(/^issuer: .*$/m, `issuer: ${TO_BE_FILLED}`);
    writeFileSync(join(fixture.content, 'second-scheme.mdx'), second);
    try {
      const r = sync('village-assessment-scheme.mdx', good.replace(/^summary: .*$/m, `summary: ${TO_BE_FILLED}`));
      expect(r.ok).toBe(false);
      expect(r.output).toContain('2 document(s) have fields the importer could not decide');
      expect(r.output).toMatch(new RegExp(`second-scheme\\.mdx: "issuer" is to be filled \\(${TO_BE_FILLED}\\)`));
      expect(r.output).toMatch(new RegExp(`village-assessment-scheme\\.mdx: "summary" is to be filled \\(${TO_BE_FILLED}\\)`));
    } finally {
      rmSync(join(fixture.content, 'second-scheme.mdx'));
    }
  });
});
