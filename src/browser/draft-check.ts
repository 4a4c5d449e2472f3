/**
 * <draft-check data-rules data-index data-docs>: the 起草自查 page. Reads the draft (a .docx
 * through the importer's reader, loaded only then; or pasted text), runs the checks of
 * src/lib/check/ for the picked year, lists the findings by category and writes the 批注版.
 * The draft never leaves the browser: the only requests are the library index's shards and
 * lists, the pages of candidate documents, and the page's own script chunks.
 */
import { defaultYear, localFindings, offeredYears, pastedParagraphs, withLibrary } from '../lib/check/check';
import { checkLibrary, type LibrarySource } from '../lib/check/library';
import { CATEGORY_LABELS, CHECK_CATEGORIES, type CheckFinding } from '../lib/check/types';
import { CANONICAL_LEVEL, detectNumbering } from '../lib/numbering';
import type { IndexManifest } from '../lib/check/shingles';
import type { WordingRule } from '../lib/wording/rule';

interface Draft {
  paragraphs: string[];
  /** The opened .docx, for the 批注版; none for pasted text. */
  docx?: { name: string; bytes: Uint8Array };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A finding as one Word comment. */
function commentText(f: CheckFinding): string {
  return `【${CATEGORY_LABELS[f.category]}】${f.why}。${f.advice ? `建议：${f.advice}` : ''}${f.doc ? `（文库：《${f.doc.title}》）` : ''}`;
}

class DraftCheck extends HTMLElement {
  private draft: Draft | undefined;
  private findings: CheckFinding[] = [];

