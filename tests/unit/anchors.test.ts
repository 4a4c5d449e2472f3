/**
 * Structural anchors: numbering forms, the id scheme, pins, uniqueness and stability,
 * checked on the pure module and through the real Markdown and MDX processors.
 */
import { readFileSync } from 'node:fs';
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { type Block, checkAliases, deriveAnchors } from '../../src/lib/anchors/derive.ts';
import { citeLabel, parseChineseNumber, parseNumbering, toChineseNumber } from '../../src/lib/numbering.ts';
import { anchorsFromHtml } from '../../src/integrations/permalinks/published.ts';
import { rehypePlugins } from '../../src/plugins/index.ts';
import { permalinksSchema } from '../../src/lib/anchors/schema.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const h = (depth: number, text: string): Block => ({ type: 'heading', depth, text });
const p = (text: string): Block => ({ type: 'paragraph', text });
const ids = (blocks: Block[], pins?: Record<string, string>) => deriveAnchors(blocks, { pins }).map((a) => a.id);

describe('numbering forms found in the corpus', () => {
  it.each([
    ['一、总体要求', 'cn', 1],
    ['十二、其他', 'cn', 12],
    ['二十一、附则', 'cn', 21],
    ['（三）基本原则', 'paren-cn', 3],
    ['(二)指导思想', 'paren-cn', 2],
    ['( 四 )总体目标', 'paren-cn', 4],
    ['1.明确职责', 'arabic', 1],
    ['2．文明家庭创建', 'arabic', 2],
    ['3、志愿服务', 'arabic', 3],
    ['12. 加强队伍建设', 'arabic', 12],
    ['（1）开展评选', 'paren-arabic', 1],
    ['(2)加强管理', 'paren-arabic', 2],
    ['③落实责任', 'circled', 3],
    ['第二部分 工作计划', 'ordinal', 2],
    ['　一、前有全角空格', 'cn', 1],
    ['一、2023年工作总结', 'cn', 1],
  ])('%s → %s %i', (text, kind, value) => {
    expect(parseNumbering(text)).toMatchObject({ kind, value });
  });

  it.each(['公司精神文明建设工作计划安排（2022年）', '一是抓好学习', '2022年工作要点', '“十四五”时期', 'XX工委'])('%s has no number', (text) => {
    expect(parseNumbering(text)).toBeUndefined();
  });

  it('reads "1.5倍" in running text as no number, but "1.2023年" in a heading as 1', () => {
    expect(parseNumbering('1.5倍于去年', true)).toBeUndefined();
    expect(parseNumbering('1.2023年工作回顾')).toMatchObject({ kind: 'arabic', value: 1 });
  });

  it('converts Chinese numerals both ways', () => {
    expect([parseChineseNumber('十'), parseChineseNumber('十九'), parseChineseNumber('九十九'), parseChineseNumber('一百零五')]).toEqual([10, 19, 99, 105]);
    expect([toChineseNumber(2), toChineseNumber(10), toChineseNumber(12), toChineseNumber(20), toChineseNumber(105), toChineseNumber(110)]).toEqual([
      '二',
      '十',
      '十二',
      '二十',
      '一百零五',
      '一百一十',
    ]);
  });

  it('names numbers the way a 公文 citation does', () => {
    expect(citeLabel(parseNumbering('二、重点任务')!, true)).toBe('第二部分');
    expect(citeLabel(parseNumbering('(三)基本原则')!, false)).toBe('（三）');
    expect(citeLabel(parseNumbering('4．抓好业务培训')!, false)).toBe('第4项');
    expect(citeLabel(parseNumbering('4、抓好业务培训')!, true)).toBe('第4项');
    expect(citeLabel(parseNumbering('三、其他')!, false)).toBe('第三项');
    expect(citeLabel(parseNumbering('(2)加强管理')!, false)).toBe('（2）');
  });
});

