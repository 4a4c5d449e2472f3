/**
 * Rule: join lines that a page break or a hard wrap cut in the middle of a sentence.
 * A line is continued by the next one when it does not end a sentence, is not a short
 * title (a numbered line of at most MAX_TITLE characters without a full stop, of a kind
 * that may be a heading in this text), and the next line does not start a new numbered item.
 */
import { HEADING_KINDS, detectNumbering, type HeadingKind } from '../numbering.ts';
import { MAX_TITLE } from './structure.ts';

/** Sentence-final punctuation, a closing bracket, or a closing quote after a full stop. */
const ENDS_PARAGRAPH = /(?:[。！？；：!?;:…)）〕]|\.{3}|[。！？.]["”’])$/u;

const ALL_KINDS: readonly HeadingKind[] = HEADING_KINDS;

function isTitleLine(line: string, titleKinds: readonly HeadingKind[]): boolean {
  const numbering = detectNumbering(line);
  return numbering !== undefined && titleKinds.includes(numbering.kind) && numbering.rest.length <= MAX_TITLE && !/[。；;]/u.test(numbering.rest);
}

export function endsParagraph(line: string): boolean {
  // A lone "." ends a sentence in sources that mix half-width punctuation in ("百姓家".).
  return ENDS_PARAGRAPH.test(line) || /[\p{Script=Han}"”]\.$/u.test(line);
}

export interface JoinResult {
  lines: string[];
  /** How many joins were made. */
  joins: number;
}

/**
 * `titleKinds`: numbering kinds that may be headings in this text (a short line of another kind is no title).
 * `whole`: lines that are paragraphs of their own whatever they end with (a .docx's Word headings):
 * never continued, never joined to the line before.
 */
export function joinBrokenLines(lines: readonly string[], titleKinds: readonly HeadingKind[] = ALL_KINDS, whole: (line: string) => boolean = () => false): JoinResult {
  const out: string[] = [];
  let joins = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !endsParagraph(prev) && !isTitleLine(prev, titleKinds) && detectNumbering(line) === undefined && !whole(prev) && !whole(line)) {
      out[out.length - 1] = prev + line;
      joins += 1;
    } else {
      out.push(line);
    }
  }
  return { lines: out, joins };
}
