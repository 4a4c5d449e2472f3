/**
 * Rule: strip site chrome and other noise lines (CORPUS.md, "Noise to remove").
 * The seeds were collected from 范文 websites; these lines are the sites' navigation,
 * download widgets and advertisements, never part of a document.
 */

/** Patterns of whole lines that are site chrome. Matched against the trimmed line. */
export const NOISE_LINE_PATTERNS: readonly RegExp[] = [
  /^手机版$/,
  /^您的当前位置[:：]/,
  /^来源[:：].*时间[:：]/,
  /^分享$/,
  /^下载文档$/,
  /^ID[:：]\d+$/,
  /^大小[:：]/,
  /^页数[:：]/,
  /^格式[:：]/,
  /^时间[:：]\d{4}-\d{2}-\d{2}$/,
  /^收藏\s*分享赚钱$/,
  /^温馨提示[:：]?$/,
  /^网站客服[:：]/,
  /^此文档下载收益归作者所有$/,
  /^你可能关注的文档$/,
  /^收起$/,
  /^展开$/,
  /^推荐访问[:：]/,
  /^十九范文网\s*www\./,
  /^Copyright\s/i,
  /^Top$/,
  /^预览阅读已结束/,
  /^请点击👉.*👈联系老师$/u,
];

/** Strings that must never appear in a cleaned document (used by the content QA tests). */
export const NOISE_STRINGS: readonly string[] = [
  '手机版',
  '您的当前位置',
  '来源:网友投稿',
  '下载文档',
  '收藏 分享赚钱',
  '分享赚钱',
  '温馨提示',
  '网站客服',
  '2023 区委 宣传部 年度 精神文明 工作方案',
  '此文档下载收益归作者所有',
  '你可能关注的文档',
  '推荐访问',
  '十九范文网',
  'www.ib19.com',
  'Copyright',
  '预览阅读已结束',
  '联系老师',
  '👉',
  '👈',
  '##paidbegin##',
  '##paidend##',
  '汇文网',
  '下面是小编为大家整理的',
];

/** True when a line (trimmed) is site chrome. */
export function isNoiseLine(line: string, extra: readonly RegExp[] = []): boolean {
  const t = line.trim();
  return [...NOISE_LINE_PATTERNS, ...extra].some((re) => re.test(t));
}

/** Removes site-chrome lines; `extra` adds patterns for one source (e.g. its keyword line). */
export function stripNoiseLines(lines: readonly string[], extra: readonly RegExp[] = []): string[] {
  return lines.filter((line) => !isNoiseLine(line, extra));
}

/** "当前位置：", "您现在的位置：", "您的位置：", "所在位置：" before a breadcrumb. */
const CRUMB_PREFIX = /^(?:您(?:现在|当前)?的(?:当前|所在)?位置|您(?:当前|现在)(?:所在)?位置|(?:当前|所在|现在)(?:所在)?位置)\s*[:：]\s*/u;
/** The separators sites put between breadcrumb steps: > ＞ » › → / (and ">>", "&gt;"). */
const CRUMB_SEPARATOR = /\s*(?:&gt;|[>＞»›→/／])+\s*/u;
/** A breadcrumb's first step when no prefix names it as one. */
const CRUMB_HOME = /^(?:网站首页|首页|主页|返回首页|home)$/iu;
/** A breadcrumb step: a short name, with a letter or Han character, no sentence punctuation. */
const CRUMB_STEP = /^(?=.*[\p{L}])[^。，；！？,;!?：:“”"]{1,30}$/u;

/**
 * Rule: a web page's breadcrumb ("首页 > 工作计划 > 正文", "当前位置：首页 > 范文 > 工作总结",
 * "您现在的位置：首页 > 心得体会"), with any of the separators > ＞ » › → /. It is one only when the
 * whole line is steps: named by a position prefix (then at least two steps), or opening with
 * 首页 (at least two steps) or a site name ending in 网 (at least three). So a sentence that
 * merely holds ">" ("满意率>95%", "a > b") is never one.
 */
export function isBreadcrumbLine(line: string): boolean {
  const t = line.trim();
  const prefix = CRUMB_PREFIX.exec(t);
  const steps = t
    .slice(prefix ? prefix[0].length : 0)
    .split(CRUMB_SEPARATOR)
    .map((s) => s.trim());
  if (steps.length < 2 || !steps.every((s) => CRUMB_STEP.test(s))) return false;
  if (prefix) return true;
  return CRUMB_HOME.test(steps[0]!) || (steps.length >= 3 && /^\S{1,7}网$/u.test(steps[0]!));
}

/** Rule: strip the paywall markers `##paidbegin##` / `##paidend##` wherever they stand. */
export function stripPaywallMarkers(text: string): string {
  return text.replace(/##paid(?:begin|end)##/g, '');
}
