/**
 * Rules that rebuild a document's structure from its lines:
 * - `splitFlattened`: a text flattened to one line (003) is cut before each numbering
 *   marker that follows a space (" 一、", " (一)", " 1、").
 * - `splitRunTogetherHeading`: a heading and what follows it on the same line, separated
 *   by a space, are cut apart when the text proves it: the part before the space is a
 *   title (no full stop, at most MAX_TITLE characters) and the part after it is either a
 *   numbered line ("(三)基本原则 1.坚持党的领导。") or a body of sentences ("二、工作目标 在连续三年…。").
 * - `buildBlocks`: numbered lines become headings, each list in one form (see below); a
 *   numbered line whose first sentence is a short title followed by body text ("（一）持续深入
 *   开展政治理论学习。深入推进…") becomes a heading (the title, full stop kept: nothing of the
 *   source is dropped) and a paragraph. A line a .docx marked as a Word heading without 公文
 *   numbering becomes a heading too (`wordHeadingRanks`), unless it is a long sentence.
 */
import { CANONICAL_LEVEL, CN_NUM, HeadingLevels, detectNumbering, normalizeMarker, type HeadingKind } from '../../lib/numbering.ts';
import type { DocEdit } from '../../lib/schema.ts';
import { escapeMdxText, sourceGapTag } from './mdx.ts';
import { parseTableLine, renderTable, tableNote, tableText, type WordTable } from './table.ts';

/** Longest text (after the marker) that is still read as a heading. */
export const MAX_TITLE = 60;

const SENTENCE_END = /[。！？!?]/u;

// Before a marker after a space, or after a sentence's end or a colon (a preview run into one line: "…目标。一、…").
const FLATTENED_CUT = new RegExp(`(?: +|(?<=[。；！？：:]))(?=${CN_NUM}、|[（(]${CN_NUM}[）)]|\\d{1,2}(?:、|[.．](?!\\d))|[（(]\\d{1,2}[）)])`, 'u');

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

/**
 * Rule: 公文 structure from numbered lines, each list in one form. A list is the items of one
 * numbering kind under one parent. Its items become headings when every item has a title
 * (a short line, or a short first sentence followed by its body), or when the items hold
 * sub-items; otherwise every item stays a numbered paragraph. So a list never mixes
 * headings and paragraphs (003: "1、认真抓好部领导班子建设，……" had no title while its siblings
 * 2、3、4、 were headings), and a long sentence never becomes a heading.
 */
/** Longest title (after the marker) a heading may have: the longest real one in the seeds has 53 characters; 003's 59-character sentence is none. */
export const MAX_HEADING = 55;

export type Block =
  | { type: 'heading'; kind: HeadingKind; marker: string; text: string }
  /** A Word heading without numbering; `rank` on the scale of CANONICAL_LEVEL (2 = beside 一、, 2.5 = between 一、 and （一）). */
  | { type: 'heading'; kind: 'unnumbered'; rank: number; marker: ''; text: string }
  | { type: 'paragraph'; text: string }
  /** A Word table (see table.ts); `text` is its cells' text, for similarity and topics. */
  | { type: 'table'; table: WordTable; text: string }
  | { type: 'gap'; note: string };

/** The title of a numbered line, and the body after it, or undefined when it has none. */
export function titleOf(rest: string): { title: string; body: string } | undefined {
  const end = SENTENCE_END.exec(rest);
  if (!end || end.index === rest.length - 1) {
    return rest.length <= MAX_HEADING && !/[；;]/.test(rest) ? { title: rest, body: '' } : undefined;
  }
  if (end.index + 1 > MAX_HEADING) return undefined;
  return { title: rest.slice(0, end.index + 1), body: rest.slice(end.index + 1).trim() };
}

/** A Word heading that is really a sentence: long and ending like one. It stays a paragraph. */
export function isSentenceHeading(text: string): boolean {
  return text.length > MAX_HEADING || (text.length > 40 && /[。！？；!?;]$/u.test(text));
}

