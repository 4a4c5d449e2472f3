/**
 * The passages of the built document pages, read from the pages themselves (independently of
 * the search code): the title and every passage with an anchor and a citation label, each
 * with its text as a reader sees it. Ground truth for the search tests of 全部 N 处, the
 * 写作篮 and the order of relevance.
 */
import type { Page } from '@playwright/test';
import { diskDocs } from './content';
import { fold } from './search-truth';

export interface PagePassage {
  /** Anchor id ('' for the title). */
  id: string;
  cite: string;
  /** h1 for the title, h2…h6, or p. */
  tag: string;
  text: string;
}

let cache: Map<string, PagePassage[]> | undefined;

/** Passages of every document page, keyed by path (/docs/<id>/, under the page's base). */
export async function pagePassages(page: Page, base = '/'): Promise<Map<string, PagePassage[]>> {
  if (cache) return cache;
  const map = new Map<string, PagePassage[]>();
  for (const d of diskDocs()) {
    await page.goto(`${base}docs/${d.id}/`);
    const passages = await page.evaluate(() => {
      const text = (e: Element) => {
        const c = e.cloneNode(true) as Element;
        c.querySelectorAll('[data-pagefind-ignore], button, [data-pt-ui]').forEach((x) => x.remove());
        return c.textContent ?? '';
      };
      const h1 = document.querySelector('h1');
      const out = h1 ? [{ id: '', cite: '', tag: 'h1', text: text(h1) }] : [];
      for (const e of document.querySelectorAll('[data-pagefind-body] [data-cite][id]')) {
        out.push({ id: e.id, cite: e.getAttribute('data-cite') ?? '', tag: e.tagName.toLowerCase(), text: text(e) });
      }
      return out;
    });
    map.set(`${base}docs/${d.id}/`, passages);
  }
  cache = map;
  return map;
}

/** Occurrences of a folded phrase in a text (not overlapping). */
export function occurrences(text: string, phrase: string): number {
  const t = fold(text);
  const p = fold(phrase);
  let n = 0;
  for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + p.length)) n++;
  return n;
}
