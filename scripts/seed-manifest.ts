/**
 * What no rule can find about the library's own documents: for each document the importer
 * makes of the seeds (matched by source file and part), its chosen id, the reviewed topics and
 * summary, a reviewed title where the text's own title is incomplete or ambiguous, the fields
 * the rules propose differently from the reviewed reading, version links, notes for readers and
 * text fixes no rule can prove. Cutting, cleaning and structure come from the importer
 * (src/importer/pipeline.ts); `scripts/import-seeds.ts` applies this on top of it.
 *
 * Every fix must match the imported text exactly `count` times (default 1), and every document
 * of the seeds must have an entry, or the import fails naming the document.
 */
import type { DocData, DocEdit } from '../src/lib/schema.ts';

export interface SeedFix {
  kind: DocEdit['kind'];
  from: string;
  to: string;
  note: string;
  count?: number;
}

export interface SeedEntry {
  /** Seed file in content/sources/ (a copy of shared/seeds/). */
  file: string;
  /** The part the importer names, for a compilation ("篇三", "篇六（方案篇一）"). */
  part?: string;
  id: DocData['id'];
  /** A reviewed title, where the text's own is incomplete; `titleNote` says why (shown in 整理说明). */
  title?: string;
  titleNote?: string;
  version?: string;
  /** Only where the reviewed reading differs from what the importer proposes. */
  years?: DocData['years'];
  level?: DocData['level'];
  issuer?: DocData['issuer'];
  topics: DocData['topics'];
  summary: string;
  fixes?: SeedFix[];
  related?: DocData['related'];
  notes?: string[];
  permalinks?: DocData['permalinks'];
}

const F000 = '000_f15a235f9087776c.txt';
const F001 = '001_45329d4827c45776.txt';
const F002 = '002_7632ef7902941c7c.txt';
const F003 = '003_afb55255690c921b.txt';
const F004 = '004_27c1367abb880441.txt';
const NOTE_002 = '原网页标题为“2023年精神文明建设工作要点7篇”，所收各篇实为2022年的文本。';
const SPEECH_A = 'city-committee-2022-speech-a';
const SPEECH_B = 'city-committee-2022-speech-b';

