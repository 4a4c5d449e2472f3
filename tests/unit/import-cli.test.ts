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
import { type Pipeline, runImport } from '../../src/importer/cli.ts';
import { importDocuments } from '../../src/importer/pipeline.ts';
import { DUPLICATE, sameTextSimilarity, textSketch } from '../../src/importer/similarity.ts';
import type { ImportedDocument, SourceText } from '../../src/importer/types.ts';
import { PLAN } from './import-workspace.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

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
/** Another text under the same title: not the same text as TEXT. */
const OTHER = `${TEXT}\n二、主要任务\n开展志愿服务，评选道德模范。`;
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
    expect(r.out).toContain('导入：已写入 2 篇文献到 out；读取 2 个文件，失败 0 个');
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
      '错误：in/empty.txt：文件是空的（0字节）',
      '错误：in/bin.txt：含二进制数据（NUL 字节），不是文本文件',
      '错误：in/fake.docx：不是 .docx 文件：.docx 是 zip 压缩包，这个文件不是',
      '错误：in/old.doc：这是旧版 Word（.doc）文件：请用 Word 或 WPS 打开，另存为 .docx',
      '错误：in/nothing：文件夹里没有可导入的文件（没有 .txt 或 .docx 文件）',
      '错误：in/missing.txt：没有这个文件或文件夹',
    ]) {
      expect(r.err.split('\n')).toContain(line);
    }
    expect(r.out).toContain('已写入 1 篇文献到 out；读取 5 个文件，失败 6 个');
  });

  it('refuses a file over the size limit before reading it', async () => {
    input('big.txt', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    const r = await run(['in/big.txt', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('错误：in/big.txt：文件有 5242881 字节，超过 .txt 的上限 5242880 字节（5 MiB）');
  });

  it('usage errors exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([])).err).toMatch(/^导入：没有给出文件或文件夹\n\n用法：/);
    const bogus = await run(['--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(/^导入：没有 --bogus 这个选项\n\n用法：/);
    expect((await run(['in/a.txt', '--out'])).err).toMatch(/^导入：选项 --out 缺少取值\n/);
    expect((await run(['in/a.txt', '--dry-run=yes'])).err).toMatch(/^导入：选项 --dry-run 不带取值\n/);
    input('a.txt');
    writeFileSync(join(work, 'file'), 'x');
    expect((await run(['in/a.txt', '--out', 'file'])).err).toContain('导入：--out file 是文件，不是文件夹');
    expect((await run(['--help'])).out).toContain('用法：npm run import');
  });
});

describe('safety', () => {
  it('never overwrites an existing document without --force', async () => {
    input('a.txt');
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'doc-a.mdx'), 'hand-made');
    const r = await run(['in/a.txt', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^错误：in\/a\.txt：.*out\/doc-a\.mdx 已存在，未覆盖（要替换它，请加 --force）$/);
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
    expect(r.err).toBe('错误：in/a.txt：拟用的 id“../../escaped”不是用连字符连接的小写英文词或数字');
    expect(written()).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['in']);
  });

  it('refuses MDX that could run code, naming the document and line', async () => {
    input('a.txt');
    const unsafe: Pipeline = (s) => [document('doc-a', s, '正文{process.exit(1)}\n\n<script>alert(1)</script>')];
    const r = await run(['in/a.txt', '--out', 'out'], unsafe);
    expect(r.code).toBe(1);
    expect(r.err).toContain('错误：in/a.txt：文献“doc-a”：生成的 MDX 可能运行代码或使构建失败，未写入');
    expect(r.err).toContain('第19行：{…} 表达式（会作为代码运行）');
    expect(r.err).toContain('第21行：<script> 元素');
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
    expect(r.err).toBe('错误：in/a.txt：内部错误，这个文件什么也没有写（boom）');
    expect(written()).toEqual(['doc-b.mdx']);
  });

  it('hands the rules the library and the documents of this run, for ids and near-duplicates', async () => {
    input('a.txt');
    input('b.txt', OTHER);
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
    expect(bad.err).toContain('错误：in/a.txt：--id ../Evil：id 须为用连字符连接的小写英文词或数字');
    expect((await run(['in', '--out', 'out', '--id', 'x-y'])).err).toContain('导入：--id 只能指定一篇导入的文献，却给了 2 个文件');
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
    input('new.txt', OTHER);
    const r = await run(['in/new.txt', '--out', 'out'], near);
    expect(r.out).toContain('  相近文献：doc-a（相似度 0.93）');
    // Written already: importing it again must replace it (--force) while linking; the --out given is kept.
    expect(r.out).toContain('  如确为同一文本的另一版本：npm run import -- in/new.txt --out out --force --version-of doc-a');
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
    expect((await run(['in/a.txt', '--out', 'out', '--version-of', 'nope'])).err).toContain('导入：--version-of nope：out 里没有这个 id 的文献');
    await run(['in/a.txt', '--out', 'out']);
    expect((await run(['in', '--out', 'out', '--version-of', 'doc-a'])).err).toContain('导入：--version-of 只能链接一篇导入的文献，却给了 2 个文件');
  });
});

