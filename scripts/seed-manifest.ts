/**
 * The manifest of the library: for each document, where its text stands in the seeds,
 * its frontmatter, and every per-document fix as data. `scripts/import-seeds.ts` turns it
 * into content/docs/<id>.mdx; a unit test re-runs the conversion so the two never drift.
 *
 * Line numbers are 1-based and inclusive, and exclude the title line(s) (the title is the
 * page's h1, from frontmatter). Every fix must match the cleaned text exactly `count`
 * times (default 1), or the import fails naming the document.
 */
import type { HeadingKind } from '../src/lib/cleaning/index.ts';
import type { DocData, DocEdit } from '../src/lib/schema.ts';

export interface SeedFix {
  kind: DocEdit['kind'];
  from: string;
  /** Replacement; may contain "\n" to start a new paragraph. */
  to: string;
  note: string;
  count?: number;
}

export interface SeedDocument extends Omit<DocData, 'edits' | 'related' | 'notes' | 'permalinks'> {
  /** Seed file in shared/seeds/. */
  seed: string;
  /** First and last line of the body in the seed (1-based, inclusive). */
  lines: [number, number];
  /** Title text at the start of the first body line, dropped (the title is the h1). */
  dropPrefix?: string;
  /** Page headers that precede "第N页" page markers in this text. */
  runningHeaders?: string[];
  /** The body was flattened to one line: restore paragraphs from the numbering. */
  flattened?: boolean;
  /** Join lines cut by page breaks or hard wraps. */
  joinLines?: boolean;
  /** Numbering kinds that become headings (default: all four). */
  headingKinds?: HeadingKind[];
  /** Fix the faulty 繁简 conversion (src/lib/cleaning/conversion.ts). */
  conversion?: boolean;
  fixes?: SeedFix[];
  /** Where the source is cut off: after the block ending with this text, or at the end. */
  gaps?: { after: string | 'end'; note: string }[];
  /** Edits not produced by a fix (e.g. how the title was taken). */
  edits?: DocEdit[];
  related?: DocData['related'];
  notes?: string[];
  /** Pinned anchors, aliases, former ids (see src/lib/anchors/schema.ts); written only when set. */
  permalinks?: DocData['permalinks'];
}

const SITE_002 = { site: '十九范文网', title: '2023年精神文明建设工作要点7篇', file: '002_7632ef7902941c7c.txt' } as const;
const NOTE_002 = '原网页标题为“2023年精神文明建设工作要点7篇”，所收各篇实为2022年的文本。';
const GAP_END = '原文到此中断（以“...”结尾），其后内容未收录';

const SPEECH_A = 'city-committee-2022-speech-a';
const SPEECH_B = 'city-committee-2022-speech-b';