describe('deriveAnchors: ids from structure', () => {
  const outline: Block[] = [
    p('导语一'),
    p('导语二'),
    h(2, '一、总体要求'),
    h(2, '二、重点任务'),
    p('第二部分引言'),
    h(3, '（一）甲'),
    h(3, '（二）乙'),
    h(3, '（三）丙'),
    p('一'),
    p('二'),
    p('三'),
    p('四'),
    h(4, '1.子项'),
    h(5, '（1）细项'),
    p('细项正文'),
  ];

  it('follows the numbering: s2, s2-3, s2-3-1, s2-3-p4, lead paragraphs p1', () => {
    expect(ids(outline)).toEqual([
      'p1',
      'p2',
      's1',
      's2',
      's2-p1',
      's2-1',
      's2-2',
      's2-3',
      's2-3-p1',
      's2-3-p2',
      's2-3-p3',
      's2-3-p4',
      's2-3-1',
      's2-3-1-1',
      's2-3-1-1-p1',
    ]);
  });

  it('labels each passage in the document’s own numbering', () => {
    const cites = deriveAnchors(outline).map((a) => a.cite);
    expect(cites[0]).toBe('开头第1段');
    expect(cites[3]).toBe('第二部分');
    expect(cites[11]).toBe('第二部分（三）第4段');
    expect(cites[13]).toBe('第二部分（三）第1项（1）');
    expect(cites[14]).toBe('第二部分（三）第1项（1）第1段');
  });

  it('cites a paragraph that opens with its own number by that number', () => {
    const a = deriveAnchors([h(2, '一、原则'), h(3, '（三）基本原则'), p('1.坚持党的领导。'), p('2.坚持齐抓共管。'), p('一是抓学习。')]);
    expect(a.map((x) => [x.id, x.cite])).toEqual([
      ['s1', '第一部分'],
      ['s1-3', '第一部分（三）'],
      ['s1-3-p1', '第一部分（三）第1项'],
      ['s1-3-p2', '第一部分（三）第2项'],
      ['s1-3-p3', '第一部分（三）第3段'],
    ]);
  });

  it('cites 1. as 第1项, with no ASCII period or space (park-committee-2023-summary-2024-plan)', () => {
    const a = deriveAnchors([h(2, '五、下一步打算'), h(3, '1.明确职责'), p('正文'), h(3, '（一）抓学习'), h(4, '2. 细化任务'), p('正文')]);
    expect(a.map((x) => x.cite)).toEqual([
      '第五部分',
      '第五部分第1项',
      '第五部分第1项第1段',
      '第五部分（一）',
      '第五部分（一）第2项',
      '第五部分（一）第2项第1段',
    ]);
  });

  it('quotes an unnumbered heading without its spaces', () => {
    expect(deriveAnchors([h(2, '2024年 工作 回顾'), p('正文')]).map((x) => x.cite)).toEqual(['“2024年工作回顾”', '“2024年工作回顾”第1段']);
  });

  it('a document without headings numbers its paragraphs p1… and cites 第N段', () => {
    expect(deriveAnchors([p('甲'), p('乙')]).map((a) => [a.id, a.cite])).toEqual([
      ['p1', '第1段'],
      ['p2', '第2段'],
    ]);
  });

  it('numbers unnumbered headings among their unnumbered siblings', () => {
    expect(ids([h(2, '一、甲'), h(2, '公司工作计划安排（2022年）'), h(3, '说明'), h(3, '（一）乙'), h(2, '附件')])).toEqual([
      's1',
      'su1',
      'su1-u1',
      'su1-1',
      'su2',
    ]);
  });

  it('keeps ids unique when numbering restarts (s1, s1b, s1b-2)', () => {
    const blocks = [h(2, '一、规划'), h(3, '（二）x'), h(2, '计划安排'), h(2, '一、计划'), h(3, '（二）y'), p('z')];
    const got = ids(blocks);
    expect(got).toEqual(['s1', 's1-2', 'su1', 's1b', 's1b-2', 's1b-2-p1']);
    expect(new Set(got).size).toBe(got.length);
  });

  it('the same structure with other wording gives the same ids', () => {
    const reworded = outline.map((b) =>
      b.type === 'heading' ? { ...b, text: b.text.replace(/[\u4e00-\u9fa5]+$/, '改过的标题') } : { ...b, text: `改${b.text}` },
    );
    expect(ids(reworded)).toEqual(ids(outline));
  });

  it('pinned ids win, and pinning one id moves no other', () => {
    const blocks = [h(2, '一、甲'), h(2, '计划安排'), h(3, '（一）乙'), p('丙')];
    expect(ids(blocks, { su1: 'plan-2022' })).toEqual(['s1', 'plan-2022', 'su1-1', 'su1-1-p1']);
  });

  it('rejects a pin for an id the document does not have, a bad pin and a pin that duplicates an id', () => {
    expect(() => deriveAnchors([h(2, '一、甲')], { pins: { s9: 'x' }, source: 'a.mdx' })).toThrow(
      'a.mdx: pinned anchor "s9" → "x": this document has no passage with derived id "s9"',
    );
    expect(() => deriveAnchors([h(2, '一、甲')], { pins: { s1: '二部分' } })).toThrow(/must be ASCII/);
    expect(() => deriveAnchors([h(2, '一、甲'), h(2, '二、乙')], { pins: { s1: 's2' } })).toThrow('anchor id "s2" is used twice');
  });

  it('checks aliases: old id free, new id present', () => {
    const anchors = deriveAnchors([h(2, '一、甲'), h(2, '二、乙')]);
    expect(checkAliases(anchors, { s3: 's2', old: 's1' })).toEqual([
      ['old', 's1'],
      ['s3', 's2'],
    ]);
    expect(() => checkAliases(anchors, { s1: 's2' })).toThrow('"s1" is still an anchor');
    expect(() => checkAliases(anchors, { s3: 's9' })).toThrow('no anchor "s9"');
  });
});

