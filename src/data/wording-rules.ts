/**
 * Wording that belongs to a period: what to look for, the years it fits, what to write
 * instead and where the dates come from. Data, reviewed in diffs; the matching is in
 * src/lib/wording/detect.ts, one unit test per rule in tests/unit/wording.test.ts.
 *
 * Kinds:
 * - `period`: the phrase fits the years `from`–`to` (inclusive; either end may be open). A
 *   congress fits from its own year to the next one's (both are held in the autumn).
 *   `unlessSentence` cancels a match when the same sentence also has that wording
 *   (e.g. “党的十九大、二十大” names both congresses, so 十九大 is not the current one there).
 *   `unlessNotIn` names a rule whose matches do not count for `unlessSentence`: 二十大 in
 *   “迎接党的二十大”“喜迎二十大”“二十大召开前” is the congress to come, so 十九大 is still the
 *   current one in that sentence and stays flagged; in “十九大、二十大精神” or “学习贯彻党的
 *   二十大精神” it is not (those are no match of `congress-20-upcoming`).
 * - `anniversary`: `{N}` in a pattern stands for a number (98, 九十八, 一百, 百); the
 *   phrase fits only the year `base + N`.
 * - `span`: a year range “YYYY-YYYY年” whose end is not after its start fits no year.
 *
 * Patterns are JavaScript regular-expression sources (no flags; matched globally).
 * Ids are ASCII and stable: the build report and the page refer to rules by id.
 */
export type WordingRule =
  | (RuleBase & { kind: 'period'; from?: number; to?: number; unlessSentence?: string; unlessNotIn?: string })
  | (RuleBase & { kind: 'anniversary'; base: number })
  | (RuleBase & { kind: 'span' });

interface RuleBase {
  id: string;
  /** Short Chinese name of what the rule looks for, shown with each finding. */
  label: string;
  patterns: readonly string[];
  /** What a writer should do instead (Chinese, shown to readers). */
  hint: string;
  /** Why the years are what they are: the event and its date (Chinese, shown to readers). */
  source: string;
}

