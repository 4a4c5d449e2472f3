/**
 * Page weight as a reader's browser receives it from the server of docs/deploy.md: every
 * same-origin response a page loads, text types gzipped (level 6, as nginx), Pagefind's files
 * (already gzip streams) as they are. Used by `npm run bench:size` and tests/e2e/budgets.spec.ts.
 *
 *  - documentPage: a document page's HTML+CSS+JS beyond its own text (the gzipped text of the
 *    document body is subtracted), the largest over all documents;
 *  - searchPage: the search page before any query; searchAfterQuery: after the first query
 *    (以学铸魂) has shown its results and the page-wide script has started, counted from the
 *    page load;
 *  - homePage: the home page.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export const FIRST_QUERY = '以学铸魂';

/**
 * The build the budgets are measured on: the reference library (`npm run build:reference`),
 * whose content changes only with the code, so that adding a document never moves a budget.
 */
export const REFERENCE_DIST = 'dist-reference';

export interface SizeFigures {
  documentPage: number;
  searchPage: number;
  searchAfterQuery: number;
  homePage: number;
}

export type Budgets = SizeFigures;

export const BUDGETS_FILE = 'bench/budgets.json';
export const readBudgets = (): Budgets => JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;

const COMPRESSED = /^(text\/|application\/(javascript|json|xml|rss\+xml)|image\/svg\+xml)/;

/** Counts the bytes of every same-origin response from now on. */
function meter(page: Page, origin: string): { total: () => Promise<number> } {
  const pending: Promise<number>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).origin !== origin || r.status() >= 300) return;
    const type = r.headers()['content-type'] ?? '';
    pending.push(
      r.body().then(
        (b) => (COMPRESSED.test(type) ? gzipSync(b, { level: 6 }).length : b.length),
        () => 0,
      ),
    );
  });
  return { total: async () => (await Promise.all(pending)).reduce((a, b) => a + b, 0) };
}

/** Each page in a fresh context: nothing cached. `base` is the site's root URL, ending in "/". */
async function fresh<T>(browser: Browser, base: string, fn: (page: Page, bytes: () => Promise<number>) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const m = meter(page, new URL(base).origin);
    return await fn(page, m.total);
  } finally {
    await context.close();
  }
}

/** Document ids of the build (redirect pages left out). */
function documentPaths(dist: string): string[] {
  return globSync('docs/*/index.html', { cwd: dist })
    .filter((f) => !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

export async function measureSizes(browser: Browser, base: string, dist: string): Promise<SizeFigures & { documentPageOf: string }> {
  let documentPage = 0;
  let documentPageOf = '';
  for (const path of documentPaths(dist)) {
    const overhead = await fresh(browser, base, async (page, bytes) => {
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      const text = await page
        .locator('[data-pagefind-body]')
        .first()
        .evaluate((el) => el.textContent ?? '');
      return (await bytes()) - gzipSync(Buffer.from(text), { level: 6 }).length;
    });
    if (overhead > documentPage) [documentPage, documentPageOf] = [overhead, path];
  }
  const [searchPage, searchAfterQuery] = await fresh(browser, base, async (page, bytes) => {
    await page.goto(new URL('search/', base).href, { waitUntil: 'networkidle' });
    const before = await bytes();
    await page.locator('[data-search-input]').fill(FIRST_QUERY);
    await page.locator('.search-result').first().waitFor();
    // The page-wide script starts a second after the first results (BaseLayout deferShell):
    // counted always, not only when it lands before the network falls idle.
    await page.locator('.print-source-url:not(:empty)').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    return [before, await bytes()] as const;
  });
  const homePage = await fresh(browser, base, async (page, bytes) => {
    await page.goto(base, { waitUntil: 'networkidle' });
    return bytes();
  });
  return { documentPage, documentPageOf, searchPage, searchAfterQuery, homePage };
}
