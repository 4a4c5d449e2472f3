/**
 * The one-line descriptions the browse pages show for each facet and each of its values. Apart
 * from ./facets.ts, which the search page's script bundles, so that script does not carry them.
 */
import type { FacetKey } from './facets.ts';
import { docTypeDescriptions, levelDescriptions, topicDescriptions, UNKNOWN_YEAR_SLUG } from './taxonomy.ts';

/** Shown on a facet's index page (/years/ …). */
export const facetDescriptions: Record<FacetKey, string> = {
  year: '按文献所涉及的年份浏览。多年期规划列在所涉每一年下，一篇总结兼计划列在两个年份下。',
  level: '按发文机关的行政层级浏览。',
  type: '按文种浏览：总结、计划、要点、方案、规划、讲话、汇报。一篇文献可属多个类型。',
  topic: '按文献涉及的工作主题浏览。每篇文献至少归入两个主题。',
};

const termDescriptions: Record<Exclude<FacetKey, 'year'>, Record<string, string>> = {
  level: levelDescriptions,
  type: docTypeDescriptions,
  topic: topicDescriptions,
};

/** One line about a facet value, shown on its browse page ('' for a value the vocabulary lacks). */
export function valueDescription(key: FacetKey, value: string): string {
  if (key === 'year') return value === UNKNOWN_YEAR_SLUG ? '原文未写明年份的文献。' : `涉及${value}年的文献。`;
  return termDescriptions[key][value] ?? '';
}
