/**
 * 年份: a year other than the writing year stated as this year ("2026年是……之年", "今年（2026年）")
 * or as the year of the draft in its title ("2026年工作计划"). A summary may also name the year
 * before the writing year (a 2026 summary is written at the start of 2027).
 */
import type { CheckFinding } from './types.ts';

const YEAR = '(?<y>(?:19|20)\\d\\d)';
/** Sentences that call a year the current one. */
const STATED = [`${YEAR}年(?=是|为(?!止))`, `今年[（(]?${YEAR}年`, `${YEAR}年[（(]今年`].map((s) => new RegExp(s, 'gu'));
/** A title naming the draft's year: 2027年精神文明建设工作计划. */
const TITLE = new RegExp(`${YEAR}年度?`, 'gu');
const TITLE_KINDS = /(?:计划|要点|方案|安排|总结|报告|意见|规划|汇报|讲话)$/u;
const SUMMARY = /总结|汇报|回顾/u;

/** Whether the draft is (also) a summary: its title or first lines say so. */
function isSummary(paragraphs: readonly string[]): boolean {
  return paragraphs.slice(0, 2).some((p) => SUMMARY.test(p));
}

export function yearFindings(paragraphs: readonly string[], year: number): CheckFinding[] {
  const allowed = isSummary(paragraphs) ? [year - 1, year] : [year];
  const named = allowed.map((y) => `${y}年`).join('或');
  const out: CheckFinding[] = [];
  const flag = (paragraph: number, m: RegExpMatchArray, as: string) => {
    const y = Number(m.groups!['y']);
    if (allowed.includes(y)) return;
    const start = m.index! + m[0].indexOf(String(y));
    out.push({
      category: 'year',
      paragraph,
      start,
      end: start + 5,
      text: `${y}年`,
      why: `${as}是${y}年，写作年份是${year}年`,
      advice: `改为${named}；若是从往年材料中照搬的句子，按今年的实际改写。`,
    });
  };
  // The title: the first non-empty paragraph, when it reads like one.
  const title = paragraphs.findIndex((p) => p.trim() !== '');
  if (title >= 0 && TITLE_KINDS.test(paragraphs[title]!.trim())) {
    for (const m of paragraphs[title]!.matchAll(TITLE)) flag(title, m, '标题所写的年份');
  }
  paragraphs.forEach((text, i) => {
    if (i === title) return;
    for (const re of STATED) for (const m of text.matchAll(re)) flag(i, m, '文中当作本年的年份');
  });
  return out;
}
