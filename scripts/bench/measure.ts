/**
 * What the benchmarks share: running a build step while sampling its whole process tree (memory,
 * CPU, per process), sizes on disk, the machine line, the results file, and Chromium with the
 * site's search page opened cold. Used by search-bench.ts and scale.ts.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

/** The project's directory. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** The options of every benchmark that builds: the corpus, where results go, when a build step is stopped. */
export function benchOptions(docs: string, results: string) {
  return {
    docs: { type: 'string', default: docs },
    seed: { type: 'string', default: '1' },
    results: { type: 'string', default: results },
    /** Measure the last run's build again instead of building. */
    'skip-build': { type: 'boolean', default: false },
    /** Seconds after which a build step is stopped (0: no limit). */
    'time-limit': { type: 'string', default: '0' },
    /** Summed resident memory (MB) of a build step's processes at which it is stopped. */
    'mem-limit': { type: 'string', default: '18000' },
  } as const;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU fields (USER_HZ: 100 on Linux). */
const TICKS = 100;
const TIME = '/usr/bin/time';

export interface ProcessPeak {
  pid: number;
  /** A short label: `astro build`, `pagefind`, a node script's file name, else the command name. */
  role: string;
  peakMB: number;
  /** Seconds after the start at which the process reached its peak. */
  atSeconds: number;
  /** user+sys seconds, last seen (a process's last 250 ms may be missed). */
  cpuSeconds: number;
}

export interface Sample {
  /** Seconds since the start. */
  t: number;
  /** Summed resident memory of the tree (MB). */
  treeMB: number;
  /** user+sys seconds of the tree so far: live processes and the children they have reaped. */
  cpu: number;
  /** The largest process at that moment: its resident memory (MB) and role. */
  topMB: number;
  topRole: string;
}

export interface Timed {
  seconds: number;
  /** user+sys of the whole tree: /usr/bin/time's figure or the samples', whichever is larger. */
  cpuSeconds: number;
  /** Peak of the summed resident memory of the command and all its descendants (sampled). */
  peakMB: number;
  /** Peak resident memory of the largest single process of the tree (sampled). */
  peakProcessMB: number;
  /** Which process that was (its command name). */
  peakProcess: string;
  processes: ProcessPeak[];
  samples: Sample[];
  /** Output lines (stdout and stderr) with the second each arrived. */
  lines: { t: number; text: string }[];
  stdout: string;
  /** Why the step was stopped (time or memory limit), if it was. */
  stopped?: string;
}

export interface TimedOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Seconds after which the step is stopped (0: no limit). */
  limitSeconds?: number;
  /** Summed resident memory (MB) of the tree at which the step is stopped (0: no limit). */
  limitMB?: number;
  /** Which output lines to echo to stderr as they come. */
  echo?: (line: string) => boolean;
}

interface ProcStat {
  pid: number;
  ppid: number;
  name: string;
  /** utime+stime and cutime+cstime, in seconds. */
  own: number;
  reaped: number;
  rssKB: number;
}

const PAGE_KB = 4;

function readStat(pid: string): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' ');
    return {
      pid: Number(pid),
      ppid: Number(f[1]),
      name: stat.slice(stat.indexOf('(') + 1, close),
      own: (Number(f[11]) + Number(f[12])) / TICKS,
      reaped: (Number(f[13]) + Number(f[14])) / TICKS,
      rssKB: Number(f[21]) * PAGE_KB,
    };
  } catch {
    return undefined; // the process ended while we looked
  }
}

/** The processes of the tree under `rootPid` (inclusive), from /proc. */
function processTree(rootPid: number): ProcStat[] {
  const byParent = new Map<number, ProcStat[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = readStat(d);
    if (!s) continue;
    const list = byParent.get(s.ppid) ?? [];
    list.push(s);
    byParent.set(s.ppid, list);
  }
  const root = readStat(String(rootPid));
  if (!root) return [];
  const out: ProcStat[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(byParent.get(p.pid) ?? []));
  }
  return out;
}

