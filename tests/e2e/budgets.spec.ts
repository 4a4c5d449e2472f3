import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/serve.ts';
import { REFERENCE_DIST, measureSizes, readBudgets } from '../../scripts/bench/size-measure.ts';

/**
 * Page weight no worse than the budgets in bench/budgets.json (what each protects and why its
 * number: bench/README.md; lower them when a change makes pages lighter). Measured on the reference library
 * (`npm run build:reference`: the seed documents, whatever content/docs holds), so that a keeper
 * who adds a document never moves a figure. `npm run bench:size` prints the same figures; what
 * is measured: scripts/bench/size-measure.ts.
 */
const dist = process.env.E2E_REFERENCE_DIST ?? REFERENCE_DIST;

test('document, home and search pages of the reference library stay within their budgets', async ({ browser }) => {
  test.setTimeout(180_000);
  expect(existsSync(dist), `${dist}/ is missing: npm run build:reference`).toBe(true);
  const server = await serveStatic(dist, '/');
  try {
    const figures = await measureSizes(browser, `${server.origin}/`, dist);
    const budgets = readBudgets();
    for (const key of ['documentPage', 'homePage', 'searchPage', 'searchAfterQuery'] as const) {
      expect(figures[key], `${key}${key === 'documentPage' ? ` (${figures.documentPageOf})` : ''}`).toBeLessThanOrEqual(budgets[key]);
    }
    // The query was answered: its index chunks were loaded.
    expect(figures.searchAfterQuery).toBeGreaterThan(figures.searchPage);
  } finally {
    await server.close();
  }
});
