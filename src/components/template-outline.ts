/**
 * <wenku-outline>: copies the outline text beside it to the clipboard. Without
 * JavaScript the button stays hidden and the text can be selected by hand.
 */
class WenkuOutline extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-outline]');
    const text = this.querySelector<HTMLElement>('[data-outline]');
    const status = this.querySelector<HTMLElement>('.outline-status');
    if (!button || !text) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        if (status) status.textContent = '提纲已复制，可粘贴到 Word 或 WPS 中。';
      } catch {
        // No clipboard permission (e.g. a page opened from disk): select the text instead.
        getSelection()?.selectAllChildren(text);
        if (status) status.textContent = '无法自动复制，已选中提纲，请按 Ctrl+C 复制。';
      }
    });
  }
}

if (!customElements.get('wenku-outline')) customElements.define('wenku-outline', WenkuOutline);
