/**
 * The one parser of 公文 numbering (一、（一）1.（1）① 第一部分), shared by the anchors, the
 * cleaning and importer (src/importer/cleaning/, src/importer/) and the templates.
 *
 * Reading the 公文 numbering at the start of a heading or paragraph.
 *
 * Forms found in the corpus (and a few close relatives):
 *   一、  二、            kind "cn"            (section, cited as 第二部分)
 *   （一） (一)            kind "paren-cn"      (cited as （一）)
 *   1.  1．  1、          kind "arabic"        (cited as 第1项)
 *   （1） (1)             kind "paren-arabic"  (cited as （1）)
 *   ① ②                  kind "circled"
 *   第一部分 第二章 第3条   kind "ordinal"       (cited as written)
 * A heading without any of these is "unnumbered".
 */

export type NumberingKind = 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled' | 'ordinal';

export interface Numbering {
  kind: NumberingKind;
  /** The number itself (二 → 2, （十二） → 12). */
  value: number;
  /** The label exactly as matched, e.g. "（三）" or "1．". */
  raw: string;
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** A Chinese numeral, as a RegExp source (for rules that look for numbering inside a line). */
export const CN_NUM = '[零〇一二两三四五六七八九十百]+';

/**
 * Parses a Chinese numeral up to 999 (一, 十, 十二, 二十, 二十三, 一百零五): the characters of
 * CN_NUM only. Returns undefined if malformed.
 */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else {
      const d = CN_DIGITS[ch];
      if (d === undefined) return undefined;
      digit = d;
    }
  }
  total += digit ?? 0;
  return total > 0 ? total : undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Each form as a RegExp source, the number in group 1, in the order they are tried.
 * In running text "1.5倍" is not a number label; in a heading "1.2023年工作回顾" is.
 * `strict` (for paragraphs) refuses a "." or "．" followed by a digit.
 */
function forms(strict: boolean): [NumberingKind, string][] {
  const dot = strict ? '(?:、|[.．](?!\\d))' : '[、.．]';
  return [
    ['ordinal', `第(${CN_NUM}|\\d+)(?:部分|章|节|条|篇|项)`],
    // "一、" but not "一是" / "一要": a separator is required.
    ['cn', `(${CN_NUM})${dot}`],
    ['paren-cn', `[（(]\\s*(${CN_NUM})\\s*[）)]`],
    // "1." "1．" "1、" (never "2022年": the separator is required).
    ['arabic', `(\\d{1,3})\\s*${dot}`],
    ['paren-arabic', `[（(]\\s*(\\d{1,3})\\s*[）)]`],
    ['circled', `([${CIRCLED}])`],
  ];
}

function valueOf(kind: NumberingKind, number: string): number | undefined {
  if (kind === 'circled') return CIRCLED.indexOf(number) + 1;
  return parseNumber(number);
}

const rules = (strict: boolean) => forms(strict).map(([kind, source]) => ({ kind, re: new RegExp(`^${source}`) }));
// Pure: a page script that imports this module for nothing it uses (wording/detect.ts) gets none of it.
const HEADING_RULES = /* @__PURE__ */ rules(false);
const TEXT_RULES = /* @__PURE__ */ rules(true);

/**
 * The numbering forms as one RegExp source, not anchored (`kinds`: only these), as a paragraph
 * may start with them (inText: "1.5倍" is no number): for rules that look for numbering inside a
 * line and for the 公文 grammar of the 模板视图 (src/lib/templates/highlight.ts). A match still
 * needs parseNumbering for its value ("零、" matches, but is no numbering).
 */
export function numberingPattern(kinds?: readonly NumberingKind[], inText = true): string {
  const sources = forms(inText).flatMap(([kind, source]) => (!kinds || kinds.includes(kind) ? [source] : []));
  return `(?:${sources.join('|')})`;
}

/** Arabic or Chinese numerals: 98, 九十八, 一百零三, 十, 百; undefined when it is neither. */
export function parseNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

/**
 * The numbering a heading (or, with `inText`, a paragraph) starts with, if any.
 * Leading whitespace is ignored.
 */
export function parseNumbering(text: string, inText = false): Numbering | undefined {
  const t = text.replace(/^[\s\u3000]+/, '');
  for (const rule of inText ? TEXT_RULES : HEADING_RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const value = valueOf(rule.kind, m[1]!);
    if (value !== undefined && value > 0) return { kind: rule.kind, value, raw: m[0] };
  }
  return undefined;
}

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 2 → 二, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function toChineseNumber(n: number): string {
  if (n <= 0 || n >= 1000 || !Number.isInteger(n)) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let s = '';
  if (h) s += `${CN_NUMERALS[h]}百`;
  if (t) s += `${t === 1 && !h ? '' : CN_NUMERALS[t]}十`;
  else if (h && o) s += '零';
  if (o) s += CN_NUMERALS[o];
  return s;
}

/**
 * How a numbering is named in a citation, the way 公文 refer to their own parts: a top-level
 * "二、" is 第二部分 (one standing inside another part is 第二项), "（三）" stays （三）, "1．" is
 * 第1项, "（2）" stays （2）, so 第二部分（三）第1项（2）第4段.
 * Full-width only: a citation is pasted into an official text, where "1." or a space would
 * read as a typing slip (and "1. 第4段" as a decimal).
 */
