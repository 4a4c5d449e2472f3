/**
 * A .docx is read paragraph by paragraph: most office files have no empty paragraph between
 * their paragraphs, and the .txt rule that joins hard-wrapped lines must not glue them together.
 * And a Word heading that is the document's title (often styled Heading 3, for its size) is the
 * title, not a section holding the whole plan.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/importer/docx.ts';
import { proposeDocuments, type Proposal } from '../../src/importer/pipeline.ts';
import type { DocEdit } from '../../src/lib/schema.ts';
import { gongwenNumbering, wordFile } from './docx-numbering.ts';

/** Several short and long paragraphs, some ending without 。, none with an empty paragraph between. */
const PARAGRAPHS = [
  '为做好今年的精神文明建设工作，结合社区实际',
  '制定本计划如下',
  '一、指导思想',
  '坚持以人民为中心，推动社区文明程度不断提升，让文明新风吹进千家万户，使居民在参与中增强获得感和认同感。',
  '二、主要任务',
  '开展志愿服务活动',
  '开展理论宣讲活动',
  '每季度组织一次邻里节,评选文明家庭',
  '三、工作要求',
  '各网格要明确专人负责，按月报送工作进展，年底进行总结评比',
  'XX社区居民委员会',
  '2025年1月6日',
];

const editsOf = (doc: Proposal) => doc.data.edits as DocEdit[];

async function importWord(children: Paragraph[]) {
  const source = await readDocx('in/plan.docx', await wordFile(children));
  const [doc] = proposeDocuments(source, { existing: [] });
  return doc!;
}

describe('Word paragraphs stay paragraphs', () => {
  it('keeps every Word paragraph a paragraph of its own, joins none, and claims no unchanged text', async () => {
    const doc = await importWord([
      new Paragraph({ text: '2025年XX社区精神文明建设工作计划', heading: HeadingLevel.TITLE }),
      ...PARAGRAPHS.map((t) => new Paragraph(t)),
    ]);
    const blocks = doc.body
      .trim()
      .split('\n\n')
      .map((b) => b.replace(/^#+ /, ''));
    // One block per Word paragraph, in order; only the half-width comma was changed.
    expect(blocks).toEqual(PARAGRAPHS.map((p) => p.replace(',', '，')));
    expect(editsOf(doc).map((e) => e.kind)).toEqual(['normalized']);
    expect(editsOf(doc)[0]!.note).toContain('共1处');
    for (const e of editsOf(doc)) expect(e.note).not.toContain('文字未改');
    expect(doc.report.changed.join('\n')).not.toContain('接合');
  });

  it('the same lines in a .txt are still joined where a hard wrap cut a sentence (the rule is for .txt only)', () => {
    const [doc] = proposeDocuments(
      { path: 'in/plan.txt', format: 'txt', encoding: 'UTF-8', text: ['2025年XX社区精神文明建设工作计划', ...PARAGRAPHS].join('\n') },
      { existing: [] },
    );
    expect(doc!.body).toContain('为做好今年的精神文明建设工作，结合社区实际制定本计划如下');
    expect(editsOf(doc!).map((e) => e.kind)).toContain('joined-paragraphs');
  });

  it('a soft line break (Shift+Enter) inside one Word paragraph is joined mid-sentence, kept after a sentence end, and the read notes say so', async () => {
    const soft = (...parts: string[]) => new Paragraph({ children: parts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) });
    const source = await readDocx(
      'in/plan.docx',
      await wordFile([soft('组织理论学习中心组', '集中学习十二次。', '开展宣讲二十场。'), new Paragraph('下一段。')]),
    );
    expect(source.text.split('\n')).toEqual(['组织理论学习中心组集中学习十二次。', '开展宣讲二十场。', '下一段。']);
    expect(source.notes).toEqual(['段内换行（Shift+Enter）1 处在句子中间，已接合', '段内换行（Shift+Enter）1 处在句末或日期前，已分段']);
  });
});

describe('a Word heading that is the title', () => {
  const H = HeadingLevel;
  const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], level?: number) =>
    new Paragraph({ text, heading, ...(level !== undefined && { numbering: { reference: gongwenNumbering.reference, level } }) });
  const p = (text: string) => new Paragraph(text);
  const BODY = [
    p('为推进社区文明建设，结合实际，制定本方案。'),
    p('一、工作目标'),
    p('提升居民文明素养。'),
    p('二、主要措施'),
    p('（一）开展宣讲'),
    p('每月一次。'),
  ];
  const headings = (body: string) => body.split('\n').filter((l) => l.startsWith('#'));

  it('a Heading 3 title above "一、" sections in Heading 1 is the title; the sections stay at the top level', async () => {
    const doc = await importWord([
      h('XX社区文明创建三年行动', H.HEADING_3),
      p('为推进社区文明建设，结合实际，制定本方案。'),
      h('工作目标', H.HEADING_1, 0),
      p('提升居民文明素养。'),
      h('主要措施', H.HEADING_1, 0),
      h('开展宣讲', H.HEADING_2, 1),
      p('每月一次。'),
    ]);
    expect(doc.data.title).toBe('XX社区文明创建三年行动');
    expect(headings(doc.body)).toEqual(['## 一、工作目标', '## 二、主要措施', '### （一）开展宣讲']);
  });

  it('a Heading 3 title below a document number is the title; the number stays the first paragraph', async () => {
    const doc = await importWord([p('X文明办〔2025〕3号'), h('XX社区文明创建三年行动', H.HEADING_3), ...BODY]);
    expect(doc.data.title).toBe('XX社区文明创建三年行动');
    expect(doc.body.startsWith('X文明办〔2025〕3号\n\n为推进社区文明建设')).toBe(true);
    expect(headings(doc.body)).toEqual(['## 一、工作目标', '## 二、主要措施', '### （一）开展宣讲']);
  });

  it('a Heading 3 title with a later Heading 3 below the "一、" sections is still the title', async () => {
    const doc = await importWord([h('XX社区文明创建三年行动', H.HEADING_3), ...BODY.slice(0, 3), h('强化理论武装', H.HEADING_3), p('每月学习。')]);
    expect(doc.data.title).toBe('XX社区文明创建三年行动');
    expect(headings(doc.body)[0]).toBe('## 一、工作目标');
  });

  it('a first heading with a peer heading before the "一、" sections is a section, not the title', async () => {
    const doc = await importWord([
      h('社区概况', H.HEADING_2),
      p('本社区有居民三千户。'),
      h('指导思想', H.HEADING_2),
      p('以人民为中心。'),
      p('一、工作目标'),
      p('提升。'),
    ]);
    expect(doc.data.title).toBe('待填写');
    expect(headings(doc.body)).toEqual(['## 社区概况', '## 指导思想', '### 一、工作目标']);
  });
});
