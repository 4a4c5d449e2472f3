/**
 * Writing imported documents: the MDX guard (no code, no broken build), paths that stay in
 * --out, all-or-nothing writes through temporary files, and version links that keep every
 * other byte of the existing file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/importer/cleaning/mdx.ts';
import { docSchema } from '../../src/lib/schema.ts';
import { ImportInputError } from '../../src/importer/types.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { addVersionLink, mdxSafetyProblems, targetPath, writeAll } from '../../src/importer/write.ts';
import { repoRoot } from '../support/fixture-project.ts';

const FM = '---\nid: a\ntitle: 甲\n---\n';

describe('the MDX guard', () => {
  it('accepts plain and escaped text and the SourceGap marker', () => {
    expect(mdxSafetyProblems(`${FM}\n## 一、目标\n\n正文。\n\n<SourceGap note="原文到此为止" />\n`)).toEqual([]);
    const hostile = 'import x from "y"\nexport const a = 1\n{alert(1)}\n<script>alert(1)</script>\n<Foo bar={1} />\n a < b > c {x}';
    const escaped = `${FM}\n${hostile.split('\n').map(escapeMdxText).join('\n\n')}\n`;
    expect(mdxSafetyProblems(escaped)).toEqual([]);
  });

  it("passes the text rules' escaping of lines opening with import/export, valid JavaScript or not", () => {
    const lines = ['import x from "y"', 'export default 1', 'import x from "y"(二)深化'];
    for (const l of lines) {
      expect(mdxSafetyProblems(`${FM}\n${l}\n`).length, l).toBeGreaterThan(0);
      expect(mdxSafetyProblems(`${FM}\n${escapeMdxText(l)}\n`), l).toEqual([]);
    }
  });

  it('refuses ESM, expressions, other JSX, JSX with expression attributes, and MDX that does not parse, with lines', () => {
    expect(mdxSafetyProblems(`${FM}\nimport x from "y"\n`)).toEqual(['第6行：import/export 语句（会作为代码运行）']);
    expect(mdxSafetyProblems(`${FM}\nexport const a = 1\n`)).toHaveLength(1);
    expect(mdxSafetyProblems(`${FM}\n正文{alert(1)}\n`)).toEqual(['第6行：{…} 表达式（会作为代码运行）']);
    expect(mdxSafetyProblems(`${FM}\n<Foo />\n`)).toEqual(['第6行：<Foo> 元素（只允许 <SourceGap note="…" />）']);
    expect(mdxSafetyProblems(`${FM}\n<SourceGap note={x} />\n`)).toHaveLength(1);
    expect(mdxSafetyProblems(`${FM}\n甲 <1\n`)[0]).toMatch(/^正文不是有效的 MDX（第6行）：/);
    expect(mdxSafetyProblems('正文')).toEqual(['开头没有用 --- 行括起的 YAML 元数据']);
    expect(mdxSafetyProblems('---\n: [\n---\n正文')[0]).toMatch(/^元数据不是有效的 YAML（/);
  });
});

describe('paths', () => {
  it('is <out>/<id>.mdx for a library id, and refuses anything else', () => {
    expect(targetPath('/tmp/out', 'district-2024-plan', 'a.txt')).toBe('/tmp/out/district-2024-plan.mdx');
    for (const id of ['../evil', 'a/b', '/etc/passwd', 'Upper', '中文', '', '.hidden', 'a..b']) {
      expect(() => targetPath('/tmp/out', id, 'a.txt'), id).toThrow(ImportInputError);
    }
  });
});

describe('all-or-nothing writes', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file, leaving no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'wenku-write-'));
    writeAll(
      [
        { path: join(dir, 'a.mdx'), content: 'A', replace: false },
        { path: join(dir, 'b.mdx'), content: 'B', replace: false },
      ],
      'in.txt',
    );
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(readFileSync(join(dir, 'b.mdx'), 'utf8')).toBe('B');
  });

  it('never overwrites without replace, and then writes none of the files', () => {
    dir = mkdtempSync(join(tmpdir(), 'wenku-write-'));
    writeFileSync(join(dir, 'b.mdx'), 'hand-made');
    expect(() =>
      writeAll(
        [
          { path: join(dir, 'a.mdx'), content: 'A', replace: false },
          { path: join(dir, 'b.mdx'), content: 'B', replace: false },
        ],
        'in.txt',
      ),
    ).toThrow(/^in\.txt：.*b\.mdx 已存在，未覆盖（要替换它，请加 --force）/);
    expect(readdirSync(dir)).toEqual(['b.mdx']);
    expect(readFileSync(join(dir, 'b.mdx'), 'utf8')).toBe('hand-made');
    writeAll([{ path: join(dir, 'b.mdx'), content: 'B', replace: true }], 'in.txt');
    expect(readFileSync(join(dir, 'b.mdx'), 'utf8')).toBe('B');
  });

  it('when one file cannot be written, removes the others and writes nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'wenku-write-'));
    mkdirSync(join(dir, 'sub'));
    rmSync(join(dir, 'sub'), { recursive: true });
    expect(() =>
      writeAll(
        [
          { path: join(dir, 'a.mdx'), content: 'A', replace: false },
          { path: join(dir, 'sub', 'b.mdx'), content: 'B', replace: false },
        ],
        'in.txt',
      ),
    ).toThrow(/^in\.txt：无法写入（.*），什么也没有写/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('version links', () => {
  const points = readFileSync(join(repoRoot, 'content/docs/district-2022-key-points.mdx'), 'utf8');

  it('adds related (and a version label) to a library file, keeping every other byte, and the schema accepts it', () => {
    expect(points).toContain('\nrelated: []\n');
    const linked = addVersionLink(points, { id: 'district-2022-key-points-b', label: '版本一' }, 'x.mdx');
    // Exactly two edits: a version line after the title, and the empty list filled.
    const undone = linked
      .replace('\nversion: "版本一"\n', '\n')
      .replace('\nrelated:\n  - id: district-2022-key-points-b\n    relation: version\n', '\nrelated: []\n');
    expect(undone).toBe(points);
    expect(linked.indexOf('version: "版本一"')).toBe(linked.indexOf('\n', linked.indexOf('\ntitle:') + 1) + 1);
    const data = docSchema.parse(parseYaml(splitFrontmatter(linked)!.yaml));
    expect(data.version).toBe('版本一');
    expect(data.related).toEqual([{ id: 'district-2022-key-points-b', relation: 'version' }]);
  });

  it('appends to an existing related list and keeps an existing label; linking twice changes nothing', () => {
    const a = readFileSync(join(repoRoot, 'content/docs/city-committee-2022-speech-a.mdx'), 'utf8');
    const linked = addVersionLink(a, { id: 'city-committee-2022-speech-c', label: '版本三' }, 'a.mdx');
    const data = docSchema.parse(parseYaml(splitFrontmatter(linked)!.yaml));
    expect(data.version).toBe('版本一：地名隐去');
    expect(data.related.map((r) => r.id)).toEqual(['city-committee-2022-speech-b', 'city-committee-2022-speech-c']);
    expect(linked.replace('  - id: city-committee-2022-speech-c\n    relation: version\n', '')).toBe(a);
    expect(addVersionLink(linked, { id: 'city-committee-2022-speech-c', label: '版本三' }, 'a.mdx')).toBe(linked);
  });

  it('replaces an empty flow list, and refuses a flow list it would have to rewrite', () => {
    const empty = `---\nid: a\ntitle: 甲\nrelated: []\nedits: []\n---\n正文\n`;
    expect(addVersionLink(empty, { id: 'b', label: '版本二' }, 'a.mdx')).toBe(
      `---\nid: a\ntitle: 甲\nversion: "版本二"\nrelated:\n  - id: b\n    relation: version\nedits: []\n---\n正文\n`,
    );
    expect(() => addVersionLink(`---\nid: a\ntitle: 甲\nrelated: [{id: c, relation: version}]\n---\n`, { id: 'b', label: '版本二' }, 'a.mdx')).toThrow(
      /a\.mdx：`related:` 的写法（方括号行内格式）导入工具不改/,
    );
  });
});
