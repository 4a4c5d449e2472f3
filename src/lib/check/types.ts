/**
 * What the 起草自查 page (/check/) reports: findings in a draft, each with its category, the
 * passage (paragraph and offsets), why it is one, and what to write instead. The draft is a list
 * of paragraphs, as the importer's reader gives a .docx (src/importer/docx.ts) or as pasted.
 */

/** The categories, in the order the page lists them. */
export const CHECK_CATEGORIES = ['outdated', 'nonstandard', 'anniversary', 'other-unit', 'fill-in', 'year', 'numbering', 'library'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** Chinese names of the categories, as the page and the Word comments show them. */
export const CATEGORY_LABELS: Record<CheckCategory, string> = {
  outdated: '过时提法',
  nonstandard: '提法不规范',
  anniversary: '周年不符',
  'other-unit': '他单位名称',
  'fill-in': '待填写',
  year: '年份',
  numbering: '序号',
  library: '与文库相同',
};

export interface CheckFinding {
  category: CheckCategory;
  /** Index of the paragraph in the draft. */
  paragraph: number;
  /** Offsets of the passage in the paragraph (UTF-16 code units). */
  start: number;
  end: number;
  /** The passage as written. */
  text: string;
  /** Why it is a finding (Chinese). */
  why: string;
  /** What to write instead, where there is something to say (Chinese). */
  advice?: string;
  /** A library document this concerns (与文库相同, a place name also found there). */
  doc?: { title: string; href: string };
}

/** Findings in draft order: by paragraph, then offset, then category. */
export function sortFindings(findings: CheckFinding[]): CheckFinding[] {
  return findings.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || CHECK_CATEGORIES.indexOf(a.category) - CHECK_CATEGORIES.indexOf(b.category));
}
