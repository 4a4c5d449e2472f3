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
 *
 * After browser and lint, three lanes run side by side: the site's (build → … → build:reference →
 * e2e, printed as it goes), the unit tests and astro check (each held and printed when it ends).
 * They share nothing: the unit tests' fixture builds have project copies of their own, and no
 * lane reads what another writes. The first failure stops the others.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Phase {
  name: string;
  /** What it proves, for the table. */
  what: string;
  command: string[];
  env?: Record<string, string>;
  /** Fails when its output holds a warning (Astro's [WARN], Vite's "(!)"): the build a newcomer runs prints none. */
  noWarnings?: boolean;
}

const node = process.execPath;
const astro = ['node_modules/astro/bin/astro.mjs'];

const phases: Phase[] = [
  { name: 'browser', what: 'a Chromium for the browser tests', command: [node, 'scripts/check-browser.ts'] },
  { name: 'lint', what: 'form, lint findings, unused exports (biome, knip)', command: [node, 'scripts/lint.ts'] },
  { name: 'check', what: 'TypeScript and .astro diagnostics', command: [node, ...astro, 'check'] },
  { name: 'unit', what: 'unit tests and fixture builds (vitest)', command: [node, 'node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'build', what: 'the site, dist/, with no warning', command: [node, ...astro, 'build'], noWarnings: true },
  { name: 'wording', what: 'docs/wording-report.md up to date', command: [node, 'scripts/report-wording.ts', '--check'] },
  {
    name: 'build:base',
    what: 'the site under /wenku/, dist-base/, its search index merged from several shards',
    command: [node, ...astro, 'build'],
    // Shards of 4 documents: the /wenku/ browser tests search an index merged from six shards.
    env: { WENKU_BASE: '/wenku/', WENKU_OUT: 'dist-base', WENKU_CACHE: 'node_modules/.astro-base', WENKU_SEARCH_SHARD_DOCS: '4' },
  },
  { name: 'build:reference', what: 'the reference library (budgets), dist-reference/', command: [node, 'scripts/build-reference.ts'] },
  { name: 'e2e', what: 'browser tests on the built sites (playwright)', command: [node, 'node_modules/@playwright/test/cli.js', 'test'] },
];

/** Phases in lanes that run side by side, each lane in this order; the others run before them, one by one. */
const lanes = [
  ['build', 'wording', 'build:base', 'build:reference', 'e2e'],
  // The unit tests are the longer of the two big lanes: they start at once, astro check beside them.
  ['unit'],
  ['check'],
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // --phase: internal, runs one phase and writes its CPU time to file descriptor 3 (see runPhase).
  options: { from: { type: 'string' }, only: { type: 'string', multiple: true }, phase: { type: 'string' } },
});
const names = phases.map((p) => p.name);
for (const n of [values.from, values.phase, ...(values.only ?? [])]) {
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

if (values.phase) {
  // One phase in a process of its own, so that its CPU time is its own even beside another phase.
  const phase = phases.find((p) => p.name === values.phase)!;
  const args = phase.name === 'e2e' ? [...phase.command.slice(1), ...positionals] : phase.command.slice(1);
  const r = spawnSync(phase.command[0]!, args, {
    stdio: phase.noWarnings ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...phase.env },
    maxBuffer: 256 * 2 ** 20,
  });
  let status = r.status ?? 1;
  if (phase.noWarnings) {
    const output = `${r.stdout}${r.stderr}`;
    process.stdout.write(output);
    const warnings = output.split('\n').filter((l) => /\[WARN\]|^\(!\)/.test(l));
    if (warnings.length && status === 0) {
      console.error(`\n${phase.name}: the build printed ${warnings.length} warning(s); fix them at their cause:\n${warnings.join('\n')}`);
      status = 1;
    }
  }
  const cpuMs = childrenCpuMs();
  try {
    writeSync(3, JSON.stringify({ cpuMs }));
  } catch {
    // Run by hand, without the pipe: nothing to report to.
  }
  process.exit(status);
}

interface Done {
  phase: Phase;
  ms: number;
  cpuMs: number | undefined;
  status: number;
  /** Stopped because a phase of another lane failed. */
  stopped?: boolean;
}
const done: Done[] = [];
const started = performance.now();

function table(): string {
  const total = performance.now() - started;
  const cpu = done.every((d) => d.cpuMs !== undefined) ? done.reduce((sum, d) => sum + d.cpuMs!, 0) : undefined;
  const width = Math.max(...chosen.map((p) => p.name.length), 'total'.length);
  const cpuCell = (ms: number | undefined) => (ms === undefined ? '' : seconds(ms)).padStart(8);
  const rows = chosen.map((p) => {
    const d = done.find((x) => x.phase === p);
    const state = !d ? 'not run' : d.stopped ? 'stopped' : d.status === 0 ? 'ok' : `FAILED (exit ${d.status})`;
    const lane = chosenLanes.findIndex((l) => l.includes(p));
    const what = lane >= 0 && chosenLanes.filter((l) => l.length).length > 1 ? `${p.what} (lane ${lane + 1})` : p.what;
    return `  ${p.name.padEnd(width)}  ${(d ? seconds(d.ms) : '').padStart(8)}  ${cpuCell(d?.cpuMs)}  ${state.padEnd(15)}  ${what}`;
  });
  return [
    '',
    'npm test, time per phase (wall clock, then CPU time of its processes; total: wall clock from the start):',
    ...rows,
    `  ${'total'.padEnd(width)}  ${seconds(total).padStart(8)}  ${cpuCell(cpu)}`,
  ].join('\n');
}

/**
 * Runs a phase through `--phase` (which reports its CPU time on fd 3). Held: its output is
 * collected and returned instead of printed.
 */
function runPhase(phase: Phase, held: boolean): Promise<Done & { output: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [import.meta.filename, '--phase', phase.name, '--', ...(phase.name === 'e2e' ? positionals : [])], {
      stdio: ['inherit', held ? 'pipe' : 'inherit', held ? 'pipe' : 'inherit', 'pipe'],
      // A process group of its own, so that a failure in another lane stops it with its children.
      detached: true,
      // Colours as if printed straight to this terminal.
      env: held && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    let output = '';
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    let report = '';
    child.stdio[3]!.on('data', (b: Buffer) => (report += b.toString()));
    running.add(child);
    child.on('close', (code) => {
      running.delete(child);
      let cpuMs: number | undefined;
      try {
        cpuMs = (JSON.parse(report) as { cpuMs?: number }).cpuMs;
      } catch {
        cpuMs = undefined;
      }
      resolve({ phase, ms: performance.now() - t0, cpuMs, status: code ?? 1, stopped: stopping && code !== 0, output });
    });
  });
}

