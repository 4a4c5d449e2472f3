/**
 * Word headings (a .docx's Heading 1…6 and Title styles, `SourceText.headingHints`) through the
 * text rules.
 *
 * Hints are matched by text, not by line index. The rules drop chrome lines, take the title
 * off, and rejoin, split and rewrite lines in a dozen places (page.ts, title.ts, body.ts);
 * threading an index through each of them would tie every rule to the hints, and one rule
 * forgetting it would shift every later hint onto the wrong line. A hinted line is a whole
 * Word paragraph, so its text identifies it, under a key that folds what the rules change in
 * a line (whitespace, half/full-width punctuation, quotes, "." → "。"). Two things keep the
 * match sound: the rules that merge lines leave a hinted line whole (`isHinted`, passed to
 * cleanBody), and matching walks the hints in document order, each hint used once.
 */
import { CANONICAL_LEVEL, detectNumbering } from '../lib/numbering.ts';
import type { SourceText } from './types.ts';

export interface Hint {
  key: string;
  /** Word's heading level, 1–6. */
  level: number;
  /** The paragraph is in Word's Title style. */
  title: boolean;
}

/** What a line is compared on: width-folded, no whitespace, one kind of quote, one full stop. */
export function hintKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"＂‘’'〝〞]/g, '"')
    .replace(/[。.]/g, '.');
}

/** The hinted paragraphs of a source, in document order. */
export function hintsOf(source: SourceText): Hint[] {
  if (!source.headingHints?.size && source.titleLine === undefined) return [];
  const lines = source.text.split('\n');
  const hints: Hint[] = [];
  lines.forEach((line, i) => {
    const level = source.headingHints?.get(i);
    const title = source.titleLine === i;
    if (level === undefined && !title) return;
    const key = hintKey(line);
    if (key) hints.push({ key, level: level ?? 1, title });
  });
  return hints;
}

/** A predicate for the rules that merge lines: true for a line that is (the text of) a Word heading. */
export function hintedLine(hints: readonly Hint[]): (line: string) => boolean {
  const keys = new Set(hints.map((h) => h.key));
  return (line) => keys.size > 0 && keys.has(hintKey(line));
}

/**
 * The lines that were Word headings: line index → the hint. Hints are taken in document
 * order, each once; a hint no line matches (removed as chrome, taken as the title) is skipped.
 */
export function matchHints(lines: readonly string[], hints: readonly Hint[]): Map<number, Hint> {
  const out = new Map<number, Hint>();
  let next = 0;
  lines.forEach((line, i) => {
    const key = hintKey(line);
    for (let h = next; h < hints.length; h++) {
      if (hints[h]!.key === key) {
        out.set(i, hints[h]!);
        next = h + 1;
        return;
      }
    }
  });
  return out;
}

/** Lines that may stand above a title: a document number, an 附件 label (short, no sentence, unnumbered). */
const PREAMBLE_LINES = 3;
function isPreamble(line: string): boolean {
  return line.length <= 40 && !/[。！？；!?;]/.test(line) && detectNumbering(line) === undefined;
}

/**
 * True when the first Word heading stands above the document's top-level 公文 sections: a
 * "一、" line (numbered in the text or by Word) follows it, and no other Word heading of its
 * level or above comes before that line. Word's level says little about a title: a title is
 * often styled Heading 3 (its size) above "一、" headings in Heading 1 or in plain paragraphs.
 */
function aboveSections(first: Hint, after: readonly string[], hints: readonly Hint[]): boolean {
  const keys = new Map(hints.slice(1).map((h) => [h.key, h]));
  for (const line of after) {
    const n = detectNumbering(line);
    if (n && CANONICAL_LEVEL[n.kind] === 2) return true;
    const hint = keys.get(hintKey(line));
    if (hint && !n && hint.level <= first.level) return false;
  }
  return false;
}

/**
 * The document's title from a Word heading, when the title rules (title.ts) found none at the
 * top: the first line (or the first after a few preamble lines such as a document number), if it
 * is the paragraph in Word's Title style, or the document's first heading standing above all
 * others (its Word level used by no other heading), or above the "一、" sections whatever its
 * level (aboveSections); unnumbered, short and no sentence. Then a body line repeating the title as
 * a Word heading is dropped, so the title never reappears as a body heading. Returns the title
 * and the body left.
 */
export function wordTitle(
  title: string | undefined,
  body: readonly string[],
  hints: readonly Hint[],
  isTitleText: (line: string) => boolean,
): { title: string | undefined; body: string[]; duplicates: number } {
  const rest = [...body];
  if (title === undefined && hints.length > 0) {
    // The first line that is a Word heading, after at most a few preamble lines.
    let at = 0;
    while (at < PREAMBLE_LINES && at < rest.length - 1 && !hints.some((h) => h.key === hintKey(rest[at]!)) && isPreamble(rest[at]!)) at++;
    const first = rest[at];
    const hint = first === undefined ? undefined : hints.find((h) => h.key === hintKey(first));
    const titled =
      hint !== undefined &&
      isTitleText(first!) &&
      (hint.title || (hint === hints[0] && (hints.slice(1).every((h) => h.level > hint.level) || aboveSections(hint, rest.slice(at + 1), hints))));
    if (titled) {
      title = first;
      rest.splice(at, 1);
    }
  }
  let duplicates = 0;
  if (title !== undefined) {
    const key = hintKey(title);
    while (rest.length > 0 && hintKey(rest[0]!) === key && hints.some((h) => h.key === key)) {
      rest.shift();
      duplicates++;
    }
  }
  return { title, body: rest, duplicates };
}
