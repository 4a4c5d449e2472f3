/**
 * npm run bench:size: page weight of the reference library (dist-reference/, built first by
 * `npm run build:reference`) against the budgets in bench/budgets.json, or of another build:
 * `npm run bench:size -- dist`. What is measured: scripts/bench/size-measure.ts.
 */
import { chromium } from '@playwright/test';
import { findChromium, noBrowserMessage } from '../../tests/support/browser.ts';
import { serveStatic } from './serve.ts';
import { FIRST_QUERY, REFERENCE_DIST, measureSizes, readBudgets, type SizeFigures } from './size-measure.ts';

const dist = process.argv[2] ?? REFERENCE_DIST;
const executablePath = findChromium();
if (!executablePath) {
  console.error(noBrowserMessage());
  process.exit(1);
}
const server = await serveStatic(dist, '/');
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const figures = await measureSizes(browser, `${server.origin}/`, dist);
  const budgets = readBudgets();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [keyof SizeFigures, string][] = [
    ['documentPage', `document page beyond its text (largest: ${figures.documentPageOf})`],
    ['homePage', 'home page'],
    ['searchPage', 'search page before a query'],
    ['searchAfterQuery', `search page after the first query (${FIRST_QUERY})`],
  ];
  const what =
    dist === REFERENCE_DIST
      ? 'the reference library (the seed documents), which the budgets apply to'
      : 'another build; the budgets apply to the reference library';
  console.log(`page weight of ${dist}/, ${what} (gzip level 6 for text, Pagefind's files as they are)`);
  console.log(`${'what'.padEnd(62)} ${'now'.padStart(9)} ${'budget'.padStart(9)}`);
  for (const [key, label] of rows) {
    const over = figures[key] > budgets[key] ? '  OVER BUDGET' : '';
    console.log(`${label.padEnd(62)} ${kb(figures[key]).padStart(9)} ${kb(budgets[key]).padStart(9)}${over}`);
  }
  console.log(
    JSON.stringify({
      documentPage: figures.documentPage,
      homePage: figures.homePage,
      searchPage: figures.searchPage,
      searchAfterQuery: figures.searchAfterQuery,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
