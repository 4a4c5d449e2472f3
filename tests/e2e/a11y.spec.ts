/**
 * axe-core over every page type, on a 360 px phone and at desktop width: no violation of
 * any rule axe runs by default (WCAG 2.0–2.2 A/AA and best practices), plus target-size
 * (WCAG 2.2 AA 2.5.8, off in axe by default: touch targets matter on phones).
 * axe's own source is injected into each page (no request leaves the site's origin).
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { passage, putBasket } from './support/basket-store';
import { contentDir, diskDocs } from './support/content';
import { expect, test } from './support/shared-page';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The longest document: the most passages, headings and tools on one page. */
const longest = [...diskDocs()].sort((a, b) => statSync(join(contentDir, b.file)).size - statSync(join(contentDir, a.file)).size)[0]!;
/** The fullest metadata panel: the most year, type and topic links side by side. */
const fullest = [...diskDocs()].sort((a, b) => b.years.length + b.types.length + b.topics.length - (a.years.length + a.types.length + a.topics.length))[0]!;
const facets = ['years', 'levels', 'types', 'topics'];
/** The skeleton index and every type's skeleton page found in the build. */
const dist = process.env.E2E_DIST ?? 'dist';
const templatePages = [
  '/templates/',
  ...globSync('templates/*/index.html', { cwd: dist })
    .sort()
    .map((f) => `/${f.replace(/index\.html$/, '')}`),
];

// axe is injected as an inline script, which the site's Content-Security-Policy rightly blocks
// (tests/e2e/csp.spec.ts checks the policy itself).
test.use({ bypassCSP: true });

/**
 * axe's violations on the page. resultTypes: only violations are read here, so axe keeps one
 * example node of each passing or inapplicable rule instead of all of them (every rule still runs).
 */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`,
  );
}

/** /basket/ holding two passages of the longest document (as its 加入写作篮 buttons store them). */
async function filledBasket(page: Page): Promise<string> {
  await page.goto('/basket/');
  await page.evaluate((id) => {
    const passage = (anchor: string, text: string) => ({
      key: `${id}#${anchor}`,
      docId: id,
      docTitle: '某文献',
      year: '2024年',
      cite: '第一部分',
      url: `/docs/${id}/#${anchor}`,
      blocks: [{ level: 0, runs: [{ text }] }],
    });
    localStorage.setItem('wenku-basket:/', JSON.stringify({ title: '草稿', passages: [passage('s1', '第一段。'), passage('s2', '第二段。')] }));
  }, longest.id);
  return '/basket/';
}

/** The first value page an index page links to (e.g. /years/2023/). */
async function firstValuePage(page: Page, facet: string): Promise<string> {
  await page.goto(`/${facet}/`);
  const hrefs = await page.locator(`main a[href^="/${facet}/"]`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const value = hrefs.find((h) => h !== `/${facet}/`);
  expect(value, `/${facet}/ links to a value page`).toBeTruthy();
  return value!;
}

for (const { width, height } of [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 400, isMobile: width < 400 });

    const pages: [string, (page: Page) => Promise<string>][] = [
      ['home', async () => '/'],
      ...facets.map((f): [string, (page: Page) => Promise<string>] => [`/${f}/`, async () => `/${f}/`]),
      ...facets.map((f): [string, (page: Page) => Promise<string>] => [`a /${f}/ value page`, (page) => firstValuePage(page, f)]),
      [`the longest document (${longest.id})`, async () => `/docs/${longest.id}/`],
      ...(fullest.id === longest.id ? [] : [[`the fullest metadata (${fullest.id})`, async () => `/docs/${fullest.id}/`] as [string, () => Promise<string>]]),
      ['about', async () => '/about/'],
      ['adding a document (code examples)', async () => '/about/adding/'],
      ...templatePages.map((t): [string, () => Promise<string>] => [t, async () => t]),
      ['search before a query', async () => '/search/'],
      ['起草自查', async () => '/check/'],
      ['404', async () => '/no-such-page/'],
      ['the 写作篮, empty', async () => '/basket/'],
      ['the 写作篮 with two passages', filledBasket],
    ];
    for (const [name, path] of pages) {
      const check = async (page: Page) => {
        await page.goto(await path(page));
        const violations = await axe(page);
        expect(violations, violations.join('\n')).toEqual([]);
      };
      // Pages that only load share one page per worker; the filled 写作篮 writes localStorage, so a page of its own.
      test(`${name}: no axe violation`, path === filledBasket ? async ({ page }) => check(page) : async ({ sharedPage }) => check(sharedPage));
    }

    test('the fullest metadata opened, and the 写作篮 with its count: no axe violation', async ({ page }) => {
      await page.goto(`/docs/${fullest.id}/`);
      await putBasket(page, [passage(fullest)]);
      await expect(page.getByRole('banner').getByRole('link', { name: /^写作篮\s*1$/ })).toBeVisible();
      const details = page.getByRole('region', { name: '文献信息' }).locator('details');
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
      await expect(details.locator('dd a').first()).toBeVisible();
      const violations = await axe(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });

    test('search with a query: no axe violation', async ({ page }) => {
      await page.goto('/search/?q=志愿服务');
      await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
      await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
      const violations = await axe(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  });
}

/**
 * Text the site writes itself (not the documents' content) uses full-width punctuation in
 * Chinese: （一） not (一), ：not :. Document titles and summaries are content, left out.
 */
test('page text written by the site uses full-width punctuation', async ({ page }) => {
  for (const path of ['/', '/about/', '/no-such-page/', ...facets.map((f) => `/${f}/`)]) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, style, .doc-list, .doc-body').forEach((n) => n.remove());
      return copy.innerText;
    });
    const halfWidth = text.match(/.{0,8}(?:[\u4e00-\u9fff（）“”][()[\]:;,!?]|[()[\]:;,!?][\u4e00-\u9fff（）“”]).{0,8}/g) ?? [];
    expect(halfWidth, path).toEqual([]);
  }
});
