/**
 * In-page passage tools on a built document page: 复制链接 / 复制引用 / 复制本段文字 put the
 * expected text on the clipboard, a link to an anchor marks its passage, and everything
 * works from the keyboard and on a 360 px phone.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { diskDocs } from './support/content';

const docs = diskDocs();
/** A document with numbered sections and paragraphs; E2E_CITE_DOC picks another (fixtures). */
const doc = docs.find((d) => d.id === (process.env.E2E_CITE_DOC ?? 'park-committee-2023-summary-2024-plan')) ?? docs[0]!;
/** Copied links name the address the page was opened at, unless the build set a canonical origin (WENKU_SITE). */
const docUrlAt = (baseURL: string | undefined) => `${(process.env.WENKU_SITE ?? baseURL!).replace(/\/$/, '')}/docs/${doc.id}/`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The text a reader sees in a passage, without the tool buttons. */
const ownText = (el: Locator) =>
  el.evaluate((node) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[data-pt-ui], .anchor-alias').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

async function openTools(page: Page, passage: Locator) {
  await passage.hover();
  const trigger = passage.getByRole('button', { name: /^链接与引用：/ });
  await expect(trigger).toBeVisible();
  await trigger.click();
  await expect(page.getByRole('group', { name: /链接与引用$/ })).toBeVisible();
}

const body = (page: Page) => page.locator('.doc-body');
/** A paragraph inside a numbered section (id like s1-2-p1), and a sub-section heading. */
const sectionParagraph = (page: Page) => body(page).locator('p[data-cite][id^="s"][id*="-p"]').first();
const subHeading = (page: Page) => body(page).locator('h3[data-cite][id^="s"]').first();

test.describe('copy tools', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/docs/${doc.id}/`);
  });

  test('复制链接 copies the absolute URL of the passage', async ({ page, baseURL }) => {
    const docUrl = docUrlAt(baseURL);
    const heading = subHeading(page);
    const id = (await heading.getAttribute('id'))!;
    expect(id).toMatch(/^s\d+-\d+$/);
    await openTools(page, heading);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制链接');
    expect(await clipboard(page)).toBe(`${docUrl}#${id}`);
  });

  test('复制引用 names the document, the section by its own numbering, and the link', async ({ page, baseURL }) => {
    const docUrl = docUrlAt(baseURL);
    const para = sectionParagraph(page);
    const id = (await para.getAttribute('id'))!;
    const cite = (await para.getAttribute('data-cite'))!;
    expect(cite).toMatch(/^第[一二三四五六七八九十]+部分/);
    await openTools(page, para);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制引用');
    expect(await clipboard(page)).toBe(`《${doc.title}》${cite}，${docUrl}#${id}`);
  });

  test('复制引用 names an arabic-numbered part 第N项, with no ASCII period or space', async ({ page, baseURL }) => {
    const docUrl = docUrlAt(baseURL);
    // e.g. “1.明确职责切实保障任务落实。” under 五、 of the park committee's plan.
    const headings = body(page).locator('h3[data-cite], h4[data-cite]');
    let numbered: Locator | undefined;
    let n = '';
    for (const h of await headings.all()) {
      const m = /^(\d{1,3})\s*[.．、]/.exec(await ownText(h));
      if (m) {
        numbered = h;
        n = m[1]!;
        break;
      }
    }
    test.skip(!numbered, `${doc.id} has no heading numbered 1. 2. …`);
    if (!numbered) return;
    const id = (await numbered.getAttribute('id'))!;
    const cite = (await numbered.getAttribute('data-cite'))!;
    expect(cite).toMatch(new RegExp(`^第[一二三四五六七八九十]+部分(?:（[一二三四五六七八九十]+）)?第${n}项$`));
    await openTools(page, numbered);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制引用');
    expect(await clipboard(page)).toBe(`《${doc.title}》${cite}，${docUrl}#${id}`);

    const para = body(page).locator(`p[data-cite][id^="${id}-p"]`).first();
    if ((await para.count()) > 0) {
      const paraCite = (await para.getAttribute('data-cite'))!;
      expect(paraCite).toMatch(new RegExp(`^${cite}第\\d+段$`));
    }
  });

  test('复制本段文字 copies the paragraph’s clean text, a heading copies its section', async ({ page }) => {
    const para = sectionParagraph(page);
    const expected = await ownText(para);
    await openTools(page, para);
    await page.getByRole('button', { name: '复制本段文字' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制本段文字');
    const text = await clipboard(page);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/复制|链接与引用|[\u200B-\u200F\uFEFF\u00AD]/);

    const heading = subHeading(page);
    const headingText = await ownText(heading);
    await openTools(page, heading);
    await page.getByRole('button', { name: '复制本节文字' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制本节文字');
    const section = await clipboard(page);
    expect(section.split('\n')[0]).toBe(headingText);
    expect(section.split('\n').length).toBeGreaterThan(1);
  });
});

test('opening /docs/<id>/#<anchor> scrolls to the passage and marks it', async ({ page }) => {
  await page.goto(`/docs/${doc.id}/`);
  const id = (await sectionParagraph(page).getAttribute('id'))!;
  await page.goto(`/docs/${doc.id}/#${id}`);
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  const marked = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { matches: el.matches(':target'), background: s.backgroundColor, shadow: s.boxShadow };
  });
  expect(marked.matches).toBe(true);
  expect(marked.background).toBe('rgb(255, 244, 214)');
  expect(marked.shadow).not.toBe('none');
  const other = await body(page)
    .locator(`p[data-cite]:not([id="${id}"])`)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(other).toBe('rgba(0, 0, 0, 0)');
});

