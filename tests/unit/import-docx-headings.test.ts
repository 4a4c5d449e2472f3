/**
 * Word headings without 公文 numbering: a .docx (written here with the `docx` library) whose
 * author used Heading 1/2 for "指导思想" or "强化理论武装" keeps them as headings, at levels that fit
 * the numbered headings around them; a heading that is a sentence stays a paragraph (and the
 * report says so); the title is never repeated as a body heading.
 */
import { unified } from '@astrojs/markdown-remark';
import { HeadingLevel, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildBlocks, joinBrokenLines, renderBody, wordHeadingRanks } from '../../src/importer/cleaning/index.ts';
import { readDocx } from '../../src/importer/docx.ts';
import { hintKey, hintsOf, matchHints, wordTitle } from '../../src/importer/hints.ts';
import { proposeDocuments } from '../../src/importer/pipeline.ts';
import { rehypePlugins } from '../../src/plugins/index.ts';
import { gongwenNumbering, wordFile } from './docx-numbering.ts';

const H1 = HeadingLevel.HEADING_1;
const H2 = HeadingLevel.HEADING_2;
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], level?: number) =>
  new Paragraph({ text, heading, ...(level !== undefined && { numbering: { reference: gongwenNumbering.reference, level } }) });

async function importDocx(children: Paragraph[]) {
  const bytes = await wordFile(children);
  const source = await readDocx('in/plan.docx', bytes);
  const [doc] = proposeDocuments(source, { existing: [] });
  return { source, doc: doc!, headings: doc!.body.split('\n').filter((l) => l.startsWith('#')) };
}

/** The mixed document: unnumbered Heading 1/2 among Word-numbered ones. */
const MIXED = () => [
  h('2024年XX局精神文明建设工作计划', HeadingLevel.TITLE),
  // No full stop: the page-break rule would join it to the next line, were that not a Word heading.
  new Paragraph('为推进精神文明建设，结合我局实际，制定本计划'),
  h('指导思想', H1),
  new Paragraph('以习近平新时代中国特色社会主义思想为指导'),
  h('工作目标', H1, 0),
  h('强化理论武装', H2),
  new Paragraph('组织理论学习中心组学习，全年不少于12次。'),
  h('深化文明创建', H2, 1),
  new Paragraph('开展文明单位创建。'),
  h('各单位要高度重视精神文明建设工作，切实加强组织领导，把各项任务落到实处，确保取得实效。', H2),
  h('保障措施', H1),
  new Paragraph('加强组织领导，开展志愿服务活动。'),
];

