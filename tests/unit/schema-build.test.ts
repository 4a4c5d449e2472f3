/**
 * The schema and the taxonomy, and the promise that a bad document fails the build with
 * a message naming the file, the field and what is wrong (real `astro sync` on fixtures).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TO_BE_FILLED, docSchema } from '../../src/lib/schema.ts';
import { docTypes, issuers, levels, topics } from '../../src/lib/taxonomy.ts';
import { fixtureProject, repoRoot } from '../support/fixture-project.ts';

describe('taxonomy', () => {
  const vocabularies = { levels, issuers, docTypes, topics };
  it.each(Object.entries(vocabularies))('%s: ASCII slugs, Chinese labels, order 1..n, one-line descriptions', (_name, v) => {
    expect(new Set(v.slugs).size).toBe(v.slugs.length);
    v.list.forEach((t, i) => {
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.label).toMatch(/\p{Script=Han}/u);
      expect(t.order).toBe(i + 1);
      expect(t.description).toMatch(/\p{Script=Han}/u);
      expect(t.description).not.toContain('\n');
    });
  });
  it('has the seven document types of the library', () => {
    expect(docTypes.list.map((t) => t.label)).toEqual(['总结', '计划', '要点', '方案', '规划', '讲话', '汇报']);
  });
  it('covers the topics the issue names', () => {
    const labels = topics.list.map((t) => t.label);
    for (const l of ['理论武装', '核心价值观', '文明城市创建', '文明单位', '文明村镇', '文明校园', '文明家庭', '诚信建设', '网络文明', '廉洁文化', '职工文化']) {
      expect(labels).toContain(l);
    }
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
  it('the fixture used below starts valid', () => {
    expect(good).toContain('id: village-assessment-scheme');
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
});
