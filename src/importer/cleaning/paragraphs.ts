/**
 * Rule: join lines that a page break or a hard wrap cut in the middle of a sentence.
 * A line is continued by the next one when it does not end a sentence, is not a short
 * title (a numbered line of at most MAX_TITLE characters without a full stop, of a kind
 * that may be a heading in this text), and the next line does not start a new numbered item.
 */
import { HEADING_KINDS, detectNumbering, type HeadingKind } from '../../lib/numbering.ts';
import { MAX_HEADING, MAX_TITLE } from './structure.ts';

/** Sentence-final punctuation, a closing bracket, or a closing quote after a full stop. */
const ENDS_PARAGRAPH = /(?:[。！？；：!?;:…)）〕]|\.{3}|[。！？.]["”’])$/u;

const ALL_KINDS: readonly HeadingKind[] = HEADING_KINDS;

function isTitleLine(line: string, titleKinds: readonly HeadingKind[]): boolean {
  const numbering = detectNumbering(line);
  return numbering !== undefined && titleKinds.includes(numbering.kind) && numbering.rest.length <= MAX_TITLE && !/[。；;]/u.test(numbering.rest);
}

function endsParagraph(line: string): boolean {
  // A lone "." ends a sentence in sources that mix half-width punctuation in ("百姓家".).
  return ENDS_PARAGRAPH.test(line) || /[\p{Script=Han}"”]\.$/u.test(line);
}

/** A date standing alone as a line: "2025年1月6日", "二〇二五年一月六日". */
const DATE_LINE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;
/** An issuer's name standing alone: short, no punctuation, ending in an organ's word ("XX街道办事处", "中共XX区委宣传部", two issuers "中共XX街道工作委员会 XX街道办事处"). */
const ISSUER_LINE =
  /^[^\s，。；：、！？,.;:!?“”"](?:[^，。；：、！？,.;:!?“”"]{0,38}?)(?:办事处|委员会|工作委员会|党工委|党委|党组|党支部|支部|政府|人民政府|办公室|领导小组|小组|指挥部|宣传部|文明办|部|局|厅|处|科|室|委|办|中心|站|所|院|校|馆|队|社区|街道|镇|乡|村|公司|集团|分公司)(?:[（(](?:盖章|章|印)[）)])?$/u;

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

/**
 * Rule: a document's 落款 (signature) — issuer lines followed by a date line at its end
 * ("XX街道办事处" / "2025年1月6日") — stays as separate lines: returns the indices (in `lines`)
 * of the signature lines, none when the last line is not a date.
 */
export function signatureLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const last = lines.length - 1;
  if (last < 0 || !isDateLine(lines[last]!)) return out;
  out.add(last);
  for (let i = last - 1; i >= 0 && i >= last - 3 && ISSUER_LINE.test(lines[i]!.trim()) && detectNumbering(lines[i]!.trim()) === undefined; i--) out.add(i);
  return out;
}

/**
 * Rule: a heading cut by a page break ("（二）深化新时代文明实践和志愿" / "— 2 —" / "服务。") is
 * continued by the line after the break when that line, unnumbered, ends the heading within a
 * few characters ("服务。") and the whole stays heading-sized. Returns the joined line, or
 * undefined when the line after the break is not (provably) the heading's end.
 */
export function continueHeadingAcrossBreak(heading: string, next: string): string | undefined {
  const n = detectNumbering(heading);
  if (!n || endsParagraph(heading) || n.rest.length > MAX_TITLE || /[。；;！？!?]/u.test(n.rest)) return undefined;
  if (detectNumbering(next) !== undefined) return undefined;
  const end = /[。！？]/u.exec(next);
  if (!end || end.index > 20 || /[，,；;：:“”"]/u.test(next.slice(0, end.index))) return undefined;
  if (n.rest.length + end.index + 1 > MAX_HEADING) return undefined;
  return heading + next;
}

/** A sentence mark inside a line: the line is running text, not a title or a list item. */
const SENTENCE_MARK = /[，、；：。！？,;:!?]/u;

/**
 * Rule: a blank line separates paragraphs, except where the source's lines are cut mid-sentence
 * with a blank line after each (a double-spaced page whose page markers are gone: 002). There a
 * line runs on into the next only when both are running text: the next holds a sentence mark, and
 * the line before holds one too or the next opens with a word's last character ("领，要在……").
 * Short lines without marks (开展志愿服务活动 / 开展理论宣讲活动) stay paragraphs of their own.
 */
export function runsOnAcrossBlank(before: string, next: string): boolean {
  return SENTENCE_MARK.test(next) && (SENTENCE_MARK.test(before) || /^[^\s，、；：。！？,;:!?][，、；：。,;:]/u.test(next));
}

/** Where a join was made: the end of the line continued and the start of the line joined to it. */
interface JoinPoint {
  /** The paragraph as joined (its start locates it). */
  paragraph: string;
  before: string;
  after: string;
  /** The index (among the non-empty input lines) of the line joined to the one before. */
  line: number;
}

export interface JoinResult {
  lines: string[];
  /** How many joins were made. */
  joins: number;
  /** Each join, in order. */
  points: JoinPoint[];
}

/**
 * `titleKinds`: numbering kinds that may be headings in this text (a short line of another kind is no title).
 * `whole`: lines that are paragraphs of their own whatever they end with (a .docx's Word headings):
 * never continued, never joined to the line before. A closing signature (issuer and date lines,
 * see signatureLines) and any line that is only a date are whole too.
 * `afterBlank`: indices (among the non-empty lines) of lines a blank line and no page marker stood
 * before (see removePageMarkers): such a line is joined to the line before only when the text
 * shows a sentence running on (runsOnAcrossBlank).
 */
export function joinBrokenLines(
  lines: readonly string[],
  titleKinds: readonly HeadingKind[] = ALL_KINDS,
  whole: (line: string) => boolean = () => false,
  afterBlank: ReadonlySet<number> = new Set(),
): JoinResult {
  const trimmed = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const signature = signatureLines(trimmed);
  const out: string[] = [];
  const at: { index: number; before: string; after: string; line: number }[] = [];
  trimmed.forEach((line, i) => {
    const prev = out[out.length - 1];
    const own = signature.has(i) || isDateLine(line) || (afterBlank.has(i) && prev !== undefined && !runsOnAcrossBlank(prev, line));
    if (
      prev !== undefined &&
      !own &&
      !isDateLine(prev) &&
      !endsParagraph(prev) &&
      !isTitleLine(prev, titleKinds) &&
      detectNumbering(line) === undefined &&
      !whole(prev) &&
      !whole(line)
    ) {
      out[out.length - 1] = prev + line;
      at.push({ index: out.length - 1, before: prev, after: line, line: i });
    } else {
      out.push(line);
    }
  });
  return { lines: out, joins: at.length, points: at.map(({ index, before, after, line }) => ({ paragraph: out[index]!, before, after, line })) };
}
