/**
 * <wording-check data-wording="…">: the year picker of the 用语时效 panel. Lists the
 * findings whose wording does not fit the picked year (default: the reader's current year),
 * each linked to its passage. Data: WordingData from src/lib/wording/findings.ts.
 */
import { type WordingData, groupFindings, outdatedFor } from '../lib/wording/findings';
import { describeValidity } from '../lib/wording/validity';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

class WordingCheck extends HTMLElement {
  /**
   * The picked year's out-of-date wording as Word comments, one per passage and phrase: what the
   * Word export (./export-docx.ts) marks in the file.
   */
  exportMarks(): { passage: string; phrase: string; comment: string }[] {
    const data = JSON.parse(this.dataset['wording'] ?? '{}') as WordingData;
    const year = Number(this.querySelector<HTMLSelectElement>('select')?.value);
    if (!year || !Array.isArray(data.findings)) return [];
    return outdatedFor(data.findings, year).flatMap((f) => {
      const note = data.rules[f.rule];
      const comment = `【用语时效】${note?.label ?? f.rule}：${describeValidity(f.valid)}，与写作年份${year}年不符。${note?.hint ?? ''}`;
      return f.phrases.map((phrase) => ({ passage: f.passage, phrase, comment }));
    });
  }

  connectedCallback() {
    const data = JSON.parse(this.dataset['wording'] ?? '{}') as WordingData;
    const select = this.querySelector<HTMLSelectElement>('select');
    const count = this.querySelector<HTMLElement>('.wording-picked-count');
    const list = this.querySelector<HTMLOListElement>('.wording-picked');
    if (!select || !count || !list || !Array.isArray(data.findings)) return;
    // The page offers the years up to the one after the document's; add those up to next year
    // (a plan for next year is drafted this year). Default: this year.
    const now = new Date().getFullYear();
    const newest = Math.max(...[...select.options].map((o) => Number(o.value)));
    for (let y = newest + 1; y <= now + 1; y++) select.prepend(new Option(`${y}年`, String(y)));
    select.value = String(now);
    const show = () => {
      const year = Number(select.value);
      const found = outdatedFor(data.findings, year);
      count.textContent = found.length ? `写${year}年的材料，有 ${found.length} 处提法需要更新：` : `写${year}年的材料，未发现需要更新的提法。`;
      list.replaceChildren(
        ...groupFindings(found, data.rules, year).map((g) => {
          const li = document.createElement('li');
          li.append(span('wording-label', g.label), `，${g.years}：`);
          g.passages.forEach((p, i) => {
            const a = document.createElement('a');
            a.href = p.href;
            a.textContent = p.cite;
            li.append(i > 0 ? '、' : '', a, '（', span('wording-phrase', p.phrases.join('、')), '）');
          });
          li.append('。', span('wording-hint', `${g.hint}（依据：${g.source}）`));
          return li;
        }),
      );
    };
    select.addEventListener('change', show);
    this.querySelector<HTMLElement>('.wording-pick')!.hidden = false;
    show();
  }
}

customElements.define('wording-check', WordingCheck);
