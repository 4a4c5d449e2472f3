/**
 * Ground truth for search tests: the text a reader sees in each built document page, and
 * which documents contain a phrase. Folding is the one the issue defines for matching, written
 * here independently of the site's code: width (NFKC), case and whitespace never matter,
 * ASCII and Chinese quotes are the same mark; every other character must match as written.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, diskDocs } from './content';

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

/** Folds text for comparison; `quotes: false` keeps quote marks apart (the strict reading). */
export function fold(s: string, { quotes = true } = {}): string {
  const n = s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '')
    .toLowerCase();
  return quotes ? n.replace(/[“”‘’]/gu, (c) => QUOTES[c]!) : n;
}

let cache: Map<string, string> | undefined;

/** Body text (as shown, unfolded) of every document page, keyed by path (/docs/<id>/); blocks end in \u0000. */
export async function pageTexts(page: Page): Promise<Map<string, string>> {
  if (cache) return cache;
  const map = new Map<string, string>();
  for (const d of diskDocs()) {
    await page.goto(`/docs/${d.id}/`);
    const text = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element;
      body.querySelectorAll('[data-pagefind-ignore], nav, script, style, button, form').forEach((e) => e.remove());
      // Blocks are separate: a phrase never runs from one paragraph into the next.
      body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt').forEach((e) => e.append('\u0000'));
      return body.textContent ?? '';
    });
    map.set(`/docs/${d.id}/`, text);
  }
  cache = map;
  return map;
}

/** Paths of the documents holding every space-separated term of the query, sorted. */
export async function expectedPaths(page: Page, query: string, opts: { quotes?: boolean } = {}): Promise<string[]> {
  const terms = query
    .split(/[\s\u3000]+/u)
    .filter(Boolean)
    .map((t) => fold(t, opts));
  const map = await pageTexts(page);
  return [...map]
    .filter(([, t]) => terms.every((term) => fold(t, opts).includes(term)))
    .map(([p]) => p)
    .sort();
}

/** A phrase of `length` characters (Chinese only) that exactly one document contains, whatever the library holds. */
export async function phraseInOneDocument(page: Page, length = 6): Promise<{ phrase: string; path: string }> {
  const map = await pageTexts(page);
  const folded = [...map].map(([p, t]) => [p, fold(t)] as const);
  for (const [path, text] of map) {
    for (const block of text.split('\u0000')) {
      for (const run of block.match(/\p{Script=Han}+/gu) ?? []) {
        for (let i = 0; i + length <= run.length; i += length) {
          const phrase = run.slice(i, i + length);
          if (folded.filter(([, t]) => t.includes(phrase)).length === 1) return { phrase, path };
        }
      }
    }
  }
  throw new Error(`no ${length}-character phrase occurs in exactly one document`);
}

export const resultsList = (page: Page) => page.getByTestId('search-results');

/** Opens the search page with a query string ("" for none) and waits for the search to finish. */
export async function openSearch(page: Page, query: string, extra = ''): Promise<void> {
  await page.goto(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}${extra}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
}

/** Paths of every document in the result list (all pages of results), sorted. */
export async function resultPaths(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  const cards = resultsList(page).locator('.search-result');
  while (await more.isVisible()) {
    // A dispatched click: the button disappears as the last results come, and a pointer click
    // retried under load would wait for it forever.
    const n = await cards.count();
    await more.dispatchEvent('click');
    await expect(cards).not.toHaveCount(n);
  }
  const hrefs = await resultsList(page)
    .locator('.search-result-title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.sort();
}

/** The optional `version` label of each document, read from its frontmatter. */
export function versions(): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of diskDocs()) {
    const text = readFileSync(join(contentDir, d.file), 'utf8');
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as { version?: string };
    if (data.version) out.set(d.id, data.version);
  }
  return out;
}
