/**
 * The import command around the text rules: inputs, errors naming the file, exit codes,
 * --dry-run, --force, --out, version links, and the guards that hold whatever the rules
 * return (documents the test's own pipelines construct, including hostile ones).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Pipeline, runImport } from '../../src/lib/import/cli.ts';
import type { ImportedDocument, SourceText } from '../../src/lib/import/types.ts';
import { splitFrontmatter } from '../../src/lib/import/write.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'wenku-cli-'));
  mkdirSync(join(work, 'in'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A document as the text rules return one (frontmatter the schema accepts, the text as body). */
function document(id: string, source: SourceText, body = source.text.split('\n').slice(1).join('\n\n')): ImportedDocument {
  const title = source.text.split('\n')[0]!;
  const mdx = `---\nid: ${id}\ntitle: ${title}\nyears: [2024]\nlevel: district\nissuer: propaganda-dept\ntypes: [scheme]\ntopics: [theory, core-values]\nsummary: 一份用于测试导入命令的文件摘要。\nsource:\n  site: 测试\n  title: ${title}\n  file: a.txt\ncompleteness: complete\nrelated: []\nedits: []\n---\n\n${body}\n`;
  return {
    id,
    mdx,
    report: {
      source: source.path,
      encoding: source.encoding,
      title,
      years: [2024],
      types: ['scheme'],
      level: 'district',
      issuer: 'propaganda-dept',
      topics: [{ slug: 'theory', words: ['理论学习'] }],
      removed: [],
      changed: [],
      cutOffs: [],
      undecided: [],
      nearDuplicates: [],
    },
  };
}

/** Ids from the file name: a.txt → doc-a. */
const simple: Pipeline = (source) => [document(`doc-${source.path.replace(/^.*\//, '').replace(/\..*$/, '')}`, source)];

async function run(argv: string[], pipeline: Pipeline = simple) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work }, pipeline);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TEXT = '关于开展文明创建活动的方案\n一、工作目标\n推进理论学习。';
const input = (name: string, content: string | Uint8Array = TEXT) => writeFileSync(join(work, 'in', name), content);
const written = () => (existsSync(join(work, 'out')) ? readdirSync(join(work, 'out')).sort() : []);