test('keyboard only: Tab reaches a passage’s control, Enter opens it, Enter copies, Escape closes', async ({ page, baseURL }) => {
  const docUrl = docUrlAt(baseURL);
  await page.goto(`/docs/${doc.id}/`);
  const heading = subHeading(page);
  const id = (await heading.getAttribute('id'))!;
  // A fragment navigation moves the sequential focus starting point to the heading.
  await page.goto(`/docs/${doc.id}/#${id}`);
  const trigger = heading.getByRole('button', { name: /^链接与引用：/ });
  // The linked passage's button becomes the text's one Tab stop (on hashchange, a task after the navigation).
  await expect(trigger).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab');
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: '复制链接' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^加入写作篮/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '复制引用' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已复制引用');
  expect(await clipboard(page)).toBe(`《${doc.title}》${await heading.getAttribute('data-cite')}，${docUrl}#${id}`);
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '复制链接' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  await expect(trigger).toBeFocused();
  await expect(page.getByRole('group', { name: /链接与引用$/ })).toBeHidden();
});

test('selecting text offers a link to exactly that selection (#:~:text=), and the link finds it', async ({ page, browser, baseURL }) => {
  const docUrl = docUrlAt(baseURL);
  await page.goto(`/docs/${doc.id}/`);
  // The last paragraph: far down the page, so a working link has to scroll.
  const para = body(page).locator('p[data-cite]').last();
  const id = (await para.getAttribute('id'))!;
  const selected = await para.evaluate((el) => {
    const text = el.firstChild as Text;
    const range = document.createRange();
    // Start and end mid-word: the link must widen to whole words (Chromium matches on word boundaries).
    range.setStart(text, Math.min(3, text.length - 1));
    range.setEnd(text, Math.min(9, text.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  });
  const button = page.getByRole('button', { name: '复制所选文字的链接' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('已复制指向所选文字的链接');
  const link = await clipboard(page);
  expect(link.startsWith(`${docUrl}#${id}:~:text=`)).toBe(true);
  const term = decodeURIComponent(link.split(':~:text=')[1]!);
  expect(term).toContain(selected);

  // Open the link with an id that does not exist: only the text directive can scroll there.
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  const reader = await context.newPage();
  await reader.goto(`${baseURL}/docs/${doc.id}/#none${link.slice(link.indexOf(':~:'))}`);
  await expect.poll(() => reader.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect(reader.locator(`[id="${id}"]`)).toBeInViewport();
  await context.close();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a passage’s control copies its link; the menu stays on screen', async ({ page, baseURL }) => {
    const docUrl = docUrlAt(baseURL);
    await page.goto(`/docs/${doc.id}/`);
    const para = sectionParagraph(page);
    const id = (await para.getAttribute('id'))!;
    const trigger = para.getByRole('button', { name: /^链接与引用：/ });
    await trigger.scrollIntoViewIfNeeded();
    await trigger.tap();
    const menu = page.getByRole('group', { name: /链接与引用$/ });
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '复制链接' }).tap();
    await expect(page.getByRole('status')).toHaveText('已复制链接');
    expect(await clipboard(page)).toBe(`${docUrl}#${id}`);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(360);
  });
});

test('no citation in any document has an ASCII period or space (text for an official document)', async ({ page }) => {
  for (const d of docs) {
    await page.goto(`/docs/${d.id}/`);
    const cites = await page.locator('.doc-body [data-cite]').evaluateAll((els) => els.map((el) => el.getAttribute('data-cite') ?? ''));
    expect(cites.length, d.id).toBeGreaterThan(0);
    for (const cite of cites) {
      // An unnumbered heading is cited by its own words, in quotes; the rest is the numbering.
      const numbering = cite.replace(/“[^”]*”/g, '');
      expect(numbering, `${d.id}: ${cite}`).not.toMatch(/[.\s]/);
      expect(numbering, `${d.id}: ${cite}`).toMatch(/^(?:[第部分段项章节条篇（）〇零一二两三四五六七八九十百\d①-⑳]|开头)+$/);
    }
  }
});
