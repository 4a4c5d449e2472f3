/**
 * The controlled vocabularies of the library: administrative levels, issuing bodies,
 * document types and topics. Each term has a stable ASCII slug (used in URLs and
 * frontmatter), a Chinese label (shown to readers), a sort order, and a one-line
 * description (in the *Descriptions maps below). Slugs are part of the public URL space:
 * never rename one.
 */

export interface Term<Slug extends string = string> {
  slug: Slug;
  label: string;
  order: number;
}

/** A vocabulary from its terms, slug → label, in order (a slug is never a number, so the order holds). */
function vocabulary<const T extends Record<string, string>>(labels: T) {
  type S = keyof T & string;
  const list: Term<S>[] = Object.entries(labels).map(([slug, label], i) => ({ slug: slug as S, label, order: i + 1 }));
  const slugs = list.map((t) => t.slug) as [S, ...S[]];
  const bySlug = new Map<S, Term<S>>(list.map((t) => [t.slug, t]));
  return {
    list,
    slugs,
    get(slug: S): Term<S> {
      const term = bySlug.get(slug);
      if (!term) throw new Error(`unknown term: ${slug}`);
      return term;
    },
    has(slug: string): slug is S {
      return bySlug.has(slug as S);
    },
  };
}

// /* @__PURE__ */: a bundle keeps only the vocabularies it uses (the search page needs no issuers).
export const levels = /* @__PURE__ */ vocabulary({
  provincial: '省级',
  municipal: '市级',
  district: '区县级',
  township: '乡镇街道级',
  village: '村社区级',
  unit: '基层单位',
} as const);

export const issuers = /* @__PURE__ */ vocabulary({
  'party-committee': '党委（党工委）',
  'propaganda-dept': '党委宣传部门',
  'civilization-committee': '精神文明建设委员会',
  'government-dept': '政府部门',
  enterprise: '企业',
  village: '村（社区）',
  unspecified: '未注明',
} as const);

export const docTypes = /* @__PURE__ */ vocabulary({
  summary: '总结',
  plan: '计划',
  'key-points': '要点',
  scheme: '方案',
  program: '规划',
  speech: '讲话',
  report: '汇报',
} as const);

export const topics = /* @__PURE__ */ vocabulary({
  theory: '理论武装',
  'core-values': '核心价值观',
  'civilized-city': '文明城市创建',
  'civilized-unit': '文明单位',
  'civilized-village': '文明村镇',
  'civilized-campus': '文明校园',
  'civilized-family': '文明家庭',
  'civilization-practice': '新时代文明实践与志愿服务',
  integrity: '诚信建设',
  'online-civility': '网络文明',
  minors: '未成年人思想道德建设',
  'tradition-festivals': '传统文化与我们的节日',
  'clean-culture': '廉洁文化',
  'role-models': '道德模范与典型选树',
  'workplace-culture': '职工文化',
  patriotism: '爱国主义与党史教育',
  environment: '城乡环境与爱国卫生',
  ideology: '意识形态与宣传阵地',
  organization: '组织领导与考核',
} as const);

export type LevelSlug = (typeof levels.slugs)[number];
export type IssuerSlug = (typeof issuers.slugs)[number];
export type DocTypeSlug = (typeof docTypes.slugs)[number];
export type TopicSlug = (typeof topics.slugs)[number];

/**
 * One line about each term, shown on its browse page. Kept apart from the vocabularies so that
 * the search page's script, which needs only slugs and labels, does not carry this prose.
 */
export const levelDescriptions: Record<LevelSlug, string> = {
  provincial: '省、自治区、直辖市一级的机关和部门。',
  municipal: '地级市及市直部门、市文明委。',
  district: '区、县（含开发区、园区）及其部门。',
  township: '乡镇、街道及其站所。',
  village: '行政村、社区。',
  unit: '企业、事业单位和机关内部单位，不按行政区划分级。',
};

export const issuerDescriptions: Record<IssuerSlug, string> = {
  'party-committee': '各级党委、党工委及其领导同志。',
  'propaganda-dept': '党委宣传部、文明办等宣传思想文化工作部门。',
  'civilization-committee': '各级文明委及其会议。',
  'government-dept': '政府组成部门、直属机构和垂直管理机关。',
  enterprise: '国有企业、民营企业及其分支机构。',
  village: '村党组织、村委会、社区。',
  unspecified: '原文未写明发文机关。',
};

export const docTypeDescriptions: Record<DocTypeSlug, string> = {
  summary: '回顾一个时期工作成效、做法和不足。',
  plan: '安排下一阶段的工作任务和措施。',
  'key-points': '年度工作要点，条目式列出重点任务。',
  scheme: '实施方案、工作方案、考核办法等。',
  program: '五年规划等多年期规划。',
  speech: '领导同志在会议上的讲话。',
  report: '向上级或检查组汇报工作情况。',
};

