import { expect, test } from '@playwright/test';
import { builtDocPages } from '../../src/integrations/built-pages';
import { pagePassages } from '../../src/integrations/check-index/page-keys';

const dist = process.env.E2E_BASE_DIST ?? 'dist-base';

/** The longest passage of the first built document page with one of 40 characters or more. */
function borrowed(): string {
  for (const { tree } of builtDocPages(dist)) {
    const long = pagePassages(tree).find((p) => p.replace(/\s+/g, '').length >= 40);
    if (long) return long.replace(/\s+/g, '').slice(0, 40);
  }
  throw new Error(`no passage of 40 characters in ${dist}/docs`);
}

test('under /wenku/ the check reads the library index and links into /wenku/', async ({ page }) => {
  await page.goto('/wenku/check/');
  await page.getByLabel('粘贴文稿').fill(borrowed());
  await page.getByRole('button', { name: '检查' }).click();
  const library = page.locator('section[data-category="library"]');
  await expect(library.getByRole('heading', { level: 2 })).toHaveText('与文库相同（1处）', { timeout: 30_000 });
  await expect(library.getByRole('link')).toHaveAttribute('href', /^\/wenku\/docs\/[a-z0-9-]+\/#[a-z0-9-]+$/);
});