export function citeLabel(n: Numbering, topLevel: boolean): string {
  switch (n.kind) {
    case 'cn':
      return topLevel ? `第${toChineseNumber(n.value)}部分` : `第${toChineseNumber(n.value)}项`;
    case 'paren-cn':
      return `（${toChineseNumber(n.value)}）`;
    case 'arabic':
      return `第${n.value}项`;
    case 'paren-arabic':
      return `（${n.value}）`;
    case 'circled':
      return CIRCLED[n.value - 1] ?? `（${n.value}）`;
    case 'ordinal':
      return n.raw;
  }
}

// ---------------------------------------------------------------------------------------
// Numbering as document structure: what the cleaning and the importer use to turn numbered
// lines into headings, and what the templates use to write numbering.

/** The four numbering kinds that make 公文 headings, outermost first. */
export const HEADING_KINDS = ['cn', 'paren-cn', 'arabic', 'paren-arabic'] as const;
export type HeadingKind = (typeof HEADING_KINDS)[number];

/**
 * Canonical heading level of each kind: `一、` → h2, `（一）` → h3, `1.` → h4, `（1）` → h5.
 * Runs such as `一是…二是…` or `一要…二要…` are not numbering: they stay paragraphs.
 */
export const CANONICAL_LEVEL: Record<HeadingKind, 2 | 3 | 4 | 5> = {
  cn: 2,
  'paren-cn': 3,
  arabic: 4,
  'paren-arabic': 5,
};

function isHeadingKind(kind: NumberingKind): kind is HeadingKind {
  return (HEADING_KINDS as readonly string[]).includes(kind);
}

/** A numbered line split into its marker and the text after it. */
export interface LineNumbering extends Numbering {
  kind: HeadingKind;
  /**
   * The marker as written, with what belongs to it: a redundant "、" after a bracketed number
   * ("(一)、") and one space after "2. ".
   */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/**
 * The heading-kind numbering a line of running text starts with ("1.5倍" is no number), or
 * undefined. Unlike `parseNumbering`, leading whitespace is not skipped: the line is taken as given.
 */
export function detectNumbering(line: string): LineNumbering | undefined {
  if (/^[\s\u3000]/.test(line)) return undefined;
  const n = parseNumbering(line, true);
  if (!n || !isHeadingKind(n.kind)) return undefined;
  let marker = n.raw;
  const after = line.slice(marker.length);
  // Only a bracketed number takes a trailing "、"; only "2. " (a dot) takes one space.
  if (/[)）]$/.test(marker) && after.startsWith('、')) marker += '、';
  else if (/\d[.．]$/.test(marker) && /^[ \u00a0]/.test(after)) marker += after[0]!;
  const rest = line.slice(marker.length);
  return { ...n, kind: n.kind, marker, rest };
}

/**
 * Normalises a numbering marker: half-width brackets become full-width ("(一)" → "（一）"),
 * a redundant "、" after a bracketed number is dropped ("（一）、" → "（一）"), spaces inside
 * brackets and the space after "2. " go. "1、" and "1．" are kept as written.
 */
export function normalizeMarker(marker: string): string {
  return marker
    .replace(/^\(\s*/, '（')
    .replace(/\s*\)(、?)$/, '）$1')
    .replace(/^（\s*/, '（')
    .replace(/\s*）(、?)$/, '）$1')
    .replace(/^(（[^）]+）)、$/, '$1')
    .replace(/^(\d{1,3}[.．])[ \u00a0]$/, '$1');
}

/** Writes a numbering in its canonical form: cn 2 → "二、", paren-cn 2 → "（二）", arabic 2 → "2.", paren-arabic 2 → "（2）". */
export function formatNumbering(kind: HeadingKind | 'circled', value: number): string {
  switch (kind) {
    case 'cn':
      return `${toChineseNumber(value)}、`;
    case 'paren-cn':
      return `（${toChineseNumber(value)}）`;
    case 'arabic':
      return `${value}.`;
    case 'paren-arabic':
      return `（${value}）`;
    case 'circled':
      return CIRCLED[value - 1] ?? `（${value}）`;
  }
}

/**
 * Tracks open headings and gives each numbered heading a level that never skips one.
 * A kind is placed one level below the nearest open heading of a higher-ranked kind, so when
 * a text goes `一、` → `1.` with no `（一）` between them, that `1.` becomes h3 (not h4); so
 * in a text of numbered headings only, a kind never goes below its canonical level. A heading
 * without numbering (a Word heading style) takes part with a rank of its own (`at`), on the
 * same scale as CANONICAL_LEVEL: a rank between two kinds' (2.5) puts it between them, so a
 * `（一）` inside it goes one level further down.
 */
export class HeadingLevels {
  private stack: { rank: number; level: number }[] = [];

  /** Level for a heading of this kind at this point of the document. */
  next(kind: HeadingKind): number {
    return this.at(CANONICAL_LEVEL[kind]);
  }

  /** Level (2–6) for a heading of this rank (2 = a 一、 heading, 3 = a （一） heading …) at this point of the document. */
  at(rank: number): number {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const level = Math.min(6, parent ? parent.level + 1 : 2);
    this.stack.push({ rank, level });
    return level;
  }
}
