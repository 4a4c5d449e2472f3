/**
 * <wenku-outline>: copies the outline beside it to the clipboard, as plain text and as HTML
 * headings (so it pastes with its structure into Word and WPS). Without JavaScript the button
 * stays hidden and the text can be selected by hand.
 */
import { outlineHtml } from '../lib/templates/outline-html.ts';

async function copy(text: string, html: string): Promise<void> {
  // Browsers without ClipboardItem (or refusing text/html) still get the plain text.
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) });
      await navigator.clipboard.write([item]);
      return;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'NotAllowedError') throw e;
    }
  }
  await navigator.clipboard.writeText(text);
}

class WenkuOutline extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-outline]');
    const text = this.querySelector<HTMLElement>('[data-outline]');
    const status = this.querySelector<HTMLElement>('.outline-status');
    if (!button || !text) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const lines = [...text.querySelectorAll<HTMLElement>('[data-level]')].map((l) => ({
        level: l.dataset['level'] === '2' ? (2 as const) : (1 as const),
        text: l.textContent ?? '',
      }));
      try {
        await copy(text.textContent ?? '', outlineHtml(lines));
        if (status) status.textContent = '提纲已复制，可粘贴到 Word 或 WPS 中，标题层次不变。';
      } catch {
        // No clipboard permission (e.g. a page opened from disk): select the text instead.
        getSelection()?.selectAllChildren(text);
        if (status) status.textContent = '无法自动复制，已选中提纲，请按 Ctrl+C 复制。';
      }
    });
  }
}

if (!customElements.get('wenku-outline')) customElements.define('wenku-outline', WenkuOutline);