describe('a .docx with Word headings without 公文 numbering', () => {
  it('keeps them as headings, at the level of the numbered headings of the same Word level', async () => {
    const { doc, headings } = await importDocx(MIXED());
    expect(headings).toEqual(['## 指导思想', '## 一、工作目标', '### 强化理论武装', '### （一）深化文明创建', '## 保障措施']);
    // The text before a Word heading is not joined to it.
    expect(doc.body).toContain('为推进精神文明建设，结合我局实际，制定本计划\n\n## 指导思想\n\n以习近平新时代中国特色社会主义思想为指导\n\n## 一、工作目标');
    expect(doc.data.title).toBe('2024年XX局精神文明建设工作计划');
  });

  it('keeps a Word heading that is a long sentence as a paragraph, and the report says so', async () => {
    const { doc } = await importDocx(MIXED());
    expect(doc.body).toMatch(/^各单位要高度重视精神文明建设工作，切实加强组织领导，把各项任务落到实处，确保取得实效。$/m);
    expect(doc.report.changed).toContain('Word 标为标题的段落“各单位要高度重视精神文明建设工作，切实加……”是一整句（43字），作正文段落，不作标题');
  });

  it('without numbered Word headings, Heading 1 and Heading 2 are the outline; 公文 numbering in the text nests under them', async () => {
    const { headings } = await importDocx([
      h('关于开展文明单位创建活动的实施方案', HeadingLevel.TITLE),
      h('总体要求', H1),
      new Paragraph('坚持以人民为中心。'),
      h('主要任务', H1),
      h('强化理论武装', H2),
      new Paragraph('（一）抓好理论学习'),
      new Paragraph('每月集中学习一次。'),
      new Paragraph('（二）抓好宣传宣讲'),
      new Paragraph('组织宣讲团深入基层。'),
      h('培育文明风尚', H2),
      new Paragraph('开展移风易俗。'),
    ]);
    expect(headings).toEqual(['## 总体要求', '## 主要任务', '### 强化理论武装', '#### （一）抓好理论学习', '#### （二）抓好宣传宣讲', '### 培育文明风尚']);
    // Heading 1 above a 一、 of the text, too.
    const top = await importDocx([
      h('关于文明创建的实施方案', HeadingLevel.TITLE),
      h('主要任务', H1),
      new Paragraph('一、理论学习'),
      new Paragraph('每月学习一次。'),
      h('保障措施', H1),
      new Paragraph('加强领导。'),
    ]);
    expect(top.headings).toEqual(['## 主要任务', '### 一、理论学习', '## 保障措施']);
  });

  it('never repeats the title as a body heading: a Title paragraph and the same text as Heading 1', async () => {
    // A title line with a document-type word: the title rules (title.ts) drop the repeat.
    const typed = await importDocx([
      h('2024年精神文明建设工作要点', HeadingLevel.TITLE),
      h('2024年精神文明建设工作要点', H1),
      new Paragraph('今年要巩固成果。'),
      h('工作目标', H1),
    ]);
    expect(typed.headings).toEqual(['## 工作目标']);
    expect(typed.doc.data.title).toBe('2024年精神文明建设工作要点');
    // Without one, the Word title does.
    const { doc, headings } = await importDocx([
      h('文明创建三年行动', HeadingLevel.TITLE),
      h('文明创建 三年行动', H1),
      new Paragraph('今年工作的总体要求是：巩固成果，深化创建。'),
      h('工作目标', H1),
      new Paragraph('文明程度明显提升。'),
    ]);
    expect(doc.data.title).toBe('文明创建三年行动');
    expect(headings).toEqual(['## 工作目标']);
    expect(doc.body).not.toContain('三年行动');
    expect(doc.report.removed).toContain('与文档标题相同的 Word 标题段落 1 行');
  });

  it('takes the title from Word: the Title style, or the first heading standing above all others, even without a document-type word', async () => {
    const titled = await importDocx([h('精神文明建设三年行动', HeadingLevel.TITLE), h('工作目标', H1), new Paragraph('文明程度明显提升。')]);
    expect(titled.doc.data.title).toBe('精神文明建设三年行动');
    expect(titled.headings).toEqual(['## 工作目标']);
    expect(titled.source.titleLine).toBe(0);

    const top = await importDocx([
      h('精神文明建设三年行动', H1),
      h('工作目标', H2),
      new Paragraph('文明程度明显提升。'),
      h('保障措施', H2),
      new Paragraph('加强领导。'),
    ]);
    expect(top.doc.data.title).toBe('精神文明建设三年行动');
    expect(top.headings).toEqual(['## 工作目标', '## 保障措施']);

    // A first Heading 1 with sibling Heading 1s is a section, not the title.
    const sections = await importDocx([h('指导思想', H1), new Paragraph('坚持以人民为中心。'), h('工作目标', H1), new Paragraph('文明程度明显提升。')]);
    expect(sections.doc.report.undecided).toContain('title');
    expect(sections.headings).toEqual(['## 指导思想', '## 工作目标']);
  });

  it('gives the unnumbered headings stable ASCII anchors beside the numbered ones (su1, s1-u1)', async () => {
    const { doc } = await importDocx(MIXED());
    // Through the site's MDX processor with its rehype plugins, as tests/unit/anchors.test.ts does.
    const renderer = await unified({ rehypePlugins }).createMdxRenderer!({} as never, { srcDir: new URL('file:///'), optimize: false } as never);
    const { code } = await renderer.process(doc.body, '/fixture.mdx', {});
    const headings = JSON.parse(/getHeadings\(\) \{\s*return (\[[\s\S]*?\]);\s*\}/.exec(code)![1]!) as { slug: string; text: string }[];
    expect(headings.map((x) => [x.slug, x.text])).toEqual([
      ['su1', '指导思想'],
      ['s1', '一、工作目标'],
      ['s1-u1', '强化理论武装'],
      ['s1-1', '（一）深化文明创建'],
      ['su2', '保障措施'],
    ]);
  });
});

