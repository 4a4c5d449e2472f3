/** <wenku-template-docx>: builds the outline as a Word file in the browser, the builder fetched on the first press. */

class TemplateDocx extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    const status = this.querySelector<HTMLElement>('.template-docx-status');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const { typeLabel = '', outlineText: outline = '' } = this.dataset;
      button.disabled = true;
      if (status) status.textContent = '正在生成 Word 提纲……';
      try {
        const [{ buildDocx, saveDocx }, { skeletonDraft }] = await Promise.all([
          import('../lib/export/docx-builder.ts'),
          import('../lib/export/skeleton-draft.ts'),
        ]);
        const name = `${typeLabel}提纲.docx`;
        saveDocx(await buildDocx(skeletonDraft(typeLabel, outline)), name);
        if (status) status.textContent = `已生成：${name}`;
      } catch (e) {
        if (status) status.textContent = `生成失败：${(e as Error).message}`;
      } finally {
        button.disabled = false;
      }
    });
  }
}

if (!customElements.get('wenku-template-docx')) customElements.define('wenku-template-docx', TemplateDocx);
