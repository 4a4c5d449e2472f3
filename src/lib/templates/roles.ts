/**
 * The roles a top-level part of a 公文 plays, whatever its wording: 指导思想 and 总体要求 both
 * say what guides the work; 保障措施, 工作要求 and 组织保障 all close a plan with how it is
 * made to happen. The skeleton pages (src/lib/templates/skeleton.ts) group parts by role.
 *
 * Data, reviewed in diffs: each role has a stable ASCII key, the Chinese label shown on the
 * skeleton page and in the copied outline, and the keywords that give a heading this role.
 * A heading takes the role whose keyword starts earliest in it (ties: the longer keyword),
 * so 下一步工作思路 is 下一步 (next steps), not 工作思路 (guiding thought), and
 * “十四五”……面临的形势、指导思想、基本原则和总体目标 opens with the situation.
 */
import { parseNumbering } from '../numbering.ts';
import type { DocTypeSlug } from '../taxonomy.ts';

export interface PartRole {
  key: string;
  label: string;
  /** Wordings that give a heading this role (substring match, after the numbering). */
  keywords: readonly string[];
  /**
   * The types whose texts have this part, when only some do: what was done, its shortcomings and
   * the next steps belong to texts that look back. A document of several types (a 总结 closing
   * with next year's 计划) gives such a part to these types' skeletons only. Absent: any type.
   */
  types?: readonly DocTypeSlug[];
}

/** Texts that look back on a period: a part saying what was done, what fell short or what comes next is theirs. */
const LOOKING_BACK: readonly DocTypeSlug[] = ['summary', 'report', 'speech'];

export const partRoles: readonly PartRole[] = [
  { key: 'situation', label: '形势和基本情况', keywords: ['面临的形势', '面临形势', '形势分析', '发展现状', '基本情况', '工作背景'] },
  { key: 'significance', label: '重要意义和思想认识', keywords: ['重要意义', '思想认识', '提高认识', '统一思想', '充分认识', '深刻认识', '政治站位'] },
  { key: 'guiding', label: '指导思想', keywords: ['指导思想', '总体要求', '总体思路', '工作思路'] },
  { key: 'principles', label: '基本原则', keywords: ['基本原则', '工作原则', '遵循原则'] },
  { key: 'goals', label: '工作目标', keywords: ['工作目标', '目标任务', '总体目标', '主要目标', '创建目标', '发展目标', '目标要求'] },
  { key: 'standards', label: '工作标准', keywords: ['工作标准', '创建标准', '评价标准', '测评标准'] },
  {
    key: 'tasks',
    label: '主要任务',
    keywords: ['主要任务', '重点任务', '重点工作', '工作任务', '主要内容', '工作内容', '主要重点', '工作重点', '具体任务', '创建内容', '主要工作', '重点内容'],
  },
  { key: 'steps', label: '实施步骤', keywords: ['实施步骤', '工作步骤', '方法步骤', '时间安排', '进度安排', '阶段安排'] },
  {
    key: 'achievements',
    label: '主要做法和成效',
    keywords: ['主要做法', '做法及成效', '做法和成效', '工作成效', '主要成效', '主要成绩', '取得的成效', '工作回顾', '工作开展情况', '工作完成情况'],
    types: LOOKING_BACK,
  },
  {
    key: 'problems',
    label: '存在的问题和不足',
    keywords: ['存在的问题', '存在问题', '问题与不足', '问题和不足', '不足之处', '薄弱环节', '差距和不足'],
    types: LOOKING_BACK,
  },
  { key: 'next-steps', label: '下一步工作打算', keywords: ['下一步', '工作打算', '下一年', '明年', '今后', '工作计划'], types: LOOKING_BACK },
  { key: 'assessment', label: '考核办法', keywords: ['考核对象', '考核内容', '考核依据', '考核办法', '考核方式', '计分标准', '评分标准', '考核结果', '奖惩'] },
  {
    key: 'safeguards',
    label: '保障措施',
    keywords: ['保障措施', '组织保障', '工作保障', '工作要求', '具体要求', '有关要求', '几点要求', '主要措施', '工作措施', '组织领导'],
  },
];

/** A heading's own words: without its numbering and closing punctuation. */
export function partTitle(heading: string): string {
  const n = parseNumbering(heading);
  const rest = n ? heading.trimStart().slice(n.raw.length) : heading;
  return rest.trim().replace(/[。；;：:，,、\s]+$/u, '');
}

/** The role of a top-level heading, or undefined when none of the keywords occurs. */
export function roleOf(heading: string): PartRole | undefined {
  const title = partTitle(heading);
  let best: { role: PartRole; at: number; length: number } | undefined;
  for (const role of partRoles) {
    for (const keyword of role.keywords) {
      const at = title.indexOf(keyword);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && keyword.length > best.length)) best = { role, at, length: keyword.length };
    }
  }
  return best?.role;
}