/** Runs phases one after the other, stopping at the first that fails. */
async function chain(list: Phase[], held: boolean): Promise<{ failed?: Done; output: string }> {
  let output = '';
  for (const phase of list) {
    if (stopping) break;
    const header = `\n=== ${phase.name}: ${phase.what}\n\n`;
    if (held) output += header;
    else console.log(header.slice(0, -1));
    const d = await runPhase(phase, held);
    output += d.output;
    done.push(d);
    if (d.status !== 0) return { failed: d, output };
  }
  return { output };
}

/** The phase processes running now (see stopAll). */
const running = new Set<ChildProcess>();
let stopping = false;

/** Stops the phases still running, with their children: another phase failed. */
function stopAll(): void {
  stopping = true;
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
// Ctrl-C reaches only this process now that each phase has a group of its own.
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

const chosenLanes = lanes.map((names) => chosen.filter((p) => names.includes(p.name)));
const first = chosen.filter((p) => !lanes.flat().includes(p.name));

async function main(): Promise<void> {
  const failed = (await chain(first, false)).failed;
  if (failed) {
    console.log(table());
    process.exit(failed.status);
  }
  const active = chosenLanes.filter((l) => l.length);
  // The first lane is printed as it goes; the others are held and printed each when it ends.
  const results = await Promise.all(
    active.map(async (lane, i) => {
      const r = await chain(lane, i > 0);
      if (i > 0) process.stdout.write(r.output);
      if (r.failed && !stopping) stopAll();
      return r;
    }),
  );
  console.log(table());
  const firstFailed = results.map((r) => r.failed).find((f) => f && !f.stopped);
  if (firstFailed) process.exit(firstFailed.status);
}

await main();