export const manifest: SeedEntry[] = [
  {
    file: F000,
    id: 'park-committee-2023-summary-2024-plan',
    topics: ['theory', 'core-values', 'clean-culture', 'civilization-practice', 'online-civility', 'environment'],
    summary: '区属XX工委回顾2023年理论学习、宣传党的XX大精神、践行核心价值观与廉洁文化、新时代文明实践志愿服务等工作，并列出2024年四项工作计划。',
    fixes: [{ kind: 'restored-text', from: 'ED显示屏', to: 'LED显示屏', note: '“ED显示屏”缺了首字母，应为“LED显示屏”。' }],
    notes: ['“各办公室进取配合”照录原文（疑为“积极配合”）。'],
  },
  {
    file: F001,
    id: 'city-greening-bureau-2024-summary',
    topics: [
      'theory',
      'civilized-city',
      'civilization-practice',
      'environment',
      'role-models',
      'tradition-festivals',
      'integrity',
      'online-civility',
      'minors',
      'workplace-culture',
    ],
    summary: '市xx局（园林绿化部门）精神文明建设工作总结：理论学习、巩固全国文明城市成果、群众性精神文明创建、“我们的节日”、诚信建设和未成年人思想道德建设等。',
    notes: [
      '标题标为2024年，但正文提到党的十九大、纪念建党98周年、“不忘初心、牢记使命”主题教育、脱贫攻坚等，读来像2019年前后的文本改了年份。',
      '文中“《社会信用体系建设规划纲要（2024-2024年）》”的年份显然也被替换过（该纲要的规划期为2014—2020年），照录原文。',
    ],
  },
  {
    file: F002,
    part: '篇一',
    id: 'tax-bureau-2022-key-points',
    level: 'district',
    topics: ['theory', 'patriotism', 'civilized-unit', 'workplace-culture', 'role-models', 'civilization-practice'],
    summary: '青海某开发区税务系统2022年精神文明和税务文化建设工作要点：理论武装、迎接党的二十大、思想道德建设、群众性文明创建与税务文化建设。',
    notes: [NOTE_002],
  },
  {
    file: F002,
    part: '篇二',
    id: 'expressway-branch-14th-five-year-program',
    topics: [
      'theory',
      'core-values',
      'civilized-unit',
      'civilization-practice',
      'role-models',
      'workplace-culture',
      'integrity',
      'environment',
      'online-civility',
      'ideology',
      'organization',
    ],
    summary: '高速公路运营分公司精神文明建设“十四五”规划：面临形势、指导思想、基本原则和总体目标，八项重点任务和保障措施（原文未完）。',
    notes: [NOTE_002, '规划覆盖“十四五”时期（2021—2025年）；标题中的“2022年”为原网页所加。'],
  },
  {
    file: F002,
    part: '篇三',
    id: SPEECH_A,
    version: '版本一：地名隐去',
    topics: ['civilized-city', 'theory', 'role-models', 'civilization-practice', 'environment', 'tradition-festivals', 'ideology', 'patriotism'],
    summary: '在2022年市精神文明建设委员会（扩大）会议上的讲话：分析文明城市测评失分项，部署争创全国文明典范城市的六大行动（地名多以XX代替，原文未完）。',
    related: [{ id: SPEECH_B, relation: 'version', note: '同一篇讲话的另一版本，保留了更多地方细节（测评得分、蓉城、天府文化等）。' }],
    notes: [NOTE_002, '“髙品质”“由水人城”（另一版本作“山水人城”）等照录原文。'],
  },
  {
    file: F002,
    part: '篇四',
    id: 'district-2022-key-points',
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
    summary: '某区2022年精神文明建设工作要点：深化新时代文明实践、实施文明城市村镇单位家庭校园创建工程、推进诚信网络文明等文明培育行动，各项注明责任单位。',
    notes: [NOTE_002],
  },
  {
    file: F002,
    part: '篇五',
    id: 'organ-2022-creation-plan',
    level: 'unit',
    issuer: 'government-dept',
    topics: ['civilized-unit', 'theory', 'workplace-culture', 'civilization-practice', 'organization'],
    summary: '某机关（XXX）2022年度精神文明创建工作计划：指导思想，队伍建设、宣传教育、文明创建与志愿服务三项重点，领导重视、齐抓共管、健全制度三项要求。',
    notes: [NOTE_002],
  },
  {
    file: F002,
    part: '篇六（方案篇一）',
    id: 'city-management-2022-scheme',
    title: '2022年度精神文明建设工作方案',
    titleNote: '标题取正文“特制定2022年度精神文明建设工作方案”的说法。',
    level: 'municipal',
    topics: [
      'civilized-unit',
      'theory',
      'core-values',
      'role-models',
      'civilization-practice',
      'online-civility',
      'clean-culture',
      'tradition-festivals',
      'organization',
    ],
    summary: '某市城市管理局2022年度精神文明建设工作方案：指导思想、创建总体目标、十五项创建内容和标准、保障措施。',
    notes: [NOTE_002, '正文称2022年为“全面建成小康社会和十四五规划的开局之年”，与实际（2021年）不符，照录原文。'],
  },
  {
    file: F002,
    part: '篇六（方案篇二）',
    id: 'village-assessment-scheme',
    title: '2022年精神文明建设工作方案（考核办法）',
    titleNote: '正文自称“考核办法”，标于括号内，以便与同名方案区分。',
    topics: ['civilized-village', 'organization', 'theory', 'clean-culture'],
    summary: '某村精神文明建设考核办法：指导思想、组织领导、考核对象，按分值列出的九项考核内容和计分标准，考核依据和办法。',
    notes: [
      NOTE_002,
      '标为2022年，正文作“20xx年度”，照录。',
      '“党支部书记 副组长”“办公室主任由 。”处的空白是原文留给填写姓名的位置，照录。',
      '考核内容各条按原文编号“1、”“2、”保留为段落，不作小标题。',
    ],
  },
  {
    file: F002,
    part: '篇六（方案篇三）',
    id: 'bureau-2022-creation-scheme',
    title: '2022年精神文明创建工作实施方案',
    titleNote: '标题取正文“特制订2022年精神文明创建工作实施方案”的说法。',
    level: 'municipal',
    topics: ['civilized-unit', 'theory', 'core-values', 'patriotism', 'civilization-practice', 'civilized-city'],
    summary: '宁夏某局（自治区文明单位）2022年精神文明创建工作实施方案：工作目标、工作标准，理想信念教育、核心价值观和社会文明新风等工作内容（原文未完）。',
    notes: [NOTE_002, '正文称这一年是“中国共产党成立X周年”“‘十四五’规划开局”之年，要“突出庆祝建党百年”，内容更像2021年的文本。'],
  },
  {
    file: F002,
    part: '篇七',
    id: SPEECH_B,
    title: '在2022年市精神文明建设委员会（扩大）会议上的讲话',
    titleNote: '原文标题缺开头，据同一讲话的另一版本（篇三）补足“在2022年市”。',
    version: '版本二：地方细节较多',
    topics: ['civilized-city', 'theory', 'role-models', 'civilization-practice', 'environment', 'tradition-festivals', 'ideology', 'patriotism'],
    summary: '同一篇讲话的另一版本，地方细节更多（测评得分、蓉城、天府文化等）：部署争创全国文明典范城市的六大行动（原文未完）。',
    related: [{ id: SPEECH_A, relation: 'version', note: '同一篇讲话的另一版本，地名多以XX代替，细节较少。' }],
    notes: [NOTE_002],
  },
  {
    file: F003,
    id: 'district-propaganda-2023-scheme',
    topics: ['civilized-unit', 'theory', 'ideology', 'clean-culture', 'tradition-festivals', 'patriotism', 'organization'],
    summary: '区委宣传部争创省级文明单位的年度精神文明工作方案：工作目标、六项工作任务和主要措施；原文为网页预览，只有前半部分。',
    notes: [
      '标为2023年，但正文提到“十六大”“保持共产党员先进性教育活动”“纪念抗日战争胜利60周年”“十一五”规划等，读来像2005年前后的文本。',
      '原文经过有误的繁简转换，整理说明逐条列出已改正之处；“提代号当地保障”“自受坚持”“存大的”“整整融洽”“建立建全”“反腐拒变”“对干部进行、法律、科技等知识培训”等处疑有错误或脱字，但原意无法确证，照录原文。',
      '“平安蕉城”是地方平安建设的名称，不属转换错误，未改。',
      '同一组编号条目中有的没有简短的小标题（如“1、认真抓好部领导班子建设，……”），这样的一组整组保留为带编号的段落，不作标题。',
    ],
    // The items of lists that lost their headings (one form per list) are numbered paragraphs now;
    // their published anchors lead to them.
    permalinks: {
      pins: {},
      aliases: {
        's3-1-2': 's3-1-p3',
        's3-1-2-p1': 's3-1-p3',
        's3-1-3': 's3-1-p4',
        's3-1-3-p1': 's3-1-p4',
        's3-1-4': 's3-1-p5',
        's3-1-4-p1': 's3-1-p5',
        's3-3-1': 's3-3-p2',
        's3-3-1-p1': 's3-3-p2',
        's3-3-2': 's3-3-p3',
        's3-3-2-p1': 's3-3-p3',
        's3-3-3': 's3-3-p4',
        's3-3-3-p1': 's3-3-p4',
        's3-5-1': 's3-5-p2',
        's3-5-1-p1': 's3-5-p2',
        's3-5-2': 's3-5-p3',
        's3-5-2-p1': 's3-5-p3',
        's3-5-2-p2': 's3-5-p4',
        's4-5-1': 's4-5-p1',
        's4-5-1-p1': 's4-5-p1',
        's4-5-2': 's4-5-p2',
        's4-5-2-p1': 's4-5-p2',
        's4-5-3': 's4-5-p3',
        's4-5-3-p1': 's4-5-p3',
        's4-5-4': 's4-5-p4',
        's4-5-4-p1': 's4-5-p4',
        's4-5-4-p2': 's4-5-p5',
      },
      formerIds: [],
    },
  },
  {
    file: F004,
    id: 'district-five-creations-report',
    issuer: 'unspecified',
    topics: [
      'civilized-city',
      'civilized-unit',
      'civilized-village',
      'civilized-campus',
      'civilized-family',
      'theory',
      'core-values',
      'tradition-festivals',
      'civilization-practice',
      'environment',
      'role-models',
      'organization',
    ],
    summary: 'X区“五大创建”（文明城市、文明单位、文明村镇、文明校园、文明家庭）城乡精神文明建设工作汇报：主要做法及成效、存在的问题与不足、下一步工作打算。',
    notes: ['原文未写年份。', '原文几处作“学习了习近平新时代中国特色社会主义思想”，照录。'],
  },
];
