/**
 * Reading a document on a 360 × 760 px phone: the text starts on the first screen (the
 * metadata is one short line that opens on demand, by touch or keyboard, and prints whole), and
 * justified lines spread their slack evenly instead of gathering it around quotes.
 */
import { expect, test, type Page } from '@playwright/test';
import { diskDocs } from './support/content';

test.use({ viewport: { width: 360, height: 760 }, hasTouch: true, isMobile: true });

const docs = diskDocs();

const metadata = (page: Page) => page.getByRole('region', { name: '文献信息' });

test('the first line of every document’s text is on the first screen, without scrolling', async ({ page }) => {
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const first = page.locator('.doc-body').getByRole('paragraph').first();
    // The first line of the first paragraph, as laid out: its bottom within the viewport.
    const bottom = await first.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getClientRects()[0]!.bottom;
    });
    expect(await page.evaluate(() => scrollY), doc.id).toBe(0);
    expect(bottom, `${doc.id}: first line ends at ${bottom} px`).toBeLessThanOrEqual(760);
    // The metadata is one short line: its facet links wait until it is opened.
    await expect(metadata(page).getByRole('link').first(), doc.id).toBeHidden();
    const line = await metadata(page)
      .locator('summary')
      .evaluate((s) => s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight));
    expect(line, doc.id).toBeLessThan(2);
  }
});

test('the metadata opens on demand, by touch and by keyboard, and says what it holds', async ({ page }) => {
  const doc = docs.find((d) => d.topics.length > 0)!;
  await page.goto(`/docs/${doc.id}/`);
  const panel = metadata(page);
  const summary = panel.locator('summary');
  await expect(summary).toContainText(doc.years.length ? `${doc.years[0]}` : '年份不详');
  await expect(panel.getByRole('link', { name: /./ }).first()).toBeHidden();

  await summary.tap();
  for (const year of doc.years) await expect(panel.getByRole('link', { name: `${year}年` })).toBeVisible();
  await expect(panel.getByText('来源', { exact: true })).toBeVisible();
  await summary.tap();
  await expect(panel.getByText('来源', { exact: true })).toBeHidden();

  // Keyboard: the line is focusable and Enter opens it.
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('来源', { exact: true })).toBeVisible();
  await expect(panel.locator('details')).toHaveJSProperty('open', true);
});

test('a printout from a phone carries the whole metadata, folded or not', async ({ page }) => {
  const doc = docs[0]!;
  await page.goto(`/docs/${doc.id}/`);
  await expect(metadata(page).getByText('来源', { exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const panel = metadata(page);
  await expect(panel.getByText('来源', { exact: true })).toBeVisible();
  await expect(panel.getByText('提要', { exact: true })).toBeVisible();
  for (const topic of await panel.locator('dd a').all()) await expect(topic).toBeVisible();
  // Browsers without ::details-content: the page opens the panel for printing and folds it after.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(panel.locator('details')).toHaveJSProperty('open', true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(panel.locator('details')).toHaveJSProperty('open', false);
});

test('justified lines spread their slack evenly: no gap gathers around quotes', async ({ page }) => {
  let lines = 0;
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    // Per laid-out line, how much wider than 1 em its Han characters are (the last one excepted:
    // a line's end takes no slack); uneven widening is what shows as a stretched gap.
    const uneven = await page.locator('.doc-body p').evaluateAll((ps) =>
      ps.flatMap((p) => {
        const em = parseFloat(getComputedStyle(p).fontSize);
        const chars: { c: string; width: number; top: number }[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (n.parentElement!.closest('mark, button')) continue;
          for (let i = 0; i < n.data.length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            const box = r.getBoundingClientRect();
            if (box.width > 0) chars.push({ c: n.data[i]!, width: box.width / em - 1, top: Math.round(box.top) });
          }
        }
        const byLine = Map.groupBy(chars, (c) => c.top);
        return [...byLine.values()].map((line) => {
          const han = line.slice(0, -1).filter((c) => /\p{Script=Han}/u.test(c.c));
          const widths = han.map((c) => c.width);
          return { text: line.map((c) => c.c).join(''), spread: han.length > 1 ? Math.max(...widths) - Math.min(...widths) : 0 };
        });
      }),
    );
    lines += uneven.length;
    for (const l of uneven) expect(l.spread, `${doc.id}: ${l.text}`).toBeLessThan(0.05);
  }
  expect(lines).toBeGreaterThan(0);
});
