/**
 * Rule: Chinese text takes full-width punctuation. PDF extraction and some template sites
 * turn ，；：？！（） into their ASCII forms ("创建为民,创建惠民"); a careful publication
 * writes them full-width. A mark is converted only where it touches a Chinese character,
 * so numbers and Latin text keep theirs ("1,000", "9:00", "(LED)"). A pair of ASCII
 * parentheses is converted when it encloses Chinese text or sits against Chinese text
 * ("委员会(扩大)会议" -> "委员会（扩大）会议", "(1)加强" -> "（1）加强").
 * Straight double quotes are left alone: they cannot always be paired safely.
 */

const HAN = /\p{Script=Han}/u;
const MARKS: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

export interface PunctuationResult {
  text: string;
  /** How many marks were converted. */
  count: number;
}

export function toFullWidthPunctuation(text: string): PunctuationResult {
  const chars = Array.from(text);
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    const full = MARKS[chars[i]!];
    if (full && (isHan(chars[i - 1]) || isHan(chars[i + 1]))) {
      chars[i] = full;
      count++;
    }
  }
  // Parentheses: innermost pairs first, one line at a time.
  // (lastIndexOf with fromIndex -1 would search from the end again: stop at 0.)
  for (let open = chars.lastIndexOf('('); open >= 0; open = open > 0 ? chars.lastIndexOf('(', open - 1) : -1) {
    const close = chars.indexOf(')', open + 1);
    if (close < 0) continue;
    const inner = chars.slice(open + 1, close);
    if (inner.includes('(')) continue;
    if (inner.some((c) => isHan(c)) || isHan(chars[open - 1]) || isHan(chars[close + 1])) {
      chars[open] = '（';
      chars[close] = '）';
      count += 2;
    }
  }
  return { text: chars.join(''), count };
}

/**
 * Rule: pair straight double quotes in Chinese text into “ ”. Within one paragraph the quotes
 * alternate, opening and closing; a straight `"` takes whichever the alternation expects, so a
 * mismatched pair is mended (“我为群众办实事"实践活动 → “我为群众办实事”实践活动) and a text that
 * uses only `"` gets proper pairs. A paragraph without Chinese is left alone.
 */
export function pairQuotes(text: string): PunctuationResult {
  if (!text.includes('"') || !HAN.test(text)) return { text, count: 0 };
  let open = false;
  let count = 0;
  const out = Array.from(text).map((ch) => {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') {
      count++;
      open = !open;
      return open ? '“' : '”';
    }
    return ch;
  });
  return { text: out.join(''), count };
}

/**
 * Rule: inside a quoted name or slogan (“快乐运动.凝聚你我”, “迎新春•中国年”), a half-width `.` or
 * a bullet-like dot between Chinese characters separates its parts: the 间隔号 `·` of GB/T 15834.
 * Outside quotes such a dot is left as it is (it may end a sentence, or not: nothing proves which).
 */
const QUOTED_NAME = /“[^“”\n]{1,40}”/g;
const SEPARATOR_DOT = /(?<=\p{Script=Han})[.•∙・](?=\p{Script=Han})/gu;
export function toSeparatorDots(text: string): PunctuationResult {
  let count = 0;
  const out = text.replace(QUOTED_NAME, (quoted) =>
    quoted.replace(SEPARATOR_DOT, () => {
      count++;
      return '·';
    }),
  );
  return { text: out, count };
}

/**
 * Rule: a half-width `.` that ends a Chinese sentence becomes `。`: after a closing quote
 * ("飞入寻常百姓家”." → "飞入寻常百姓家”。") or after a number inside Chinese text ("扣2分."), when
 * it is followed by the end of the line or by Chinese. A decimal ("87.75"), a numbering
 * label at the start of a line ("1.坚持") and a web address keep their dot.
 */
const FULL_STOP = /(?<=[”"’]|\p{Script=Han}[0-9]+)\.(?=$|[\p{Script=Han}“"‘])/gu;
export function toFullStops(text: string): PunctuationResult {
  let count = 0;
  const out = text.replace(FULL_STOP, () => {
    count++;
    return '。';
  });
  return { text: out, count };
}