/** A short label of a process from its command line (read once per process). */
function roleOf(pid: number, name: string): string {
  // npm renames itself ("npm run build") once started.
  if (name.startsWith('npm')) return 'npm';
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.some((a) => /astro(\.m?js)?$/.test(a)) && argv.includes('build')) return 'astro build';
    if (/pagefind/.test(name) || argv.some((a) => /pagefind[^/]*$/.test(basename(a)) && !a.endsWith('.js'))) return 'pagefind';
    if (name === 'node' || name.startsWith('MainThread')) {
      const script = argv.slice(1).find((a) => !a.startsWith('-'));
      if (script) return `node ${basename(script)}`;
    }
  } catch {
    // gone: keep the command name
  }
  return name;
}

const killTree = (pid: number) => {
  for (const p of processTree(pid).reverse()) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};

/**
 * Runs a command, sampling its whole process tree every 250 ms: summed and per-process resident
 * memory, and CPU (user+sys of the live processes plus what they reaped, so a step's CPU is the
 * difference of two samples). Wrapped in /usr/bin/time when present for the exact total CPU.
 */
export function timed(cmd: string, args: string[], options: TimedOptions = {}): Promise<Timed> {
  const { env = {}, cwd = process.cwd(), limitSeconds = 0, limitMB = 0, echo = () => false } = options;
  const timeDir = existsSync(TIME) ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
  const timeFile = timeDir && join(timeDir, 'rusage');
  const [file, argv] = timeFile ? [TIME, ['-f', '%U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const mergedEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) mergedEnv[k] = v;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const now = () => (performance.now() - started) / 1000;
    const child = spawn(file, argv, { cwd, env: mergedEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const lines: Timed['lines'] = [];
    const partial = { out: '', err: '' };
    const take = (which: 'out' | 'err', d: Buffer) => {
      const text = d.toString();
      if (which === 'out') stdout += text;
      else stderr += text;
      const parts = (partial[which] + text).split('\n');
      partial[which] = parts.pop()!;
      for (const line of parts) {
        lines.push({ t: now(), text: line });
        if (echo(line)) process.stderr.write(`  | ${line}\n`);
      }
    };
    child.stdout.on('data', (d: Buffer) => take('out', d));
    child.stderr.on('data', (d: Buffer) => take('err', d));
    const samples: Sample[] = [];
    const peaks = new Map<number, ProcessPeak>();
    let stopped: string | undefined;
    const sample = () => {
      const t = now();
      const tree = processTree(child.pid!);
      let kb = 0;
      let cpu = 0;
      let top: { mb: number; role: string } = { mb: 0, role: '?' };
      for (const p of tree) {
        kb += p.rssKB;
        cpu += p.own + p.reaped;
        let peak = peaks.get(p.pid);
        if (!peak) {
          peak = { pid: p.pid, role: roleOf(p.pid, p.name), peakMB: 0, atSeconds: t, cpuSeconds: 0 };
          peaks.set(p.pid, peak);
        }
        peak.cpuSeconds = p.own;
        if (p.rssKB / 1024 > top.mb && peak.role !== 'time') top = { mb: p.rssKB / 1024, role: peak.role };
        if (p.rssKB / 1024 > peak.peakMB) {
          peak.peakMB = p.rssKB / 1024;
          peak.atSeconds = t;
        }
      }
      // CPU never goes back: a sample taken while a child was exiting but not yet reaped would.
      samples.push({ t, treeMB: kb / 1024, cpu: Math.max(cpu, samples.at(-1)?.cpu ?? 0), topMB: top.mb, topRole: top.role });
      const overTime = limitSeconds > 0 && t > limitSeconds;
      const overMemory = limitMB > 0 && kb / 1024 > limitMB;
      if (!stopped && (overTime || overMemory)) {
        stopped = overTime ? `time limit of ${limitSeconds} s` : `summed memory reached ${Math.round(kb / 1024)} MB (limit ${limitMB} MB)`;
        stderr += `\nstopped: ${stopped}\n`;
        killTree(child.pid!);
      }
    };
    const timer = setInterval(sample, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      for (const which of ['out', 'err'] as const) if (partial[which]) lines.push({ t: now(), text: partial[which] });
      // /usr/bin/time counts only the descendants their parents waited for (Starlight leaves
      // Pagefind's process unreaped); the samples miss a process's last 250 ms. The larger holds.
      let cpuSeconds = Math.max(
        samples.at(-1)?.cpu ?? 0,
        [...peaks.values()].reduce((n, p) => n + p.cpuSeconds, 0),
      );
      if (timeFile && existsSync(timeFile)) {
        const m = /([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) cpuSeconds = Math.max(cpuSeconds, Number(m[1]) + Number(m[2]));
      }
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      if (!stopped && code !== 0) {
        console.error(stdout.slice(-4000), stderr.slice(-4000));
        reject(new Error(`${cmd} ${args.join(' ')} failed (${code})`));
        return;
      }
      const processes = [...peaks.values()].filter((p) => p.role !== 'time').sort((a, b) => b.peakMB - a.peakMB);
      resolvePromise({
        seconds: now(),
        cpuSeconds,
        peakMB: Math.max(0, ...samples.map((s) => s.treeMB)),
        peakProcessMB: processes[0]?.peakMB ?? 0,
        peakProcess: processes[0]?.role ?? '?',
        processes,
        samples,
        lines,
        stdout,
        ...(stopped ? { stopped } : {}),
      });
    });
  });
}

/** Bytes and number of the files under `dir`, skipping names that match `skip`. */
export function dirSize(dir: string, skip: RegExp = /^$/): { bytes: number; files: number } {
  const n = { bytes: 0, files: 0 };
  for (const f of readdirSync(dir)) {
    if (skip.test(f)) continue;
    const p = join(dir, f);
    const s = statSync(p);
    const add = s.isDirectory() ? dirSize(p) : { bytes: s.size, files: 1 };
    n.bytes += add.bytes;
    n.files += add.files;
  }
  return n;
}

export const dirBytes = (dir: string, skip?: RegExp): number => dirSize(dir, skip).bytes;

/** Pagefind result id (fragment file name) → page URL path, in one bundle (ids are unique only within one). */
export function fragmentUrls(bundle: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const f of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, f)));
    const json = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string };
    map.set(f.replace(/\.pf_fragment$/, ''), new URL(json.url, 'http://x').pathname);
  }
  return map;
}

