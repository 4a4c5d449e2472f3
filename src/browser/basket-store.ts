/**
 * The 写作篮 in this browser: src/lib/basket.ts on localStorage, one basket per site base path,
 * and an event after each change (BASKET_EVENT on window; other tabs see a `storage` event)
 * so that the header's count and an open /basket/ page follow. Nothing is sent anywhere.
 */
import { BASKET_EVENT, addPassage, basketKey, holds, passageKey, readBasket, writeBasket, type BasketState } from '../lib/basket.ts';
import { passageBlocks, readBlocks } from '../lib/export/from-dom.ts';

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

/**
 * What a document page says about itself (PassageTools.astro's data attributes): docId, title,
 * year, docHref (the document's path under the base path, /wenku/docs/x/).
 */
export type PageDoc = { readonly [K in 'docId' | 'title' | 'year' | 'docHref']?: string | undefined };

/** The menu button's label: says when the passage is already held. */
export function basketButtonLabel(doc: PageDoc, anchor: string): string {
  return holds(loadBasket(), passageKey(doc.docId ?? '', anchor)) ? '加入写作篮（已在篮中）' : '加入写作篮';
}

/** The passage's blocks; a passage the reader of headings and paragraphs does not know (a list item) as one paragraph. */
function blocksOf(body: Element, passage: HTMLElement) {
  const blocks = passageBlocks(readBlocks(body), passage.id);
  if (blocks.length) return blocks;
  const copy = passage.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('button, [data-pt-ui], .anchor-alias').forEach((n) => n.remove());
  return [{ level: 0, runs: [{ text: (copy.textContent ?? '').trim() }], anchor: passage.id }];
}

/**
 * Adds a passage of the page (a paragraph, or a heading with what is under it) to the basket;
 * returns what to announce.
 */
export function addFromPage(doc: PageDoc, body: Element, passage: HTMLElement): string {
  const { docId = '', title = '', year, docHref = location.pathname } = doc;
  const anchor = passage.id;
  const state = loadBasket();
  const { state: next, added } = addPassage(state, {
    key: passageKey(docId, anchor),
    docId,
    docTitle: title,
    ...(year ? { year } : {}),
    cite: passage.dataset['cite'] ?? '',
    url: `${docHref.replace(/#.*$/, '')}#${anchor}`,
    blocks: blocksOf(body, passage),
  });
  if (!added) return `写作篮中已有这一段，共${state.passages.length}段`;
  return saveBasket(next) ? `已加入写作篮，共${next.passages.length}段` : '浏览器不允许保存，未能加入写作篮';
}
