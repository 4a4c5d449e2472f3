import { describe, expect, it } from 'vitest';
import { wordingRules } from '../../src/data/wording-rules';
import { parseNumber as parseCount } from '../../src/lib/numbering';
import { describeValidity, findWording, fitsYear } from '../../src/lib/wording/detect';
import { anniversaryAdvice, documentFindings, outdatedFor, outdatedForYears, ruleNotes } from '../../src/lib/wording/findings';

/**
 * Per rule: sentences it must flag (with a year they do not fit and one they fit, or
 * `null` when no year fits) and sentences it must leave alone. Most come from the 13
 * documents in content/docs/.
 */
interface Case {
  hits: { text: string; phrase: string; outdated: number; fits: number | null }[];
  misses: string[];
}

const cases: Record<string, Case> = {
  'congress-16': {
    hits: [{ text: '全面贯彻落实党的十六大和十六届五中全会精神', phrase: '十六大', outdated: 2023, fits: 2005 }],
    misses: ['党的十六大以来，我区精神文明建设取得长足进步。', '深入学习贯彻党的十六大、十七大精神'],
  },
  'congress-17': {
    hits: [{ text: '认真贯彻党的十七大精神。', phrase: '十七大', outdated: 2013, fits: 2010 }],
    misses: ['党的十七大以来的成就'],
  },
  'congress-18': {
    hits: [{ text: '深入学习贯彻党的十八大和十八届三中全会精神', phrase: '十八大', outdated: 2018, fits: 2014 }],
    misses: ['党的十八大以来，以习近平同志为核心的党中央高度重视精神文明建设', '总结党的十八大以来伟大实践得出的重大历史结论'],
  },
  'congress-19': {
    hits: [
      { text: '深入学习宣传贯彻习近平新时代中国特色社会主义思想和党的十九大和历次全会精神', phrase: '十九大', outdated: 2024, fits: 2022 },
      { text: '深入贯彻落实党的十九大和十九届二中、三中、四中、五中、六中全会精神', phrase: '十九届', outdated: 2023, fits: 2021 },
      // 二十大 named as the congress to come does not make 十九大 a past one (district-2022-key-points).
      {
        text: '要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大和十九届历次全会精神，增强“四个意识”，紧紧围绕中心、服务大局，突出迎接宣传贯彻党的二十大工作主线，全面落实举旗帜、聚民心、育新人、兴文化、展形象使命任务。',
        phrase: '十九大',
        outdated: 2025,
        fits: 2022,
      },
      // tax-bureau-2022-key-points: 二十大召开之年 and 迎接…二十大 in the same sentence.
      {
        text: '2022年是党的二十大召开之年，XXXXX精神文明和税务文化建设工作的总体要求是：深入贯彻落实党的十九大和十九届二中、三中、四中、五中、六中全会、十三届省委历次全会精神，紧紧围绕迎接宣传贯彻党的二十大这条主线，落实好使命任务。',
        phrase: '十九届',
        outdated: 2025,
        fits: 2022,
      },
      { text: '喜迎二十大，贯彻党的十九大精神', phrase: '十九大', outdated: 2024, fits: 2021 },
      { text: '在党的二十大召开前，深入学习党的十九届六中全会精神', phrase: '十九届', outdated: 2023, fits: 2022 },
    ],
    misses: [
      '与学习贯彻党的十九大、二十大及党的十九届、二十届历次全会精神结合起来',
      '党的十九大以来，全区文明创建成效明显。',
      '深入学习党的十九大精神，学习贯彻党的二十大精神',
      // Both: 二十大 as upcoming and as done; the done one decides.
      '迎接党的二十大召开，并在会后将十九届历次全会精神与二十届一中全会精神结合起来学习',
    ],
  },
  'congress-20-upcoming': {
    hits: [
      { text: '突出迎接宣传贯彻党的二十大工作主线', phrase: '迎接宣传贯彻党的二十大', outdated: 2023, fits: 2022 },
      { text: '2022年是党的二十大召开之年', phrase: '二十大召开之年', outdated: 2024, fits: 2022 },
      { text: '以新时代的新业绩迎接党的二十大胜利召开。', phrase: '迎接党的二十大', outdated: 2023, fits: 2022 },
      { text: '为党的二十大召开营造浓厚社会氛围', phrase: '为党的二十大召开营造', outdated: 2023, fits: 2022 },
      { text: '开展“喜迎二十大、永远跟党走”主题活动', phrase: '喜迎二十大', outdated: 2023, fits: 2022 },
      { text: '在党的二十大召开前完成各项任务', phrase: '党的二十大召开前', outdated: 2023, fits: 2022 },
    ],
    misses: ['特别是要围绕宣传党的二十大和省第十二次党代会精神', '学习贯彻党的二十大精神', '党的二十大胜利召开以来的新成就'],
  },
  'plan-11th': {
    hits: [{ text: '认真开展“展望‘十一五’前景”主题系列宣传活动。', phrase: '十一五', outdated: 2023, fits: 2006 }],
    misses: ['大力宣传我区“十五”成就'],
  },
  'plan-12th': {
    hits: [{ text: '“十二五”时期的主要任务', phrase: '十二五', outdated: 2016, fits: 2012 }],
    misses: ['坚持“十四五”发展战略'],
  },
  'plan-13th': {
    hits: [{ text: '确保“十三五”规划目标任务圆满完成', phrase: '十三五', outdated: 2021, fits: 2019 }],
    misses: ['聚焦服务集团公司“十四五”发展战略大局'],
  },
  'plan-14th': {
    hits: [{ text: '聚焦服务集团公司“十四五”发展战略大局', phrase: '十四五', outdated: 2026, fits: 2023 }],
    misses: ['谋划“十五五”时期精神文明建设'],
  },
  'plan-14th-first-year': {
    hits: [
      { text: '2022年是全面建成小康社会和十四五规划的开局之年', phrase: '十四五规划的开局', outdated: 2022, fits: 2021 },
      { text: '是“十四五”规划开局、全面建设社会主义现代化国家新征程开启之年', phrase: '十四五”规划开局', outdated: 2022, fits: 2021 },
    ],
    misses: ['2022年是贯彻落实省第十一次党代会精神的开局之年', '开展“奋斗‘十四五’·奋进新征程”学雷锋志愿服务'],
  },
  'two-studies-one-action': {
    hits: [
      // city-greening-bureau-2024-summary: a 2019 sentence copied into a 2024 summary.
      { text: '把推进“两学一做”学习教育常态化制度化和“不忘初心、牢记使命”主题教育有效衔接', phrase: '“两学一做”学习教育常态化制度化', outdated: 2024, fits: 2019 },
      { text: '持续推进“两学一做”学习教育常态化、制度化', phrase: '“两学一做”学习教育常态化、制度化', outdated: 2020, fits: 2017 },
    ],
    misses: ['2016年以来，我局党员全部参加了“两学一做”学习教育', '巩固深化“不忘初心、牢记使命”主题教育成果', '推动党史学习教育常态化长效化'],
  },
  'theme-education-2019': {
    hits: [{ text: '深入推进“不忘初心、牢记使命”主题教育，修订了学习制度', phrase: '不忘初心、牢记使命', outdated: 2024, fits: 2019 }],
    misses: ['学习贯彻习近平新时代中国特色社会主义思想主题教育', '开展“文明健康 绿色环保”主题教育'],
  },
  'party-history-education': {
    hits: [
      // bureau-2022-creation-scheme: the 2021 campaign as a task of 2022.
      { text: '三是扎实开展党史学习教育。组织全体党员、干部开展党史学习教育', phrase: '党史学习教育', outdated: 2022, fits: 2021 },
      { text: '在全体党员中深入开展党史学习教育', phrase: '党史学习教育', outdated: 2023, fits: 2021 },
      { text: '扎实开展党史学习教育，切实做到学史明理、学史增信、学史崇德、学史力行', phrase: '党史学习教育', outdated: 2025, fits: 2021 },
    ],
    misses: [
      // Looking back in a summary of 2021, or last year's campaign named as such.
      '2021年，局党组扎实开展党史学习教育，举办专题读书班3期。',
      '去年开展党史学习教育取得的成效要巩固好',
      // Carrying it on, as asked from 2022 on (city-committee-2022-speech-a, expressway-branch-14th-five-year-program, tax-bureau-2022-key-points).
      '深化党史学习教育、对党忠诚教育，传承红色基因',
      '持续巩固拓展党史学习教育成果并形成常态化长效化制度机制',
      '在学党史学习教育常态化长效化中潜下心来悟思想',
      '开展好党史学习教育常态化长效化，是税务系统带好队伍展现新气象的重要契机',
      '主动学习党史学习教育官网',
      // 党的二十大报告 (2022) and the 2024 条例.
      '坚持理论武装同常态化长效化开展党史学习教育相结合',
      '认真学习贯彻《党史学习教育工作条例》',
      '按照《党史学习教育工作条例》要求，开展党史学习教育',
    ],
  },
  'theme-education-2023': {
    hits: [{ text: '扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育', phrase: '学习贯彻习近平新时代中国特色社会主义思想主题教育', outdated: 2026, fits: 2023 }],
    misses: ['以习近平新时代中国特色社会主义思想为指导'],
  },
  'epidemic-control': {
    hits: [{ text: '积极适应疫情防控常态化，加强志愿服务队伍建设', phrase: '疫情防控', outdated: 2024, fits: 2022 }],
    misses: ['做好动物防疫和森林防火工作', '加强应急处置能力建设'],
  },
  'poverty-alleviation': {
    hits: [
      { text: '全力推进以党建促脱贫攻坚工作。', phrase: '脱贫攻坚', outdated: 2024, fits: 2019 },
      { text: '尔麻村力争在2024年底实现脱贫摘帽。', phrase: '脱贫摘帽', outdated: 2024, fits: 2018 },
      { text: 'XXX名干部职工与XXX户贫困户认亲', phrase: '贫困户', outdated: 2021, fits: 2020 },
    ],
    misses: ['巩固脱贫攻坚成果，接续乡村振兴战略，实现脱贫攻坚向乡村振兴平稳过渡', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接'],
  },
  'advancedness-education': {
    hits: [{ text: '抓好保持共产党员先进性教育活动。', phrase: '保持共产党员先进性教育', outdated: 2023, fits: 2005 }],
    misses: ['加强党员先锋模范作用'],
  },
  'socialist-honor-disgrace': {
    hits: [
      // city-greening-bureau-2024-summary.
      { text: '以社会主义荣辱观为引领，加强社会公德、职业道德、家庭美德、个人品德教育', phrase: '社会主义荣辱观', outdated: 2024, fits: 2010 },
      { text: '深入开展“八荣八耻”教育活动', phrase: '八荣八耻', outdated: 2013, fits: 2006 },
      { text: '引导干部职工牢固树立社会主义荣辱观', phrase: '社会主义荣辱观', outdated: 2016, fits: 2012 },
    ],
    misses: [
      '以社会主义核心价值观为引领，加强社会公德、职业道德、家庭美德、个人品德教育',
      '在全局形成知荣辱、讲正气、做奉献、促和谐的良好风尚',
      // Named with 核心价值观: 荣辱观 is not what leads.
      '从社会主义荣辱观到社会主义核心价值观，道德建设一以贯之',
      '以社会主义核心价值观为引领，引导群众明辨是非、树立社会主义荣辱观',
    ],
  },
  'party-anniversary': {
    hits: [
      { text: '结合纪念建党98周年、清明祭典日和民族传统节日', phrase: '建党98周年', outdated: 2024, fits: 2019 },
      { text: '突出庆祝建党百年，唱响主旋律', phrase: '庆祝建党百年', outdated: 2022, fits: 2021 },
      { text: '热烈庆祝中国共产党成立一百零三周年', phrase: '中国共产党成立一百零三周年', outdated: 2023, fits: 2024 },
    ],
    misses: ['2022年是中国共产党成立X周年', '组织拍摄宣传片为建党X周年献礼。', '学习兴税平台“建党百年”专题专栏内容', '在“七一”建党节开展活动'],
  },
  'prc-anniversary': {
    hits: [{ text: '庆祝新中国成立75周年', phrase: '新中国成立75周年', outdated: 2025, fits: 2024 }],
    misses: ['重点抓牢党史、新中国史、改革开放史、社会主义发展史', '新中国成立以来'],
  },
  'war-victory-anniversary': {
    hits: [{ text: '以纪念抗日战争胜利60周年活动为契机', phrase: '抗日战争胜利60周年', outdated: 2023, fits: 2005 }],
    misses: ['弘扬伟大抗战精神'],
  },
  'impossible-span': {
    hits: [
      { text: '深入贯彻国务院《社会信用体系建设规划纲要（2024-2024年）》', phrase: '2024-2024年', outdated: 2024, fits: null },
      { text: '《规划（2020—2018年）》', phrase: '2020—2018年', outdated: 2019, fits: null },
    ],
    misses: ['规划覆盖“十四五”时期（2021—2025年）', '《社会信用体系建设规划纲要（2014—2020年）》'],
  },
};

describe('wording rules (src/data/wording-rules.ts)', () => {
  it('every rule has a test case here, and ids are unique ASCII', () => {
    const ids = wordingRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(Object.keys(cases).sort()).toEqual([...ids].sort());
  });

  for (const rule of wordingRules) {
    const c = cases[rule.id];
    describe(rule.id, () => {
      it.each(c?.hits ?? [])('flags $phrase in “$text”', ({ text, phrase, outdated, fits }) => {
        const hits = findWording(text).filter((m) => m.rule === rule.id);
        expect(hits.map((m) => m.phrase)).toContain(phrase);
        const hit = hits.find((m) => m.phrase === phrase)!;
        expect(text.slice(hit.index, hit.index + phrase.length)).toBe(phrase);
        expect(fitsYear(hit.valid, outdated)).toBe(false);
        if (fits !== null) expect(fitsYear(hit.valid, fits)).toBe(true);
        else for (let y = 1990; y <= 2100; y++) expect(fitsYear(hit.valid, y)).toBe(false);
      });
      it.each(c?.misses ?? [])('leaves alone “%s”', (text) => {
        expect(findWording(text).filter((m) => m.rule === rule.id)).toEqual([]);
      });
      it('has a Chinese hint and source', () => {
        expect(rule.hint).toMatch(/[\u4e00-\u9fff]/);
        expect(rule.source).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  }
});

describe('parseCount()', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(parseCount('98')).toBe(98);
    expect(parseCount('九十八')).toBe(98);
    expect(parseCount('一百')).toBe(100);
    expect(parseCount('百')).toBe(100);
    expect(parseCount('一百零三')).toBe(103);
    expect(parseCount('十')).toBe(10);
    expect(parseCount('六十')).toBe(60);
    expect(parseCount('X')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
  });
});

describe('describeValidity()', () => {
  it('says the years in Chinese', () => {
    expect(describeValidity({ from: 2019, to: 2019 })).toBe('只适用于2019年');
    expect(describeValidity({ from: 2017, to: 2022 })).toBe('适用于2017—2022年');
    expect(describeValidity({ to: 2020 })).toBe('适用至2020年');
    expect(describeValidity({ from: 2021 })).toBe('2021年起适用');
    expect(describeValidity({ never: true })).toBe('任何年份都不成立');
  });
});

describe('document findings', () => {
  // Passages of the 001 summary (labelled 2024, written around 2019).
  const passages = [
    { id: 'p1', cite: '开头第1段', text: '2024年，市xx局……深入学习宣传贯彻习近平新时代中国特色社会主义思想和党的十九大和历次全会精神。' },
    { id: 's1', cite: '第一部分', text: '一、学懂弄通做实习近平新时代中国特色社会主义思想和党的十九大精神' },
    { id: 's1-2-p1', cite: '第一部分（二）第1段', text: '三是结合纪念建党98周年、清明祭典日和民族传统节日，组织祭英烈。' },
    { id: 's2-1-p1', cite: '第二部分（一）第1段', text: '开展微心愿认领、关爱孤寡老人及留守儿童等活动。' },
  ];
  const findings = documentFindings(passages);

  it('groups matches per passage and rule, skipping passages without any', () => {
    expect(findings.map((f) => [f.passage, f.rule, f.phrases])).toEqual([
      ['p1', 'congress-19', ['十九大']],
      ['s1', 'congress-19', ['十九大']],
      ['s1-2-p1', 'party-anniversary', ['建党98周年']],
    ]);
  });

  it('filters by the year written for', () => {
    expect(outdatedFor(findings, 2024)).toHaveLength(3);
    expect(outdatedFor(findings, 2019)).toEqual([]);
    expect(outdatedFor(findings, 2020).map((f) => f.rule)).toEqual(['party-anniversary']);
  });

  it('names which of the document’s own years a finding does not fit', () => {
    const byYears = outdatedForYears(findings, [2022, 2023]);
    expect(byYears.map((x) => [x.finding.passage, x.years])).toEqual([
      ['p1', [2023]],
      ['s1', [2023]],
      ['s1-2-p1', [2022, 2023]],
    ]);
  });

  it('carries only the notes of the rules used, with the anniversary base', () => {
    const notes = ruleNotes(findings);
    expect(Object.keys(notes).sort()).toEqual(['congress-19', 'party-anniversary']);
    expect(anniversaryAdvice(notes['party-anniversary']!, 2024)).toBe('2024年为103周年');
    expect(anniversaryAdvice(notes['congress-19']!, 2024)).toBeUndefined();
  });
});