  connectedCallback() {
    const form = this.querySelector('form')!;
    const year = form.querySelector<HTMLSelectElement>('select[name=year]')!;
    const now = new Date();
    year.append(...offeredYears(now).map((y) => new Option(`${y}年`, String(y))));
    year.value = String(defaultYear(now));
    const file = form.querySelector<HTMLInputElement>('input[type=file]')!;
    const text = form.querySelector<HTMLTextAreaElement>('textarea')!;
    // The last one given is the draft: choosing a file clears the pasted text and back.
    file.addEventListener('change', () => {
      if (file.files?.length) text.value = '';
    });
    text.addEventListener('input', () => {
      if (text.value) file.value = '';
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.querySelector<HTMLButtonElement>('[data-download]')!.addEventListener('click', () => void this.download());
  }

  private status(message: string) {
    this.querySelector<HTMLElement>('.check-status')!.textContent = message;
  }

  private source(): LibrarySource {
    const index = this.dataset['index']!;
    const docs = this.dataset['docs']!;
    const get = async (path: string) => {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`${path}：${res.status}`);
      return res;
    };
    let manifest: Promise<IndexManifest> | undefined;
    return {
      manifest: () => (manifest ??= get(`${index}manifest.json`).then((r) => r.json() as Promise<IndexManifest>)),
      shard: async (name) => new Uint8Array(await (await get(`${index}${name}`)).arrayBuffer()),
      list: async (name) => (await get(`${index}${name}`)).json() as Promise<[string, string][]>,
      doc: async (id, title) => {
        const href = `${docs}${id}/`;
        const page = new DOMParser().parseFromString(await (await get(href)).text(), 'text/html');
        // The passages as the build indexed them (src/integrations/check-index.ts): anchor id and citation label.
        const passages = [...page.querySelectorAll('.doc-body [id][data-cite]')].map((e) => ({ id: e.id, text: e.textContent ?? '' }));
        return { id, title, href, passages };
      },
    };
  }

  private async read(): Promise<Draft | undefined> {
    const file = this.querySelector<HTMLInputElement>('input[type=file]')!.files?.[0];
    if (file) {
      this.status('正在读取文稿……');
      const { readDraft } = await import('../lib/check/docx-draft');
      const { paragraphs, bytes } = await readDraft(file);
      return { paragraphs, docx: { name: file.name, bytes } };
    }
    const paragraphs = pastedParagraphs(this.querySelector('textarea')!.value);
    return paragraphs.length ? { paragraphs } : undefined;
  }

  private async run() {
    const download = this.querySelector<HTMLButtonElement>('[data-download]')!;
    download.hidden = true;
    this.querySelector('.check-results')!.replaceChildren();
    let draft: Draft | undefined;
    try {
      draft = await this.read();
    } catch (e) {
      this.status(`读取失败：${(e as Error).message}`);
      return;
    }
    if (!draft) {
      this.status('请选择文稿或粘贴文稿。');
      return;
    }
    const form = this.querySelector('form')!;
    const year = Number(form.querySelector<HTMLSelectElement>('select[name=year]')!.value);
    const own = form.querySelector<HTMLInputElement>('input[name=own]')!.value.trim();
    const rules = JSON.parse(this.dataset['rules'] ?? '[]') as WordingRule[];
    let findings = localFindings({ paragraphs: draft.paragraphs, year, own, rules });
    this.status('正在与文库比对……');
    try {
      const places = findings.filter((f) => f.category === 'other-unit').map((f) => f.text);
      findings = withLibrary(findings, await checkLibrary(draft.paragraphs, places, this.source()));
    } catch (e) {
      this.status(`与文库比对失败（${(e as Error).message}），以下是其余各项的结果。`);
    }
    this.draft = draft;
    this.findings = findings;
    this.show(year);
    download.hidden = false;
  }

  private show(year: number) {
    const results = this.querySelector('.check-results')!;
    const status = this.querySelector<HTMLElement>('.check-status')!;
    if (!status.textContent?.startsWith('与文库比对失败')) {
      status.textContent = this.findings.length ? `按${year}年检查，发现 ${this.findings.length} 处问题：` : `按${year}年检查，未发现问题。`;
    }
    for (const category of CHECK_CATEGORIES) {
      const found = this.findings.filter((f) => f.category === category);
      if (!found.length) continue;
      const section = el('section', 'check-category');
      section.dataset['category'] = category;
      section.append(el('h2', '', `${CATEGORY_LABELS[category]}（${found.length}处）`));
      const list = el('ol', '');
      for (const f of found) {
        const li = el('li', '');
        li.append(`第${f.paragraph + 1}段：`, el('mark', 'check-passage', f.text), el('span', 'check-why', f.why));
        if (f.advice) li.append(el('span', 'check-advice', `建议：${f.advice}`));
        if (f.doc) {
          const a = el('a', '', `《${f.doc.title}》`);
          a.href = f.doc.href;
          const span = el('span', 'check-advice', '文库：');
          span.append(a);
          li.append(span);
        }
        list.append(li);
      }
      section.append(list);
      results.append(section);
    }
  }

  private async download() {
    const draft = this.draft;
    if (!draft) return;
    const comments = this.findings.map((f) => ({ f, comment: commentText(f) }));
    let bytes: Uint8Array;
    let name: string;
    if (draft.docx) {
      const { annotateDocx } = await import('../lib/check/docx-draft');
      bytes = await annotateDocx(
        draft.docx.bytes,
        comments.map(({ f, comment }) => ({ line: draft.paragraphs[f.paragraph]!, text: f.text, start: f.start, comment })),
      );
      name = `${draft.docx.name.replace(/\.docx$/i, '')}（批注版）.docx`;
    } else {
      const [{ buildDocx, docxFileName }, { commentRuns }] = await Promise.all([import('../lib/export/docx-builder'), import('../lib/export/comments')]);
      const [title = '文稿', ...rest] = draft.paragraphs;
      // Findings in the title go on the first paragraph's comment: the title is written plain.
      const spans = (i: number) => comments.filter(({ f }) => f.paragraph === i).map(({ f, comment }) => ({ start: f.start, end: f.end, comment }));
      const titleNotes = spans(0).map((s) => `（标题）${s.comment}`);
      const blocks = rest.map((text, i) => {
        const n = detectNumbering(text);
        const own = spans(i + 1);
        if (i === 0 && titleNotes.length) own.push({ start: 0, end: Math.min(1, text.length), comment: titleNotes.join('\n') });
        return { level: n ? CANONICAL_LEVEL[n.kind] - 1 : 0, runs: commentRuns([{ text }], own) };
      });
      bytes = await buildDocx({ title, sources: 'none', sections: [{ docTitle: title, cite: '全文', sourceUrl: '', blocks }] }, { author: '起草自查' });
      name = docxFileName(`${title}（批注版）`);
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}

customElements.define('draft-check', DraftCheck);
