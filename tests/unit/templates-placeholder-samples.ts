/** Fill-in samples shared by the detector's tests and the 公文 grammar's (they must agree). */
import type { FillInKind } from '../../src/lib/templates/placeholders';

/** Text → the spots in it (kind, text), from the corpus and the issue. */
export const FILL_IN_SAMPLES: [string, [FillInKind, string][]][] = [
  [
    '中共XX区XX工委坚持以',
    [
      ['x', 'XX'],
      ['x', 'XX'],
    ],
  ],
  ['学习宣传贯彻党的XX大精神', [['x', 'XX']]],
  ['开展专题讨论x次', [['x', 'x']]],
  ['通过这些措施，X区社区服务更', [['x', 'X']]],
  ['安排xxx名干部职工结对', [['x', 'xxx']]],
  ['组织劳务输出XXXX人次', [['x', 'XXXX']]],
  ['的重要一年，XXXXX精神文明和税务文化', [['x', 'XXXXX']]],
  ['确保20xx年度精神文明建设', [['year', '20xx']]],
  ['20XX年工作要点', [['year', '20XX']]],
  [
    '（x文明委〔2024〕x号）',
    [
      ['x', 'x'],
      ['docnum', '〔2024〕x号'],
    ],
  ],
  ['印发〔20XX〕X号文件', [['docnum', '〔20XX〕X号']]],
  ['集团公司“***”战略', [['mask', '***']]],
  ['是**奋力谱写', [['mask', '**']]],
  ['总书记三次来*考察重要讲话', [['mask', '*']]],
  ['“＊＊＊好青年”', [['mask', '＊＊＊']]],
  [
    '某某同志在某市调研',
    [
      ['mou', '某某'],
      ['mou', '某'],
    ],
  ],
  ['××单位', [['x', '××']]],
  [
    '○○县○○村',
    [
      ['circle', '○○'],
      ['circle', '○○'],
    ],
  ],
  [
    '建设新时代幸福xx”xx地区',
    [
      ['x', 'xx'],
      ['x', 'xx'],
    ],
  ],
  ['建党X周年献礼', [['x', 'X']]],
  // A single X after Chinese or a list mark is still a blank; only a Latin word or letter makes it a name or a variable.
  ['评选出 X名先进个人', [['x', 'X']]],
  [
    'X区、X县两地',
    [
      ['x', 'X'],
      ['x', 'X'],
    ],
  ],
  [
    'XX、XX两个方面',
    [
      ['x', 'XX'],
      ['x', 'XX'],
    ],
  ],
  ['CBD、X区', [['x', 'X']]],
  ['手机App XX版上线', [['x', 'XX']]],
  ['Y型、X名', [['x', 'X']]],
];

/** Texts without any spot: Latin words, X-rays, ordinary 某, complete 文号, dates. */
export const NOT_FILL_IN_SAMPLES: string[] = [
  'LED显示屏滚动播放',
  '尺码XXL的文化衫',
  '做X光检查',
  '拍x光片，配X射线防护',
  'X型结构和X轴',
  '制作一批精品vcd光盘',
  'Xbox游戏机',
  'X86服务器',
  '3x3篮球赛',
  '长3×4米的展板',
  'X-ray',
  // A lone x between ASCII words or signs is a variable in code or markup, not a Chinese blank.
  '文中抄有代码 import x from "y" 和 <img src=x onerror=alert(1)>',
  '某些单位、某种程度上、某一方面',
  '二〇〇八年北京奥运会',
  '2024年3月5日',
  '（市文明委〔2024〕3号）',
  '公式a*b',
  '注：* 为必填项',
  // A single X after a Latin word and a space is a name; listed with another single letter, a variable.
  'iPhone X手机',
  '苹果 iPhone X 发布',
  '系统为Mac OS X',
  '从X、Y两个方面',
  '坐标轴X和Y',
  'A、B、X三类',
  'X/Y比值',
];
