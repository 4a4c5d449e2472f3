/**
 * 序号: the 公文 numbering of a draft's headings (一、（一）1.（1）, read by src/lib/numbering.ts)
 * out of order or skipped (一、二、四、), a lower level with no heading above it, and one level
 * written in two forms (1. and 1、, (一) and （一）).
 */
import { type HeadingKind, HEADING_KINDS, detectNumbering, formatNumbering } from '../numbering.ts';
import type { CheckFinding } from './types.ts';

const LEVEL_NAMES: Record<HeadingKind, string> = { cn: '一级', 'paren-cn': '二级', arabic: '三级', 'paren-arabic': '四级' };

/** A marker's form without its number: "1." → "#.", "(一)" → "(#)". */
function formOf(marker: string): string {
  return marker.replace(/[零〇一二两三四五六七八九十百]+|\d+/u, '#').trim();
}

export function numberingFindings(paragraphs: readonly string[]): CheckFinding[] {
  const heads = paragraphs.flatMap((text, paragraph) => {
    const n = detectNumbering(text);
    return n ? [{ paragraph, n, rank: HEADING_KINDS.indexOf(n.kind) }] : [];
  });
  const out: CheckFinding[] = [];
  const at = (h: (typeof heads)[number], why: string, advice: string) =>
    out.push({ category: 'numbering', paragraph: h.paragraph, start: 0, end: h.n.marker.length, text: h.n.marker, why, advice });
  const used = new Set(heads.map((h) => h.rank));
  // Last value at each rank under the current parent; an open heading per rank.
  const last: (number | undefined)[] = [];
  for (const h of heads) {
    const { rank, n } = h;
    const expected = (last[rank] ?? 0) + 1;
    const parentMissing = rank > 0 && [...Array(rank).keys()].some((r) => used.has(r)) && [...Array(rank).keys()].every((r) => last[r] === undefined);
    if (parentMissing) {
      at(h, `${LEVEL_NAMES[n.kind]}序号“${n.marker}”前面没有上一级标题`, '补上上一级标题，或改用上一级的序号。');
    } else if (n.value !== expected) {
      const should = formatNumbering(n.kind, expected);
      at(
        h,
        n.value > expected ? `序号跳号：应为“${should}”，写成了“${n.marker}”` : `序号顺序不对：应为“${should}”，写成了“${n.marker}”`,
        `改为“${should}”，并顺改其后的序号。`,
      );
    }
    last[rank] = n.value;
    last.length = rank + 1; // a new heading closes the lower levels' counts
  }
  // Mixed forms: per level, the forms other than the most used one.
  for (const kind of HEADING_KINDS) {
    const ofKind = heads.filter((h) => h.n.kind === kind);
    const counts = new Map<string, number>();
    for (const h of ofKind) counts.set(formOf(h.n.marker), (counts.get(formOf(h.n.marker)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    for (const h of ofKind) {
      if (formOf(h.n.marker) === main) continue;
      if (out.some((f) => f.paragraph === h.paragraph)) continue;
      const should = main.replace('#', /\d/.test(h.n.marker) ? String(h.n.value) : formatNumbering('cn', h.n.value).slice(0, -1));
      at(h, `同一级序号写法不一：多数写作“${main.replace('#', '1')}”式，这里是“${h.n.marker}”`, `统一为“${should}”。`);
    }
  }
  return out;
}
