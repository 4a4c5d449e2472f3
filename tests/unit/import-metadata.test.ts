/**
 * Metadata the importer is not sure of stays 待填写, with the evidence (undecidedWhy, Chinese):
 * hidden years (20XX年), a year only a site's label gives, two title lines that disagree, level and
 * issuer cues that disagree or come only from a body named in a sentence, and a type word that is
 * the object of the document rather than its type. The texts are written for these tests in the
 * layouts 范文 pages show (a page label over "篇1", a hidden year, a 落款).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideLevel, decideTypes, decideYears, placeholderYears, proposeIssuer, proposeLevel, proposeYears } from '../../src/importer/metadata.ts';
import { proposeDocuments } from '../../src/importer/pipeline.ts';
import type { SourceText } from '../../src/importer/types.ts';
import { TO_BE_FILLED } from '../../src/lib/schema.ts';

const root = resolve(import.meta.dirname, '../..');
const txt = (path: string, text: string): SourceText => ({ path, format: 'txt', encoding: 'UTF-8', text });
const one = (lines: string[]) => proposeDocuments(txt('in/doc.txt', lines.join('\n')), { existing: [] })[0]!;

describe('years', () => {
  it('a hidden year is no year: 20XX年, 20xx年, 20__年, 20**年, 201X年, 二〇XX年, ××年, **年', () => {
    expect(placeholderYears('20XX年、20xx年度、20__年、20**年、201X年、二〇XX年、××年、**年')).toEqual([
      '20XX年',
      '20xx年',
      '20__年',
      '20**年',
      '201X年',
      '二〇XX年',
      '××年',
      '**年',
    ]);
    expect(placeholderYears('2024年，xx镇召开会议，全年开展活动12次；20xx级学生')).toEqual([]);
  });

  it('a year in Chinese numerals is a year: 二〇二三年', () => {
    expect(proposeYears('二〇二三年精神文明建设工作总结', ['summary'])).toEqual([2023]);
  });

  it('a title whose year is hidden: 待填写, the evidence quotes it', () => {
    for (const hidden of ['20XX', '20__', '20**', '二〇XX']) {
      const doc = one([`${hidden}年精神文明建设工作总结`, `${hidden}年，我局扎实开展文明单位创建，现总结如下。`, '一、主要工作', '开展志愿服务活动。']);
      expect(doc.data.years, hidden).toBe(TO_BE_FILLED);
      expect(doc.report.undecidedWhy?.['years']).toContain(`“${hidden}年”`);
    }
  });

  it('no year in the title over a text with a hidden year: 待填写, not 年份不详', () => {
    const doc = one(['乡镇精神文明建设工作总结', '**年，**乡精神文明建设工作扎实开展，现总结如下。', '一、加强理论学习', '组织干部集中学习。']);
    expect(doc.data.years).toBe(TO_BE_FILLED);
    expect(doc.report.undecidedWhy?.['years']).toMatch(/标题没有年份，正文写作“\*\*年”/);
    // Nothing anywhere: 年份不详 ([]), decided.
    expect(one(['乡镇精神文明建设工作总结', '今年以来，我镇扎实开展精神文明建设。', '一、主要做法', '开展志愿服务。']).data.years).toEqual([]);
  });

  it('a title year the text hides (the site dated a template): 待填写 with both', () => {
    const doc = one(['2017精神文明建设计划', '201X年，我们将继续做好社区精神文明建设工作，特制定本计划。', '一、提高居民文明素质', '开展宣传教育。']);
    expect(doc.data.years).toBe(TO_BE_FILLED);
    expect(doc.report.undecidedWhy?.['years']).toBe('标题写2017年，正文却写作“201X年”（年份被隐去）：标题的年份可能是网站加的，请核对原文出处');
    // The text naming the title's year as well proves it.
    const proven = one(['2017年精神文明建设计划', '2017年，我们将继续做好社区工作，巩固20xx年创建成果。', '一、提高居民文明素质', '开展宣传教育。']);
    expect(proven.data.years).toEqual([2017]);
  });

  it('a page label (通用15篇) over a text with a hidden year: the label’s year is not the document’s', () => {
    const d = decideYears({
      title: '社区2022年度精神文明建设工作计划（通用15篇）',
      types: ['plan'],
      text: '社区2022年度精神文明建设工作计划 篇1为了做好20**年度精神文明建设工作，特制定本计划。',
    });
    expect(d).toEqual({ why: '标题写2022年，正文却写作“20**年”（年份被隐去）：标题的年份可能是网站加的，请核对原文出处' });
    // Over a text that names no year at all.
    const bare = decideYears({ title: '2023年村级精神文明建设工作计划（4篇）', types: ['plan'], text: '为推进我村精神文明建设，特制定本计划。' });
    expect(bare).toEqual({ why: '2023年只见于网站的标签“2023年村级精神文明建设工作计划（4篇）”，正文没有写年份：不能当作文献的年份' });
    // A compilation's "<title> 篇二" heading over an undated text, likewise.
    expect(
      decideYears({ title: '2022年精神文明建设工作方案', types: ['scheme'], text: '局各科室：\n为推进文明创建，制定本方案。', siteHeading: true }),
    ).toHaveProperty('why');
    // The document's own title over an undated text is its year.
    expect(decideYears({ title: '2025年精神文明建设工作计划', types: ['plan'], text: '为推进文明创建，制定本计划。' })).toEqual({ years: [2025] });
  });

  it('two title lines with different years (a page title over the document’s own): 待填写, both quoted', () => {
    const doc = one([
      '2022年度xx镇精神文明建设工作总结',
      'xx镇2020年精神文明建设工作总结',
      '今年，xx镇认真做好精神文明建设工作，现总结如下。',
      '一、加强组织领导',
      '镇党委高度重视。',
    ]);
    expect(doc.data.years).toBe(TO_BE_FILLED);
    expect(doc.report.undecidedWhy?.['years']).toContain('“xx镇2020年精神文明建设工作总结”写2020年');
  });

  it('the seeds: 篇六’s village 方案 is titled 2022 by the site but says 20xx年度 (待填写); the others keep their years', () => {
    const docs = proposeDocuments(txt('002_7632ef7902941c7c.txt', readFileSync(join(root, 'content', 'sources', '002_7632ef7902941c7c.txt'), 'utf8')), {
      existing: [],
    });
    const village = docs.find((d) => d.text.includes('为健全和完善我村精神文明建设工作目标责任制'))!;
    expect(village.data.years).toBe(TO_BE_FILLED);
    expect(village.report.undecidedWhy?.['years']).toContain('“20xx年”');
    expect(docs.filter((d) => d !== village && d.data.years === TO_BE_FILLED).map((d) => d.data.title)).toEqual(['精神文明建设委员会（扩大）会议上的讲话']);
  });
});

describe('types', () => {
  it('a summary and a plan in one title are both types (the schema takes several; the document has both parts)', () => {
    expect(decideTypes('XX工委2023年精神文明建设工作总结及2024年工作计划')).toEqual({ types: ['summary', 'plan'] });
    expect(decideTypes('县精神文明办2019年工作总结暨2020年工作计划')).toEqual({ types: ['summary', 'plan'] });
  });

  it('关于印发…的通知: the document is what the notice prints', () => {
    expect(decideTypes('关于印发《某某区2024年精神文明建设工作要点》的通知')).toEqual({ types: ['key-points'] });
    expect(decideTypes('关于印发文明单位创建实施方案的通知')).toEqual({ types: ['scheme'] });
  });

  it('学习…讲话精神的心得 is no speech: no type, with the reason', () => {
    const d = decideTypes('学习区委书记在精神文明建设推进会上的讲话精神心得体会');
    expect(d.types).toEqual([]);
    expect(d.why).toBe('标题是“心得”，不属于总结、计划、要点、方案、规划、讲话、汇报中的任何一类；标题中的“讲话”是所学习的对象：请选一类或不收录');
    expect(decideTypes('传达学习全市推进会讲话精神')).toEqual({ types: [], why: '标题中的“讲话”后接“精神”，是学习的对象，不是本文的类型' });
    // A speech at a meeting is one.
    expect(decideTypes('在2025年全县精神文明建设工作推进大会上的讲话')).toEqual({ types: ['speech'] });
  });
});

describe('level and issuer', () => {
  it('a 镇 in the title, a 社区 in the opening and the signature: 待填写, every cue listed', () => {
    const doc = one([
      '某某镇2025年精神文明建设工作计划',
      '为推进精神文明建设，结合本社区实际，制定本计划。',
      '一、工作目标',
      '提升居民文明素质。',
      '某某社区居民委员会',
      '2025年1月6日',
    ]);
    expect(doc.data.level).toBe(TO_BE_FILLED);
    expect(doc.report.undecidedWhy?.['level']).toBe(
      '线索不一致：标题“某某镇”（乡镇街道级），开头“本社区”（村社区级），落款“居民委员会”（村社区级）；请核对原文后填写',
    );
    expect(doc.data.issuer).toBe('village'); // no cue disagrees
  });

  it('a body whose paper or policy is followed is someone else: 根据/按照/贯彻落实/围绕…精神/要求/政策', () => {
    const d = decideLevel('2023年社区精神文明建设工作计划', '为推进精神文明建设，围绕市委、市政府制定的各项方针政策，结合社区实际，制定本计划。');
    expect(d.slug).toBeUndefined();
    expect(d.why).toBe('标题和落款没有线索；开头只见到“市委”（在“围绕市委、市政府制定的各项方针政策”中，指上级或他人），不是发文者，请核对后填写');
    expect(proposeLevel('2022年度工作计划', '根据市委文明办相关文件要求，结合工作实际，制定本计划。')).toBeUndefined();
    // The author named inside such a clause stays: 落实我镇…要求.
    expect(proposeLevel('2022年度工作计划', '为全面落实我镇精神文明建设要求，制定本计划。')?.slug).toBe('township');
    // The author before it stays: 市xx局按照市文明委…文件要求.
    expect(proposeIssuer('2024年精神文明建设工作总结', '2024年，市xx局按照市文明委《xx市2024年精神文明建设工作要点》文件要求，扎实推进。')).toEqual({
      slug: 'government-dept',
      words: ['市xx局'],
    });
  });

  it('a 市委 or 党委 named in a sentence of the opening alone is weak: 待填写 with the cue', () => {
    const d = decideLevel('2024年精神文明建设工作总结', '今年，市委高度重视文明创建，社区各项工作稳步推进。');
    expect(d.slug).toBeUndefined();
    expect(d.why).toMatch(/^只在开头的句子里见到开头“市委”（市级），多半是上级/);
    // In the title it decides.
    expect(proposeLevel('市委2024年精神文明建设工作要点', '')?.slug).toBe('municipal');
  });

  it('the seeds: 省委 in "贯彻落实……省委历次全会精神" and 市委 in "根据市委文明办相关文件要求" no longer decide the level', () => {
    const docs = proposeDocuments(txt('002_7632ef7902941c7c.txt', readFileSync(join(root, 'content', 'sources', '002_7632ef7902941c7c.txt'), 'utf8')), {
      existing: [],
    });
    const tax = docs.find((d) => d.data.title === '2022年精神文明工作要点')!;
    expect(tax.data.level).toBe(TO_BE_FILLED);
    expect(tax.data.issuer).toBe('government-dept');
    const organ = docs.find((d) => d.data.title === '2022年度精神文明创建工作计划')!;
    expect(organ.data.level).toBe(TO_BE_FILLED);
    expect(organ.report.undecidedWhy?.['level']).toContain('“市委”（在“根据市委文明办相关文件要求”中');
  });
});

describe('source.title', () => {
  it('no page title and no title line: source.title is 待填写, listed with the reason (the build refuses it)', () => {
    const doc = one(['学习区委书记在推进会上的讲话精神心得体会', '近日，我认真学习了区委书记在推进会上的讲话，深受启发。']);
    expect(doc.data.source.title).toBe(TO_BE_FILLED);
    expect(doc.report.undecided).toContain('source.title');
    expect(doc.report.undecidedWhy?.['source.title']).toContain('页面“来源”一栏会显示它');
  });
});