const FIXTURE = new URL('./anchors-fixtures/site/fixture-plan.mdx', import.meta.url);
const SAMPLE = `导语。

## 一、总体要求

正文一。

### （一）指导思想

正文二。

#### 1.坚持党的领导

正文三。

## 公司工作计划安排（2022年）

正文四。
`;

async function renderMarkdown(body: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor({ rehypePlugins });
  return processor.render(body, { fileURL: new URL('file:///fixture.md'), frontmatter });
}

async function compileMdx(body: string, frontmatter: Record<string, unknown> = {}) {
  const renderer = await unified({ rehypePlugins }).createMdxRenderer!({} as never, { srcDir: new URL('file:///'), optimize: false } as never);
  const { code } = await renderer.process(body, '/fixture.mdx', frontmatter);
  const headings = JSON.parse(/getHeadings\(\) \{\s*return (\[[\s\S]*?\]);\s*\}/.exec(code)![1]!) as { depth: number; slug: string; text: string }[];
  const ids = [...code.matchAll(/id: "([^"]+)",\s*"data-cite": "([^"]+)"/g)].map((m) => m[1]!);
  return { headings, ids };
}

describe('through the real processors (Markdown and MDX)', () => {
  it('Astro keeps our ids: headings[].slug equals the id on the page', async () => {
    const { code, metadata } = await renderMarkdown(SAMPLE);
    expect(metadata.headings.map((x) => x.slug)).toEqual(['s1', 's1-1', 's1-1-1', 'su1']);
    expect(anchorsFromHtml(code).anchors).toEqual(['p1', 's1', 's1-p1', 's1-1', 's1-1-p1', 's1-1-1', 's1-1-1-p1', 'su1', 'su1-p1']);
    expect(code).toContain('<h3 id="s1-1" data-cite="第一部分（一）">（一）指导思想</h3>');
  });

  it('MDX (as the site compiles documents) gives the same ids, with components in the body', async () => {
    const { headings, ids } = await compileMdx(`${SAMPLE}\n<SourceGap note="原文到此为止。" />\n`);
    expect(headings.map((x) => x.slug)).toEqual(['s1', 's1-1', 's1-1-1', 'su1']);
    expect(ids).toEqual(['p1', 's1', 's1-p1', 's1-1', 's1-1-p1', 's1-1-1', 's1-1-1-p1', 'su1', 'su1-p1']);
  });

  it('is stable: the same document with reworded headings and paragraphs renders the same ids', async () => {
    const reworded = SAMPLE.replace('总体要求', '总 体 目 标 与 要 求')
      .replace('指导思想', '指导思想和基本原则')
      .replace('坚持党的领导', '坚持和加强党的全面领导')
      .replace('公司工作计划安排（2022年）', '公司2022年度工作安排')
      .replace('正文三。', '改写后的正文三，多了一些字。');
    const [a, b] = await Promise.all([renderMarkdown(SAMPLE), renderMarkdown(reworded)]);
    expect(anchorsFromHtml(b.code).anchors).toEqual(anchorsFromHtml(a.code).anchors);
    expect(b.metadata.headings.map((x) => x.slug)).toEqual(a.metadata.headings.map((x) => x.slug));
    const [c, d] = await Promise.all([compileMdx(SAMPLE), compileMdx(reworded)]);
    expect(d.ids).toEqual(c.ids);
  });

  it('is the same on every build', async () => {
    const [a, b] = await Promise.all([renderMarkdown(SAMPLE), renderMarkdown(SAMPLE)]);
    expect(b.code).toBe(a.code);
  });

  it('applies pins and aliases from frontmatter', async () => {
    const { code, metadata } = await renderMarkdown(SAMPLE, { permalinks: { pins: { su1: 'plan-2022' }, aliases: { s2: 'plan-2022' } } });
    expect(metadata.headings.map((x) => x.slug)).toEqual(['s1', 's1-1', 's1-1-1', 'plan-2022']);
    expect(code).toContain('<h2 id="plan-2022" data-cite="“公司工作计划安排（2022年）”"><span id="s2" class="anchor-alias" data-alias-of="plan-2022"></span>');
    expect(anchorsFromHtml(code).aliases).toEqual({ s2: 'plan-2022' });
  });

  it('fails the build naming the file for a pin to nothing', async () => {
    await expect(renderMarkdown(SAMPLE, { permalinks: { pins: { s7: 'x' } } })).rejects.toThrow('fixture.md: pinned anchor "s7"');
  });

  it('gives every heading and paragraph of a corpus-like document a unique ASCII id', async () => {
    const source = splitFrontmatter(readFileSync(FIXTURE, 'utf8'))!.body;
    const { code, metadata } = await renderMarkdown(source.replace(/<SourceGap[^>]*\/>/, ''));
    const { anchors } = anchorsFromHtml(code);
    expect(anchors.length).toBe((code.match(/<(h[1-6]|p)\b/g) ?? []).length);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const id of anchors) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(metadata.headings.map((x) => x.slug)).toEqual(['s1', 's1-1', 's1-2', 's1-2-1', 's1-2-1-1', 's1-2-1-2', 's1-2-2', 's1-2-3', 's2', 's2-1', 'su1']);
  });
});

describe('the permalinks frontmatter field', () => {
  const schema = permalinksSchema(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

  it('defaults to nothing pinned, aliased or renamed', () => {
    expect(schema.parse(undefined)).toEqual({ pins: {}, aliases: {}, formerIds: [] });
  });

  it('accepts pins, aliases and former ids', () => {
    const value = { pins: { su1: 'plan-2022' }, aliases: { 's3-2': 's3-3' }, formerIds: ['old-id'] };
    expect(schema.parse(value)).toEqual(value);
  });

  it('names the field and the problem for a bad value', () => {
    const result = schema.safeParse({ pins: { su1: '计划' }, formerIds: ['Old_Id'], extra: 1 });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues.some((m) => m.startsWith('pins.su1: must be ASCII'))).toBe(true);
    expect(issues.some((m) => m.startsWith('formerIds.0'))).toBe(true);
    expect(issues.some((m) => /extra/.test(m))).toBe(true);
  });
});
