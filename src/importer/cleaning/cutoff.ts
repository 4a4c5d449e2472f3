/**
 * Rule: where a page stops showing the text. Preview and paywall markers ("全文预览已结束",
 * "此处隐藏4260个字", "省略673字,正式会员可完整阅读", "[此文共5020字]", "已阅读5页,还剩1页未读")
 * are the site's words, not the document's: each is removed, and the text is marked truncated
 * with a visible gap where it stood.
 */

/** Markers, found anywhere in a line. */
const MARKERS: readonly RegExp[] = [
  // A preview's end takes the rest of its line with it ("预览阅读已结束，若您需要全文或代笔。").
  /[（(【[]?\s*(?:全文|文档|本文档?)?(?:预览阅读|预览|试读|阅读)(?:已|就)?(?:结束|完毕).*$/u,
  /[（(【[]?\s*(?:此处|以下|中间|后面|下文)?(?:已)?(?:隐藏|省略|折叠)了?\s*[0-9,，]+\s*(?:个)?字[^。\n]{0,6}?[）)】\]]?/u,
  /[，,]?\s*(?:正式|VIP|vip|高级|付费)?会员(?:才)?(?:可|能|可以)?(?:完整|查看|阅读|免费)(?:阅读|查看|下载)?(?:全文|完整版|剩余内容)?[。！!]?/u,
  /(?:开通|购买|升级)(?:VIP|vip|会员)\S{0,10}?(?:查看|阅读|下载)\S{0,6}/u,
  /(?:登录|付费|购买|支付)(?:后)?(?:即可|可)?(?:查看|阅读|下载)(?:全文|完整(?:版|内容)?|剩余(?:内容|部分)?)/u,
  /[【[（(]\s*(?:此文|全文|本文)共\s*[0-9,，]+\s*字\s*[】\]）)]/u,
  /已阅读\s*\d+\s*页[,，]?\s*(?:还剩|剩余)\s*\d+\s*页(?:未读)?\s*(?:[,，]?\s*继续(?:免费)?阅读)?/u,
  /(?:查看|阅读|展开|点击查看)(?:全文|完整版|剩余(?:内容)?|更多内容)(?:[>》»]+)?$/u,
];

export interface CutMarker {
  /** The marker as written. */
  marker: string;
  /** The line without it (may be empty). */
  rest: string;
}

/** The preview or paywall markers in a line, removed; undefined when there is none. */
export function findCutMarker(line: string): CutMarker | undefined {
  let rest = line;
  const found: string[] = [];
  for (const re of MARKERS) {
    const global = new RegExp(re.source, `${re.flags}g`);
    rest = rest.replace(global, (m) => {
      found.push(m.trim());
      return '';
    });
  }
  if (found.length === 0) return undefined;
  return { marker: found.join(' '), rest: rest.trim() };
}

/** Whether a marker ends the text (a preview's end) rather than hiding a stretch within it. */
export function endsPreview(marker: string): boolean {
  return /预览|试读|已阅读|会员|登录|付费|购买|开通|查看全文|阅读全文|剩余/u.test(marker);
}

/**
 * A line the page reader puts where a marker stood, so the gap survives the body rules (which
 * keep it whole, like a Word heading) and lands where the text stops. Private-use (U+E002; a Word
 * table token opens with U+E000, cleaning/table.ts): no text has it.
 */
export const CUT_LINE = '\uE002';

export const isCutLine = (line: string): boolean => line.startsWith(CUT_LINE);
