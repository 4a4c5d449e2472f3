import { describe, expect, it } from 'vitest';
import { defaultYear, localFindings, offeredYears, pastedParagraphs, withLibrary } from '../../src/lib/check/check';
import { fillInFindings } from '../../src/lib/check/fill-in';
import { numberingFindings } from '../../src/lib/check/numbering';
import { otherUnitFindings, placeNames } from '../../src/lib/check/units';
import { wordingFindings } from '../../src/lib/check/wording';
import { yearFindings } from '../../src/lib/check/years';
import { wordingRules } from '../../src/lib/wording/rules';

const rules = wordingRules();
const texts = (fs: { text: string }[]) => fs.map((f) => f.text);

describe('a clean draft', () => {
  // Current wording for 2027, numbered in order, the own unit and its superior only.
  const clean = [
    '江北区青山街道2027年精神文明建设工作计划',
    '2027年，青山街道精神文明建设工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，围绕“十五五”规划目标任务，巩固拓展深入贯彻中央八项规定精神学习教育成果。',
    '一、总体要求',
    '坚持以社会主义核心价值观为引领，推进新时代文明实践中心建设，组织红星社区、光明村开展志愿服务。',
    '二、重点任务',
    '（一）加强思想道德建设',
    '（二）深化群众性精神文明创建',
    '纪念中国人民解放军建军100周年，开展拥军优属活动。',
  ];
  it('gives no finding', () => {
    expect(localFindings({ paragraphs: clean, year: 2027, own: '江北区青山街道', rules })).toEqual([]);
  });
});

describe('过时提法 / 提法不规范 / 周年不符 (the wording rules for the year)', () => {
  it('flags wording out of date for the year, with why and what to write', () => {
    const [f, ...rest] = wordingFindings(['2026年是“十五五”规划开局之年。'], 2027, rules);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'outdated', text: '十五五”规划开局', paragraph: 0 });
    expect(f!.why).toContain('只适用于2026年');
    expect(f!.advice).toContain('2026年');
  });
  it('leaves wording that fits the year', () => {
    expect(wordingFindings(['2026年是“十五五”规划开局之年。'], 2026, rules)).toEqual([]);
  });
  it('names the right anniversary for the year', () => {
    const [f] = wordingFindings(['庆祝建党105周年'], 2027, rules);
    expect(f).toMatchObject({ category: 'anniversary', text: '建党105周年' });
    expect(f!.advice).toContain('2027年为106周年');
    expect(wordingFindings(['庆祝建党106周年'], 2027, rules)).toEqual([]);
  });
  it('flags a misnamed guiding thought in every year', () => {
    for (const year of [2018, 2027]) {
      expect(wordingFindings(['学习习近平总书记新时代中国特色社会主义思想'], year, rules).map((f) => f.category)).toEqual(['nonstandard']);
    }
  });
});

describe('他单位名称', () => {
  it('reads place names without a dictionary', () => {
    expect(placeNames('江北区青山街道组织红星社区、光明村，学习借鉴河口镇经验').map((n) => n.name)).toEqual([
      '江北区',
      '青山街道',
      '红星社区',
      '光明村',
      '河口镇',
    ]);
    expect(placeNames('全市各街道、城区和辖区，创建全国文明城市，打造文明社区、美丽乡村')).toEqual([]);
    // Longer province and city names are read whole, not cut to two characters.
    expect(placeNames('赴石家庄市、黑龙江省和乌鲁木齐市学习，组织红星社区').map((n) => n.name)).toEqual(['石家庄市', '黑龙江省', '乌鲁木齐市', '红星社区']);
  });
  it('flags another unit at the own level or above, not the own unit, its superior or units below it', () => {
    const paragraphs = ['江北区青山街道2027年工作计划', '学习借鉴河口镇经验，组织红星社区开展活动。', '临江市文明办来我街道考察。'];
    expect(texts(otherUnitFindings(paragraphs, '青山街道'))).toEqual(['河口镇', '临江市']);
    expect(texts(otherUnitFindings(paragraphs, '临江市江北区青山街道'))).toEqual(['河口镇']);
  });
  it('says nothing without 本单位', () => {
    expect(otherUnitFindings(['学习借鉴河口镇经验'], '')).toEqual([]);
  });
});

describe('待填写', () => {
  it('finds the placeholders left in', () => {
    expect(texts(fillInFindings(['XX街道20xx年工作要点', '共有***名志愿者，××社区'])).sort()).toEqual(['***', 'XX', '20xx', '××'].sort());
  });
  it('leaves complete text alone', () => {
    expect(fillInFindings(['2027年，青山街道共有志愿者1200名。'])).toEqual([]);
  });
});

describe('年份', () => {
  it('flags a year stated as this year or as the plan’s in the title', () => {
    expect(texts(yearFindings(['2026年精神文明建设工作计划', '今年（2026年）是关键之年。'], 2027))).toEqual(['2026年', '2026年']);
    expect(texts(yearFindings(['2027年工作计划', '2025年是“十四五”收官之年。'], 2027))).toEqual(['2025年']);
  });
  it('allows the year before in a summary, and years named otherwise', () => {
    expect(yearFindings(['2026年工作总结和2027年工作计划', '2026年是“十五五”开局之年，我们……'], 2027)).toEqual([]);
    expect(yearFindings(['2027年工作计划', '自2021年以来，累计建成站点12个。'], 2027)).toEqual([]);
  });
});

describe('序号', () => {
  it('flags a skipped number, a level without its parent and mixed forms', () => {
    expect(texts(numberingFindings(['一、总体要求', '二、重点任务', '四、保障措施']))).toEqual(['四、']);
    expect(numberingFindings(['一、总体要求', '二、重点任务', '四、保障措施'])[0]!.why).toContain('应为“三、”');
    expect(texts(numberingFindings(['（一）加强领导', '一、总体要求', '（一）明确目标']))).toEqual(['（一）']);
    expect(texts(numberingFindings(['一、任务', '1.学习', '2、宣传', '3.创建']))).toEqual(['2、']);
  });
  it('leaves numbering in order', () => {
    expect(numberingFindings(['一、总体要求', '（一）目标', '1.学习', '2.宣传', '（二）任务', '二、措施', '（一）领导'])).toEqual([]);
  });
});

describe('the page’s defaults', () => {
  it('offers next year from October on', () => {
    expect(defaultYear(new Date(2026, 8, 30))).toBe(2026);
    expect(defaultYear(new Date(2026, 9, 1))).toBe(2027);
    expect(offeredYears(new Date(2026, 0, 1))[0]).toBe(2027);
    expect(offeredYears(new Date(2026, 0, 1)).at(-1)).toBe(2000);
  });
  it('reads pasted text one paragraph a line', () => {
    expect(pastedParagraphs('  标题\r\n\n　正文一。\n正文二。 ')).toEqual(['标题', '正文一。', '正文二。']);
  });
  it('adds the library document that also names a place', () => {
    const [f] = withLibrary(otherUnitFindings(['学习借鉴河口镇经验'], '青山街道'), {
      findings: [],
      placeDocs: new Map([['河口镇', { title: '某文', href: '/docs/x/#p1' }]]),
    });
    expect(f!.why).toContain('文库《某文》也写有这个名称');
    expect(f!.doc).toEqual({ title: '某文', href: '/docs/x/#p1' });
  });
});
