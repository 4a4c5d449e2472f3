/**
 * 过时提法, 提法不规范, 周年不符 and the rules' 年份 findings: the wording rules
 * (src/data/wording/rules.yaml) applied to a draft for the year it is written for.
 */
import { findWording } from '../wording/detect.ts';
import { describeValidity, fitsYear } from '../wording/validity.ts';
import type { WordingRule } from '../wording/rule.ts';
import type { CheckFinding } from './types.ts';

export function wordingFindings(paragraphs: readonly string[], year: number, rules: readonly WordingRule[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of findWording(text, rules)) {
      if (fitsYear(m.valid, year)) continue;
      const rule = rules.find((r) => r.id === m.rule)!;
      const advice = rule.kind === 'anniversary' && year > rule.base ? `${year}年为${year - rule.base}周年。${rule.hint}` : rule.hint;
      out.push({
        category: rule.category,
        paragraph,
        start: m.index,
        end: m.index + m.phrase.length,
        text: m.phrase,
        why: `${rule.label}：${describeValidity(m.valid)}，与写作年份${year}年不符（依据：${rule.source}）`,
        advice,
      });
    }
  });
  return out;
}
