/**
 * Fill-in spots: the places where a template text's author hid a name, a number or a year
 * (XX, xx, X, XXX, ***, 20xx, 某某, 〔20XX〕X号 …). A writer replaces each of them.
 *
 * What counts (kinds):
 *   docnum  a 文号 with a hidden part: 〔20XX〕X号, 〔2024〕x号 (one spot, not two)
 *   year    a hidden year: 20xx, 20XX (also 19xx)
 *   x       a run of X/x (or full-width Ｘ/ｘ, or ×× two or more): XX区, 第xx次, X名
 *   mask    asterisks: ***, ** anywhere; a single * only between two Chinese characters (来*考察)
 *   mou     某某, or 某 before an administrative unit (某市, 某单位); never 某些/某种/某一
 *   circle  ○○ (two or more white circles; the digit 〇 of 二〇二四 is not one)
 * What does not: Latin words and codes (XXL, Xbox, LED, vcd, X86, 3x3), X光/X线/X射线/X型/X轴,
 * a single X after a Latin word and a space (iPhone X手机, Mac OS X), a single X listed with
 * another single Latin letter (X、Y两个方面, A和X), a lone × (multiplication), 某些, 二〇〇八.
 *
 * The 模板视图 grammar (gongwen.tmLanguage.json) mirrors these patterns; a unit test checks
 * that both agree on the same samples.
 */

import type { ExportRun } from '../export/types.ts';

export type FillInKind = 'docnum' | 'year' | 'x' | 'mask' | 'mou' | 'circle';

export interface FillInSpot {
  kind: FillInKind;
  /** Offset in the text (UTF-16 code units). */
  start: number;
  end: number;
  /** The spot exactly as written. */
  text: string;
}

/** Chinese labels of the kinds, as the 需要填写 panel names them. */
export const fillInKindLabels: Record<FillInKind, string> = {
  docnum: '文号',
  year: '年份',
  x: '名称或数字',
  mask: '隐去的文字',
  mou: '名称',
  circle: '名称或数字',
};

const X = '[XxＸｘ]';
/** After a single X these make a real word (X光 is an X-ray, not a hidden name). */
const X_WORDS = ['光', '线', '射线', '型', '形', '轴', '染色体', '战警'];
/** A single X after a Latin word and a space names a thing (iPhone X, Mac OS X). */
const AFTER_LATIN_WORD = /[A-Za-z]\s$/;
/**
 * A single X next to another single Latin letter, joined by a list mark (X、Y两个方面, A和X), is a
 * variable, not a blank. The other letter is not an X: XX、XX lists blanks.
 */
const LIST_MARKS = '、，,/和与及或';
const LISTED_BEFORE = new RegExp(`(?:^|[^A-Za-z\\dＡ-Ｚａ-ｚ０-９])[A-WYZa-wyzＡ-ＷＹＺａ-ｗｙｚ][${LIST_MARKS}]$`);
const LISTED_AFTER = new RegExp(`^[${LIST_MARKS}][A-WYZa-wyzＡ-ＷＹＺａ-ｗｙｚ](?![A-Za-z\\dＡ-Ｚａ-ｚ０-９])`);
/** 某 before one of these is a hidden name (某市, 某单位); 某些, 某种, 某一 are ordinary words. */
const MOU_UNITS = '省市州盟县区旗镇乡村居街社局委厅办处科室所站队校院厂司企组会部';

/**
 * One pass, earliest match first; at one position the longer forms are tried first
 * (a 文号 before the year inside it). Latin letters or digits next to an X run make it a
 * word or a code, except the year form 20xx.
 */
const PATTERN = new RegExp(
  [
    `(?<docnum>[〔［\\[](?:\\d{4}|(?:19|20)${X}{2}|${X}{4})[〕］\\]](?:\\d+|${X}+)号)`,
    `(?<year>(?<![A-Za-z\\d])(?:19|20)${X}{2}(?![A-Za-z\\d]))`,
    `(?<x>(?<![A-Za-z\\dＡ-Ｚａ-ｚ０-９])(?:${X}+|×{2,})(?![A-Za-z\\dＡ-Ｚａ-ｚ０-９]|-[A-Za-z]))`,
    `(?<mask>[*＊]{2,}|(?<=\\p{Script=Han})[*＊](?=\\p{Script=Han}))`,
    `(?<mou>某{2,}|某(?=[${MOU_UNITS}]|单位|同志|公司|学校))`,
    `(?<circle>○{2,})`,
  ].join('|'),
  'gu',
);

const isAscii = (c: string | undefined): boolean => c !== undefined && c <= '\x7f';

export function findPlaceholders(text: string): FillInSpot[] {
  const out: FillInSpot[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const groups = m.groups!;
    const kind = (Object.keys(groups) as FillInKind[]).find((k) => groups[k] !== undefined)!;
    const start = m.index;
    const spot = m[0];
    if (kind === 'docnum' && !/[XxＸｘ]/.test(spot)) {
      // A complete 文号 (〔2024〕3号) is not a spot, but a hidden issuer right before it may be.
      continue;
    }
    if (kind === 'x' && spot.length === 1) {
      if (X_WORDS.some((w) => text.startsWith(w, start + 1))) continue;
      if (AFTER_LATIN_WORD.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (LISTED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || LISTED_AFTER.test(text.slice(start + 1, start + 3))) continue;
    }
    // Between ASCII on both sides (import x from, src=x onerror) an X run is code, not a blank.
    if (kind === 'x' && isAscii(text[start - 1]) && isAscii(text[start + spot.length])) continue;
    out.push({ kind, start, end: start + spot.length, text: spot });
  }
  return out;
}

/** A text as Word runs: its fill-in spots apart (fill: true, highlighted in the file), the text between them plain. */
export function placeholderRuns(text: string): ExportRun[] {
  const runs: ExportRun[] = [];
  let at = 0;
  for (const spot of findPlaceholders(text)) {
    if (spot.start > at) runs.push({ text: text.slice(at, spot.start) });
    runs.push({ text: spot.text, fill: true });
    at = spot.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