describe('inputs and reports', () => {
  it('imports files and folders, prints a report per document with the encoding, and writes one file each', async () => {
    input('a.txt');
    input('b.txt', iconv.encode(`${TEXT}这是一份用国标码保存的文件。`, 'gbk'));
    input('notes.md', '不导入');
    const r = await run(['in', '--out', 'out']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(written()).toEqual(['doc-a.mdx', 'doc-b.mdx']);
    expect(r.out).toContain('out/doc-a.mdx  ←  in/a.txt（UTF-8）  [已写入]');
    expect(r.out).toContain('out/doc-b.mdx  ←  in/b.txt（GB18030）  [已写入]');
    expect(r.out).toContain('  主题：理论武装（theory），依据：“理论学习”');
    expect(r.out).toContain('import: 2 document(s) written to out; 2 file(s) read, 0 failed');
  });

  it('--dry-run prints the reports and writes nothing, not even the folder', async () => {
    input('a.txt');
    const r = await run(['in/a.txt', '--out', 'out', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('out/doc-a.mdx  ←  in/a.txt（UTF-8）  [试运行，未写入]');
    expect(existsSync(join(work, 'out'))).toBe(false);
  });

  it('bad inputs: an error naming each, exit code 1, the good inputs still imported', async () => {
    input('good.txt');
    input('empty.txt', '');
    input('bin.txt', new Uint8Array([0, 1, 2, 3, 0, 0xff]));
    input('fake.docx', '这不是Word文件');
    input('old.doc', 'x');
    mkdirSync(join(work, 'in', 'nothing'));
    writeFileSync(join(work, 'in', 'nothing', 'readme.md'), 'x');
    const r = await run(['in/good.txt', 'in/empty.txt', 'in/bin.txt', 'in/fake.docx', 'in/old.doc', 'in/nothing', 'in/missing.txt', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(written()).toEqual(['doc-good.mdx']);
    for (const line of [
      'error: in/empty.txt: the file is empty (0 bytes)',
      'error: in/bin.txt: binary data (NUL bytes), not a text file',
      'error: in/fake.docx: not a .docx: a .docx is a zip archive, and this file is not one',
      'error: in/old.doc: this is an old Word (.doc) file: open it in Word or WPS and save it as .docx',
      'error: in/nothing: the folder has nothing to import (no .txt or .docx file in it)',
      'error: in/missing.txt: no such file or folder',
    ]) {
      expect(r.err.split('\n')).toContain(line);
    }
    expect(r.out).toContain('1 document(s) written to out; 5 file(s) read, 6 failed');
  });

  it('refuses a file over the size limit before reading it', async () => {
    input('big.txt', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    const r = await run(['in/big.txt', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('error: in/big.txt: the file is 5242881 bytes, over the limit of 5242880 bytes (5 MiB) for a .txt');
  });

  it('usage errors exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    input('a.txt');
    writeFileSync(join(work, 'file'), 'x');
    expect((await run(['in/a.txt', '--out', 'file'])).err).toContain('--out file is a file, not a folder');
    expect((await run(['--help'])).out).toContain('Usage: npm run import');
  });
});

describe('safety', () => {
  it('never overwrites an existing document without --force', async () => {
    input('a.txt');
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'doc-a.mdx'), 'hand-made');
    const r = await run(['in/a.txt', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: in\/a\.txt: .*out\/doc-a\.mdx exists: not overwritten \(use --force to replace it\)$/);
    expect(readFileSync(join(work, 'out', 'doc-a.mdx'), 'utf8')).toBe('hand-made');
    expect((await run(['in/a.txt', '--out', 'out', '--dry-run'])).code).toBe(1);
    expect((await run(['in/a.txt', '--out', 'out', '--force'])).code).toBe(0);
    expect(readFileSync(join(work, 'out', 'doc-a.mdx'), 'utf8')).toContain('id: doc-a');
  });

  it('writes nothing for an input when any of its documents fails, and nothing outside --out', async () => {
    input('a.txt');
    const evil: Pipeline = (s) => [document('fine-one', s), document('../../escaped', s)];
    const r = await run(['in/a.txt', '--out', 'out'], evil);
    expect(r.code).toBe(1);
    expect(r.err).toBe('error: in/a.txt: proposed id "../../escaped" is not lowercase ASCII words joined by hyphens');
    expect(written()).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['in']);
  });

  it('refuses MDX that could run code, naming the document and line', async () => {
    input('a.txt');
    const unsafe: Pipeline = (s) => [document('doc-a', s, '正文{process.exit(1)}\n\n<script>alert(1)</script>')];
    const r = await run(['in/a.txt', '--out', 'out'], unsafe);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error: in/a.txt: document "doc-a": the MDX could run code or break the build, so nothing is written');
    expect(r.err).toContain('line 19: a {…} expression (would run as code)');
    expect(r.err).toContain('line 21: a <script> element');
    expect(written()).toEqual([]);
  });

  it('a crash in the text rules is an error for that file, not a crash of the command', async () => {
    input('a.txt');
    input('b.txt');
    const flaky: Pipeline = (s) => {
      if (s.path.endsWith('a.txt')) throw new TypeError('boom');
      return simple(s, { existing: [] });
    };
    const r = await run(['in', '--out', 'out'], flaky);
    expect(r.code).toBe(1);
    expect(r.err).toBe('error: in/a.txt: internal error, nothing written for this file (boom)');
    expect(written()).toEqual(['doc-b.mdx']);
  });

  it('hands the rules the library and the documents of this run, for ids and near-duplicates', async () => {
    input('a.txt');
    input('b.txt');
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'old.mdx'), '---\nid: old\ntitle: 旧文件\n---\n\n## 一、目标\n\n甲\\*乙\n');
    const seen: string[][] = [];
    const spy: Pipeline = (s, o) => {
      seen.push(o.existing.map((e) => `${e.id}:${e.title}:${e.text}`));
      return simple(s, o);
    };
    expect((await run(['in', '--out', 'out'], spy)).code).toBe(0);
    expect(seen[0]).toEqual(['old:旧文件:一、目标\n\n甲*乙']);
    expect(seen[1]).toEqual(['old:旧文件:一、目标\n\n甲*乙', 'doc-a:关于开展文明创建活动的方案:一、工作目标\n\n推进理论学习。']);
  });
});

describe('--id', () => {
  it('names the document instead of the id proposed from the file name', async () => {
    input('a.txt');
    const r = await run(['in/a.txt', '--out', 'out', '--id', 'street-2025-plan']);
    expect(r.code).toBe(0);
    expect(written()).toEqual(['street-2025-plan.mdx']);
    const mdx = readFileSync(join(work, 'out', 'street-2025-plan.mdx'), 'utf8');
    expect(mdx).toContain('\nid: street-2025-plan\ntitle: ');
    expect(mdx.replace('id: street-2025-plan', 'id: doc-a')).toBe(document('doc-a', { path: 'in/a.txt', format: 'txt', encoding: 'UTF-8', text: TEXT }).mdx);
  });

  it('refuses an id that is not a library id, or several inputs', async () => {
    input('a.txt');
    input('b.txt');
    const bad = await run(['in/a.txt', '--out', 'out', '--id', '../Evil']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('error: in/a.txt: --id ../Evil: an id is lowercase ASCII words joined by hyphens');
    expect((await run(['in', '--out', 'out', '--id', 'x-y'])).err).toContain('--id names one imported document; 2 files were given');
    expect(written()).toEqual([]);
  });
});

describe('versions', () => {
  const near: Pipeline = (s) => {
    const doc = document('doc-new', s);
    doc.report.nearDuplicates = [{ id: 'doc-a', similarity: 0.934 }];
    return [doc];
  };

  it('reports a near-duplicate with the command that links them', async () => {
    input('a.txt');
    await run(['in/a.txt', '--out', 'out']);
    input('new.txt');
    const r = await run(['in/new.txt', '--out', 'out'], near);
    expect(r.out).toContain('  相近文献：doc-a（相似度 0.93）');
    expect(r.out).toContain('  如确为同一文本的另一版本：npm run import -- in/new.txt --force --version-of doc-a');
  });

  it('--version-of links both documents as versions and labels them; the old file keeps its other bytes', async () => {
    input('a.txt');
    await run(['in/a.txt', '--out', 'out']);
    const before = readFileSync(join(work, 'out', 'doc-a.mdx'), 'utf8');
    input('new.txt');
    const r = await run(['in/new.txt', '--out', 'out', '--version-of', 'doc-a'], near);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('  已链接为版本：doc-a');
    expect(r.out).not.toContain('如确为');
    const fm = (f: string) => parseYaml(splitFrontmatter(readFileSync(join(work, 'out', f), 'utf8'))!.yaml) as Record<string, unknown>;
    expect(fm('doc-new.mdx')).toMatchObject({ version: '版本二', related: [{ id: 'doc-a', relation: 'version' }] });
    expect(fm('doc-a.mdx')).toMatchObject({ version: '版本一', related: [{ id: 'doc-new', relation: 'version' }] });
    const after = readFileSync(join(work, 'out', 'doc-a.mdx'), 'utf8');
    expect(after.replace('version: "版本一"\n', '').replace('related:\n  - id: doc-new\n    relation: version\n', 'related: []\n')).toBe(before);
  });

  it('--version-of needs an existing document and one imported document', async () => {
    input('a.txt');
    input('b.txt');
    expect((await run(['in/a.txt', '--out', 'out', '--version-of', 'nope'])).err).toContain('--version-of nope: no document with that id in out');
    await run(['in/a.txt', '--out', 'out']);
    expect((await run(['in', '--out', 'out', '--version-of', 'doc-a'])).err).toContain('--version-of links one imported document; 2 files were given');
  });
});
