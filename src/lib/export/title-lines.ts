/**
 * A long 公文 title set on several lines (GB/T 9704 7.3.1: 梯形或菱形, never a word cut in
 * two): the lines break between words (`Intl.Segmenter`), never before closing or after
 * opening punctuation, and are as even as the words allow, the first never shorter than the
 * others' longest by more than a word.
 */

/** 22 pt characters across the 156 mm 版心 (442.2 pt): 20. */
const TITLE_CHARS_PER_LINE = 20;

/** Punctuation a line may not start with, and punctuation it may not end with. */
const NO_START = /^[）》」』】〕”’，。、；：！？…—·）\]]/;
const NO_END = /[（《「『【〔“‘([]$/;

/** Width in full-width characters: ASCII letters and digits are set half as wide. */
function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += c <= '\x7f' ? 0.5 : 1;
  return w;
}

function words(text: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [...text];
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * The title's lines: one when it fits, else the fewest lines that fit, breaking where the
 * longest line is shortest (ties: the earlier lines longer, a trapezoid standing on its top).
 */
export function titleLines(title: string, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  const text = title.trim();
  if (textWidth(text) <= perLine) return [text];
  // Glue punctuation to its word so that no line starts or ends with the wrong mark, and a
  // one-character word to the word before it: the dictionary cuts 委员会 into 委员|会 and
  // 2022年 into 2022|年, and such a character mostly ends the word before (会, 年, 的, 上, 及).
  const units: string[] = [];
  for (const w of words(text)) {
    const last = units.at(-1);
    if (last !== undefined && (NO_START.test(w) || NO_END.test(last) || /^\p{Script=Han}$/u.test(w))) units[units.length - 1] = last + w;
    else units.push(w);
  }
  const widths = units.map(textWidth);
  const n = units.length;
  const span = (i: number, j: number) => widths.slice(i, j).reduce((a, b) => a + b, 0);
  const total = span(0, n);
  for (let lines = Math.ceil(total / perLine); lines <= n; lines++) {
    const memo = new Map<string, { worst: number; end: number; first: number } | null>();
    const solve = (i: number, k: number): { worst: number; end: number; first: number } | null => {
      const key = `${i},${k}`;
      if (memo.has(key)) return memo.get(key)!;
      let best: { worst: number; end: number; first: number } | null = null;
      if (k === 1) {
        const w = span(i, n);
        best = w <= perLine ? { worst: w, end: n, first: w } : null;
      } else {
        for (let j = i + 1; j <= n - k + 1; j++) {
          const w = span(i, j);
          if (w > perLine) break;
          const rest = solve(j, k - 1);
          if (!rest) continue;
          const worst = Math.max(w, rest.worst);
          // The lower longest line; at a tie, the longer first line.
          if (!best || worst < best.worst || (worst === best.worst && w > best.first)) best = { worst, end: j, first: w };
        }
      }
      memo.set(key, best);
      return best;
    };
    if (!solve(0, lines)) continue;
    const out: string[] = [];
    for (let i = 0, k = lines; i < n; k--) {
      const { end } = solve(i, k)!;
      out.push(units.slice(i, end).join(''));
      i = end;
    }
    return out;
  }
  // A single word longer than a line: Word wraps it where it must.
  return [text];
}
