/**
 * Word comments on stretches of a passage: splits a block's runs at the stretches' offsets and
 * gives each stretch its comment (ExportRun.comment; docx-builder.ts writes it as a highlighted
 * run with a Word comment). Used for out-of-date wording in a document's export and for the
 * 起草自查 findings in a pasted draft.
 */
import type { ExportBlock, ExportRun } from './types.ts';

export interface CommentSpan {
  /** Offsets in the block's text (its runs joined). */
  start: number;
  end: number;
  comment: string;
}

/** The runs with each span cut out as a run of its own carrying its comment; overlapping spans join the first. */
export function commentRuns(runs: readonly ExportRun[], spans: readonly CommentSpan[]): ExportRun[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const kept: CommentSpan[] = [];
  for (const s of sorted) {
    const last = kept.at(-1);
    if (last && s.start < last.end) {
      kept[kept.length - 1] = { ...last, end: Math.max(last.end, s.end), comment: `${last.comment}\n${s.comment}` };
    } else kept.push(s);
  }
  const out: ExportRun[] = [];
  let pos = 0;
  for (const run of runs) {
    const runEnd = pos + run.text.length;
    let at = pos;
    while (at < runEnd) {
      const span = kept.find((s) => s.start <= at && at < s.end);
      const next = span ? Math.min(span.end, runEnd) : Math.min(runEnd, ...kept.filter((s) => s.start > at).map((s) => s.start));
      const piece: ExportRun = { ...run, text: run.text.slice(at - pos, next - pos) };
      // One comment per span, on its first piece (a span over two runs gets one comment).
      if (span && at === span.start) piece.comment = span.comment;
      out.push(piece);
      at = next;
    }
    pos = runEnd;
  }
  return out;
}

/** A block with a comment on every occurrence of each phrase. */
export function commentPhrases(block: ExportBlock, phrases: readonly { phrase: string; comment: string }[]): ExportBlock {
  const text = block.runs.map((r) => r.text).join('');
  const spans: CommentSpan[] = [];
  for (const { phrase, comment } of phrases) {
    if (!phrase) continue;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) spans.push({ start: i, end: i + phrase.length, comment });
  }
  return spans.length ? { ...block, runs: commentRuns(block.runs, spans) } : block;
}