export const manifest: SeedDocument[] = [
  {
    id: 'park-committee-2023-summary-2024-plan',
    seed: '000_f15a235f9087776c.txt',
    lines: [2, 17],
    title: 'XX工委2023年精神文明建设工作总结及2024年工作计划',
    years: [2023, 2024],
    level: 'district',
    issuer: 'party-committee',
    types: ['summary', 'plan'],
    topics: ['theory', 'core-values', 'clean-culture', 'civilization-practice', 'online-civility'],
    summary:
      '区属XX工委回顾2023年理论学习、宣传党的二十大精神、践行核心价值观与廉洁文化、新时代文明实践志愿服务等工作，并列出2024年四项工作计划。',
    source: { site: '未注明', title: 'XX工委2023年精神文明建设工作总结及2024年工作计划', file: '000_f15a235f9087776c.txt' },
    completeness: 'complete',
    fixes: [
      { kind: 'restored-text', from: 'ED显示屏', to: 'LED显示屏', note: '“ED显示屏”缺了首字母，应为“LED显示屏”。' },
    ],
    notes: ['“各办公室进取配合”照录原文（疑为“积极配合”）。'],
  },
  {
    id: 'city-greening-bureau-2024-summary',
    seed: '001_45329d4827c45776.txt',
    lines: [2, 19],
    title: '2024年精神文明建设工作总结',
    years: [2024],
    level: 'municipal',
    issuer: 'government-dept',
    types: ['summary'],
    topics: ['theory', 'civilized-city', 'tradition-festivals', 'workplace-culture', 'integrity', 'minors'],
    summary:
      '市xx局（园林绿化部门）精神文明建设工作总结：理论学习、巩固全国文明城市成果、群众性精神文明创建、“我们的节日”、诚信建设和未成年人思想道德建设等。',
    source: { site: '未注明', title: '>2024>年精神文明建设工作总结', file: '001_45329d4827c45776.txt' },
    completeness: 'complete',
    edits: [
      {
        kind: 'title',
        from: ' >2024>年精神文明建设工作总结',
        to: '2024年精神文明建设工作总结',
        note: '标题行开头残留网页符号“ >2024>”，整理为“2024年”。',
      },
    ],
    fixes: [
      {
        kind: 'split-paragraphs',
        from: '做绿化美化城市的小使者。（七）',
        to: '做绿化美化城市的小使者。\n（七）',
        note: '原文“（七）”一节接在“（六）”段末，整理时另起为标题。',
      },
    ],
    notes: [
      '标题标为2024年，但正文提到党的十九大、纪念建党98周年、“不忘初心、牢记使命”主题教育、脱贫攻坚等，读来像2019年前后的文本改了年份。',
      '文中“《社会信用体系建设规划纲要（2024-2024年）》”的年份显然也被替换过（该纲要的规划期为2014—2020年），照录原文。',
    ],
  },
  {
    id: 'tax-bureau-2022-key-points',
    seed: SITE_002.file,
    lines: [16, 54],
    joinLines: true,
    title: '2022年精神文明工作要点',
    years: [2022],
    level: 'district',
    issuer: 'government-dept',
    types: ['key-points'],
    topics: ['theory', 'patriotism', 'civilized-unit', 'workplace-culture', 'role-models'],
    summary:
      '青海某开发区税务系统2022年精神文明和税务文化建设工作要点：理论武装、迎接党的二十大、思想道德建设、群众性文明创建与税务文化建设。',
    source: { ...SITE_002, part: '篇一' },
    completeness: 'complete',
    notes: [NOTE_002],
  },
  {
    id: 'expressway-branch-14th-five-year-program',
    seed: SITE_002.file,
    lines: [64, 122],
    joinLines: true,
    title: '2022年国有企业精神文明建设“十四五”规划',
    years: [2021, 2022, 2023, 2024, 2025],
    level: 'unit',
    issuer: 'enterprise',
    types: ['program'],
    topics: ['core-values', 'civilized-unit', 'civilization-practice', 'role-models', 'workplace-culture', 'integrity'],
    summary:
      '高速公路运营分公司精神文明建设“十四五”规划：面临形势、指导思想、基本原则和总体目标，八项重点任务和保障措施（原文未完）。',
    source: { ...SITE_002, part: '篇二' },
    completeness: 'truncated',
    edits: [
      {
        kind: 'title',
        from: '2022 年国有企业精神文明建设“十四五”规划 / 公司精神文明建设工作计划安排(2022 年) / 2022 年国有企业精神文明建设“十四五”规划',
        to: '2022年国有企业精神文明建设“十四五”规划',
        note: '原文标题处有三行，第一、三行相同；第二行“公司精神文明建设工作计划安排(2022年)”与正文内容不符，未收入正文。',
      },
    ],
    gaps: [{ after: 'end', note: GAP_END }],
    notes: [NOTE_002, '规划覆盖“十四五”时期（2021—2025年）；标题中的“2022年”为原网页所加。'],
  },
  {
    id: SPEECH_A,
    seed: SITE_002.file,
    lines: [128, 168],
    joinLines: true,
    title: '在2022年市精神文明建设委员会(扩大)会议上的讲话',
    version: '版本一：地名隐去',
    years: [2022],
    level: 'municipal',
    issuer: 'civilization-committee',
    types: ['speech'],
    topics: ['civilized-city', 'theory', 'role-models', 'civilization-practice', 'environment'],
    summary:
      '在2022年市精神文明建设委员会（扩大）会议上的讲话：分析文明城市测评失分项，部署争创全国文明典范城市的六大行动（地名多以XX代替，原文未完）。',
    source: { ...SITE_002, part: '篇三' },
    completeness: 'truncated',
    edits: [
      {
        kind: 'title',
        from: 'mdash; 1 — 在 2022 年市精神文明建设委员会 (扩大)会议上的讲话',
        to: '在2022年市精神文明建设委员会(扩大)会议上的讲话',
        note: '标题行前的页码“mdash; 1 —”和多余空格已去掉。',
      },
    ],
    gaps: [{ after: 'end', note: GAP_END }],
    related: [
      {
        id: SPEECH_B,
        relation: 'version',
        note: '同一篇讲话的另一版本，保留了更多地方细节（测评得分、蓉城、天府文化等）。',
      },
    ],
    notes: [NOTE_002, '“髙品质”“由水人城”（另一版本作“山水人城”）等照录原文。'],
  },
  {
    id: 'district-2022-key-points',
    seed: SITE_002.file,
    lines: [174, 212],
    joinLines: true,
    title: '2022年全区精神文明建设工作要点',
    years: [2022],
    level: 'district',
    issuer: 'civilization-committee',
    types: ['key-points'],
    topics: [
      'civilization-practice',
      'civilized-city',
      'civilized-village',
      'civilized-unit',
      'civilized-family',
      'civilized-campus',
      'integrity',
      'online-civility',
      'role-models',
      'minors',
      'tradition-festivals',
    ],
    summary:
      '某区2022年精神文明建设工作要点：深化新时代文明实践、实施文明城市村镇单位家庭校园创建工程、推进诚信网络文明等文明培育行动，各项注明责任单位。',
    source: { ...SITE_002, part: '篇四' },
    completeness: 'complete',
    edits: [
      {
        kind: 'restored-text',
        from: '022 年全区精神文明建设工作要点',
        to: '2022年全区精神文明建设工作要点',
        note: '标题开头的“2”在原文中丢失，据正文“做好2022年全区精神文明建设工作”补回。',
      },
    ],
    notes: [NOTE_002],
  },
  {
    id: 'organ-2022-creation-plan',
    seed: SITE_002.file,
    lines: [216, 242],
    dropPrefix: '2022 年度精神文明创建工作计划 ',
    joinLines: true,
    title: '2022年度精神文明创建工作计划',
    years: [2022],
    level: 'unit',
    issuer: 'government-dept',
    types: ['plan'],
    topics: ['civilized-unit', 'theory', 'workplace-culture', 'civilization-practice'],
    summary:
      '某机关（XXX）2022年度精神文明创建工作计划：指导思想，队伍建设、宣传教育、文明创建与志愿服务三项重点，领导重视、齐抓共管、健全制度三项要求。',
    source: { ...SITE_002, part: '篇五' },
    completeness: 'complete',
    edits: [{ kind: 'title', note: '原文标题与第一段正文连在同一行，整理时把标题分出。' }],
    notes: [NOTE_002],
  },
  {
    id: 'city-management-2022-scheme',
    seed: SITE_002.file,
    lines: [248, 300],
    joinLines: true,
    title: '2022年度精神文明建设工作方案',
    years: [2022],
    level: 'municipal',
    issuer: 'government-dept',
    types: ['scheme'],
    topics: ['civilized-unit', 'theory', 'role-models', 'civilization-practice', 'online-civility', 'clean-culture', 'tradition-festivals'],
    summary:
      '某市城市管理局2022年度精神文明建设工作方案：指导思想、创建总体目标、十五项创建内容和标准、保障措施。',
    source: { ...SITE_002, part: '篇六（方案篇一）' },
    completeness: 'complete',
    edits: [
      {
        kind: 'title',
        from: '22 年精神文明建设工作方案 篇一',
        to: '2022年度精神文明建设工作方案',
        note: '原文标题缺“20”，“篇一”是合集内的序号；标题取正文“特制定2022年度精神文明建设工作方案”的说法。',
      },
    ],
    notes: [NOTE_002, '正文称2022年为“全面建成小康社会和十四五规划的开局之年”，与实际（2021年）不符，照录原文。'],
  },
  {
    id: 'village-assessment-scheme',
    seed: SITE_002.file,
    lines: [304, 348],
    joinLines: true,
    headingKinds: ['cn'],
    title: '2022年精神文明建设工作方案（考核办法）',
    years: [2022],
    level: 'village',
    issuer: 'village',
    types: ['scheme'],
    topics: ['civilized-village', 'organization', 'theory', 'clean-culture'],
    summary: '某村精神文明建设考核办法：指导思想、组织领导、考核对象，按分值列出的九项考核内容和计分标准，考核依据和办法。',
    source: { ...SITE_002, part: '篇六（方案篇二）' },
    completeness: 'complete',
    edits: [
      {
        kind: 'title',
        from: '2022 年精神文明建设工作方案 篇二',
        to: '2022年精神文明建设工作方案（考核办法）',
        note: '“篇二”是合集内的序号，未入标题；正文自称“考核办法”，标于括号内，以便与同名方案区分。',
      },
    ],
    notes: [
      NOTE_002,
      '标为2022年，正文作“20xx年度”，照录。',
      '“党支部书记 副组长”“办公室主任由 。”处的空白是原文留给填写姓名的位置，照录。',
      '考核内容各条按原文编号“1、”“2、”保留为段落，不作小标题。',
    ],
  },
  {
    id: 'bureau-2022-creation-scheme',
    seed: SITE_002.file,
    lines: [352, 382],
    joinLines: true,
    title: '2022年精神文明创建工作实施方案',
    years: [2022],
    level: 'municipal',
    issuer: 'government-dept',
    types: ['scheme'],
    topics: ['civilized-unit', 'theory', 'core-values', 'patriotism', 'civilization-practice', 'civilized-city'],
    summary:
      '宁夏某局（自治区文明单位）2022年精神文明创建工作实施方案：工作目标、工作标准，理想信念教育、核心价值观和社会文明新风等工作内容（原文未完）。',
    source: { ...SITE_002, part: '篇六（方案篇三）' },
    completeness: 'truncated',
    edits: [
      {
        kind: 'title',
        from: '2022 年精神文明建设工作方案 篇三',
        to: '2022年精神文明创建工作实施方案',
        note: '“篇三”是合集内的序号；标题取正文“特制订2022年精神文明创建工作实施方案”的说法。',
      },
    ],
    gaps: [{ after: 'end', note: GAP_END }],
    notes: [NOTE_002, '正文称这一年是“中国共产党成立X周年”“‘十四五’规划开局”之年，要“突出庆祝建党百年”，内容更像2021年的文本。'],
  },
  {
    id: SPEECH_B,
    seed: SITE_002.file,
    lines: [388, 422],
    joinLines: true,
    title: '在2022年市精神文明建设委员会(扩大)会议上的讲话',
    version: '版本二：地方细节较多',
    years: [2022],
    level: 'municipal',
    issuer: 'civilization-committee',
    types: ['speech'],
    topics: ['civilized-city', 'theory', 'role-models', 'civilization-practice', 'environment'],
    summary:
      '同一篇讲话的另一版本，地方细节更多（测评得分、蓉城、天府文化等）：部署争创全国文明典范城市的六大行动（原文未完）。',
    source: { ...SITE_002, part: '篇七' },
    completeness: 'truncated',
    edits: [
      {
        kind: 'title',
        from: '精神文明建设委员会(扩大)会议上的讲话',
        to: '在2022年市精神文明建设委员会(扩大)会议上的讲话',
        note: '原文标题缺开头，据同一讲话的另一版本（篇三）补足“在2022年市”。',
      },
    ],
    gaps: [{ after: 'end', note: GAP_END }],
    related: [
      {
        id: SPEECH_A,
        relation: 'version',
        note: '同一篇讲话的另一版本，地名多以XX代替，细节较少。',
      },
    ],
    notes: [NOTE_002, '原文中英文引号混用（"与“”），照录。'],
  },
  {
    id: 'district-propaganda-2023-scheme',
    seed: '003_afb55255690c921b.txt',
    lines: [23, 23],
    dropPrefix: '区委宣传部年度精神文明工作方案 区委宣传部2023年度精神文明工作方案 ',
    runningHeaders: ['区委宣传部年度精神文明工作方案'],
    flattened: true,
    conversion: true,
    title: '区委宣传部2023年度精神文明工作方案',
    years: [2023],
    level: 'district',
    issuer: 'propaganda-dept',
    types: ['scheme'],
    topics: ['civilized-unit', 'theory', 'ideology', 'clean-culture', 'tradition-festivals'],
    summary:
      '区委宣传部争创省级文明单位的年度精神文明工作方案：工作目标、六项工作任务和主要措施；原文为网页预览，只有前半部分。',
    source: { site: '汇文网', title: '2023年区委宣传部年度精神文明工作方案.doc', file: '003_afb55255690c921b.txt' },
    completeness: 'truncated',
    fixes: [
      {
        kind: 'restored-structure',
        from: '一、指导思想 :',
        to: '一、指导思想',
        note: '原文“一、指导思想”后只有一个冒号，没有正文；整理时去掉冒号，并在此处标明原文缺失。',
      },
    ],
    gaps: [
      { after: '一、指导思想', note: '原文此节只有一个冒号，正文缺失' },
      { after: 'end', note: '原文为网页预览（原文档共15页），到此为止，其后内容未收录' },
    ],
    notes: [
      '标为2023年，但正文提到“十六大”“保持共产党员先进性教育活动”“纪念抗日战争胜利60周年”“十一五”规划等，读来像2005年前后的文本。',
      '原文经过有误的繁简转换，整理说明逐条列出已改正之处；“提代号当地保障”“自受坚持”“存大的”“整整融洽”“建立建全”“反腐拒变”“对干部进行、法律、科技等知识培训”等处疑有错误或脱字，但原意无法确证，照录原文。',
      '“平安蕉城”是地方平安建设的名称，不属转换错误，未改。',
      '编号条目首句较长、没有小标题的（如“1、认真抓好部领导班子建设,……”），保留为带编号的段落。',
    ],
  },
  {
    id: 'district-five-creations-report',
    seed: '004_27c1367abb880441.txt',
    lines: [2, 66],
    title: '区“五大创建”城乡精神文明建设工作汇报',
    years: [],
    level: 'district',
    issuer: 'unspecified',
    types: ['report'],
    topics: ['civilized-city', 'civilized-unit', 'civilized-village', 'civilized-campus', 'civilized-family', 'core-values'],
    summary:
      'X区“五大创建”（文明城市、文明单位、文明村镇、文明校园、文明家庭）城乡精神文明建设工作汇报：主要做法及成效、存在的问题与不足、下一步工作打算。',
    source: { site: '未注明', title: '区“五大创建”城乡精神文明建设工作汇报', file: '004_27c1367abb880441.txt' },
    completeness: 'complete',
    fixes: [
      '推动全国文明城市创建常态长效',
      '健全工作机制,确保创建有序开展',
      '改善农村人居环境,建设美丽宜居乡村',
      '加强思想政治教育,筑牢学生理想信念根基',
      '弘扬家庭美德,传承优良家风',
      '部分群众参与度不高',
      '深化理论武装,筑牢思想根基',
    ].map((heading) => ({
      kind: 'restored-numbering' as const,
      from: `\n${heading}\n`,
      to: `\n1.${heading}\n`,
      note: '此小标题在原文中丢了编号“1.”（其后各条为“2.”“3.”），整理时补回。',
    })),
    notes: ['原文未写年份。', '原文几处作“学习了习近平新时代中国特色社会主义思想”，照录。'],
  },
];
