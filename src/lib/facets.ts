/**
 * The four ways to browse the library and the URLs of their pages.
 * Plain data and string helpers only (no content access), so they can be unit-tested.
 */
import { UNKNOWN_YEAR_LABEL, UNKNOWN_YEAR_SLUG } from './taxonomy';
import { url } from './url';

export type FacetKind = 'years' | 'levels' | 'types' | 'topics';

export interface FacetKindInfo {
  kind: FacetKind;
  /** Chinese name of the facet, as in the site navigation. */
  label: string;
  /** One line shown on the facet's index page. */
  description: string;
}

/** In navigation order. The kind is also the URL segment: /years/, /levels/, … */
export const facetKinds: readonly FacetKindInfo[] = [
  { kind: 'years', label: '年份', description: '按文献所涉及的年份浏览。多年期规划列在所涉每一年下，一篇总结兼计划列在两个年份下。' },
  { kind: 'levels', label: '层级', description: '按发文机关的行政层级浏览。' },
  { kind: 'types', label: '类型', description: '按文种浏览：总结、计划、要点、方案、规划、讲话、汇报。一篇文献可属多个类型。' },
  { kind: 'topics', label: '主题', description: '按文献涉及的工作主题浏览。每篇文献至少归入两个主题。' },
];

export function facetKind(kind: FacetKind): FacetKindInfo {
  const info = facetKinds.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown facet kind: ${kind}`);
  return info;
}

/** URL of a facet's index page, e.g. /topics/. */
export function facetIndexHref(kind: FacetKind): string {
  return url(`${kind}/`);
}

/** URL of one facet value, e.g. /topics/theory/ or /years/2023/. */
export function facetHref(kind: FacetKind, slug: string | number): string {
  return url(`${kind}/${slug}/`);
}

/** URL of a document page. */
export function docHref(id: string): string {
  return url(`docs/${id}/`);
}

/** URL key of a year: the year itself, or "unknown". */
export function yearSlug(year: number | null): string {
  return year === null ? UNKNOWN_YEAR_SLUG : String(year);
}

/** Reader-facing label of a single year value: "2023年" or 年份不详. */
export function yearValueLabel(year: number | null): string {
  return year === null ? UNKNOWN_YEAR_LABEL : `${year}年`;
}
