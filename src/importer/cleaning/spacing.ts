/**
 * Rule: remove the spaces PDF extraction put between Chinese and digits/Latin letters
 * ("2022 年" -> "2022年", "XX 文化" -> "XX文化", "QQ 群" -> "QQ群") and between a
 * Chinese character and an opening quote ("开展 “两优一先”"). Spaces between two Chinese
 * characters are kept: the sources use them on purpose (slogans such as
 * "好家庭 好家教 好家风", blanks left for names in templates).
 */

const HAN = '\\p{Script=Han}';
/** Latin letters, digits and the signs that go with numbers. */
const ALNUM = '[0-9A-Za-z%]';

const HAN_THEN_ALNUM = new RegExp(`(${HAN})[ \\u00a0\\u3000]+(?=${ALNUM})`, 'gu');
const ALNUM_THEN_HAN = new RegExp(`(${ALNUM})[ \\u00a0\\u3000]+(?=${HAN})`, 'gu');
const HAN_THEN_QUOTE = new RegExp(`(${HAN})[ \\u00a0\\u3000]+(?=[“‘])`, 'gu');

export function removeCjkSpacing(text: string): string {
  return text.replace(HAN_THEN_ALNUM, '$1').replace(ALNUM_THEN_HAN, '$1').replace(HAN_THEN_QUOTE, '$1');
}

/** True when a Chinese character and a digit are separated by whitespace (for QA). */
export function hasCjkDigitSpace(text: string): boolean {
  return new RegExp(`${HAN}[ \\u00a0\\u3000]+[0-9]|[0-9][ \\u00a0\\u3000]+${HAN}`, 'u').test(text);
}
