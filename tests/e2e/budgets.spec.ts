import { expect, test } from '@playwright/test';
import { measureSizes, readBudgets } from '../../scripts/bench/size-measure.ts';

/**
 * Page weight no worse than the budgets in bench/budgets.json (set from the figures measured on
 * 2026-11-27; lower them when a change makes pages lighter). `npm run bench:size` prints the
 * same figures; what is measured: scripts/bench/size-measure.ts.
 */
const dist = process.env.E2E_DIST ?? 'dist';

test('document, home and search pages stay within their budgets', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const figures = await measureSizes(browser, new URL('./', `${baseURL!}/`).href, dist);
  const budgets = readBudgets();
  for (const key of ['documentPage', 'homePage', 'searchPage', 'searchAfterQuery'] as const) {
    expect(figures[key], `${key}${key === 'documentPage' ? ` (${figures.documentPageOf})` : ''}`).toBeLessThanOrEqual(budgets[key]);
  }
  // The query was answered: its index chunks were loaded.
  expect(figures.searchAfterQuery).toBeGreaterThan(figures.searchPage);
});