describe('the same text twice', () => {
  const real: Pipeline = importDocuments;

  it('refuses to import the same text again (the same file, or a copy under another name), naming both files; --dry-run too', async () => {
    input('plan.txt', PLAN);
    input('copy.txt', PLAN);
    const first = await run(['in/plan.txt', '--out', 'out'], real);
    expect(first.code).toBe(0);
    const [file] = written();
    for (const again of [['in/plan.txt'], ['in/plan.txt'], ['in/copy.txt'], ['in/plan.txt', '--dry-run']]) {
      const r = await run([...again, '--out', 'out'], real);
      expect(r.code).toBe(1);
      const id = file!.replace('.mdx', '');
      expect(r.err).toMatch(
        new RegExp(
          `^错误：${again[0]}：文献“[a-z0-9-]+”与已有的 out/${id}\\.mdx 内容相同（相似度 1\\.00），未写入。要用这次导入替换它：加 --force；如是它的另一版本：加 --version-of ${id}$`,
        ),
      );
    }
    expect(written()).toEqual([file]);
  });

  it('a corrected character is still the same text; an added paragraph is not', async () => {
    input('plan.txt', PLAN);
    await run(['in/plan.txt', '--out', 'out'], real);
    input('typo.txt', PLAN.replace('十二场', '十三场'));
    expect((await run(['in/typo.txt', '--out', 'out'], real)).err).toContain('内容相同（相似度 0.99）');
    input('longer.txt', `${PLAN}\n三、加强组织领导\n各社区要明确专人负责，把精神文明建设纳入年度考核，定期督查通报。`);
    const longer = await run(['in/longer.txt', '--out', 'out'], real);
    expect(longer.code).toBe(0);
    expect(longer.out).toMatch(/相近文献：\S+（相似度 1\.00）/);
    expect(written()).toHaveLength(2);
  });

  it('--force replaces the document with the same text, in its file and under its id, keeping what the keeper wrote, and says so', async () => {
    input('plan.txt', PLAN);
    await run(['in/plan.txt', '--out', 'out'], real);
    const [file] = written();
    const id = file!.replace('.mdx', '');
    const path = join(work, 'out', file!);
    const filled = readFileSync(path, 'utf8')
      .replace('summary: 待填写', 'summary: 管理员写的摘要。')
      .replace(/^issuer: .*$/m, 'issuer: government-dept')
      .replace('related: []', 'related:\n  - id: other-doc\n    relation: version');
    writeFileSync(path, filled);
    // A corrected source: one character differs.
    input('fixed.txt', PLAN.replace('十二场', '十三场'));
    const r = await run(['in/fixed.txt', '--out', 'out', '--force'], real);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(written()).toEqual([file]);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('十三场');
    expect(after).not.toContain('十二场');
    const data = parseYaml(splitFrontmatter(after)!.yaml) as Record<string, unknown>;
    expect(data).toMatchObject({ id, summary: '管理员写的摘要。', issuer: 'government-dept', related: [{ id: 'other-doc', relation: 'version' }] });
    expect(r.out).toContain(`  id：${id}（沿用被替换文献的 id：内容相同，相似度 0.99）`);
    expect(r.out).toContain(`  替换：out/${file}（内容相同，相似度 0.99；--force）；保留原文献中填写的 issuer、summary、related`);
    expect(r.out).not.toContain('相近文献');
    const clash = await run(['in/fixed.txt', '--out', 'out', '--force', '--id', 'another-copy'], real);
    expect(clash.code).toBe(1);
    expect(clash.err).toBe(
      `错误：in/fixed.txt：--force 会替换内容相同的 out/${file}（相似度 1.00），沿用它的 id ${id}；--id another-copy 会另存一份重复的文献`,
    );
    expect(written()).toEqual([file]);
  });

  it('a text replaced under its own id (--id with --force) is not reported as its own near-duplicate', async () => {
    input('plan.txt', PLAN);
    await run(['in/plan.txt', '--out', 'out'], real);
    const [file] = written();
    const id = file!.replace('.mdx', '');
    // Not the same text (an added part), so no duplicate: the keeper names the id to replace.
    input('longer.txt', `${PLAN}\n三、加强组织领导\n各社区要明确专人负责，把精神文明建设纳入年度考核，定期督查通报。`);
    const r = await run(['in/longer.txt', '--out', 'out', '--id', id, '--force'], real);
    expect(r.code, r.err).toBe(0);
    expect(written()).toEqual([file]);
    expect(readFileSync(join(work, 'out', file!), 'utf8')).toContain('定期督查通报');
    expect(r.out).not.toContain('相近文献');
    expect(r.out).not.toContain('--version-of');
  });

  it('--version-of the document with the same text links the new one as its version', async () => {
    input('plan.txt', PLAN);
    await run(['in/plan.txt', '--out', 'out'], real);
    const [file] = written();
    input('copy.txt', PLAN);
    const r = await run(['in/copy.txt', '--out', 'out', '--version-of', file!.replace('.mdx', '')], real);
    expect(r.err).toBe('');
    expect(r.out).toContain(`已链接为版本：${file!.replace('.mdx', '')}`);
    expect(written()).toHaveLength(2);
  });

  it('sameTextSimilarity: whitespace does not count; texts of far different length are not compared', () => {
    expect(sameTextSimilarity('一二三四五六七八九十', '一二三四五\n六七八九十 ')).toBe(1);
    expect(sameTextSimilarity(PLAN, PLAN.replace('十二场', '十三场'))).toBe(0.99);
    expect(sameTextSimilarity(PLAN, PLAN.slice(0, 60))).toBe(0);
    expect(sameTextSimilarity(PLAN, PLAN.replace(/志愿/g, '义务'))).toBeLessThan(DUPLICATE);
    // The same characters in another order: same length and histogram, not the same text.
    expect(sameTextSimilarity(PLAN, [...PLAN].reverse().join(''))).toBeLessThan(DUPLICATE);
    expect(sameTextSimilarity(textSketch(PLAN), textSketch(`${PLAN}\n`))).toBe(1);
  });
});
