/**
 * The 加入写作篮 button of a passage shown in search results: adds it to the basket through
 * the store (../lib/basket.ts), in this browser only, and says when the passage is held
 * already. Every button of the page follows the basket when it changes here or in another tab.
 */
import { addPassage, BASKET_EVENT, basketKey, readBasket, writeBasket, type BasketPassage } from '../../lib/basket.ts';

const KEY = basketKey(import.meta.env.BASE_URL);
const buttons = new WeakMap<HTMLButtonElement, BasketPassage>();
/** What a button says it takes, when one entry has two (小标题, 本段). */
const takes = new WeakMap<HTMLButtonElement, string>();

/** The keys the basket holds (read once for a batch of cards); none when the browser keeps no storage for the page. */
export function heldKeys(): Set<string> {
  try {
    return new Set(readBasket(localStorage, KEY).passages.map((p) => p.key));
  } catch {
    return new Set();
  }
}

function show(button: HTMLButtonElement, held: boolean, failed = false): void {
  const where = buttons.get(button)!.cite;
  const what = takes.has(button) ? `（${takes.get(button)}）` : '';
  button.textContent = failed ? '未能加入写作篮' : held ? '已在写作篮' : `加入写作篮${what}`;
  // The name begins with 加入写作篮 in every state and holds the visible words.
  const name = `加入写作篮${what}：${where}`;
  button.setAttribute('aria-label', failed ? `${name}（未能加入写作篮：浏览器不允许本站存储）` : held ? `${name}（已在写作篮中）` : name);
  button.dataset['held'] = String(held);
}

function add(button: HTMLButtonElement): void {
  const passage = buttons.get(button)!;
  try {
    const { state, added } = addPassage(readBasket(localStorage, KEY), passage);
    if (added) {
      writeBasket(localStorage, KEY, state);
      window.dispatchEvent(new Event(BASKET_EVENT));
    }
    show(button, true);
  } catch {
    show(button, false, true);
  }
}

/**
 * A 加入写作篮 button for a passage; `held` is the basket's keys when the card was built, `what`
 * names the passage on the button when an entry shows two (加入写作篮（小标题）).
 */
export function basketButton(passage: BasketPassage, held: ReadonlySet<string>, what?: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-basket';
  buttons.set(button, passage);
  if (what) takes.set(button, what);
  show(button, held.has(passage.key));
  button.addEventListener('click', () => add(button));
  return button;
}

/** Keeps every button under `root` in step with the basket (this tab's changes and other tabs'). */
export function followBasket(root: HTMLElement): void {
  const refresh = () => {
    const held = heldKeys();
    for (const b of root.querySelectorAll<HTMLButtonElement>('button.search-basket')) {
      const p = buttons.get(b);
      if (p) show(b, held.has(p.key));
    }
  };
  window.addEventListener(BASKET_EVENT, refresh);
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) refresh();
  });
}
