/**
 * A build's steps read from what it printed and what the sampler saw (measure.ts `timed`): the
 * page build, the index step (found by its integration's log lines and the durations they give),
 * and what follows it; per step wall time, CPU and peak memory. Used by scale.ts.
 */
import type { Timed } from './measure.ts';

export interface Step {
  seconds: number;
  cpuSeconds: number;
  /** Peak summed resident memory of the process tree (MB). */
  peakMB: number;
  /** Peak resident memory of the largest single process (MB), and which it was. */
  peakProcessMB: number;
  peakProcess: string;
}

/** "12.34s", "750ms", "33220 ms" with the words before them: a step's sub-steps as it logs them. */
export function loggedDurations(text: string): { label: string; seconds: number }[] {
  const out: { label: string; seconds: number }[] = [];
  for (const m of text.matchAll(/([^,;()]*?)\s*(?:\bin\s+)?(\d+(?:\.\d+)?)\s*(ms|s)\b/g)) {
    out.push({ label: m[1]!.trim(), seconds: Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) });
  }
  return out;
}

/** The figures of the interval [from, to) seconds of a timed run (CPU from the samples: a difference). */
export function stepOf(t: Timed, from: number, to: number, cpuTo?: number): Step {
  const inside = t.samples.filter((s) => s.t >= from && s.t < to);
  const cpuAt = (x: number) => t.samples.filter((s) => s.t <= x).at(-1)?.cpu ?? 0;
  const top = inside.reduce((a, s) => (s.topMB > a.topMB ? s : a), { topMB: 0, topRole: '?' });
  return {
    seconds: to - from,
    cpuSeconds: (cpuTo ?? cpuAt(to)) - cpuAt(from),
    peakMB: Math.max(0, ...inside.map((s) => s.treeMB)),
    peakProcessMB: top.topMB,
    peakProcess: top.topRole,
  };
}

export const wholeStep = (t: Timed): Step => ({
  seconds: t.seconds,
  cpuSeconds: t.cpuSeconds,
  peakMB: t.peakMB,
  peakProcessMB: t.peakProcessMB,
  peakProcess: t.peakProcess,
});

/**
 * Splits a build at its index step. The lines tagged `[tag]` are the step's: the last of them ends
 * it; each line with a duration (the step's own measure of what it just did) tells when that work
 * began, and the earliest of those is the step's start. No tagged line with a duration: no split.
 */
export function splitAtIndexStep(t: Timed, tag: string): { steps: { name: string; step: Step }[]; indexLines: { t: number; text: string }[] } {
  const marker = `[${tag}]`;
  const indexLines = t.lines.filter((l) => l.text.includes(marker)).map((l) => ({ t: l.t, text: l.text.slice(l.text.indexOf(marker)) }));
  const starts = indexLines.flatMap((l) =>
    loggedDurations(l.text)
      .slice(0, 1)
      .map((d) => l.t - d.seconds),
  );
  if (!starts.length) return { steps: [], indexLines };
  const start = Math.max(0, Math.min(...starts));
  const end = indexLines.at(-1)!.t;
  return {
    steps: [
      { name: 'page build (up to the index step)', step: stepOf(t, 0, start) },
      { name: 'index step', step: stepOf(t, start, end) },
      { name: 'after the index step', step: stepOf(t, end, t.seconds, t.cpuSeconds) },
    ],
    indexLines,
  };
}

/** The processes of a run by role: how many, the largest one's peak, their CPU as last seen. */
export function processRoles(t: Timed, minMB = 50): { role: string; count: number; peakMB: number; cpuSeconds: number }[] {
  const roles = new Map<string, { role: string; count: number; peakMB: number; cpuSeconds: number }>();
  for (const p of t.processes) {
    const r = roles.get(p.role) ?? { role: p.role, count: 0, peakMB: 0, cpuSeconds: 0 };
    roles.set(p.role, { role: p.role, count: r.count + 1, peakMB: Math.max(r.peakMB, p.peakMB), cpuSeconds: r.cpuSeconds + p.cpuSeconds });
  }
  return [...roles.values()].filter((r) => r.peakMB >= minMB).sort((a, b) => b.peakMB - a.peakMB);
}