export function machineLine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, Pagefind 1.6.0`;
}

export const stamp = (): string => new Date().toISOString().slice(0, 16).replace('T', ' ');

/** Appends to a results file under the project, creating it with `title` and `intro`. */
export function appendResults(file: string, title: string, intro: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, `# ${title}\n\n${intro}\n\n`);
  appendFileSync(file, `${text}\n`);
}

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** scripts/bench/phrases.txt: phrases writers look for, as typed. */
export function readPhrases(): string[] {
  return readFileSync(join(import.meta.dirname, 'phrases.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function chromiumPath(): string {
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // fall through to the system browser
  }
  return '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
  });
}

export interface SearchOutcome {
  /** Whole ms from the start of the search to rendered results, as the page measures it. */
  ms: number;
  /** Of which the engine's search, before results were loaded and rendered. */
  searchMs: number;
  /** Documents found. */
  total: number;
  ids: string[];
}

/** Opens the site's /search/ page with `q` in `page` (a fresh context for a cold query) and waits for its results. */
export async function openSearch(page: import('@playwright/test').Page, q: string): Promise<SearchOutcome> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (document.querySelector('wenku-search') as HTMLElement).dataset['state'] === 'done');
  return page.evaluate(() => {
    const d = (document.querySelector('wenku-search') as unknown as { lastSearch: { ms: number; engineMs: number; total: number; ids: string[] } }).lastSearch;
    return { ms: d.ms, searchMs: d.engineMs, total: d.total, ids: d.ids };
  });
}
