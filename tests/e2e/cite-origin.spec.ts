/**
 * A keeper copies `dist/` onto any server: copied links and citations must point where the
 * reader actually is (that server's origin and the base path), not at an address guessed at
 * build time. The builds are served here by a plain static server at addresses no build
 * setting knows: 127.0.0.2 under /wenku/, and `localhost` at the root.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { diskDocs } from './support/content';
import { serveStatic, type StaticServer } from './support/static-server';

const doc = diskDocs().find((d) => d.id === (process.env.E2E_CITE_DOC ?? 'park-committee-2023-summary-2024-plan')) ?? diskDocs()[0]!;
const dist = process.env.E2E_DIST ?? 'dist';
const baseDist = process.env.E2E_BASE_DIST ?? 'dist-base';
/** A canonical origin set on purpose at build time wins over the reader's address. */
const configured = process.env.WENKU_SITE?.replace(/\/$/, '');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function copy(page: Page, passageId: string, action: '复制链接' | '复制引用') {
  const passage = page.locator(`[id="${passageId}"]`);
  await passage.hover();
  await passage.getByRole('button', { name: /^链接与引用：/ }).click();
  await page.getByRole('button', { name: action }).click();
  await expect(page.getByRole('status')).toHaveText(action === '复制链接' ? '已复制链接' : '已复制引用');
  return clipboard(page);
}

for (const { name, dir, host, mount, visit } of [
  { name: '/wenku/ build on 127.0.0.2', dir: baseDist, host: '127.0.0.2', mount: '/wenku/', visit: (u: string) => u },
  { name: 'root build on localhost', dir: dist, host: '127.0.0.1', mount: '/', visit: (u: string) => u.replace('127.0.0.1', 'localhost') },
]) {
  test.describe(name, () => {
    let server: StaticServer;
    test.beforeAll(async () => {
      server = await serveStatic(dir, host, mount);
    });
    test.afterAll(async () => server.close());

    test('复制链接, 复制引用 and the selection link carry the address the page was opened at', async ({ page }) => {
      const root = visit(server.url);
      const docUrl = `${configured ? `${configured}${mount}` : root}docs/${doc.id}/`;
      await page.goto(`${root}docs/${doc.id}/`);
      const heading = page.locator('.doc-body h2[data-cite]').first();
      const id = (await heading.getAttribute('id'))!;

      expect(await copy(page, id, '复制链接')).toBe(`${docUrl}#${id}`);
      expect(await copy(page, id, '复制引用')).toBe(`《${doc.title}》${await heading.getAttribute('data-cite')}，${docUrl}#${id}`);

      const para = page.locator('.doc-body p[data-cite]').first();
      await para.evaluate((el) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, 2);
        range.setEnd(el.firstChild!, 8);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.getByRole('button', { name: '复制所选文字的链接' }).click();
      await expect(page.getByRole('status')).toHaveText('已复制指向所选文字的链接');
      const link = await clipboard(page);
      expect(link.startsWith(`${docUrl}#${await para.getAttribute('id')}:~:text=`), link).toBe(true);

      // The copied link opens the passage at this address.
      await page.goto(`${docUrl}#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  });
}

test('without WENKU_SITE, no page or script carries a build-time default address', () => {
  test.skip(Boolean(configured), 'built with a canonical origin on purpose');
  const offenders: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|js|css|json|xml|txt)$/.test(e.name) && /https?:\/\/(localhost|127\.0\.0\.1)\b/.test(readFileSync(p, 'utf8'))) offenders.push(p);
    }
  };
  for (const d of [dist, baseDist]) walk(d);
  expect(offenders).toEqual([]);
});
