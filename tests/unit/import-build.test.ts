/**
 * Imported text can never run code or break the build: the real import command (real text
 * rules) imports hostile text in every encoding, a .docx, and a fast-check sample of random
 * hostile files into a fixture site, and ONE real build of them passes, showing the hostile
 * text as text. Fields the importer left 待填写 are filled first, as the keeper does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow } from 'docx';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/importer/cli.ts';
import { importDocuments } from '../../src/importer/pipeline.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { TO_BE_FILLED } from '../../src/lib/schema.ts';
import { elements, readPage, textOf } from '../../src/integrations/built-pages.ts';
import { fixtureProject } from '../support/fixture-project.ts';
import { encode, hostileFile, hostileWordDocument, writeWordDocument } from './import-arbitraries.ts';
import { gongwenNumbering, wordFile } from './docx-numbering.ts';

const HOSTILE = [
  '关于开展2024年文明单位创建工作的实施方案',
  '为深入贯彻落实习近平新时代中国特色社会主义思想，结合实际，制定本方案。',
  '一、工作目标',
  'import x from "y"',
  'export const a = 1',
  '正文中有{alert(1)}和{/* 注释 */}两处花括号。',
  '<script>alert(1)</script>和<SourceGap note="伪造" />以及<img src=x onerror=alert(1)>',
  '二、主要任务',
  '（一）加强理论武装',
  '比较：a < b > c，R&D，***，**，[链接](javascript:alert(1))，`代码`。',
  '---',
  '# 不是标题',
].join('\n');

/** What the keeper writes into fields the importer left to be filled. */
const FILLED: Record<string, unknown> = {
  title: '测试标题',
  years: [2024],
  level: 'unit',
  issuer: 'unspecified',
  types: ['plan'],
  topics: ['theory', 'core-values'],
  summary: '测试用文档：导入后由管理员补写的摘要。',
};

