/** Formatting the years a document covers. */
import { UNKNOWN_YEAR_LABEL } from './taxonomy.ts';

/**
 * The one way the site writes a span of years, without the 年: 2021—2025. The mark is the
 * 一字线 (U+2014) that GB/T 15834 gives for ranges of time and that 公文 write
 * (“十四五”规划期为2021—2025年), not the en dash of English typography.
 */
export function yearSpan(from: number, to: number): string {
  return `${from}—${to}`;
}

/**
 * Collapses years into runs: [2021..2025] -> "2021—2025年", [2023, 2024] -> "2023、2024年",
 * [2020, 2022, 2023, 2024] -> "2020、2022—2024年". Runs of three or more are a span (yearSpan);
 * two adjacent years stay listed, since a 总结 of one year and a 计划 of the next are two years,
 * not a period. No years -> 年份不详.
 */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return UNKNOWN_YEAR_LABEL;
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  const flush = () => {
    if (prev - start >= 2) parts.push(yearSpan(start, prev));
    else if (prev === start) parts.push(String(start));
    else parts.push(String(start), String(prev));
  };
  for (const y of sorted.slice(1)) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    flush();
    start = prev = y;
  }
  flush();
  return `${parts.join('、')}年`;
}
