/**
 * Rule: page labels. A 范文 site decorates its page headings with how many texts the page holds
 * and what they are ("（通用15篇）", "（精选28篇）", "(1合集)", "三篇", "赏析八篇", "（3870字）",
 * "范文", "精选", "范本", "大全", "模板"). Such a label says nothing about the document: it is
 * never part of a title, and a year next to it is the page's, not the document's.
 */
const NUM = '[0-9０-９]+|[一二两三四五六七八九十百零〇]+';
const KIND_WORDS = '通用|精选|实用|优秀|热门|最新|推荐|经典|必备|汇总|合集|集锦|大全|范文|模板|范本|精品|最全|完整|参考|全文|例文|样本|多篇|共';

/** A bracketed label: （通用15篇）, (精选28篇), 【3870字】, (1合集), （word版）, （可编辑）, [此文共5020字]. */
const BRACKETED = new RegExp(
  `\\s*[（(【\\[〔]\\s*(?:(?:${KIND_WORDS})*\\s*(?:${NUM})\\s*(?:篇|则|份|字|合集|套)(?:范文|精选|合集)?|此文共(?:${NUM})字|(?:${NUM})合集|(?:word|WORD|Word|doc|DOC)\\s*(?:版|格式|文档)?|可编辑(?:版)?|完整版|原创|精选|精品|推荐|范文|模板|通用|最新|热门|优秀)\\s*[）)】\\]〕]`,
  'gu',
);
/** Trailing words: 范文, 精选, 范本, 大全, 模板, 范文大全, 精选范文5篇, 三篇, 赏析八篇, 范本大纲. */
const TRAILING = new RegExp(
  `(?:\\s*(?:(?:优秀|精选|最新|经典|热门|实用|通用)?(?:范文|范本|模板|模版|例文|样本|参考)(?:大全|精选|汇编|大纲)?|大全|精选|汇编|合集|集锦|赏析|优秀|(?:${NUM})\\s*篇|[0-9０-９]{3,6}\\s*字|(?:word|WORD|Word)版?|完整版|(?<=篇)\\s*[（(][0-9]{4}年?[）)]|(?<=(?:划|结|点|案|告|报|话|言|稿))\\s*[（(][0-9一二三四五六七八九十]{1,2}[）)]))+$`,
  'u',
);
/** Leading words a site prepends: 精选, 最新, 优秀, 热门, 推荐. */
const LEADING =
  /^(?:\S{2,8}网(?:\s+[^\s。，；：:]{2,6}){1,3}\s+(?=\S{4,})|精选优质文档\s*[-－—]?\s*倾情为你奉上|[【[](?:精选|最新|优秀|热门|推荐|精品|荐)[】\]]|(?:精选|最新|优秀|热门|推荐))\s*/u;

export interface Labelled {
  /** The text without its page labels. */
  text: string;
  /** The labels removed, as written ("（通用15篇）", "范文"). */
  labels: string[];
}

/** Removes page labels from a heading line ("社区工作计划（通用15篇）" → "社区工作计划"). */
export function stripPageLabels(line: string): Labelled {
  const labels: string[] = [];
  let text = line.trim().replace(BRACKETED, (m) => {
    labels.push(m.trim());
    return '';
  });
  for (;;) {
    const before = text;
    text = text.replace(TRAILING, (m) => {
      labels.push(m.trim());
      return '';
    });
    text = text.replace(LEADING, (m) => {
      labels.push(m.trim());
      return '';
    });
    text = text.replace(BRACKETED, (m) => {
      labels.push(m.trim());
      return '';
    });
    if (text === before) break;
  }
  return { text: text.trim(), labels };
}

/** True when a line is nothing but a page label ("（通用15篇）", "精选范文", "范文大全"). */
export function isPageLabelOnly(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && stripPageLabels(t).text.length === 0;
}

/** The number of texts a page label announces ("（通用15篇）" → 15, "三篇" → 3), if any. */
export function announcedCount(labels: readonly string[]): number | undefined {
  for (const l of labels) {
    const m = new RegExp(`(${NUM})\\s*(?:篇|则|份|合集)`, 'u').exec(l);
    if (m) return toNumber(m[1]!);
  }
  return undefined;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "15", "１５", "十五", "二十八", "一百" → the number; NaN when it is none. */
export function toNumber(n: string): number {
  const ascii = n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let current = 0;
  for (const ch of n) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}