function fillIn(file: string): void {
  const mdx = readFileSync(file, 'utf8');
  const parts = splitFrontmatter(mdx)!;
  const data = parseYaml(parts.yaml) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (value === TO_BE_FILLED || (Array.isArray(value) && value.includes(TO_BE_FILLED))) data[key] = FILLED[key];
  }
  const source = data['source'] as Record<string, unknown>;
  if (source['site'] === TO_BE_FILLED) source['site'] = '测试';
  // A document without a title line gets source.title 待填写 too, which the build refuses (a page would show 《待填写》).
  if (source['title'] === TO_BE_FILLED) source['title'] = '测试页面';
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${parts.body}`);
}

async function docx(): Promise<Uint8Array> {
  return wordFile([
    new Paragraph({ text: '2024年XX局精神文明建设工作计划', heading: HeadingLevel.TITLE }),
    new Paragraph('为推进精神文明建设，结合我局实际，制定本计划。'),
    new Paragraph({ text: '工作目标', heading: HeadingLevel.HEADING_1, numbering: { reference: gongwenNumbering.reference, level: 0 } }),
    new Paragraph({ text: '加强理论武装', heading: HeadingLevel.HEADING_2, numbering: { reference: gongwenNumbering.reference, level: 1 } }),
    new Paragraph('组织理论学习中心组学习{每月一次}，<b>不少于</b>12次。'),
    new Paragraph({ text: '保障措施', heading: HeadingLevel.HEADING_1, numbering: { reference: gongwenNumbering.reference, level: 0 } }),
    new Paragraph('加强组织领导，开展志愿服务活动。'),
  ]);
}

/** Word headings without 公文 numbering (Heading 1/2 styles) among numbered ones. */
async function unnumberedDocx(): Promise<Uint8Array> {
  return wordFile([
    new Paragraph({ text: '文明单位创建三年行动', heading: HeadingLevel.TITLE }),
    new Paragraph('为推进精神文明建设，结合实际，制定本方案'),
    new Paragraph({ text: '指导思想', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('以习近平新时代中国特色社会主义思想为指导。'),
    new Paragraph({ text: '工作目标', heading: HeadingLevel.HEADING_1, numbering: { reference: gongwenNumbering.reference, level: 0 } }),
    new Paragraph({ text: '强化理论武装', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('组织理论学习{每季度}不少于一次。'),
    new Paragraph({ text: '深化文明创建', heading: HeadingLevel.HEADING_2, numbering: { reference: gongwenNumbering.reference, level: 1 } }),
    new Paragraph('开展文明单位创建。'),
    new Paragraph({ text: '<保障> 措施 {x}', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('加强组织领导。'),
  ]);
}

/** A Word table with merged cells, MDX specials and an address, between two paragraphs. */
async function tableDocx(): Promise<Uint8Array> {
  const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...options });
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('项目'), cell('内容'), cell('分值')] }),
      new TableRow({ children: [cell('理论学习', { rowSpan: 2 }), cell('见http://fanwen.example/a<br>'), cell('10')] }),
      new TableRow({ children: [cell('宣讲|讨论 {x} <b>', { columnSpan: 2 })] }),
    ],
  });
  return wordFile([
    new Paragraph({ text: 'XX社区文明创建考核方案', heading: HeadingLevel.TITLE }),
    new Paragraph('为推进文明创建，制定本方案。'),
    new Paragraph('考核按下表进行'),
    table as unknown as Paragraph,
    new Paragraph('考核结果在年底公布，详见www.fanwen.example网站。'),
  ]);
}

const fixture = fixtureProject('importbuild');

/** The document's body (div.doc-body) on a built page. */
function docBody(page: Root): Element {
  const body = [...elements(page)].find((e) => (e.properties['className'] as string[] | undefined)?.includes('doc-body'));
  if (!body) throw new Error('no doc-body on the page');
  return body;
}
const inputs = join(fixture.work, 'in');
let importRun: { code: number; out: string; err: string };
let built: { ok: boolean; output: string };
let ids: string[] = [];

beforeAll(async () => {
  mkdirSync(inputs, { recursive: true });
  // Each file one closing paragraph of its own: the same text twice would be refused as a duplicate.
  writeFileSync(join(inputs, 'hostile-utf8.txt'), encode(`${HOSTILE}\n三、组织保障\n各单位明确专人负责，按季度报送工作进展。`, 'utf8'));
  writeFileSync(join(inputs, 'hostile-gbk.txt'), encode(`${HOSTILE}\n三、宣传引导\n充分利用宣传栏和电子屏，营造浓厚氛围。`, 'gbk'));
  writeFileSync(join(inputs, 'hostile-utf16le.txt'), encode(`${HOSTILE}\n三、督查考核\n将创建工作纳入年度考核，年底组织验收。`, 'utf16le'));
  writeFileSync(join(inputs, 'hostile-utf16be.txt'), encode(`${HOSTILE}\n三、经费保障\n创建经费列入预算，专款专用，厉行节约。`, 'utf16be'));
  writeFileSync(join(inputs, 'plan.docx'), await docx());
  writeFileSync(join(inputs, 'word-headings.docx'), await unnumberedDocx());
  writeFileSync(join(inputs, 'word-table.docx'), await tableDocx());
  // A fixed sample of the property tests' random hostile files: all of them in the same build.
  fc.sample(hostileFile, { numRuns: 30, seed: 8 }).forEach((f, i) => writeFileSync(join(inputs, `random-${String(i).padStart(2, '0')}.txt`), f.bytes));
  // And of the random hostile Word documents.
  const words = fc.sample(hostileWordDocument, { numRuns: 12, seed: 8 });
  for (const [i, spec] of words.entries()) writeFileSync(join(inputs, `random-word-${String(i).padStart(2, '0')}.docx`), await writeWordDocument(spec));

  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport([inputs, '--out', fixture.content], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: fixture.work }, importDocuments);
  importRun = { code, out: out.join('\n'), err: err.join('\n') };
  ids = readdirSync(fixture.content)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  for (const id of ids) fillIn(join(fixture.content, `${id}.mdx`));
  built = fixture.astro(['build']);
}, 300_000);
afterAll(() => fixture.remove());

describe('imported hostile text builds', () => {
  it('imports the hostile files in every encoding and the .docx; random files are imported or refused by name', () => {
    for (const name of ['hostile-utf8', 'hostile-gbk', 'hostile-utf16le', 'hostile-utf16be', 'plan', 'word-headings', 'word-table'])
      expect(ids).toContain(name);
    expect(importRun.out).toContain('hostile-gbk.txt（GB18030）');
    expect(importRun.out).toContain('hostile-utf16be.txt（UTF-16BE BOM）');
    expect(importRun.out).toContain('plan.docx（docx）');
    for (const line of importRun.err.split('\n').filter(Boolean)) expect(line).toMatch(/^错误：\S+random-(?:\d\d\.txt|word-\d\d\.docx)：\S/);
    expect(importRun.err).not.toContain('可能运行代码或使构建失败');
    expect(ids.filter((id) => id.startsWith('random-') && !id.startsWith('random-word-')).length).toBeGreaterThan(10);
    expect(ids.filter((id) => id.startsWith('random-word-')).length).toBeGreaterThan(5);
  });

  it('one build of all imported documents passes', () => {
    expect(built.ok, built.output.slice(-3000)).toBe(true);
    for (const id of ids) expect(existsSync(join(fixture.out, 'docs', id, 'index.html')), id).toBe(true);
  });

  it('shows the hostile text as text: no script, no expression, no import ran', () => {
    for (const id of ['hostile-utf8', 'hostile-gbk', 'hostile-utf16le']) {
      const page = readPage(join(fixture.out, 'docs', id, 'index.html'));
      const body = docBody(page);
      const text = textOf(body);
      expect(text).toContain('import x from');
      expect(text).toContain('export const a = 1');
      expect(text).toContain('{alert(1)}');
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('<SourceGap note=');
      const els = [...elements(page)];
      expect(els.filter((e) => e.tagName === 'script' && textOf(e).includes('alert'))).toEqual([]);
      expect(els.filter((e) => e.tagName === 'img')).toEqual([]);
      expect([...elements(body)].filter((e) => String(e.properties['href'] ?? '').startsWith('javascript:'))).toEqual([]);
    }
  });

  it('keeps the .docx headings and Word numbering as 公文 headings', () => {
    const mdx = readFileSync(join(fixture.content, 'plan.mdx'), 'utf8');
    expect(mdx).toMatch(/^## 一、工作目标$/m);
    expect(mdx).toMatch(/^### （一）加强理论武装$/m);
    expect(mdx).toMatch(/^## 二、保障措施$/m);
    const html = readFileSync(join(fixture.out, 'docs', 'plan', 'index.html'), 'utf8');
    expect(html).toContain('{每月一次}');
    expect(html).toMatch(/<h2[^>]* id="s1"[^>]*>一、工作目标/);
  });

  it('keeps Word headings without numbering as headings with ASCII anchors beside the numbered ones, and builds', () => {
    const mdx = readFileSync(join(fixture.content, 'word-headings.mdx'), 'utf8');
    expect(mdx).toMatch(/^title: 文明单位创建三年行动$/m);
    expect(mdx.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '## 指导思想',
      '## 一、工作目标',
      '### 强化理论武装',
      '### （一）深化文明创建',
      '## \\<保障\\> 措施 \\{x\\}',
    ]);
    const body = docBody(readPage(join(fixture.out, 'docs', 'word-headings', 'index.html')));
    const headings = [...elements(body)].filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => [e.tagName, e.properties['id'], textOf(e)]);
    expect(headings).toEqual([
      ['h2', 'su1', '指导思想'],
      ['h2', 's1', '一、工作目标'],
      ['h3', 's1-u1', '强化理论武装'],
      ['h3', 's1-1', '（一）深化文明创建'],
      ['h2', 'su2', '<保障> 措施 {x}'],
    ]);
  });

  it('builds a Word table as an HTML table, its cells as text, no address made a link, the paragraph anchors around it in order', () => {
    const body = docBody(readPage(join(fixture.out, 'docs', 'word-table', 'index.html')));
    const table = [...elements(body)].find((e) => e.tagName === 'table');
    if (!table) throw new Error('no table in the page');
    const cells = [...elements(table)].filter((e) => e.tagName === 'th' || e.tagName === 'td');
    expect(cells.filter((c) => c.tagName === 'th').map(textOf)).toContain('项目');
    expect(cells.map(textOf)).toContain('宣讲|讨论 {x} <b>');
    expect(cells.map(textOf).some((t) => t.includes('见http://fanwen.example/a<br>'))).toBe(true);
    expect([...elements(table)].filter((e) => e.properties['id'] !== undefined || e.tagName === 'a')).toEqual([]);
    expect([...elements(body)].filter((e) => e.tagName === 'a' && /^http:\/\/(?:www\.)?fanwen/.test(String(e.properties['href'])))).toEqual([]);
    expect([...elements(body)].filter((e) => e.tagName === 'p' && e.properties['id']).map((e) => e.properties['id'])).toEqual(['p1', 'p2', 'p3']);
  });
});
