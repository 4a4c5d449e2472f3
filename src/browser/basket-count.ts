/**
 * The header's 写作篮 count: how many passages the basket holds, read from the store when the
 * page loads and again whenever the basket changes, in this tab (BASKET_EVENT) or another
 * (the `storage` event). Hidden while the basket is empty.
 */
import { BASKET_EVENT, basketKey, readBasket } from '../lib/basket.ts';

const key = basketKey(import.meta.env.BASE_URL);

function show(): void {
  let n = 0;
  try {
    n = readBasket(localStorage, key).passages.length;
  } catch {
    // Storage switched off: no count, the link still leads to the basket.
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-basket-count]')) {
    el.textContent = String(n);
    el.hidden = n === 0;
  }
}

show();
window.addEventListener(BASKET_EVENT, show);
window.addEventListener('storage', (e) => {
  if (e.key === key || e.key === null) show();
});
