/**
 * <export-docx data-doc-href data-doc-url data-title>: its buttons (data-section = "" for the whole
 * document, or a top-level section's anchor) build a .docx from the page's article and
 * download it. The builder and the docx library are a separate chunk, fetched on the first
 * press (same origin, under the site's base path), never before.
 */
import type { PageSource } from '../lib/export/from-dom';
import type { ExportSection } from '../lib/export/types';
import { siteAddress } from '../lib/url.ts';

/** What the 用语时效 panel (<wording-check>, ./wording-check.ts) offers the export. */
interface WordingMarks extends HTMLElement {
  exportMarks?: () => { passage: string; phrase: string; comment: string }[];
}

/**
 * The wording the 用语时效 panel finds out of date for its picked year, as Word comments on the
 * section's passages (highlighted), as fill-in spots are marked. The panel says what they are, so
 * this script loads none of the wording code.
 */
async function markWording(section: ExportSection): Promise<ExportSection> {
  const marks = document.querySelector<WordingMarks>('wording-check')?.exportMarks?.() ?? [];
  if (!marks.length) return section;
  const { commentPhrases } = await import('../lib/export/comments');
  return {
    ...section,
    blocks: section.blocks.map((b) =>
      commentPhrases(
        b,
        marks.filter((m) => m.passage === b.anchor),
      ),
    ),
  };
}

class ExportDocx extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-section]');
      if (button) void this.download(button);
    });
  }

  async download(button: HTMLButtonElement) {
    const status = this.querySelector<HTMLElement>('.export-status');
    const body = this.closest('article')?.querySelector('.doc-body');
    const { title = '' } = this.dataset;
    // The note in the file points where the reader is, as copied links do (src/lib/url.ts).
    const docUrl = siteAddress(this.dataset['docHref'] || location.pathname, location.href, this.dataset['docUrl']);
    if (!body) return;
    const src: PageSource = { title, docUrl, body };
    const anchor = button.dataset['section'] ?? '';
    button.disabled = true;
    if (status) status.textContent = '正在生成 Word 文档……';
    try {
      // Reading the page comes with the builder too: the page's first load carries neither.
      const [{ topLevelSection, wholeDocument }, { buildDocx, docxFileName, saveDocx }] = await Promise.all([
        import('../lib/export/from-dom'),
        import('../lib/export/docx-builder'),
      ]);
      const section = await markWording(anchor ? topLevelSection(src, anchor) : wholeDocument(src));
      const bytes = await buildDocx({ title, sections: [section] });
      const name = docxFileName(title, section.cite);
      saveDocx(bytes, name);
      if (status) status.textContent = `已生成：${name}`;
    } catch (e) {
      if (status) status.textContent = `生成失败：${(e as Error).message}`;
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('export-docx', ExportDocx);