/**
 * Ranks (on the scale of CANONICAL_LEVEL) of the Word headings without 公文 numbering, from
 * their Word level (`wordHeadings`: line index → Heading 1…6) and the numbered lines Word
 * also marked as headings:
 * - beside numbered headings of the same Word level, the rank of their kind (a Heading 2
 *   among "（一）" Heading 2s ranks 3: they are siblings);
 * - else half a step off the nearest Word level with numbered headings, as many steps as the
 *   Word levels are apart (a Heading 2 under "一、" Heading 1s ranks 2.5: below "一、", above
 *   a "（一）" in its text);
 * - with no numbered Word heading at all, the top Word level used ranks 1.5 (above a "一、"
 *   in the text), the next 2.5, and so on.
 * Lines that are sentences get no rank (they stay paragraphs).
 */
export function wordHeadingRanks(lines: readonly string[], wordHeadings: ReadonlyMap<number, number>): Map<number, number> {
  const kindsAt = new Map<number, HeadingKind[]>();
  const unnumbered: [number, number][] = [];
  for (const [i, level] of wordHeadings) {
    const line = lines[i];
    if (line === undefined) continue;
    const n = detectNumbering(line);
    if (n) kindsAt.set(level, [...(kindsAt.get(level) ?? []), n.kind]);
    else if (!isSentenceHeading(line)) unnumbered.push([i, level]);
  }
  const rankAt = new Map<number, number>();
  for (const [level, kinds] of kindsAt) {
    // The kind most headings of this Word level have (the first on a tie).
    const count = (k: HeadingKind) => kinds.filter((x) => x === k).length;
    const kind = kinds.reduce((best, k) => (count(k) > count(best) ? k : best));
    rankAt.set(level, CANONICAL_LEVEL[kind]);
  }
  const top = Math.min(...unnumbered.map(([, level]) => level));
  const ranks = new Map<number, number>();
  for (const [i, level] of unnumbered) {
    let rank = rankAt.get(level);
    if (rank === undefined && rankAt.size > 0) {
      const nearest = [...rankAt.keys()].sort((a, b) => Math.abs(a - level) - Math.abs(b - level) || a - b)[0]!;
      rank = rankAt.get(nearest)! + (level - nearest) + (level > nearest ? -0.5 : 0.5);
    }
    ranks.set(i, Math.min(6, Math.max(1.5, rank ?? 1.5 + (level - top))));
  }
  return ranks;
}

export interface StructureResult {
  blocks: Block[];
  edits: DocEdit[];
  /** How lists were given one form, for the import report (Chinese, one line each). */
  lists: string[];
}

