/**
 * The 起草自查 check of one draft: every category but 与文库相同, which needs the library index
 * (./library.ts), runs here without any request. Plain functions over the draft's paragraphs.
 */
import type { WordingRule } from '../wording/rule.ts';
import { fillInFindings } from './fill-in.ts';
import { numberingFindings } from './numbering.ts';
import { type CheckFinding, sortFindings } from './types.ts';
import { otherUnitFindings } from './units.ts';
import { wordingFindings } from './wording.ts';
import { yearFindings } from './years.ts';

export interface CheckInput {
  paragraphs: readonly string[];
  /** The year the draft is written for (写作年份). */
  year: number;
  /** 本单位, e.g. 江北区青山街道; empty when not given. */
  own: string;
  rules: readonly WordingRule[];
}

/** First year the page offers. */
const FIRST_YEAR = 2000;

/** The writing year to offer first: next year from October on (plans for it are drafted then), else this year. */
export function defaultYear(now: Date): number {
  return now.getMonth() >= 9 ? now.getFullYear() + 1 : now.getFullYear();
}

/** The years the page offers, newest first: every year up to next year. */
export function offeredYears(now: Date): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** A pasted text as paragraphs: one a line, blank lines dropped. */
export function pastedParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean);
}

/** Every finding that needs no library. */
export function localFindings(input: CheckInput): CheckFinding[] {
  const { paragraphs, year, own, rules } = input;
  return sortFindings([
    ...wordingFindings(paragraphs, year, rules),
    ...otherUnitFindings(paragraphs, own),
    ...fillInFindings(paragraphs),
    ...yearFindings(paragraphs, year),
    ...numberingFindings(paragraphs),
  ]);
}

/** Adds the library's results: 与文库相同 findings, and the document that also names a place. */
export function withLibrary(
  findings: readonly CheckFinding[],
  library: { findings: CheckFinding[]; placeDocs: Map<string, { title: string; href: string }> },
): CheckFinding[] {
  const named = findings.map((f) => {
    const doc = f.category === 'other-unit' ? library.placeDocs.get(f.text) : undefined;
    return doc ? { ...f, why: `${f.why}；文库《${doc.title}》也写有这个名称`, doc } : f;
  });
  return sortFindings([...named, ...library.findings]);
}
