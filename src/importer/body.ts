/**
 * The text rules, in order, on the lines of one document's body (title already taken off):
 * page markers (dash markers went earlier, see removePageMarkers; a heading cut at a page break
 * is rejoined here); a flattened text cut at its numbering; a lost "1." restored where the
 * numbering proves it; paragraphs rejoined across page breaks (never into a closing 落款), each
 * join reported with where it is; a numbered item run into the
 * previous paragraph split off; headings run together with their body split; PDF spaces
 * removed; 繁简 conversion errors fixed where the context proves them; quotes paired and
 * punctuation made full-width; an empty section and a cut-off end marked. Every change
 * beyond removing noise is recorded as a DocEdit (shown as 整理说明).
 */
import {
  ROUNDTRIP_RULES,
  continueHeadingAcrossBreak,
  detectNumbering,
  fixConversionErrors,
  joinBrokenLines,
  pairQuotes,
  removeCjkSpacing,
  splitFlattened,
  splitRunTogetherHeading,
  stripPageMarkers,
  toFullStops,
  toFullWidthPunctuation,
  toSeparatorDots,
  titleOf,
  type HeadingKind,
} from './cleaning/index.ts';
import { CANONICAL_LEVEL, HEADING_KINDS, numberingPattern } from '../lib/numbering.ts';
import type { DocEdit } from '../lib/schema.ts';

export interface BodyResult {
  lines: string[];
  edits: DocEdit[];
  removed: string[];
  /** Where lines were joined (page breaks, hard wraps), one report line each. */
  joins: string[];
  /** A section with no text: the heading line index (in `lines`) after which the gap stands. */
  emptySections: number[];
}

/** A flattened text: one very long line holding many numbered items after spaces. */
function isFlattened(line: string): boolean {
  return (line.length > 1500 && splitFlattened(line).length >= 6) || (line.length > 500 && splitFlattened(line).length >= 4);
}

/** Unmistakable traces of the faulty 繁简 round trip (CORPUS.md, 003); two are needed. */
const CONVERSION_TRACES = ['〞', '以身作那么', '为人民效劳', '的根底上', '创立活动', '最广阔人民群众'];

const SENTENCE_END = /[。！？；：:;!?…]$/;

/**
 * Rule: an unnumbered short line stands where the first item of a list must be (after the
 * parent heading, before the item "2."), and no "1." sibling exists: it lost its "1.".
 */
export function restoreLostFirstNumber(
  lines: readonly string[],
  wordHeading: (line: string) => boolean = () => false,
): { lines: string[]; restored: string[] } {
  const out = [...lines];
  const restored: string[] = [];
  out.forEach((line, i) => {
    const n = detectNumbering(line);
    if (n?.kind !== 'arabic' || n.value !== 2) return;
    // Back to the parent: the nearest numbered line of a higher rank; a "1." on the way means nothing is lost.
    const candidates: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const m = detectNumbering(out[j]!);
      if (m && m.kind === 'arabic') return;
      if (m && CANONICAL_LEVEL[m.kind] < CANONICAL_LEVEL.arabic) break;
      // A Word heading without a number was written so: it lost nothing.
      if (!m && out[j]!.length <= 30 && !SENTENCE_END.test(out[j]!) && !wordHeading(out[j]!)) candidates.push(j);
      if (j === 0) return; // no parent heading: nothing proves a list
    }
    if (candidates.length !== 1) return;
    const j = candidates[0]!;
    const dot = n.raw.slice(-1); // "2." "2、": the separator the list uses
    restored.push(out[j]!);
    out[j] = `1${dot}${out[j]}`;
  });
  return { lines: out, restored };
}

/** A sentence end before a bracketed Chinese number: where a run-in item may start. */
const RUN_IN_ITEM = new RegExp(`[。！？](?=${numberingPattern(['paren-cn'])})`, 'g');

/**
 * Rule: a numbered item run into the end of the previous paragraph ("……小使者。（七）以人为本……")
 * starts a line of its own when its number follows the last item of the same kind.
 */
export function splitRunInItems(lines: readonly string[]): { lines: string[]; splits: string[] } {
  const last = new Map<HeadingKind, number>();
  const out: string[] = [];
  const splits: string[] = [];
  for (const line of lines) {
    let rest = line;
    for (;;) {
      const n = detectNumbering(rest);
      if (n) last.set(n.kind, n.value);
      let cutAt = -1;
      for (const m of rest.matchAll(RUN_IN_ITEM)) {
        const next = detectNumbering(rest.slice(m.index + 1));
        if (next && next.kind === 'paren-cn' && last.get('paren-cn') === next.value - 1) {
          cutAt = m.index + 1;
          break;
        }
      }
      if (cutAt < 0) break;
      out.push(rest.slice(0, cutAt));
      splits.push(rest.slice(cutAt, cutAt + 4));
      rest = rest.slice(cutAt);
    }
    out.push(rest);
  }
  return { lines: out, splits };
}