/** `wordHeadings`: line index → Word heading level (1–6), for the lines a .docx marked as headings. */
export function buildBlocks(
  lines: readonly string[],
  gapsAfter: ReadonlyMap<number, string>,
  wordHeadings: ReadonlyMap<number, number> = new Map(),
): StructureResult {
  const numbered = lines.map((l) => detectNumbering(l));
  const ranks = wordHeadingRanks(lines, wordHeadings);
  // Group items into lists: key = parent line index + kind. A Word heading without numbering is a parent too.
  const listOf = new Map<number, string>();
  const lists = new Map<string, number[]>();
  const open: { rank: number; index: number }[] = [];
  const openAt = (rank: number) => {
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
  };
  numbered.forEach((n, i) => {
    const rank = ranks.get(i);
    if (rank !== undefined && !n) {
      openAt(rank);
      open.push({ rank, index: i });
      return;
    }
    if (!n) return;
    openAt(CANONICAL_LEVEL[n.kind]);
    const key = `${open[open.length - 1]?.index ?? -1}:${n.kind}`;
    listOf.set(i, key);
    lists.set(key, [...(lists.get(key) ?? []), i]);
    open.push({ rank: CANONICAL_LEVEL[n.kind], index: i });
  });
  const hasChildren = (key: string) => [...listOf.entries()].some(([, k]) => lists.get(key)!.some((i) => k.startsWith(`${i}:`)));
  const headingList = new Map<string, boolean>();
  for (const [key, items] of lists) {
    headingList.set(key, hasChildren(key) || items.every((i) => titleOf(numbered[i]!.rest) !== undefined));
  }

  const blocks: Block[] = [];
  const tables: string[] = [];
  let leadSplits = 0;
  lines.forEach((line, i) => {
    const n = numbered[i];
    const rank = ranks.get(i);
    const table = n ? undefined : parseTableLine(line);
    if (table) {
      blocks.push({ type: 'table', table, text: tableText(table) });
      tables.push(tableNote(table));
    } else if (!n && rank !== undefined) {
      blocks.push({ type: 'heading', kind: 'unnumbered', rank, marker: '', text: line });
    } else if (n && headingList.get(listOf.get(i)!)) {
      const t = titleOf(n.rest);
      if (t) {
        blocks.push({ type: 'heading', kind: n.kind, marker: n.marker, text: t.title });
        if (t.body) {
          blocks.push({ type: 'paragraph', text: t.body });
          leadSplits++;
        }
      } else {
        // A list that must be headings (it holds sub-items) but this item has no short title.
        blocks.push({ type: 'heading', kind: n.kind, marker: n.marker, text: n.rest });
      }
    } else {
      blocks.push({ type: 'paragraph', text: line });
    }
    const gap = gapsAfter.get(i);
    if (gap) blocks.push({ type: 'gap', note: gap });
  });

  const edits: DocEdit[] = [];
  if (leadSplits > 0) {
    edits.push({
      kind: 'split-paragraphs',
      note: `原文小标题与正文同在一段（如“（一）××××。正文……”），整理时把小标题单列为标题、正文另起一段，共${leadSplits}处；标题末尾的句号照原文保留，文字未改。`,
    });
  }
  // Lists whose form differs from some of their items, and Word headings kept as paragraphs: said in the report.
  const forms: string[] = [];
  for (const [i] of wordHeadings) {
    const line = lines[i];
    if (line !== undefined && !numbered[i] && !ranks.has(i)) {
      forms.push(`Word 标为标题的段落“${line.length > 20 ? `${line.slice(0, 20)}……` : line}”是一整句（${line.length}字），作正文段落，不作标题`);
    }
  }
  for (const [key, items] of lists) {
    const titled = items.filter((i) => titleOf(numbered[i]!.rest) !== undefined).length;
    const first = numbered[items[0]!]!.marker.trim();
    const last = numbered[items[items.length - 1]!]!.marker.trim();
    if (!headingList.get(key) && titled > 0) {
      forms.push(`“${first}”至“${last}”一组：${items.length - titled}条没有简短的小标题，整组作带编号的段落，不作标题`);
    } else if (headingList.get(key) && titled < items.length) {
      forms.push(`“${first}”至“${last}”一组有下级条目，整组作标题，其中${items.length - titled}条的标题较长`);
    }
  }

  // Numbering markers of headings, normalised, each kind of change counted.
  const normalized = new Map<string, number>();
  for (const b of blocks) {
    if (b.type !== 'heading' || b.kind === 'unnumbered') continue;
    const to = normalizeMarker(b.marker);
    if (to !== b.marker) {
      const key = `${markerShape(b.marker)}→${markerShape(to)}`;
      normalized.set(key, (normalized.get(key) ?? 0) + 1);
      b.marker = to;
    }
  }
  for (const [key, n] of normalized) {
    const [from, to] = key.split('→') as [string, string];
    edits.push({
      kind: 'normalized',
      from,
      to,
      note: from.trimEnd() === to ? `标题编号后多余的空格去掉（“${from.trimEnd()}”后的空格），共${n}处。` : `标题编号“${from}”统一写作“${to}”，共${n}处。`,
    });
  }
  return { blocks, edits, lists: [...tables, ...forms] };
}

const CN_NUMERAL = new RegExp(CN_NUM, 'u');

/** "(三)、" -> "(一)、", "12. " -> "1. ": the shape of a marker, for counting normalisations. */
function markerShape(marker: string): string {
  return marker.replace(CN_NUMERAL, '一').replace(/\d+/u, '1');
}

/** Renders body blocks as MDX: headings by numbering or rank (never skipping a level), escaped text, SourceGap tags. */
export function renderBody(blocks: readonly Block[]): string {
  const levels = new HeadingLevels();
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      const level = b.kind === 'unnumbered' ? levels.at(b.rank) : levels.next(b.kind);
      out.push(`${'#'.repeat(level)} ${escapeMdxText(b.marker + b.text)}`);
    } else if (b.type === 'paragraph') {
      out.push(escapeMdxText(b.text));
    } else if (b.type === 'table') {
      out.push(renderTable(b.table));
    } else {
      out.push(sourceGapTag(b.note));
    }
  }
  return `${out.join('\n\n')}\n`;
}
