/**
 * The years a phrase fits, and saying so. A module of its own, without the matching (./detect.ts),
 * so the document pages' scripts (the year picker, the Word export) load only this.
 */
import { yearSpan } from '../years.ts';

/** The years a phrase fits: `from`–`to` inclusive, either end open; `never` for none. */
export interface Validity {
  from?: number;
  to?: number;
  never?: true;
}

/** Whether wording with these years fits a document written for `year`. */
export function fitsYear(valid: Validity, year: number): boolean {
  if (valid.never) return false;
  return (valid.from === undefined || year >= valid.from) && (valid.to === undefined || year <= valid.to);
}

/** The years in words, for a reader: 只适用于2019年, 适用于2017—2022年, 适用至2020年. */
export function describeValidity(valid: Validity): string {
  if (valid.never) return '任何年份都不成立';
  const { from, to } = valid;
  if (from !== undefined && to !== undefined) return from === to ? `只适用于${from}年` : `适用于${yearSpan(from, to)}年`;
  if (to !== undefined) return `适用至${to}年`;
  if (from !== undefined) return `${from}年起适用`;
  return '任何年份都适用';
}
