/**
 * <wenku-basket>: the /basket/ page. Lists the passages of the 写作篮 (src/browser/basket-store.ts)
 * in their order, each with its source and a link to it; moves and removes them; keeps the
 * draft's title; 下载 Word 草稿 builds the .docx in the browser, the builder fetched on the
 * first press. Follows changes made in other tabs.
 */
import { type BasketState, basketDraft, movePassage, passagePlainText, removePassage, setTitle, sourceLabel } from '../lib/basket.ts';
import { loadBasket, onBasketChange, saveBasket } from './basket-store.ts';
import { siteAddress } from '../lib/url.ts';

function button(label: string, hidden: string, action: string, key: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn';
  b.dataset['action'] = action;
  b.dataset['key'] = key;
  b.append(label);
  // The accessible name says which passage: 上移：《title》第二部分.
  const context = document.createElement('span');
  context.className = 'visually-hidden';
  context.textContent = `：${hidden}`;
  b.append(context);
  return b;
}

class WenkuBasket extends HTMLElement {
  #state: BasketState = { title: '', passages: [] };
  #list!: HTMLOListElement;
  #title!: HTMLInputElement;
  #status!: HTMLElement;

  connectedCallback(): void {
    const list = this.querySelector<HTMLOListElement>('[data-basket-list]');
    const title = this.querySelector<HTMLInputElement>('#basket-title');
    const status = this.querySelector<HTMLElement>('[data-basket-status]');
    const download = this.querySelector<HTMLButtonElement>('[data-basket-download]');
    if (!list || !title || !status || !download) return;
    this.#list = list;
    this.#title = title;
    this.#status = status;
    title.disabled = false;
    title.addEventListener('input', () => {
      this.#state = setTitle(loadBasket(), title.value);
      saveBasket(this.#state);
    });
    list.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (b) this.#act(b.dataset['action']!, b.dataset['key']!);
    });
    download.addEventListener('click', () => void this.#download(download));
    onBasketChange(() => this.#render());
    this.#render();
  }

  #render(focus?: { key: string; action: string }): void {
    const state = (this.#state = loadBasket());
    if (document.activeElement !== this.#title) this.#title.value = state.title;
    const n = state.passages.length;
    this.querySelector<HTMLElement>('[data-basket-empty]')!.hidden = n > 0;
    this.querySelector<HTMLElement>('[data-basket-actions]')!.hidden = n === 0;
    this.#list.hidden = n === 0;
    this.#list.replaceChildren(
      ...state.passages.map((p, i) => {
        const item = document.createElement('li');
        item.className = 'basket-item';
        const text = document.createElement('p');
        text.className = 'basket-text';
        text.textContent = passagePlainText(p);
        const source = document.createElement('p');
        source.className = 'basket-source';
        const link = document.createElement('a');
        link.href = p.url;
        link.textContent = sourceLabel(p);
        source.append('出处：', link);
        const label = `《${p.docTitle}》${p.cite}`;
        const up = button('上移', label, 'up', p.key);
        const down = button('下移', label, 'down', p.key);
        up.disabled = i === 0;
        down.disabled = i === n - 1;
        item.append(text, source, up, down, button('移出', label, 'remove', p.key));
        return item;
      }),
    );
    if (focus) {
      const item = this.#list.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(focus.key)}"][data-action="${focus.action}"]`);
      const target = item && !item.disabled ? item : this.#list.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(focus.key)}"]:not(:disabled)`);
      target?.focus();
    }
  }

  #act(action: string, key: string): void {
    const state = loadBasket();
    const at = state.passages.findIndex((p) => p.key === key);
    const p = state.passages[at];
    if (!p) return;
    const next = action === 'remove' ? removePassage(state, key) : movePassage(state, key, action === 'up' ? -1 : 1);
    if (!saveBasket(next)) {
      this.#say('浏览器不允许保存写作篮');
      return;
    }
    if (action === 'remove') {
      this.#render();
      // Focus stays in the list: on the passage that took its place, or the one before.
      const neighbour = next.passages[Math.min(at, next.passages.length - 1)];
      if (neighbour) this.#list.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(neighbour.key)}"][data-action="remove"]`)?.focus();
      else this.#title.focus();
      this.#say(`已移出：${sourceLabel(p)}`);
    } else {
      this.#render({ key, action });
      this.#say(`已${action === 'up' ? '上移' : '下移'}：${sourceLabel(p)}`);
    }
  }

  async #download(button: HTMLButtonElement): Promise<void> {
    const state = loadBasket();
    if (!state.passages.length) return;
    button.disabled = true;
    this.#say('正在生成 Word 草稿……');
    try {
      // Links in the file point where the reader is, or to the canonical site (src/lib/url.ts).
      const draft = basketDraft(state, (path) => siteAddress(path, location.href, this.dataset['site']));
      const { buildDocx, docxFileName, saveDocx } = await import('../lib/export/docx-builder.ts');
      const name = docxFileName(draft.title);
      saveDocx(await buildDocx(draft), name);
      this.#say(`已生成：${name}`);
    } catch (e) {
      this.#say(`生成失败：${(e as Error).message}`);
    } finally {
      button.disabled = false;
    }
  }

  #say(message: string): void {
    this.#status.textContent = message;
  }
}

if (!customElements.get('wenku-basket')) customElements.define('wenku-basket', WenkuBasket);
