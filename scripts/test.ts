/**
 * npm test: every check of the project, one phase after another, stopping at the first that
 * fails (with its exit code), then a table of how long each phase took.
 *
 *   npm test                    every phase
 *   npm test -- --from build    from the site build on (what `npm run test:e2e` runs)
 *   npm test -- --only unit     one phase (repeatable: --only build --only e2e; --only lint is npm run lint)
 *
 * The browser tests pick free ports themselves (playwright.config.ts), so this runs beside
 * `npm start`. Arguments after the phase options go to Playwright (e.g. a spec file).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Phase {
  name: string;
  /** What it proves, for the table. */
  what: string;
  command: string[];
  env?: Record<string, string>;
}

const node = process.execPath;
const astro = ['node_modules/astro/bin/astro.mjs'];

const phases: Phase[] = [
  { name: 'browser', what: 'a Chromium for the browser tests', command: [node, 'scripts/check-browser.ts'] },
  { name: 'lint', what: 'form, lint findings, unused exports (biome, knip)', command: [node, 'scripts/lint.ts'] },
  { name: 'check', what: 'TypeScript and .astro diagnostics', command: [node, ...astro, 'check'] },
  { name: 'unit', what: 'unit tests and fixture builds (vitest)', command: [node, 'node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'build', what: 'the site, dist/', command: [node, ...astro, 'build'] },
  { name: 'wording', what: 'docs/wording-report.md up to date', command: [node, 'scripts/report-wording.ts', '--check'] },
  {
    name: 'build:base',
    what: 'the site under /wenku/, dist-base/',
    command: [node, ...astro, 'build'],
    env: { WENKU_BASE: '/wenku/', WENKU_OUT: 'dist-base', WENKU_CACHE: 'node_modules/.astro-base' },
  },
  { name: 'build:reference', what: 'the reference library (budgets), dist-reference/', command: [node, 'scripts/build-reference.ts'] },
  { name: 'e2e', what: 'browser tests on the built sites (playwright)', command: [node, 'node_modules/@playwright/test/cli.js', 'test'] },
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, only: { type: 'string', multiple: true } },
});
const names = phases.map((p) => p.name);
for (const n of [values.from, ...(values.only ?? [])]) {
  if (n !== undefined && !names.includes(n)) {
    console.error(`test: no phase "${n}" (phases: ${names.join(', ')})`);
    process.exit(2);
  }
}
const chosen = phases.filter((p, i) => (values.only ? values.only.includes(p.name) : i >= (values.from ? names.indexOf(values.from) : 0)));

/**
 * CPU seconds (user + system) of the finished child processes and theirs, on Linux (/proc), where
 * it shows the work of a phase apart from what else the machine runs at the same time.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const done: { phase: Phase; ms: number; cpuMs: number | undefined; status: number }[] = [];

function table(): string {
  const total = done.reduce((sum, d) => sum + d.ms, 0);
  const cpu = done.every((d) => d.cpuMs !== undefined) ? done.reduce((sum, d) => sum + d.cpuMs!, 0) : undefined;
  const width = Math.max(...chosen.map((p) => p.name.length), 'total'.length);
  const cpuCell = (ms: number | undefined) => (ms === undefined ? '' : seconds(ms)).padStart(8);
  const rows = chosen.map((p) => {
    const d = done.find((x) => x.phase === p);
    const state = !d ? 'not run' : d.status === 0 ? 'ok' : `FAILED (exit ${d.status})`;
    return `  ${p.name.padEnd(width)}  ${(d ? seconds(d.ms) : '').padStart(8)}  ${cpuCell(d?.cpuMs)}  ${state.padEnd(15)}  ${p.what}`;
  });
  return [
    '',
    'npm test, time per phase (wall clock, then CPU time of its processes):',
    ...rows,
    `  ${'total'.padEnd(width)}  ${seconds(total).padStart(8)}  ${cpuCell(cpu)}`,
  ].join('\n');
}

for (const phase of chosen) {
  console.log(`\n=== ${phase.name}: ${phase.what}\n`);
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const args = phase.name === 'e2e' ? [...phase.command.slice(1), ...positionals] : phase.command.slice(1);
  const r = spawnSync(phase.command[0]!, args, { stdio: 'inherit', env: { ...process.env, ...phase.env } });
  const status = r.status ?? 1;
  const cpuAfter = childrenCpuMs();
  done.push({ phase, ms: performance.now() - started, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, status });
  if (status !== 0) {
    console.log(table());
    process.exit(status);
  }
}
console.log(table());
