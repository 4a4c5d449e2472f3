/**
 * Lighthouse (mobile, simulated throttling) on the built site: the search page with a query,
 * and for comparison the home page and a document page. Prints the performance score,
 * cumulative layout shift, total blocking time and the paint times: the median of a few runs,
 * and the best run (other processes on the machine only ever add blocking time).
 *
 *   npm run build && npm run bench:lighthouse
 *   options: --dist dist --runs 3 --query 以学铸魂 --doc <document id> --json <file> --reports <dir>
 *   --only search runs only the pages whose name contains the text.
 *   --dist a,b compares two builds, their runs interleaved so both see the same machine load.
 *
 * The site is served from loopback by ./serve.ts, text gzipped as the nginx set-up of
 * docs/deploy.md does (--raw: uncompressed, as `astro preview` serves it); Chromium is
 * /usr/bin/chromium (or CHROMIUM_PATH), started headless with the same flags as the browser tests.
 */
import { readdirSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: '以学铸魂' },
    doc: { type: 'string' },
    json: { type: 'string' },
    /** Directory to write each run's full Lighthouse report to (JSON), to see what shifted. */
    reports: { type: 'string' },
    /** Only the pages whose name contains this text (e.g. search). */
    only: { type: 'string', default: '' },
    /** Serve the files uncompressed. */
    raw: { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const dists = values.dist.split(',').map((d) => resolve(root, d));
const runs = Math.max(1, Number(values.runs));
const docId = values.doc ?? readdirSync(join(dists[0]!, 'docs')).sort()[0]!;

interface Figures {
  score: number;
  cls: number;
  tbt: number;
  fcp: number;
  lcp: number;
  si: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  const servers = await Promise.all(dists.map((d) => serveStatic(d, '/', 0, { gzip: !values.raw })));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const every: [string, string][] = [
    [`search ?q=${values.query}`, `/search/?q=${encodeURIComponent(values.query)}`],
    ['search (empty)', '/search/'],
    ['home', '/'],
    [`document ${docId}`, `/docs/${docId}/`],
  ];
  const pages = every.filter(([name]) => name.includes(values.only));
  const all = dists.map(() => new Map<string, Figures[]>(pages.map(([name]) => [name, []])));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, path] of pages) {
        for (const [k, server] of servers.entries()) {
          const result = await lighthouse(`${server.origin}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
          const { lhr } = result;
          if (values.reports) writeFileSync(join(values.reports, `${k}${path.replace(/\W+/g, '_')}-${i}.json`), JSON.stringify(lhr));
          const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
          all[k]!.get(name)!.push({
            score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
            cls: num('cumulative-layout-shift'),
            tbt: num('total-blocking-time'),
            fcp: num('first-contentful-paint'),
            lcp: num('largest-contentful-paint'),
            si: num('speed-index'),
          });
        }
      }
    }
  } finally {
    chrome.kill();
    await Promise.all(servers.map((s) => s.close()));
  }
  const out: Record<string, Record<string, { median: Figures; best: Figures; runs: Figures[] }>> = {};
  for (const [k, dist] of dists.entries()) {
    console.log(
      `\nLighthouse mobile (simulated throttling), ${dist} served ${values.raw ? 'uncompressed' : 'gzipped'}, ${runs} run(s): median (best run by score)`,
    );
    console.log('| page | performance | CLS | TBT ms | FCP ms | LCP ms | Speed Index ms | scores/CLS of the runs |');
    console.log('|---|---|---|---|---|---|---|---|');
    out[dist] = {};
    for (const [name, fs] of all[k]!) {
      const m: Figures = {
        score: median(fs.map((f) => f.score)),
        cls: median(fs.map((f) => f.cls)),
        tbt: median(fs.map((f) => f.tbt)),
        fcp: median(fs.map((f) => f.fcp)),
        lcp: median(fs.map((f) => f.lcp)),
        si: median(fs.map((f) => f.si)),
      };
      const b = [...fs].sort((x, y) => y.score - x.score || x.tbt - y.tbt)[0]!;
      out[dist][name] = { median: m, best: b, runs: fs };
      const cell = (x: number, y: number, digits = 0) => `${x.toFixed(digits)} (${y.toFixed(digits)})`;
      console.log(
        `| ${name} | ${cell(m.score, b.score)} | ${cell(m.cls, b.cls, 3)} | ${cell(m.tbt, b.tbt)} | ${cell(m.fcp, b.fcp)} | ${cell(m.lcp, b.lcp)} | ${cell(m.si, b.si)} | ${fs.map((r) => `${r.score}/${r.cls.toFixed(3)}`).join(' ')} |`,
      );
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2));
}

await main();
