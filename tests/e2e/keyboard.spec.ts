/**
 * Keyboard readers: few Tab presses to what they came for, and the passage tools within
 * reach without a Tab stop per paragraph (one roving stop; arrow keys move between passages).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { contentDir, diskDocs } from './support/content';

const longest = [...diskDocs()].sort((a, b) => statSync(join(contentDir, b.file)).size - statSync(join(contentDir, a.file)).size)[0]!;
const configured = process.env.WENKU_SITE?.replace(/\/$/, '');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Describes the focused element; marks it so a second visit (the Tab cycle closing) is seen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    el.dataset['tabSeen'] ??= String(document.querySelectorAll('[data-tab-seen]').length);
    return {
      key: el.dataset['tabSeen'],
      href: el.getAttribute('href') ?? '',
      inBody: Boolean(el.closest('.doc-body')),
      inBrowse: Boolean(el.closest('.home-browse')),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30),
    };
  });

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('home: the first document is a few Tab presses away, before any facet chip', async ({ page }) => {
      await page.goto('/');
      const passed: string[] = [];
      for (let presses = 1; presses <= 60; presses++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f?.inBrowse, `facet link before the first document: ${f?.text}`).toBeFalsy();
        if (f && /\/docs\/[^/]+\/$/.test(f.href)) {
          console.log(`home at ${width} px: ${presses} Tab presses to the first document (${passed.join(' | ')})`);
          // Skip link, the header's links and search box and button, the intro's link: then the document.
          const header = await page.getByRole('banner').locator('a, input, button').count();
          expect(presses).toBeLessThanOrEqual(header + 3);
          return;
        }
        passed.push(f?.text ?? '');
      }
      throw new Error('no document link within 60 Tab presses');
    });

    test('a document page has one Tab stop for all its passages', async ({ page }) => {
      await page.goto(`/docs/${longest.id}/`);
      const passages = await page.locator('.doc-body [data-cite][id]').count();
      expect(passages).toBeGreaterThan(20);
      let stops = 0;
      let inBody = 0;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) continue;
        if (Number(f.key) < stops) break; // back at the start of the cycle
        stops++;
        if (f.inBody) inBody++;
      }
      console.log(`${longest.id} at ${width} px: ${stops} Tab stops in all, ${inBody} in the text of ${passages} passages`);
      expect(inBody).toBe(1);
      expect(stops).toBeLessThan(passages);
    });
  });
}

test('passage tools by keyboard only: Tab to the tools, arrows to another passage, Enter, copy the link', async ({ page, baseURL }) => {
  await page.goto(`/docs/${longest.id}/`);
  const triggers = page.locator('.doc-body .pt-trigger');
  // Tab until the tools of the text have focus.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await triggers.first().evaluate((el) => el === document.activeElement)) break;
  }
  const first = triggers.first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleName(/^链接与引用：/);
  await expect(first).toHaveAccessibleDescription(/方向键/);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = triggers.nth(2);
  await expect(third).toBeFocused();
  await expect(third).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowUp');
  await expect(triggers.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(triggers.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  const passage = page.locator('.doc-body [data-cite][id]').nth(2);
  const id = (await passage.getAttribute('id'))!;
  await page.keyboard.press('Enter');
  await expect(third).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: '复制链接' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${configured ?? baseURL}/docs/${longest.id}/#${id}`);
  // Focus returns to the button, which stays the one Tab stop of the text: Tab leaves the text.
  await expect(third).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.doc-body')))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(third).toBeFocused();
});

test('Tab after clicking into a paragraph reaches that paragraph’s tools', async ({ page }) => {
  await page.goto(`/docs/${longest.id}/`);
  const para = page.locator('.doc-body p[data-cite][id]').nth(5);
  await para.click({ position: { x: 30, y: 8 } });
  await page.keyboard.press('Tab');
  await expect(para.locator('.pt-trigger')).toBeFocused();
});

test('home on a 360 px phone: the newest documents come on the first screen, the facets after them', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const newest = page.getByRole('heading', { name: '最新文献' });
  const firstDoc = page.locator('.home-newest').getByRole('link').first();
  await expect(newest).toBeInViewport();
  await expect(firstDoc).toBeInViewport();
  const newestTop = (await newest.boundingBox())!.y;
  const browseTop = (await page.getByRole('heading', { name: '浏览', exact: true }).boundingBox())!.y;
  expect(browseTop).toBeGreaterThan(newestTop);
});

test('keyboard only: with text selected, the passage menu also copies a link to the selection', async ({ page, baseURL }) => {
  await page.goto(`/docs/${longest.id}/`);
  const para = page.locator('.doc-body p[data-cite][id]').first();
  const id = (await para.getAttribute('id'))!;
  // As Shift and the arrow keys would select (caret browsing), without a pointer.
  await para.evaluate((el) => {
    // A run of plain text inside the paragraph (fill-in marks split it into several nodes).
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => ((n.textContent ?? '').length >= 9 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const text = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 9);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const trigger = para.locator('.pt-trigger');
  await trigger.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: /链接与引用$/ });
  await expect(menu).toBeVisible();
  const item = menu.getByRole('button', { name: '复制所选文字的链接' });
  await expect(item).toBeVisible();
  // 复制链接, 加入写作篮, 复制引用, 复制本段文字, then the selection's link.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已复制指向所选文字的链接');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${configured ?? baseURL}/docs/${longest.id}/#${id}:~:text=`), link).toBe(true);

  // Without a selection the menu has no such item.
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(item).toBeHidden();
});