export const wordingRules: readonly WordingRule[] = [
  {
    id: 'congress-16',
    kind: 'period',
    label: '党的十六大（作为当前的党代会）',
    patterns: ['十六大(?!以来)', '十六届'],
    unlessSentence: '十[七八九]大|二十大',
    from: 2002,
    to: 2007,
    hint: '以现行党代会为准：学习贯彻党的二十大精神、二十届历次全会精神。“党的十六大以来”等回顾性说法不受影响。',
    source: '党的十六大于2002年11月召开，十七大于2007年10月召开。',
  },
  {
    id: 'congress-17',
    kind: 'period',
    label: '党的十七大（作为当前的党代会）',
    patterns: ['十七大(?!以来)', '十七届'],
    unlessSentence: '十[八九]大|二十大',
    from: 2007,
    to: 2012,
    hint: '以现行党代会为准：学习贯彻党的二十大精神、二十届历次全会精神。“党的十七大以来”等回顾性说法不受影响。',
    source: '党的十七大于2007年10月召开，十八大于2012年11月召开。',
  },
  {
    id: 'congress-18',
    kind: 'period',
    label: '党的十八大（作为当前的党代会）',
    patterns: ['十八大(?!以来)', '十八届'],
    unlessSentence: '十九大|二十大',
    from: 2012,
    to: 2017,
    hint: '以现行党代会为准：学习贯彻党的二十大精神、二十届历次全会精神。“党的十八大以来”等回顾性说法不受影响。',
    source: '党的十八大于2012年11月召开，十九大于2017年10月召开。',
  },
  {
    id: 'congress-19',
    kind: 'period',
    label: '党的十九大（作为当前的党代会）',
    patterns: ['十九大(?!以来)', '十九届'],
    unlessSentence: '二十大|二十届',
    unlessNotIn: 'congress-20-upcoming',
    from: 2017,
    to: 2022,
    hint: '2022年10月以后改为“党的二十大精神”“二十届历次全会精神”。“党的十九大以来”等回顾性说法不受影响。',
    source: '党的十九大于2017年10月召开，二十大于2022年10月16日至22日召开。',
  },
  {
    id: 'congress-20-upcoming',
    kind: 'period',
    label: '迎接党的二十大（作为即将召开的党代会）',
    patterns: ['迎接(?:宣传贯彻)?(?:党的)?二十大', '二十大(?:胜利)?召开之年', '(?:为|迎接)?(?:党的)?二十大(?:胜利)?召开(?:营造|献礼)', '二十大胜利召开(?!以来|后|之后)', '喜迎(?:党的)?二十大', '(?:党的)?二十大召开(?:前|之前|前夕)'],
    from: 2021,
    to: 2022,
    hint: '党的二十大已于2022年10月召开；之后写“学习宣传贯彻党的二十大精神”。',
    source: '党的二十大于2022年10月16日至22日召开。',
  },
  {
    id: 'plan-11th',
    kind: 'period',
    label: '“十一五”（作为当前的五年规划）',
    patterns: ['十一五'],
    from: 2005,
    to: 2010,
    hint: '改为写作年份所在的五年规划期（2021—2025年为“十四五”，2026—2030年为“十五五”）；回顾以往成就的说法可保留。',
    source: '“十一五”规划期为2006—2010年（2005年编制）。',
  },
  {
    id: 'plan-12th',
    kind: 'period',
    label: '“十二五”（作为当前的五年规划）',
    patterns: ['十二五'],
    from: 2010,
    to: 2015,
    hint: '改为写作年份所在的五年规划期（2021—2025年为“十四五”，2026—2030年为“十五五”）；回顾以往成就的说法可保留。',
    source: '“十二五”规划期为2011—2015年（2010年编制）。',
  },
  {
    id: 'plan-13th',
    kind: 'period',
    label: '“十三五”（作为当前的五年规划）',
    patterns: ['十三五'],
    from: 2015,
    to: 2020,
    hint: '2020年以后改为“十四五”（2021—2025年）或“十五五”（2026—2030年）；“‘十三五’时期取得的成就”等回顾性说法可保留。',
    source: '“十三五”规划期为2016—2020年（2015年编制）。',
  },
  {
    id: 'plan-14th',
    kind: 'period',
    label: '“十四五”（作为当前的五年规划）',
    patterns: ['十四五'],
    from: 2020,
    to: 2025,
    hint: '2025年以后改为“十五五”（2026—2030年）；回顾“十四五”时期成就的说法可保留。',
    source: '“十四五”规划期为2021—2025年（2020年编制）。',
  },
  {
    id: 'plan-14th-first-year',
    kind: 'period',
    label: '“十四五”规划开局之年',
    patterns: ['十四五[”’"]?(?:规划)?(?:的)?开局'],
    from: 2021,
    to: 2021,
    hint: '只有2021年是“十四五”开局之年；2022年可写“‘十四五’规划承上启下的关键之年”，其余年份按实际表述。',
    source: '“十四五”规划期为2021—2025年，第一年是2021年。',
  },
  {
    id: 'two-studies-one-action',
    kind: 'period',
    label: '推进“两学一做”学习教育常态化制度化（作为当前的工作）',
    patterns: ['[“"‘]?两学一做[”"’]?学习教育常态化[、，,]?制度化'],
    // 2019 fits: the year the next campaign (不忘初心、牢记使命 主题教育, from June) took over, as a congress fits up to the next one's year.
    from: 2017,
    to: 2019,
    hint: '2019年以后改为写作年份正在开展的党内学习教育。',
    source: '2017年3月中办印发推进“两学一做”学习教育常态化制度化的意见；2019年6月起开展“不忘初心、牢记使命”主题教育。',
  },
  {
    id: 'theme-education-2019',
    kind: 'period',
    label: '“不忘初心、牢记使命”主题教育（作为当前的工作）',
    patterns: ['不忘初心[、，,]?\\s*牢记使命(?=[”"]?主题教育)'],
    from: 2019,
    to: 2020,
    hint: '这次主题教育已于2020年初总结；2020年以后可写“巩固深化‘不忘初心、牢记使命’主题教育成果”，或改为当年开展的学习教育。',
    source: '“不忘初心、牢记使命”主题教育于2019年5月启动，2020年1月召开总结大会。',
  },
  {
    id: 'party-history-education',
    kind: 'period',
    label: '党史学习教育（作为正在开展的集中学习教育）',
    // 巩固/拓展/深化 it and 常态化长效化开展 it carry it on, as asked from 2022 on (and by the 2024 条例); 开展 it is the 2021 campaign.
    patterns: ['(?<!巩固|拓展|深化|常态化长效化开展|常态化、长效化开展)党史学习教育(?!成果|常态化|长效|工作条例|官网|总结)'],
    // Looking back (2021年开展党史学习教育, 去年…) or under the 2024 条例 (按照《党史学习教育工作条例》开展党史学习教育) is no copied task.
    unlessSentence: '(?:2021|二〇二一)年|去年|工作条例',
    from: 2021,
    to: 2021,
    hint: '2022年以后写“巩固拓展党史学习教育成果”“推动党史学习教育常态化长效化”；回顾2021年工作的说法不受影响。',
    source: '党史学习教育于2021年2月启动，2022年1月总结；2022年3月中办印发推动党史学习教育常态化长效化的意见。',
  },
  {
    id: 'theme-education-2023',
    kind: 'period',
    label: '学习贯彻习近平新时代中国特色社会主义思想主题教育（作为当前的工作）',
    patterns: ['学习贯彻习近平新时代中国特色社会主义思想主题教育'],
    from: 2023,
    to: 2024,
    hint: '这次主题教育于2023年4月至2024年初开展；之后可写“巩固拓展主题教育成果”。',
    source: '主题教育2023年4月启动，第二批于2024年1月基本结束。',
  },
  {
    id: 'epidemic-control',
    kind: 'period',
    label: '疫情防控任务',
    patterns: ['疫情防控'],
    to: 2023,
    hint: '2023年以后一般不再部署疫情防控任务；改为当年的重点工作，或删去。',
    source: '自2023年1月8日起新冠病毒感染实施“乙类乙管”，不再采取常态化防控措施。',
  },
  {
    id: 'poverty-alleviation',
    kind: 'period',
    label: '脱贫攻坚、精准扶贫（作为正在进行的工作）',
    patterns: ['(?<!巩固(?:拓展)?)脱贫攻坚(?!成果|同|与|向)', '精准扶贫', '脱贫摘帽', '贫困户'],
    to: 2020,
    hint: '2020年底脱贫攻坚已取得全面胜利；之后写“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”“防止规模性返贫”，“贫困户”改称“脱贫户”“监测对象”。',
    source: '2021年2月25日全国脱贫攻坚总结表彰大会宣布脱贫攻坚战取得全面胜利（现行标准下农村贫困人口于2020年底全部脱贫）。',
  },
  {
    id: 'advancedness-education',
    kind: 'period',
    label: '保持共产党员先进性教育活动',
    patterns: ['保持共产党员先进性教育'],
    from: 2005,
    to: 2006,
    hint: '这项教育活动于2005—2006年开展；改为写作年份正在开展的党内学习教育。',
    source: '保持共产党员先进性教育活动于2005年1月至2006年6月分三批开展。',
  },
  {
    id: 'socialist-honor-disgrace',
    kind: 'period',
    label: '社会主义荣辱观（作为当前的道德引领）',
    patterns: ['社会主义荣辱观', '八荣八耻'],
    // In a sentence that also names 社会主义核心价值观, 荣辱观 is not what leads (以核心价值观为引领，树立社会主义荣辱观; 从荣辱观到核心价值观).
    unlessSentence: '核心价值观',
    from: 2006,
    to: 2012,
    hint: '2012年以后改为“以社会主义核心价值观为引领”“培育和践行社会主义核心价值观”。',
    source: '社会主义荣辱观于2006年3月提出；2012年11月党的十八大提出积极培育社会主义核心价值观。',
  },
  {
    id: 'party-anniversary',
    kind: 'anniversary',
    label: '建党周年数',
    patterns: ['建党{N}周年', '(?:庆祝|纪念)建党{N}年', '中国共产党成立{N}周年'],
    base: 1921,
    hint: '中国共产党成立于1921年，周年数 = 写作年份 − 1921（如2024年为建党103周年）。',
    source: '中国共产党于1921年7月成立。',
  },
  {
    id: 'prc-anniversary',
    kind: 'anniversary',
    label: '新中国成立周年数',
    patterns: ['新中国成立{N}周年', '中华人民共和国成立{N}周年'],
    base: 1949,
    hint: '新中国成立于1949年，周年数 = 写作年份 − 1949（如2024年为75周年）。',
    source: '中华人民共和国于1949年10月1日成立。',
  },
  {
    id: 'war-victory-anniversary',
    kind: 'anniversary',
    label: '抗日战争胜利周年数',
    patterns: ['抗日战争(?:暨世界反法西斯战争)?胜利{N}周年', '抗战胜利{N}周年'],
    base: 1945,
    hint: '抗日战争胜利于1945年，周年数 = 写作年份 − 1945（如2025年为80周年）。',
    source: '1945年9月，中国人民抗日战争取得胜利。',
  },
  {
    id: 'impossible-span',
    kind: 'span',
    label: '起止年份不成立的年限',
    patterns: ['(?<a>(?:19|20)\\d\\d)\\s*[-—–~～至到]\\s*(?<b>(?:19|20)\\d\\d)\\s*年'],
    hint: '起止年份相同或颠倒，多半是替换年份时改错了；按原文件核对真实年限（如《社会信用体系建设规划纲要（2014—2020年）》）。',
    source: '一个年限的结束年份应晚于开始年份。',
  },
];
