/**
 * A printed page says where it came from: its permanent address as the reader reached the
 * site (origin and base path, or WENKU_SITE when the build set one) and the date printed.
 */
import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';
import { serveStatic } from './support/static-server';

const doc = diskDocs()[0]!;
const configured = process.env.WENKU_SITE?.replace(/\/$/, '');
const chinaDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

test('a printed document names its permanent address and the date printed, the screen shows neither', async ({ page, baseURL }) => {
  const loaded = new Date(2026, 2, 9, 10, 0);
  await page.clock.install({ time: loaded });
  await page.goto(`/docs/${doc.id}/?highlight=文明#s1`);
  const line = page.locator('.print-source');
  await expect(line).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(line).toBeVisible();
  const address = `${configured ?? baseURL}/docs/${doc.id}/`;
  // The permanent address: no search highlight, no anchor.
  await expect(line.locator('.print-source-url')).toHaveText(address);
  await expect(line.locator('.print-source-date')).toHaveText(chinaDate(loaded));

  // Printed days later from the same tab: the date is the day of printing.
  const printed = new Date(2026, 2, 12, 9, 30);
  await page.clock.setFixedTime(printed);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(line.locator('.print-source-date')).toHaveText(chinaDate(printed));
  await expect(line).toContainText(`网址：${address}`);
});

test('a copy of the /wenku/ build on another server prints that server’s address', async ({ page }) => {
  const server = await serveStatic(process.env.E2E_BASE_DIST ?? 'dist-base', '127.0.0.2', '/wenku/');
  try {
    await page.goto(`${server.url}docs/${doc.id}/`);
    await page.emulateMedia({ media: 'print' });
    const expected = configured ? `${configured}/wenku/docs/${doc.id}/` : `${server.url}docs/${doc.id}/`;
    await expect(page.locator('.print-source-url')).toHaveText(expected);
    // The rest of the chrome stays hidden in print.
    await expect(page.getByRole('banner')).toBeHidden();
  } finally {
    await server.close();
  }
});

test('the search page starts the page-wide script after its first results, and its printout still names the page', async ({ page, baseURL }) => {
  const order: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('ShellScript')) order.push('shell');
    else if (path.endsWith('.pf_fragment')) order.push('fragment');
  });
  await page.goto(`/search/?q=${encodeURIComponent('以学铸魂')}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('.print-source-url')).not.toBeEmpty();
  // Nothing the first result needs shares the line with it.
  expect(order.indexOf('shell')).toBeGreaterThan(order.indexOf('fragment'));
  expect(order.filter((o) => o === 'shell')).toHaveLength(1);
  const expected = configured ? `${configured}/search/` : new URL('/search/', baseURL).href;
  await expect(page.locator('.print-source-url')).toHaveText(expected);
});

test('a printed document leaves out the screen tools: 写作参考, 需要填写, 模板视图, wording and Word panels', async ({ page }) => {
  // The 2024 summary has every one of them (fill-in spots, out-of-date wording).
  await page.goto('/docs/city-greening-bureau-2024-summary/');
  const tools = [
    page.locator('.template-link'),
    page.locator('.fill-in-panel'),
    page.getByRole('button', { name: '模板视图' }),
    page.getByRole('region', { name: '用语时效' }),
    page.getByRole('region', { name: '下载 Word 文档' }),
  ];
  for (const t of tools) await expect(t).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const t of tools) await expect(t).toBeHidden();
  // The date never breaks in two (2026年 / 11月27日), wherever the line happens to wrap.
  const line = page.locator('.print-source');
  for (let width = 300; width <= 420; width += 4) {
    await line.evaluate((l, w) => (l.style.width = `${w}px`), width);
    expect(await page.locator('.print-source-date').evaluate((d) => d.getClientRects().length), `${width} px`).toBe(1);
  }
});