export const topicDescriptions: Record<TopicSlug, string> = {
  theory: '学习贯彻党的创新理论、理论学习中心组、宣讲。',
  'core-values': '培育和践行社会主义核心价值观。',
  'civilized-city': '全国文明城市、文明典范城市创建与测评。',
  'civilized-unit': '文明单位、文明机关创建。',
  'civilized-village': '文明村镇创建、乡风文明、移风易俗。',
  'civilized-campus': '文明校园创建和学校精神文明建设。',
  'civilized-family': '文明家庭、家风家教、最美家庭。',
  'civilization-practice': '新时代文明实践中心（所、站）和志愿服务。',
  integrity: '社会诚信、政务诚信和信用体系建设。',
  'online-civility': '网络文明建设、网络安全宣传和网上正能量。',
  minors: '未成年人思想道德建设和关心下一代工作。',
  'tradition-festivals': '中华优秀传统文化、“我们的节日”和群众文化活动。',
  'clean-culture': '廉洁文化建设、警示教育和纪律教育。',
  'role-models': '道德模范、身边好人、先进典型的选树和宣传。',
  'workplace-culture': '职工之家、企业文化、机关文化和群团活动。',
  patriotism: '爱国主义教育、党史学习教育和重大节庆活动。',
  environment: '人居环境整治、爱国卫生运动和公共秩序。',
  ideology: '意识形态工作责任制、宣传阵地和舆论引导。',
  organization: '领导体制、工作机制、考核评价和保障措施。',
};

/** Shown wherever a document's year is not known. */
export const UNKNOWN_YEAR_LABEL = '年份不详';
/** URL key of the "year unknown" browse page. */
export const UNKNOWN_YEAR_SLUG = 'unknown';

/**
 * The words the importer reads for when it proposes topics (src/importer/metadata.ts): a topic
 * is proposed when its words occur often enough in a text, and the report names the words found.
 * Data, reviewed in diffs: add a word when a document clearly about a topic was missed.
 */
export const topicWords: Record<TopicSlug, readonly string[]> = {
  theory: ['理论学习', '中心组', '理论武装', '新时代中国特色社会主义思想', '宣讲', '第一议题', '学习强国', '创新理论'],
  'core-values': ['社会主义核心价值观', '核心价值观'],
  'civilized-city': ['文明城市', '文明典范城市', '创城', '测评', '卫生城市'],
  'civilized-unit': ['文明单位', '文明机关', '文明科室', '文明窗口', '文明行业', '文明部门'],
  'civilized-village': ['文明村镇', '文明村', '乡风文明', '移风易俗', '乡村振兴', '美丽乡村', '美丽宜居乡村'],
  'civilized-campus': ['文明校园'],
  'civilized-family': ['文明家庭', '家风', '家教', '最美家庭', '家庭美德'],
  'civilization-practice': ['新时代文明实践', '文明实践', '志愿服务', '志愿者', '学雷锋'],
  integrity: ['诚信', '信用'],
  'online-civility': ['网络文明', '网络安全', '网上', '网络空间', '网络'],
  minors: ['未成年人', '关心下一代', '青少年', '小手拉大手', '小手牵大手'],
  'tradition-festivals': ['我们的节日', '传统文化', '传统美德', '传统节日', '春节', '元宵', '清明', '端午', '中秋', '重阳', '文体活动', '文化活动'],
  'clean-culture': ['廉洁', '廉政', '警示教育', '反腐'],
  'role-models': ['道德模范', '身边好人', '先进典型', '典型', '最美', '英模', '榜样', '先进人物', '模范'],
  'workplace-culture': ['职工之家', '企业文化', '机关文化', '税务文化', '工会', '群团', '职工文化', '文化展厅'],
  patriotism: ['爱国主义', '党史', '建党', '民族精神', '国庆', '红色'],
  environment: ['人居环境', '爱国卫生', '环境整治', '环境卫生', '卫生', '绿化', '垃圾分类', '城乡环境', '生态'],
  ideology: ['意识形态', '宣传阵地', '阵地', '舆论', '宣传思想'],
  organization: ['组织领导', '领导小组', '考核', '工作机制', '保障措施', '责任制', '督查', '督导'],
};

/** Title words that name each document type (the last one in a title decides: "……总结及……计划" is both). */
export const docTypeWords: Record<DocTypeSlug, readonly string[]> = {
  summary: ['总结'],
  plan: ['计划', '工作安排', '计划安排'],
  'key-points': ['要点'],
  scheme: ['方案', '办法', '细则'],
  program: ['规划'],
  speech: ['讲话', '发言'],
  report: ['汇报', '报告'],
};
