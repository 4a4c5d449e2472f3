/**
 * Passages for the 写作篮 in the store's own format (src/lib/basket.ts): built with its
 * functions from documents on disk, written into a page's localStorage as the store writes them.
 */
import type { Page } from '@playwright/test';
import { addPassage, BASKET_EVENT, basketKey, type BasketPassage, type BasketState, writeBasket } from '../../../src/lib/basket.ts';
import type { DiskDoc } from './content';

/** A passage: a section of a document (its anchor, s1 by default), as the 加入写作篮 buttons would store it. */
export function passage(doc: DiskDoc, { anchor = 's1', base = '/' } = {}): BasketPassage {
  return {
    key: `${doc.id}#${anchor}`,
    docId: doc.id,
    docTitle: doc.title,
    ...(doc.years.length > 0 && { year: `${doc.years[0]}年` }),
    cite: '第一部分',
    url: `${base}docs/${doc.id}/#${anchor}`,
    blocks: [{ level: 1, runs: [{ text: '一、总体要求' }], anchor }],
  };
}

/** The stored text of a basket holding these passages. */
function storedBasket(passages: BasketPassage[]): string {
  let state: BasketState = { title: '', passages: [] };
  for (const p of passages) state = addPassage(state, p).state;
  const written = new Map<string, string>();
  writeBasket({ getItem: (k) => written.get(k) ?? null, setItem: (k, v) => void written.set(k, v) }, 'basket', state);
  return written.get('basket')!;
}

/**
 * Writes the basket of the site under `base` into the page's localStorage; with `notify`, fires
 * the store's change event in that page, as the store's users do after a change.
 */
export async function putBasket(page: Page, passages: BasketPassage[], { base = '/', notify = true } = {}): Promise<void> {
  await page.evaluate(
    ([key, value, event, notify]) => {
      localStorage.setItem(key!, value!);
      if (notify) window.dispatchEvent(new Event(event!));
    },
    [basketKey(base), storedBasket(passages), BASKET_EVENT, notify] as const,
  );
}
