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

/** Rules written one a line, "wrong → right: phrase phrase …" (see ROUNDTRIP_RULES). */
function parseRules(table: string): ConversionRule[] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+) → (\S+): (.+)$/.exec(line);
      if (!m) throw new Error(`conversion rule: not "wrong → right: phrases": ${line}`);
      return { wrong: m[1]!, right: m[2]!, contexts: m[3]!.split(' ') };
    });
}

/**
 * The errors found in 003 and the phrases that prove them, one rule a line: the wrong word → the
 * right one: the phrases, separated by spaces. Where a phrase holds two errors ("稳固和开展“三讲")
 * the rule for the first lists it and the fix covers both words.
 */
export const ROUNDTRIP_RULES: readonly ConversionRule[] = parseRules(`
  〞 → ”: 〞
  创立 → 创建: 文明单位创立 精神文明创立活动 开展创立“ 文明创立气氛 等创立“
  根底 → 基础: 的根底上
  效劳 → 服务: 为人民效劳 立足效劳经济建设 效劳水平 效劳社会 社会进步效劳
  稳固 → 巩固: 稳固和扩大 稳固和完善
  稳固和开展 → 巩固和发展: 稳固和开展“三讲
  广阔 → 广大: 最广阔人民群众 广阔干部职工 引导广阔党员 使广阔职工
  那么 → 则: 以身作那么 廉政准那么 实施细那么
  开展 → 发展: 协调开展 科教文体开展 第二层面开展 科学开展观 经济开展和社会进步
  根本道德标准 → 基本道德规范: 公民根本道德标准
  标准 → 规范: 建立标准的管理制度 科学化、标准化 走上标准化、制度化 制度化、标准化 标准和落实各项 进一步标准内部
  方案 → 计划: 方案生育
  平安 → 安全: 美观、平安、有序 平安保卫工作 平安生产
  坚决 → 坚定: 坚决不移 坚决干部职工理想信念 坚决性
  工程 → 项目: 重点工程工程进度
  活泼 → 活跃: 丰富和活泼全体干部
`);

function fixContext(context: string, rule: ConversionRule): string {
  // Only the last occurrence inside the phrase: "重点工程工程进度" -> "重点工程项目进度".
  const at = context.lastIndexOf(rule.wrong);
  return context.slice(0, at) + rule.right + context.slice(at + rule.wrong.length);
}

/** Applies the rules in order; returns the fixed text and every fix made. */
export function fixConversionErrors(text: string, rules: readonly ConversionRule[] = ROUNDTRIP_RULES): { text: string; fixes: ConversionFix[] } {
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