describe('the hint rules', () => {
  it('a hint key folds what the text rules change in a line', () => {
    expect(hintKey(' 加强"四个意识"(一) 1.5 。')).toBe(hintKey('加强“四个意识”（一）1.5.'));
    expect(hintKey('指导思想')).not.toBe(hintKey('指导思想。深入'));
  });

  it('matches hints in document order, each once, skipping hints no line has', () => {
    const hints = [
      { key: hintKey('标题'), level: 1, title: true },
      { key: hintKey('工作目标'), level: 1, title: false },
      { key: hintKey('保障措施'), level: 1, title: false },
    ];
    const matched = matchHints(['正文。', '工作目标', '工作目标', '保障措施'], hints);
    expect([...matched.keys()]).toEqual([1, 3]);
    expect(hintsOf({ path: 'a.docx', format: 'docx', encoding: 'docx', text: 'a\nb\nc', headingHints: new Map([[1, 2]]), titleLine: 0 })).toEqual([
      { key: 'a', level: 1, title: true },
      { key: 'b', level: 2, title: false },
    ]);
  });

  it('wordTitle: only a Title paragraph or a top heading above all others becomes the title', () => {
    const hints = [
      { key: hintKey('甲'), level: 1, title: false },
      { key: hintKey('乙'), level: 1, title: false },
    ];
    expect(wordTitle(undefined, ['甲', '乙'], hints, () => true).title).toBeUndefined();
    expect(wordTitle(undefined, ['甲', '乙'], [{ ...hints[0]!, title: true }, hints[1]!], () => true)).toEqual({ title: '甲', body: ['乙'], duplicates: 0 });
    expect(wordTitle('甲', ['甲', '乙'], hints, () => true)).toEqual({ title: '甲', body: ['乙'], duplicates: 1 });
    // Not hinted: a body line equal to the title is text, kept.
    expect(wordTitle('甲', ['甲', '乙'], [], () => true)).toEqual({ title: '甲', body: ['甲', '乙'], duplicates: 0 });
  });

  it('joinBrokenLines leaves whole lines whole', () => {
    const lines = ['为推进工作，制定本计划', '指导思想', '以习近平新时代中国特色社会主义思想为指导'];
    expect(joinBrokenLines(lines).lines).toEqual(['为推进工作，制定本计划指导思想以习近平新时代中国特色社会主义思想为指导']);
    expect(joinBrokenLines(lines, undefined, (l) => l === '指导思想').lines).toEqual(lines);
  });

  it('ranks: beside numbered headings of the same Word level, offset from the nearest, or from the top level used', () => {
    const lines = ['一、工作目标', '理论武装', '（一）文明创建', '学习安排', '总体要求'];
    // 一、 is Heading 1, （一） Heading 2: an unnumbered Heading 2 ranks as （一）, a Heading 1 as 一、, a Heading 3 half a step below （一）.
    expect([
      ...wordHeadingRanks(
        lines,
        new Map([
          [0, 1],
          [1, 2],
          [2, 2],
          [3, 3],
          [4, 1],
        ]),
      ),
    ]).toEqual([
      [1, 3],
      [3, 3.5],
      [4, 2],
    ]);
    // Only 一、 is a numbered Word heading (Heading 2 here): a Heading 1 ranks half a step above it, a Heading 3 half a step below.
    expect([
      ...wordHeadingRanks(
        lines,
        new Map([
          [0, 2],
          [1, 1],
          [3, 3],
        ]),
      ),
    ]).toEqual([
      [1, 1.5],
      [3, 2.5],
    ]);
    // None numbered: the top Word level used ranks 1.5, two levels down 3.5.
    expect([
      ...wordHeadingRanks(
        ['总体要求', '理论武装'],
        new Map([
          [0, 2],
          [1, 4],
        ]),
      ),
    ]).toEqual([
      [0, 1.5],
      [1, 3.5],
    ]);
  });

  it('renders unnumbered headings without skipping a level', () => {
    const { blocks } = buildBlocks(
      ['总体要求', '理论武装', '正文。'],
      new Map(),
      new Map([
        [0, 1],
        [1, 4],
      ]),
    );
    expect(renderBody(blocks)).toBe('## 总体要求\n\n### 理论武装\n\n正文。\n');
  });
});
