/**
 * 下载 Word 提纲: a type's skeleton (the outline a template page shows, src/lib/templates/skeleton.ts
 * `outlineText`) as a draft for the one Word builder (./docx-builder.ts): a title and an opening
 * paragraph to fill, the outline's parts as 公文 headings with a paragraph to write under each,
 * then the builder's 落款 and date lines. Every spot to fill is a highlighted run.
 */
import { CANONICAL_LEVEL, detectNumbering } from '../numbering.ts';
import type { ExportBlock, ExportDraft, ExportRun } from './types.ts';

const FILL = (text: string): ExportRun => ({ text, fill: true });
const TEXT = (text: string): ExportRun => ({ text });

/** What a draft of each type is usually called (placeholders in it), and how it usually opens. */
const KINDS: Record<string, { title: string; opening: ExportBlock[] }> = {
  总结: {
    title: 'XX单位20XX年精神文明建设工作总结',
    opening: [{ level: 0, runs: [FILL('20XX'), TEXT('年，在'), FILL('……'), TEXT('的正确领导下，我单位'), FILL('……'), TEXT('。现将一年来的精神文明建设工作总结如下。')] }],
  },
  计划: {
    title: 'XX单位20XX年精神文明建设工作计划',
    opening: [{ level: 0, runs: [TEXT('为'), FILL('……'), TEXT('，根据'), FILL('……'), TEXT('，结合我单位实际，制定本计划。')] }],
  },
  要点: {
    title: 'XX单位20XX年精神文明建设工作要点',
    opening: [{ level: 0, runs: [FILL('20XX'), TEXT('年全'), FILL('XX'), TEXT('精神文明建设工作的总体要求是：'), FILL('……'), TEXT('。')] }],
  },
  方案: {
    title: 'XX单位20XX年精神文明建设工作实施方案',
    opening: [{ level: 0, runs: [TEXT('为'), FILL('……'), TEXT('，根据'), FILL('……'), TEXT('，结合我单位实际，制定本方案。')] }],
  },
  规划: {
    title: 'XX单位精神文明建设规划（20XX—20XX年）',
    opening: [{ level: 0, runs: [TEXT('为'), FILL('……'), TEXT('，根据'), FILL('……'), TEXT('，结合我单位实际，制定本规划。')] }],
  },
  讲话: {
    title: '在XX单位精神文明建设工作会议上的讲话',
    opening: [
      { level: 0, runs: [TEXT('同志们：')] },
      { level: 0, runs: [TEXT('今天召开'), FILL('……'), TEXT('会议，主要任务是'), FILL('……'), TEXT('。下面，我讲几点意见。')] },
    ],
  },
  汇报: {
    title: 'XX单位精神文明建设工作情况汇报',
    opening: [{ level: 0, runs: [FILL('20XX'), TEXT('年以来，我单位'), FILL('……'), TEXT('。现将有关情况汇报如下。')] }],
  },
};

/** A heading's text with its spots to fill (……, a bracketed instruction such as （按本单位工作领域自拟标题）) as fill runs. */
function headingRuns(text: string): ExportRun[] {
  const out: ExportRun[] = [];
  // split() with a capture group puts the spots at the odd positions.
  text.split(/(……|（[^（）]*自拟[^（）]*）)/).forEach((part, i) => {
    if (part) out.push(i % 2 ? FILL(part) : TEXT(part));
  });
  return out;
}

/** The outline's lines as headings (一、 level 1, （一） level 2 …), a paragraph to write under each innermost one. */
export function outlineBlocks(outline: string): ExportBlock[] {
  const lines = outline.split('\n').map((l) => l.trim()).filter(Boolean);
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
  const kind = KINDS[typeLabel] ?? { title: `XX单位精神文明建设工作${typeLabel}`, opening: [{ level: 0, runs: [FILL('……')] }] };
  return {
    // The builder highlights the title's placeholders (XX, 20XX) itself.
    title: kind.title,
    sources: 'none',
    sections: [{ docTitle: `${typeLabel}提纲`, cite: '全文', sourceUrl: '', blocks: [...kind.opening, ...outlineBlocks(outline)] }],
  };
}
