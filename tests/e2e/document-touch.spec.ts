/**
 * Document pages on a 360 px phone: a heading's copy-link button stays on the heading's last
 * line (never wraps onto a line of its own), and the metadata panel's links are whole touch
 * targets at least 24 px tall (WCAG 2.2 2.5.8), with no sideways scrolling.
 */
import { expect, test, type Page } from '@playwright/test';
import { diskDocs } from './support/content';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('headings keep their copy-link button on their last line', async ({ page }) => {
  let headings = 0;
  for (const doc of diskDocs()) {
    await page.goto(`/docs/${doc.id}/`);
    const result = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.doc-body :is(h2, h3, h4, h5, h6)[data-cite]')].map((h) => {
        const button = h.querySelector(':scope > .pt-trigger')!;
        const text = document.createRange();
        text.setStart(h, 0);
        text.setEndBefore(button);
        const lines = [...text.getClientRects()].filter((r) => r.width > 0);
        const last = lines[lines.length - 1]!;
        const b = button.getBoundingClientRect();
        return { id: h.id, ownLine: b.top >= last.bottom - 1, right: b.right };
      }),
    );
    headings += result.length;
    for (const h of result) {
      expect(h.ownLine, `${doc.id}#${h.id}: button wrapped onto its own line`).toBe(false);
      expect(h.right, `${doc.id}#${h.id}`).toBeLessThanOrEqual(360);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), doc.id).toBeLessThanOrEqual(360);
  }
  expect(headings).toBeGreaterThan(0);
});

/** On a phone the metadata panel is one line until opened (DocMeta.astro): open it. */
async function openMetadata(page: Page): Promise<void> {
  const details = page.getByRole('region', { name: '文献信息' }).locator('details');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
}

test('metadata links are whole touch targets, at least 24 px tall', async ({ page }) => {
  for (const doc of diskDocs()) {
    await page.goto(`/docs/${doc.id}/`);
    await openMetadata(page);
    const links = await page
      .locator('.doc-meta dd a')
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent, boxes: a.getClientRects().length, height: a.getBoundingClientRect().height })));
    for (const l of links) {
      expect(l.boxes, `${doc.id}: ${l.text} broken over lines`).toBe(1);
      expect(l.height, `${doc.id}: ${l.text}`).toBeGreaterThanOrEqual(24);
    }
  }
});

for (const width of [360, 1280]) {
  test(`at ${width} px no line of the metadata panel starts with the separator 、`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    let separators = 0;
    for (const doc of diskDocs()) {
      await page.goto(`/docs/${doc.id}/`);
      await openMetadata(page);
      const seps = await page.locator('.doc-meta dd .sep').evaluateAll((ss) =>
        ss.map((s) => ({
          link: s.previousElementSibling!.textContent,
          sameLine: Math.abs(s.getBoundingClientRect().top - s.previousElementSibling!.getBoundingClientRect().top) < 12,
        })),
      );
      separators += seps.length;
      for (const s of seps) expect(s.sameLine, `${doc.id}: 、 after ${s.link} starts a line`).toBe(true);
    }
    expect(separators).toBeGreaterThan(0);
  });
}
