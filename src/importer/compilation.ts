/**
 * Rule: a compilation page (several 范文 on one page) is split at its part headers. Sites write
 * them in many forms, each numbering its parts 1, 2, 3 … in order:
 *   head forms  "篇一:", "篇1", "篇【一】", "【篇一】<title>", "第1篇 <title>", "范文一：<title>", "1、<title>"
 *   tail forms  "<title> 篇1", "<title>篇一", "<title>第1篇", "<title>（1）", "<title>1", "<title>一："
 * A header's text besides its number must be a title (or nothing, for a head form whose title
 * follows on the next line). A form counts when its headers run 1, 2, 3 … down the page; a
 * single header 1 counts for a 篇/第N篇/范文 form (the page was cut after its first text) and,
 * for the weaker forms, only when it repeats a heading above it ("<heading>（通用15篇）" then
 * "<heading>（1）"), so a body heading "1、工作计划" never splits a document.
 */
import { detectNumbering } from '../lib/numbering.ts';
import { announcedCount, isPageLabelOnly, stripPageLabels, toNumber } from './page-labels.ts';
import { isTitleLike, titleText } from './title.ts';

const N = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const OPEN = '[【\\[（(〔]?';
const CLOSE = '[】\\]）)〕]?';

interface Form {
  name: string;
  /** Strong forms name themselves as parts (篇, 第N篇, 范文N); one header is enough. */
  strong: boolean;
  /** Head forms may stand alone, their title on the next line. */
  head: boolean;
  re: RegExp;
  /** Which groups hold the number and the rest. */
  num: number;
  rest: number;
  label: (n: string) => string;
}

const FORMS: readonly Form[] = [
  {
    name: 'pian-head',
    strong: true,
    head: true,
    re: new RegExp(`^${OPEN}篇\\s*${OPEN}(${N})${CLOSE}${CLOSE}\\s*[:：、.．]?\\s*(.*)$`, 'u'),
    num: 1,
    rest: 2,
    label: (n) => `篇${n}`,
  },
  {
    name: 'pian-tail',
    strong: true,
    head: false,
    re: new RegExp(`^(.+?)\\s*${OPEN}篇\\s*${OPEN}(${N})${CLOSE}${CLOSE}\\s*[:：]?$`, 'u'),
    num: 2,
    rest: 1,
    label: (n) => `篇${n}`,
  },
  {
    name: 'di-head',
    strong: true,
    head: true,
    re: new RegExp(`^${OPEN}第\\s*(${N})\\s*篇${CLOSE}\\s*[:：、.．]?\\s*(.*)$`, 'u'),
    num: 1,
    rest: 2,
    label: (n) => `第${n}篇`,
  },
  {
    name: 'di-tail',
    strong: true,
    head: false,
    re: new RegExp(`^(.+?)\\s*${OPEN}第\\s*(${N})\\s*篇${CLOSE}\\s*[:：]?$`, 'u'),
    num: 2,
    rest: 1,
    label: (n) => `第${n}篇`,
  },
  {
    name: 'fanwen-head',
    strong: true,
    head: true,
    re: new RegExp(`^${OPEN}(?:精选|优秀|参考)?(?:范文|例文|范本)\\s*${OPEN}(${N})${CLOSE}${CLOSE}\\s*[:：、.．]?\\s*(.*)$`, 'u'),
    num: 1,
    rest: 2,
    label: (n) => `范文${n}`,
  },
  { name: 'paren-tail', strong: false, head: false, re: new RegExp(`^(.+?)\\s*[（(](${N})[）)]\\s*[:：]?$`, 'u'), num: 2, rest: 1, label: (n) => `（${n}）` },
  { name: 'cn-colon-tail', strong: false, head: false, re: /^(.+?)\s*([一二三四五六七八九十]{1,3})\s*[:：]$/u, num: 2, rest: 1, label: (n) => `${n}` },
  { name: 'digit-tail', strong: false, head: false, re: /^(.+?[^\d０-９\s])\s*([0-9０-９]{1,2})$/u, num: 2, rest: 1, label: (n) => `${n}` },
  { name: 'num-head', strong: false, head: true, re: /^([0-9０-９]{1,2})\s*[、.．]\s*(.+)$/u, num: 1, rest: 2, label: (n) => `${n}` },
];

export interface PartHeader {
  /** Line index in the page. */
  at: number;
  form: string;
  n: number;
  /** The part's label for source.part ("篇三", "第2篇", "范文1"). */
  label: string;
  /** The title the header carries, page labels removed; undefined for a bare head form. */
  title?: string;
}

/** The least text a part of a weak form holds (a short 方案 is still this long). */
const MIN_PART = 80;
const textLength = (lines: readonly string[]) => lines.join('').replace(/\s/g, '').length;

/** A line's part header in one form, or undefined. */
function parse(line: string, form: Form, at: number): PartHeader | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 90) return undefined;
  const m = form.re.exec(t);
  if (!m) return undefined;
  const written = m[form.num]!;
  const n = toNumber(written);
  if (!Number.isFinite(n) || n < 1) return undefined;
  const rest = (m[form.rest] ?? '').trim();
  if (stripPageLabels(rest).text.length === 0 || isPageLabelOnly(rest)) {
    return form.head ? { at, form: form.name, n, label: form.label(written) } : undefined;
  }
  // As written when it is a title as it stands (the title rules tidy it later), else as titleText reads it.
  const bare = stripPageLabels(rest).text;
  const title = isTitleLike(bare) ? bare : titleText(rest)?.title;
  if (title === undefined) return undefined;
  return { at, form: form.name, n, label: form.label(written), title };
}

/** Whitespace and page labels removed, for comparing a part's title with a heading above it. */
const core = (s: string) => stripPageLabels(s).text.replace(/[\s\p{P}]/gu, '');

/**
 * The part headers of a page, in order, or [] when it is no compilation. `lines` are the page's
 * lines, chrome removed.
 */
export function findPartHeaders(lines: readonly string[]): PartHeader[] {
  let best: PartHeader[] = [];
  for (const form of FORMS) {
    const found = lines.flatMap((l, i) => parse(l, form, i) ?? []);
    // The longest run 1, 2, 3 … in page order.
    const run: PartHeader[] = [];
    for (const h of found) if (h.n === run.length + 1) run.push(h);
    if (run.length === 0) continue;
    if (run.length === 1) {
      const only = run[0]!;
      if (only.n !== 1) continue;
      if (!form.strong) {
        // A weak form alone counts only when it repeats a heading above it, or a label above
        // announces several texts ("（通用15篇）").
        const above = lines.slice(0, only.at);
        const repeats = only.title !== undefined && above.some((l) => core(l).includes(core(only.title!)));
        const announced = above.some((l) => (announcedCount(stripPageLabels(l).labels) ?? 0) >= 2);
        if (!repeats && !announced) continue;
      }
    }
    // A weak form's parts must each hold a text, and stand above any 公文 heading: a list of
    // numbered lines ending in 计划/方案 inside a document is its items, not its parts.
    if (!form.strong && run.length > 1) {
      const short = run.slice(0, -1).some((h, k) => textLength(lines.slice(h.at + 1, run[k + 1]!.at)) < MIN_PART);
      if (short || lines.slice(0, run[0]!.at).some((l) => detectNumbering(l.trim()) !== undefined)) continue;
    }
    if (run.length > best.length) best = run;
  }
  return best;
}
