import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

/** The site runs on intranets: no page may ask anything of another origin. */
test('no request leaves the site’s origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const doc = diskDocs()[0]!;
  const paths = ['/', '/years/', `/topics/${doc.topics[0]}/`, `/docs/${doc.id}/`, '/about/', '/search/?q=文明', '/search/?q=志愿服务', '/no-such-page/'];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Let idle-time loaders (e.g. a search UI) run too.
    await page.getByRole('search').getByRole('searchbox').focus();
    await page.waitForLoadState('networkidle');
  }
  expect(requests.length).toBeGreaterThan(paths.length);
  const foreign = requests.filter((u) => {
    const { protocol } = new URL(u);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return new URL(u).origin !== origin;
  });
  expect(foreign).toEqual([]);
});
