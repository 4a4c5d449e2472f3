/** Formatting the years a document covers. */
import { UNKNOWN_YEAR_LABEL } from './taxonomy';

/**
 * Collapses years into runs: [2021..2025] -> "2021–2025年", [2023, 2024] -> "2023、2024年",
 * [2020, 2022, 2023, 2024] -> "2020、2022–2024年". Runs of three or more use an en dash;
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
    if (prev - start >= 2) parts.push(`${start}–${prev}`);
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
