import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { allPages, samplePages } from './support/pages.ts';
import { watchPage } from './support/csp.ts';

/**
 * The Content-Security-Policy (src/lib/csp.ts, Astro's security.csp): every page carries it,
 * nothing inline needs 'unsafe-inline', and a browser visiting every kind of page sees no
 * `securitypolicyviolation` event and no console error. Pages come from the build itself
 * (tests/e2e/support/pages.ts), so kinds of page added later are visited too.
 * E2E_DIST names the build the server serves (the nginx run sets it to the /wenku/ build).
 */
const dist = process.env.E2E_DIST ?? 'dist';

function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c, out);
  // <template> content lives apart in hast.
  if (node.type === 'element' && node.content) elements(node.content, out);
  return out;
}

test('every page carries the policy, without unsafe-inline, and has no inline script, style or handler', () => {
  const pages = allPages(dist);
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const p of pages) {
    const els = elements(fromHtml(readFileSync(p.file, 'utf8')));
    const metas = els.filter((e) => e.tagName === 'meta' && String(e.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy');
    if (metas.length !== 1) problems.push(`${p.path}: ${metas.length} policy <meta> elements`);
    const policy = String(metas[0]?.properties['content'] ?? '');
    if (/unsafe-inline|'unsafe-eval'/.test(policy)) problems.push(`${p.path}: unsafe source in ${policy}`);
    // Scripts: 'self', Pagefind's 'wasm-unsafe-eval' and Astro's hashes; styles: 'self' and hashes.
    const scriptSrc = (/script-src ([^;]*)/.exec(policy)?.[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((s) => !s.startsWith("'sha256-"));
    if (scriptSrc.join(' ') !== "'self' 'wasm-unsafe-eval'") problems.push(`${p.path}: script-src ${scriptSrc.join(' ')}`);
    const styleSrc = (/style-src ([^;]*)/.exec(policy)?.[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((s) => !s.startsWith("'sha256-"));
    if (styleSrc.join(' ') !== "'self'") problems.push(`${p.path}: style-src ${styleSrc.join(' ')}`);
    for (const e of els) {
      if (e.tagName === 'script' && !e.properties['src']) problems.push(`${p.path}: inline <script>`);
      if (e.tagName === 'style') problems.push(`${p.path}: <style> element`);
      if (e.properties['style'] !== undefined) problems.push(`${p.path}: style attribute on <${e.tagName}>`);
      for (const k of Object.keys(e.properties)) if (/^on[A-Z]/.test(k)) problems.push(`${p.path}: ${k} attribute on <${e.tagName}>`);
    }
  }
  expect(problems).toEqual([]);
});

// The first and last page of a kind in one test, one after the other in one page (a new browser
// context per page cost more than the visit).
const kinds = Map.groupBy(samplePages(dist), (p) => p.kind);
for (const [kind, pages] of kinds) {
  test(`no policy violation or console error: ${kind} (${pages.map((p) => p.path || '/').join(', ')})`, async ({ page }) => {
    const problems = watchPage(page);
    for (const p of pages) {
      const response = await page.goto(p.path);
      expect(response?.ok(), `${p.path} answered ${response?.status()}`).toBe(true);
      await page.waitForLoadState('networkidle');
      // Read before the next page: the recorded violations live in this page.
      expect(await problems(), p.path).toEqual([]);
    }
  });
}

test('no policy violation or console error: a missing page (the 404 page as served)', async ({ page }) => {
  const problems = watchPage(page);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  expect(await problems()).toEqual([]);
});

test('no policy violation or console error: search with a query, then a filter (Pagefind and its WebAssembly)', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(`search/?q=${encodeURIComponent('举旗帜、聚民心')}`);
  const search = page.locator('wenku-search');
  await expect(search).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('search-results').locator('.search-result').first()).toBeVisible();
  await page.locator('[data-facet-group="year"] input').first().check();
  await expect(page).toHaveURL(/year=/);
  await expect(search).toHaveAttribute('data-state', 'done');
  // A single character: the second (unigram) index.
  await page.goto(`search/?q=${encodeURIComponent('魂')}&type=summary`);
  await expect(search).toHaveAttribute('data-state', 'done');
  expect(await problems()).toEqual([]);
});
