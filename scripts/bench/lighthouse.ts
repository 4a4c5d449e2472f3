/**
 * Lighthouse (mobile, simulated throttling) on the built site: the search page with a query,
 * and for comparison the home page and a document page. Prints the performance score,
 * cumulative layout shift, total blocking time and the paint times, the median of a few runs.
 *
 *   npm run build && npm run bench:lighthouse
 *   options: --dist dist --runs 3 --query 以学铸魂 --doc <document id> --json <file> --reports <dir>
 *
 * The site is served from loopback by ./serve.ts; Chromium is /usr/bin/chromium (or
 * CHROMIUM_PATH), started headless with the same flags as the browser tests.
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
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const dist = resolve(root, values.dist);
const runs = Math.max(1, Number(values.runs));
const docId = values.doc ?? readdirSync(join(dist, 'docs')).sort()[0]!;

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
  const server = await serveStatic(dist, '/');
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
  const pages: [string, string][] = [
    [`search ?q=${values.query}`, `/search/?q=${encodeURIComponent(values.query)}`],
    ['search (empty)', '/search/'],
    ['home', '/'],
    [`document ${docId}`, `/docs/${docId}/`],
  ];
  const out: Record<string, Figures & { runs: Figures[] }> = {};
  try {
    for (const [name, path] of pages) {
      const all: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        if (values.reports) writeFileSync(join(values.reports, `${path.replace(/\W+/g, '_')}-${i}.json`), JSON.stringify(lhr));
        const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
        all.push({
          score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
          cls: num('cumulative-layout-shift'),
          tbt: num('total-blocking-time'),
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          si: num('speed-index'),
        });
      }
      out[name] = {
        score: median(all.map((f) => f.score)),
        cls: median(all.map((f) => f.cls)),
        tbt: median(all.map((f) => f.tbt)),
        fcp: median(all.map((f) => f.fcp)),
        lcp: median(all.map((f) => f.lcp)),
        si: median(all.map((f) => f.si)),
        runs: all,
      };
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log(`Lighthouse mobile (simulated throttling), ${dist}, median of ${runs} run(s)`);
  console.log('| page | performance | CLS | TBT ms | FCP ms | LCP ms | Speed Index ms | scores of the runs |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, f] of Object.entries(out)) {
    console.log(
      `| ${name} | ${f.score} | ${f.cls.toFixed(3)} | ${Math.round(f.tbt)} | ${Math.round(f.fcp)} | ${Math.round(f.lcp)} | ${Math.round(f.si)} | ${f.runs.map((r) => `${r.score}/${r.cls.toFixed(3)}`).join(' ')} |`,
    );
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2));
}

await main();
