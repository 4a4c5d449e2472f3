/**
 * 下载 Word 提纲: a type's skeleton (the outline a template page shows, src/lib/templates/skeleton.ts
 * `outlineText`) as a draft for the one Word builder (./docx-builder.ts): a title and an opening
 * paragraph to fill, the outline's parts as 公文 headings with a paragraph to write under each,
 * then the builder's 落款 and date lines. Every spot to fill is a highlighted run.
 */
import { CANONICAL_LEVEL, detectNumbering } from '../numbering.ts';
import { placeholderRuns } from '../templates/placeholders.ts';
import type { ExportBlock, ExportDraft, ExportRun } from './types.ts';

const FILL = (text: string): ExportRun => ({ text, fill: true });
const TEXT = (text: string): ExportRun => ({ text });

/**
 * What a draft of each type is usually called, and how it usually opens (a paragraph a string):
 * their spots to fill (XX, 20XX, ……) become highlighted runs.
 */
const KINDS: Record<string, { title: string; opening: string[] }> = {
  总结: { title: 'XX单位20XX年精神文明建设工作总结', opening: ['20XX年，在……的正确领导下，我单位……。现将一年来的精神文明建设工作总结如下。'] },
  计划: { title: 'XX单位20XX年精神文明建设工作计划', opening: ['为……，根据……，结合我单位实际，制定本计划。'] },
  要点: { title: 'XX单位20XX年精神文明建设工作要点', opening: ['20XX年全XX精神文明建设工作的总体要求是：……。'] },
  方案: { title: 'XX单位20XX年精神文明建设工作实施方案', opening: ['为……，根据……，结合我单位实际，制定本方案。'] },
  规划: { title: 'XX单位精神文明建设规划（20XX—20XX年）', opening: ['为……，根据……，结合我单位实际，制定本规划。'] },
  讲话: { title: '在XX单位精神文明建设工作会议上的讲话', opening: ['同志们：', '今天召开……会议，主要任务是……。下面，我讲几点意见。'] },
  汇报: { title: 'XX单位精神文明建设工作情况汇报', opening: ['20XX年以来，我单位……。现将有关情况汇报如下。'] },
};

/** Spots to fill that are not placeholders of the source texts: ……, a bracketed instruction such as （按本单位工作领域自拟标题）. */
const TO_WRITE = /(……|（[^（）]*自拟[^（）]*）)/;

/** A heading's text with its spots to write as fill runs. */
function headingRuns(text: string): ExportRun[] {
  const out: ExportRun[] = [];
  // split() with a capture group puts the spots at the odd positions.
  text.split(TO_WRITE).forEach((part, i) => {
    if (part) out.push(i % 2 ? FILL(part) : TEXT(part));
  });
  return out;
}

/** An opening paragraph as runs: its spots to write, and its placeholders (XX, 20XX), as fill runs. */
function openingRuns(text: string): ExportRun[] {
  return headingRuns(text).flatMap((r) => (r.fill ? [r] : placeholderRuns(r.text)));
}

/** The outline's lines as headings (一、 level 1, （一） level 2 …), a paragraph to write under each innermost one. */
export function outlineBlocks(outline: string): ExportBlock[] {
  const lines = outline
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headings = lines.map((line) => {
    const n = detectNumbering(line);
    return { level: n ? CANONICAL_LEVEL[n.kind] - 1 : 0, runs: headingRuns(line) };
  });
  const out: ExportBlock[] = [];
  headings.forEach((h, i) => {
    out.push(h);
    const next = headings[i + 1];
    if (h.level > 0 && (!next || next.level <= h.level)) out.push({ level: 0, runs: [FILL('……')] });
  });
  return out;
}

/** The skeleton of a type (its Chinese label, e.g. 计划) as a Word draft to fill. */
export function skeletonDraft(typeLabel: string, outline: string): ExportDraft {
  const kind = KINDS[typeLabel] ?? { title: `XX单位精神文明建设工作${typeLabel}`, opening: ['……'] };
  return {
    // The builder highlights the title's placeholders (XX, 20XX) itself.
    title: kind.title,
    sources: 'none',
    sections: [
      {
        docTitle: `${typeLabel}提纲`,
        cite: '全文',
        sourceUrl: '',
        blocks: [...kind.opening.map((p) => ({ level: 0, runs: openingRuns(p) })), ...outlineBlocks(outline)],
      },
    ],
  };
}
