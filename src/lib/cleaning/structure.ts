/**
 * Rules that rebuild a document's structure from its lines:
 * - `splitFlattened`: a text flattened to one line (003) is cut before each numbering
 *   marker that follows a space (" 一、", " (一)", " 1、").
 * - `splitRunTogetherHeading`: a heading and what follows it on the same line, separated
 *   by a space, are cut apart when the text proves it: the part before the space is a
 *   title (no full stop, at most MAX_TITLE characters) and the part after it is either a
 *   numbered line ("(三)基本原则 1.坚持党的领导。") or a body of sentences ("二、工作目标 在连续三年…。").
 * - `splitHeadingLead`: a numbered line whose first sentence is a short title followed by
 *   body text ("（一）持续深入开展政治理论学习。深入推进…") becomes a heading (the title,
 *   full stop kept: nothing of the source is dropped) and a paragraph. A numbered line with
 *   no short first sentence stays one paragraph, its number kept in the text.
 */
import { CN_NUM, detectNumbering, type HeadingKind } from '../numbering.ts';

/** Longest text (after the marker) that is still read as a heading. */
export const MAX_TITLE = 60;

const SENTENCE_END = /[。！？!?]/u;

const FLATTENED_CUT = new RegExp(` +(?=${CN_NUM}、|[（(]${CN_NUM}[）)]|\\d{1,2}、)`, 'u');

/** Cuts a flattened text before every numbering marker that follows a space. */
export function splitFlattened(text: string): string[] {
  return text
    .split(FLATTENED_CUT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits "heading<space>rest" when the text proves the heading ends at the space. */
export function splitRunTogetherHeading(line: string): string[] {
  const numbering = detectNumbering(line);
  if (!numbering || numbering.kind === 'arabic' || numbering.kind === 'paren-arabic') return [line];
  const rest = numbering.rest;
  const re = / +/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    const title = rest.slice(0, m.index);
    const after = rest.slice(m.index + m[0].length);
    if (title.length === 0 || title.length > MAX_TITLE || SENTENCE_END.test(title)) break;
    const afterIsNumbered = detectNumbering(after) !== undefined;
    const afterIsBody = /^\p{Script=Han}/u.test(after) && SENTENCE_END.test(after) && after.length >= 10;
    if (afterIsNumbered || afterIsBody) {
      return [numbering.marker + title, ...splitRunTogetherHeading(after)];
    }
  }
  return [line];
}

export type Block =
  | { type: 'heading'; kind: HeadingKind; marker: string; text: string }
  | { type: 'paragraph'; text: string };

/**
 * Classifies one line. `headingKinds` limits which numbering kinds may become headings
 * (a village scoring list numbered "1、" reads as items, not sections).
 */
export function splitHeadingLead(line: string, headingKinds: readonly HeadingKind[]): Block[] {
  const numbering = detectNumbering(line);
  if (!numbering || !headingKinds.includes(numbering.kind)) return [{ type: 'paragraph', text: line }];
  const { kind, marker, rest } = numbering;
  if (rest.length <= MAX_TITLE) {
    const end = SENTENCE_END.exec(rest);
    // A short line is a title, unless a sentence follows its first full stop.
    if (!end || end.index === rest.length - 1) return [{ type: 'heading', kind, marker, text: rest }];
  }
  const end = SENTENCE_END.exec(rest);
  if (end && end.index + 1 <= MAX_TITLE && end.index + 1 < rest.length) {
    const title = rest.slice(0, end.index + 1);
    const body = rest.slice(end.index + 1).trim();
    return [
      { type: 'heading', kind, marker, text: title },
      { type: 'paragraph', text: body },
    ];
  }
  return [{ type: 'paragraph', text: line }];
}
