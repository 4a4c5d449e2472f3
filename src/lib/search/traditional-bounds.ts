/** First and last code point covered by the traditional-character bitmap (CJK Extension A and the URO). */
export const BITMAP_FIRST = 0x3400;
export const BITMAP_LAST = 0x9fff;