/**
 * `wordHeading`: true for a line a .docx marked as a heading (src/importer/hints.ts); such a line stays whole.
 * `pageBreaks`: indices (in `input`) of lines a page break stood before (see removePageMarkers).
 * `blankBefore`: indices (in `input`) of lines a blank line and no page break stood before (see runsOnAcrossBlank).
 * `keepParagraphs`: every line is a paragraph of its own (a .docx: one line per Word paragraph,
 * soft line breaks already settled in docx.ts), so no line is joined to another; the joining
 * rules are for a .txt's hard wraps and page breaks.
 */
export function cleanBody(
  input: readonly string[],
  runningHeaders: readonly string[],
  wordHeading: (line: string) => boolean = () => false,
  pageBreaks: ReadonlySet<number> = new Set(),
  blankBefore: ReadonlySet<number> = new Set(),
  { keepParagraphs = false }: { keepParagraphs?: boolean } = {},
): BodyResult {
  const edits: DocEdit[] = [];
  const removed: string[] = [];
  const joins: string[] = [];
  let lines: string[] = [];
  const breaks = new Set<number>();
  const blanks = new Set<number>();
  input.forEach((l, i) => {
    const text = stripPageMarkers(l, runningHeaders).trim();
    if (pageBreaks.has(i)) breaks.add(lines.length);
    if (blankBefore.has(i)) blanks.add(lines.length);
    if (text.length > 0) lines.push(text);
  });
  // Dash markers went before the title was taken (removePageMarkers); what is left are page numbers after a running header.
  for (const header of runningHeaders) {
    const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pages = input.flatMap((l) => [...l.matchAll(new RegExp(`${escaped}(第\\d{1,3}页)`, 'g'))].map((m) => m[1]!));
    if (pages.length > 0) removed.push(`分页标记：页眉后的页码 ${pages.length} 处（“${pages.join('”“')}”）`);
  }
  if (runningHeaders.length === 0 && input.some((l) => stripPageMarkers(l) !== l)) {
    removed.push('分页标记（如“— 2 —”“mdash; 1 —”）');
  }

  // A heading cut by a page break, its end on the next page ("（二）……和志愿" / "— 2 —" / "服务。").
  let headingJoins = 0;
  let afterBreak = new Set<number>();
  let afterBlank = new Set<number>();
  lines = lines.reduce<string[]>((out, line, i) => {
    const prev = out[out.length - 1];
    const joined = !keepParagraphs && breaks.has(i) && prev !== undefined && !wordHeading(prev) ? continueHeadingAcrossBreak(prev, line) : undefined;
    if (joined === undefined) {
      if (breaks.has(i)) afterBreak.add(out.length);
      if (blanks.has(i)) afterBlank.add(out.length);
      out.push(line);
      return out;
    }
    headingJoins++;
    joins.push(joinNote(joined, prev!, line, '分页处'));
    out[out.length - 1] = joined;
    return out;
  }, []);

  if (lines.length > 0 && lines.some(isFlattened)) {
    lines = lines.flatMap((l) => (isFlattened(l) ? splitFlattened(l) : [l]));
    // The lines are new: no break or blank line is known among them.
    afterBreak = new Set();
    afterBlank = new Set();
    edits.push({
      kind: 'restored-structure',
      note: '原文正文被压成一行，整理时按“一、”“(一)”“1、”等编号恢复分段和标题层次，文字未改。',
    });
  }

  const restored = restoreLostFirstNumber(lines, wordHeading);
  lines = restored.lines;
  for (const heading of restored.restored) {
    edits.push({
      kind: 'restored-numbering',
      from: heading,
      to: `1.${heading}`,
      note: '此小标题在原文中丢了编号“1.”（其后各条为“2.”“3.”），整理时补回。',
    });
  }

  // A short numbered line is a heading (not to be joined to the next line) only for the
  // numbering kinds that mostly carry titles in this text: a village's scoring list "1、……得6分。"
  // is items, so its "9、……互帮" cut by a page break is joined.
  const titleKinds = HEADING_KINDS.filter((kind) => {
    const items = lines.map((l) => detectNumbering(l)).filter((n) => n?.kind === kind);
    return items.filter((n) => titleOf(n!.rest) !== undefined).length * 2 > items.length;
  });
  const joined = keepParagraphs ? { lines, joins: 0, points: [] } : joinBrokenLines(lines, titleKinds, wordHeading, afterBlank);
  lines = joined.lines;
  for (const p of joined.points) joins.push(joinNote(p.paragraph, p.before, p.after, afterBreak.has(p.line) ? '分页处' : '换行处'));
  if (joined.joins + headingJoins > 0) {
    edits.push({
      kind: 'joined-paragraphs',
      note: `原文因分页或换行把一句话断成两段，整理时接合了${joined.joins + headingJoins}处，文字未改。`,
    });
  }

  const runIn = splitRunInItems(lines);
  lines = runIn.lines;
  for (const s of runIn.splits) {
    const marker = /^[（(][^）)]+[）)]/.exec(s)![0];
    edits.push({ kind: 'split-paragraphs', note: `原文“${marker}”一节接在上一段末尾，整理时另起为标题。` });
  }

  let runTogether = 0;
  lines = lines.flatMap((l) => {
    const parts = splitRunTogetherHeading(l);
    runTogether += parts.length - 1;
    return parts;
  });
  if (runTogether > 0) {
    edits.push({
      kind: 'split-paragraphs',
      note: `原文标题与其后的正文或下一级标题挤在同一行、以空格隔开，整理时拆开${runTogether}处，文字未改。`,
    });
  }

  lines = lines.map(removeCjkSpacing);

  const joinedText = lines.join('\n');
  if (CONVERSION_TRACES.filter((t) => joinedText.includes(t)).length >= 2) {
    const fixed = fixConversionErrors(joinedText, ROUNDTRIP_RULES);
    lines = fixed.text.split('\n');
    for (const f of fixed.fixes) {
      edits.push({
        kind: 'conversion-error',
        from: f.from,
        to: f.to,
        note: `${conversionChange(f.wrong, f.right)}${f.count > 1 ? `（${f.count}处）` : ''}。`,
      });
    }
  }

  // Punctuation: quotes, full stops, then the other marks.
  let quotes = 0;
  let separators = 0;
  let stops = 0;
  let widened = 0;
  lines = lines.map((l) => {
    const q = pairQuotes(l);
    const d = toSeparatorDots(q.text);
    const s = toFullStops(d.text);
    const w = toFullWidthPunctuation(s.text);
    quotes += q.count;
    separators += d.count;
    stops += s.count;
    widened += w.count;
    return w.text;
  });
  if (quotes > 0) {
    edits.push({
      kind: 'normalized',
      from: '"',
      to: '“ ”',
      note: `原文中文句子里夹用半角引号，整理时按前后配对改为全角引号，共${quotes}处。`,
    });
  }
  if (separators > 0) {
    edits.push({
      kind: 'normalized',
      from: '. •',
      to: '·',
      note: `原文在引号内的名称中用“.”或“•”分隔两部分，整理时改为间隔号“·”，共${separators}处。`,
    });
  }
  if (stops > 0) {
    edits.push({
      kind: 'normalized',
      from: '.',
      to: '。',
      note: `原文在数字或引号之后用半角“.”作句号，整理时改为“。”，共${stops}处。`,
    });
  }
  if (widened > 0) {
    edits.push({
      kind: 'normalized',
      from: ', ; : ? ! ( )',
      to: '， ； ： ？ ！ （ ）',
      note: `原文中文句子里夹用半角标点，整理时统一为全角，共${widened}处；数字和外文中的标点不动。`,
    });
  }

  // An empty section: a heading that ends in a colon, directly followed by a heading of its rank or higher.
  const emptySections: number[] = [];
  lines = lines.map((l, i) => {
    const n = detectNumbering(l);
    const next = lines[i + 1] !== undefined ? detectNumbering(lines[i + 1]!) : undefined;
    if (n && next && /\s*[:：]$/.test(l) && CANONICAL_LEVEL[next.kind] <= CANONICAL_LEVEL[n.kind]) {
      emptySections.push(i);
      const to = l.replace(/\s*[:：]$/, '');
      edits.push({
        kind: 'restored-structure',
        from: l,
        to,
        note: `原文“${to}”后只有一个冒号，没有正文；整理时去掉冒号，并在此处标明原文缺失。`,
      });
      return to;
    }
    return l;
  });

  return { lines, edits, removed, joins, emptySections };
}

/** A join for the report: where the joined paragraph starts, and the two ends that were joined. */
function joinNote(paragraph: string, before: string, after: string, where: string): string {
  const start = paragraph.length > 12 ? `${paragraph.slice(0, 12)}…` : paragraph;
  const end = before.length > 8 ? `…${before.slice(-8)}` : before;
  const next = after.length > 8 ? `${after.slice(0, 8)}…` : after;
  return `接合（${where}）：“${start}”一段，“${end}”接“${next}”`;
}

/** "“广阔”应为“广大”"; a punctuation mark is named without quotes around it, which would confuse. */
function conversionChange(wrong: string, right: string): string {
  return /^\p{P}$/u.test(wrong) ? `引号${wrong}应为${right}` : `“${wrong}”应为“${right}”`;
}
