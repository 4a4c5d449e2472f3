/**
 * The scale benchmark's own logic (scripts/bench): our documents as Starlight pages, and a build
 * split into its steps from its log lines and the process-tree samples.
 */
import { describe, expect, it } from 'vitest';
import type { Sample, Timed } from '../../scripts/bench/measure.ts';
import { toStarlight } from '../../scripts/bench/starlight-peer.ts';
import { loggedDurations, processRoles, splitAtIndexStep } from '../../scripts/bench/steps.ts';

describe('toStarlight', () => {
  const doc = [
    '---',
    'id: bench-007',
    'title: "城东区2024年精神文明建设工作要点：\\"我们的节日\\""',
    'years: [2024]',
    'summary: "摘要"',
    '---',
    "import SourceGap from '../../src/components/SourceGap.astro';",
    '',
    '开头一段。',
    '',
    '## 一、总体要求',
    '',
    '<SourceGap note="原文到此中断，其后内容未收录" />',
    '',
    '<SourceGap />',
    '',
  ].join('\n');
  const page = toStarlight(doc);

  it('keeps only the title in the frontmatter, as YAML that reads back the same', () => {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(page)![1]!;
    expect(fm.split('\n')).toEqual(['title: "城东区2024年精神文明建设工作要点：\\"我们的节日\\""']);
  });

  it('keeps the Markdown body and drops the MDX import', () => {
    expect(page).toContain('\n开头一段。\n');
    expect(page).toContain('\n## 一、总体要求\n');
    expect(page).not.toContain('import ');
  });

  it('makes each SourceGap line a paragraph with its note, or a stock note', () => {
    expect(page).not.toContain('<SourceGap');
    expect(page).toContain('\n（原文到此中断，其后内容未收录）\n');
    expect(page).toContain('\n（原文此处有缺失，未收录）\n');
  });
});

describe('loggedDurations', () => {
  it('reads our index step line: the total first, then its parts', () => {
    const d = loggedDurations('[wenku:search-index] indexed 200 documents in 31957 ms (bigram index 19166 ms, single-character index 12791 ms)');
    expect(d).toEqual([
      { label: '[wenku:search-index] indexed 200 documents', seconds: 31.957 },
      { label: 'bigram index', seconds: 19.166 },
      { label: 'single-character index', seconds: 12.791 },
    ]);
  });

  it("reads Starlight's line in seconds and in milliseconds", () => {
    expect(loggedDurations('[starlight:pagefind] Finished building search index in 12.34s.')[0]!.seconds).toBe(12.34);
    expect(loggedDurations('[starlight:pagefind] Finished building search index in 750ms.')[0]!.seconds).toBe(0.75);
    expect(loggedDurations('[starlight:pagefind] Found 200 HTML files.')).toEqual([]);
  });
});

/** A run of 100 s sampled every second: 1 CPU-second a second, memory `mb(t)`, the largest process `role(t)`. */
function run(lines: { t: number; text: string }[], mb: (t: number) => number, role: (t: number) => string): Timed {
  const samples: Sample[] = [];
  for (let t = 0; t <= 100; t++) samples.push({ t, treeMB: mb(t), cpu: t, topMB: mb(t) / 2, topRole: role(t) });
  return {
    seconds: 100,
    cpuSeconds: 101,
    peakMB: Math.max(...samples.map((s) => s.treeMB)),
    peakProcessMB: Math.max(...samples.map((s) => s.topMB)),
    peakProcess: 'astro build',
    processes: [
      { pid: 1, role: 'astro build', peakMB: 900, atSeconds: 30, cpuSeconds: 60 },
      { pid: 2, role: 'pagefind', peakMB: 400, atSeconds: 70, cpuSeconds: 15 },
      { pid: 3, role: 'pagefind', peakMB: 600, atSeconds: 80, cpuSeconds: 20 },
      { pid: 4, role: 'sh', peakMB: 3, atSeconds: 0, cpuSeconds: 0 },
    ],
    samples,
    lines,
    stdout: '',
  };
}

describe('splitAtIndexStep', () => {
  const mb = (t: number) => (t >= 60 && t <= 90 ? 2000 + t : 1000 + t);
  const role = (t: number) => (t >= 60 && t <= 90 ? 'pagefind' : 'astro build');

  it('starts the index step at the earliest start its lines tell, ends it at its last line', () => {
    const t = run(
      [
        { t: 20, text: '17:00:20 [build] ✓ Completed in 20.00s.' },
        { t: 75, text: '17:01:15 [wenku:search-index] shard 1 of 2: 100 documents in 15000 ms' },
        { t: 90, text: '17:01:30 [wenku:search-index] indexed 200 documents in 25000 ms (merge 5000 ms)' },
      ],
      mb,
      role,
    );
    const { steps, indexLines } = splitAtIndexStep(t, 'wenku:search-index');
    expect(steps.map((s) => s.name)).toEqual(['page build (up to the index step)', 'index step', 'after the index step']);
    const [page, index, after] = steps.map((s) => s.step);
    expect(page).toMatchObject({ seconds: 60, cpuSeconds: 60, peakMB: 1059, peakProcess: 'astro build' });
    expect(index).toMatchObject({ seconds: 30, cpuSeconds: 30, peakMB: 2089, peakProcessMB: 1044.5, peakProcess: 'pagefind' });
    expect(after).toMatchObject({ seconds: 10, cpuSeconds: 11, peakMB: 2090 });
    expect(indexLines.map((l) => l.text)).toEqual([
      '[wenku:search-index] shard 1 of 2: 100 documents in 15000 ms',
      '[wenku:search-index] indexed 200 documents in 25000 ms (merge 5000 ms)',
    ]);
  });

  it('does not split a build whose index step printed no duration', () => {
    const t = run([{ t: 90, text: '[wenku:search-index] search index skipped' }], mb, role);
    expect(splitAtIndexStep(t, 'wenku:search-index').steps).toEqual([]);
  });

  it('groups processes by role, leaving out the small ones', () => {
    expect(processRoles(run([], mb, role))).toEqual([
      { role: 'astro build', count: 1, peakMB: 900, cpuSeconds: 60 },
      { role: 'pagefind', count: 2, peakMB: 600, cpuSeconds: 35 },
    ]);
  });
});
