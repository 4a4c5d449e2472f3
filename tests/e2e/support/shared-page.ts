/**
 * `sharedPage`: one page kept for the whole worker (one per set of context options), for tests
 * that only open pages and read them. Playwright's own `page` is a new browser context per test,
 * whose first load starts a renderer and fetches and compiles every script and stylesheet again
 * (half a second to a second each on a busy 2-core machine). A test on the shared page must leave
 * nothing behind: no storage written, no listener or init script added, no viewport changed
 * (use `page` for those). A closed or crashed page is replaced for the next test.
 */
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

interface SharedPages {
  open(options: BrowserContextOptions): Promise<Page>;
}

export const test = base.extend<{ sharedPage: Page }, { sharedPages: SharedPages }>({
  sharedPages: [
    async ({ browser }, use) => {
      const pages = new Map<string, Page>();
      await use({
        async open(options) {
          const key = JSON.stringify(options);
          const kept = pages.get(key);
          if (kept && !kept.isClosed()) return kept;
          const page = await (await browser.newContext(options)).newPage();
          page.on('crash', () => void page.close());
          pages.set(key, page);
          return page;
        },
      });
      await Promise.all([...pages.values()].map((p) => p.context().close()));
    },
    { scope: 'worker' },
  ],
  // The test's own options (project baseURL, test.use viewport…), as `page` would have them.
  sharedPage: async ({ sharedPages, baseURL, viewport, hasTouch, isMobile, bypassCSP, permissions }, use) => {
    await use(await sharedPages.open({ ...(baseURL && { baseURL }), viewport, hasTouch, isMobile, bypassCSP, ...(permissions && { permissions }) }));
  },
});

export { expect } from '@playwright/test';
