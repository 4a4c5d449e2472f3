/**
 * The 写作篮 in this browser: src/lib/basket.ts on localStorage, one basket per site base path,
 * and an event after each change (BASKET_EVENT on window; other tabs see a `storage` event)
 * so that the header's count and an open /basket/ page follow. Nothing is sent anywhere.
 */
import { BASKET_EVENT, addPassage, basketKey, holds, passageKey, readBasket, writeBasket, type BasketState } from './basket.ts';
import { passageBlocks, readBlocks } from './export/from-dom.ts';

const key = () => basketKey(import.meta.env.BASE_URL);

/** The basket; empty where storage is refused (a private window, a policy). */
export function loadBasket(): BasketState {
  try {
    return readBasket(localStorage, key());
  } catch {
    return { title: '', passages: [] };
  }
}

/** Saves the basket and tells the page; false when the browser refuses to store it. */
export function saveBasket(state: BasketState): boolean {
  try {
    writeBasket(localStorage, key(), state);
  } catch {
    return false;
  }
  window.dispatchEvent(new CustomEvent(BASKET_EVENT, { detail: { count: state.passages.length } }));
  return true;
}

/** Calls `listener` whenever the basket changes, in this tab or another. */
export function onBasketChange(listener: () => void): void {
  window.addEventListener(BASKET_EVENT, listener);
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === key()) listener();
  });
}

/** What a document page knows about itself (PassageTools.astro's data attributes). */
export interface PageDoc {
  docId: string;
  docTitle: string;
  year?: string | undefined;
  /** The document's path under the base path (/wenku/docs/x/). */
  docHref: string;
}

export function isHeld(doc: PageDoc, anchor: string): boolean {
  return holds(loadBasket(), passageKey(doc.docId, anchor));
}

/**
 * Adds a passage of the page (a paragraph, or a heading with what is under it) to the basket.
 * `stored` is false when the browser refused to keep it.
 */
export function addFromPage(doc: PageDoc, body: Element, passage: HTMLElement): { added: boolean; stored: boolean; count: number } {
  const anchor = passage.id;
  const state = loadBasket();
  const { state: next, added } = addPassage(state, {
    key: passageKey(doc.docId, anchor),
    docId: doc.docId,
    docTitle: doc.docTitle,
    ...(doc.year ? { year: doc.year } : {}),
    cite: passage.dataset['cite'] ?? '',
    url: `${doc.docHref.replace(/#.*$/, '')}#${anchor}`,
    blocks: passageBlocks(readBlocks(body), anchor),
  });
  const stored = added ? saveBasket(next) : true;
  return { added, stored, count: (stored ? next : state).passages.length };
}
