/**
 * Rule: undo a faulty 繁简 conversion (simplified -> traditional with Taiwan vocabulary ->
 * simplified), which turned 创建 into 创立, 基础 into 根底, 服务 into 效劳 and so on
 * (CORPUS.md, 003). A word is only fixed inside a context phrase that proves the error:
 * "开展" is right in "开展活动" and wrong in "科教文体开展", so rules list phrases, not words.
 */

export interface ConversionRule {
  /** The wrong word as the conversion left it. */
  wrong: string;
  /** The word the author wrote. */
  right: string;
  /** Phrases (each containing `wrong`) in which the error is certain. */
  contexts: readonly string[];
}

export interface ConversionFix {
  wrong: string;
  right: string;
  /** The context phrase as in the source and as fixed. */
  from: string;
  to: string;
  count: number;
}

/**
 * The errors found in 003 and the phrases that prove them. Where a phrase holds two errors
 * ("稳固和开展“三讲") the rule for the first lists it and the fix covers both words.
 */
export const ROUNDTRIP_RULES: readonly ConversionRule[] = [
  { wrong: '〞', right: '”', contexts: ['〞'] },
  {
    wrong: '创立',
    right: '创建',
    contexts: ['文明单位创立', '精神文明创立活动', '开展创立“', '文明创立气氛', '等创立“'],
  },
  { wrong: '根底', right: '基础', contexts: ['的根底上'] },
  {
    wrong: '效劳',
    right: '服务',
    contexts: ['为人民效劳', '立足效劳经济建设', '效劳水平', '效劳社会', '社会进步效劳'],
  },
  { wrong: '稳固', right: '巩固', contexts: ['稳固和扩大', '稳固和完善'] },
  { wrong: '稳固和开展', right: '巩固和发展', contexts: ['稳固和开展“三讲'] },
  {
    wrong: '广阔',
    right: '广大',
    contexts: ['最广阔人民群众', '广阔干部职工', '引导广阔党员', '使广阔职工'],
  },
  { wrong: '那么', right: '则', contexts: ['以身作那么', '廉政准那么', '实施细那么'] },
  {
    wrong: '开展',
    right: '发展',
    contexts: ['协调开展', '科教文体开展', '第二层面开展', '科学开展观', '经济开展和社会进步'],
  },
  { wrong: '根本道德标准', right: '基本道德规范', contexts: ['公民根本道德标准'] },
  {
    wrong: '标准',
    right: '规范',
    contexts: ['建立标准的管理制度', '科学化、标准化', '走上标准化、制度化', '制度化、标准化', '标准和落实各项', '进一步标准内部'],
  },
  { wrong: '方案', right: '计划', contexts: ['方案生育'] },
  { wrong: '平安', right: '安全', contexts: ['美观、平安、有序', '平安保卫工作', '平安生产'] },
  { wrong: '坚决', right: '坚定', contexts: ['坚决不移', '坚决干部职工理想信念', '坚决性'] },
  { wrong: '工程', right: '项目', contexts: ['重点工程工程进度'] },
  { wrong: '活泼', right: '活跃', contexts: ['丰富和活泼全体干部'] },
];

function fixContext(context: string, rule: ConversionRule): string {
  // Only the last occurrence inside the phrase: "重点工程工程进度" -> "重点工程项目进度".
  const at = context.lastIndexOf(rule.wrong);
  return context.slice(0, at) + rule.right + context.slice(at + rule.wrong.length);
}

/** Applies the rules in order; returns the fixed text and every fix made. */
export function fixConversionErrors(
  text: string,
  rules: readonly ConversionRule[] = ROUNDTRIP_RULES,
): { text: string; fixes: ConversionFix[] } {
  let out = text;
  const fixes: ConversionFix[] = [];
  for (const rule of rules) {
    for (const context of rule.contexts) {
      const count = out.split(context).length - 1;
      if (count === 0) continue;
      const to = fixContext(context, rule);
      out = out.split(context).join(to);
      fixes.push({ wrong: rule.wrong, right: rule.right, from: context, to, count });
    }
  }
  return { text: out, fixes };
}
