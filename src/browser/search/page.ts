/**
 * <wenku-search>: the interactive part of /search/. Reads the state from the URL, runs it
 * through the search engine, renders results (results.ts), facets with counts and the per-year
 * chart (facets.ts), and keeps the URL in step (pushState/replaceState, popstate for the back
 * button). The indexes are opened by open-engine.ts.
 */
import type { SearchEngine, SearchOutcome } from '../../lib/search/engine.ts';
import { parseQuery, usesUnigramIndex } from '../../lib/search/encoding.ts';
import type { Analysis } from '../../lib/search/excerpt.ts';
import { rankResults } from '../../lib/search/rank.ts';
import { queryParts, queryRuns, twoPartSplits, withoutEdgePunctuation } from '../../lib/search/relax.ts';
import { quoteTerm, searchedFor } from '../../lib/search/describe.ts';
import type { FacetKey } from '../../lib/facets.ts';
import { hasFilters, stateFromParams, stateToSearch, type SearchState } from '../../lib/search/state.ts';
import { followBasket, heldKeys } from './basket.ts';
import { el, nextTask } from './dom.ts';
import { renderChart, renderFacets } from './facets.ts';
import { simplifiedQuery } from './fold-query.ts';
import { openEngine, unigramBundle } from './open-engine.ts';
import { isTyping, startDeferredShell } from './page-shell.ts';
import { renderResult, togglePlaces } from './results.ts';

const PAGE_SIZE = 10;
/** Longest stretch of work (ms) before the page yields to the browser while building results. */
const TURN_MS = 8;
const DEBOUNCE_MS = 180;
/** Typing within this time after the last URL change replaces that history entry. */
const HISTORY_MERGE_MS = 2000;

/** Results shown so far and the state they belong to. */
interface View {
  outcome: SearchOutcome;
  shown: number;
  /** Each ranked result's analysis, so a card does not read its text twice. */
  analyses: ReadonlyMap<string, Analysis>;
}

/** A query that found nothing as typed: its parts, and the documents holding all of them (if searched). */
interface Related {
  parts: string[];
  outcome?: SearchOutcome;
  analyses: ReadonlyMap<string, Analysis>;
}

class WenkuSearch extends HTMLElement {
  private engine: SearchEngine | undefined;
  /** The unigram index for queries with a single character, opened on first need. */
  private charsEngine: Promise<SearchEngine> | undefined;
  private state!: SearchState;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastHistoryWrite = 0;
  private view: View | undefined;
  /** What the status line says first when the query was searched otherwise than typed: 已按简体查找：“…”。 */
  private adjusted = '';
  /** The parts of a query that found nothing, and the documents holding them all. */
  private related: Related | undefined;
  lastSearch: { q: string; total: number; ms: number; engineMs: number; ids: string[] } | undefined;

  private get input(): HTMLInputElement {
    return this.querySelector('[data-search-input]') as HTMLInputElement;
  }
  private ref<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-search-${name}]`) as T;
  }
  private get bundle(): string {
    return this.dataset['bundle'] ?? '/pagefind/';
  }
  /** The box changed: search once the typing pauses, and meanwhile fetch the index chunks the query needs. */
  private typed(): void {
    clearTimeout(this.timer);
    const q = this.input.value;
    // Preload only on an index that is open already (a single character on the way to a longer
    // phrase should not open the unigram index); errors show when the search runs.
    const open = usesUnigramIndex(q) ? this.charsEngine : this.engine && Promise.resolve(this.engine);
    open?.then((e) => e.preload(q)).catch(() => {});
    this.timer = setTimeout(() => this.commit({ ...this.state, q }, 'auto'), DEBOUNCE_MS);
  }

  /** The engine for a query: the unigram index when a term is one character, else the bigram one. */
  private engineFor(state: SearchState): Promise<SearchEngine> {
    if (!usesUnigramIndex(state.q)) return Promise.resolve(this.engine!);
    this.charsEngine ??= openEngine(unigramBundle(this.bundle), 'unigram', this.dataset['indexTag'], this.bundle);
    this.charsEngine.catch(() => (this.charsEngine = undefined));
    return this.charsEngine;
  }
  private get list(): HTMLOListElement {
    return this.querySelector('[data-testid="search-results"]') as HTMLOListElement;
  }

  connectedCallback(): void {
    this.state = stateFromParams(new URLSearchParams(location.search));
    this.input.value = this.state.q;
    this.ref<HTMLSelectElement>('sort').value = this.state.sort;
    this.ref('ui').hidden = false;
    this.dataset['state'] = 'loading';
    this.setStatus('正在加载搜索索引…');

    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      this.commit({ ...this.state, q: this.input.value }, 'push');
    });
    // While an input method composes (pinyin letters before the characters are chosen), the
    // box holds no query yet: wait for the composition to end.
    this.input.addEventListener('input', (e) => {
      if (!(e as InputEvent).isComposing) this.typed();
    });
    this.input.addEventListener('compositionend', () => this.typed());
    this.ref<HTMLSelectElement>('sort').addEventListener('change', (e) => {
      this.commit({ ...this.state, sort: (e.target as HTMLSelectElement).value === 'year' ? 'year' : 'relevance' }, 'push');
    });
    this.ref('facets').addEventListener('change', (e) => this.onFacetChange(e));
    this.ref('none').addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('[data-clear-filters]')) {
        this.commit({ ...this.state, filters: { year: [], level: [], type: [], topic: [] } }, 'push');
      }
    });
    this.ref('more').addEventListener('click', () => void this.showMore());
    // A part of a query that found nothing, searched on its own (a link, so it opens in a new tab too).
    this.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-search-part]');
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.input.value = a.dataset['searchPart']!;
      this.commit({ ...this.state, q: this.input.value }, 'push');
      this.input.focus();
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button[data-search-all]');
      if (b) togglePlaces(this, b);
    });
    followBasket(this);
    // The link to the filters moves the focus there without touching the URL's fragment.
    this.querySelector('.search-to-filters')?.addEventListener('click', (e) => {
      e.preventDefault();
      const facets = this.ref('facets');
      facets.focus();
      facets.scrollIntoView({ block: 'start' });
    });
    this.addEventListener('keydown', (e) => this.onKey(e));
    // "/" focuses this page's box; the site-wide key (search-hotkey.ts, started late on this
    // page) sees the event handled and leaves it.
    document.addEventListener('keydown', (e) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping()) return;
      e.preventDefault();
      this.input.focus();
      this.input.select();
    });
    window.addEventListener('popstate', () => {
      this.state = stateFromParams(new URLSearchParams(location.search));
      // Only touch the box when it differs, so the caret stays where the reader left it.
      if (this.input.value !== this.state.q) this.input.value = this.state.q;
      this.ref<HTMLSelectElement>('sort').value = this.state.sort;
      void this.run();
    });
    history.replaceState(null, '', location.pathname + stateToSearch(this.state) + location.hash);

    openEngine(this.bundle, 'bigram', this.dataset['indexTag'])
      .then((engine) => {
        this.engine = engine;
        void this.run();
      })
      .catch((err: unknown) => {
        console.error('search index failed to load', err);
        this.ref('ui').hidden = true;
        this.ref('error').hidden = false;
        this.dataset['state'] = 'unavailable';
        startDeferredShell();
      });
  }

  /** Applies a new state: writes the URL ("auto" merges quick successive edits) and searches. */
  private commit(next: SearchState, mode: 'push' | 'auto'): void {
    const search = stateToSearch(next);
    const changed = search !== stateToSearch(this.state);
    this.state = next;
    if (changed) {
      const now = performance.now();
      const push = mode === 'push' || now - this.lastHistoryWrite > HISTORY_MERGE_MS;
      const target = location.pathname + search;
      if (push) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
      this.lastHistoryWrite = now;
    }
    void this.run();
  }

  private onFacetChange(e: Event): void {
    const box = e.target as HTMLInputElement;
    const facet = box.dataset['facet'] as FacetKey | undefined;
    if (!facet) return;
    const values = new Set(this.state.filters[facet]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    this.commit({ ...this.state, filters: { ...this.state.filters, [facet]: [...values].sort() } }, 'push');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const target = e.target as HTMLElement;
    if (target === this.input) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        links[0]!.focus();
      }
      return;
    }
    const i = links.indexOf(target as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(i + 1, links.length - 1)]!.focus();
    else if (i === 0) this.input.focus();
    else links[i - 1]!.focus();
  }

  private setStatus(text: string): void {
    const status = this.ref('status');
    if (status.textContent !== text) status.textContent = text;
  }

  private async run(): Promise<void> {
    if (!this.engine) return;
    const seq = ++this.seq;
    const started = performance.now();
    this.dataset['state'] = 'searching';
    let state = this.state;
    let outcome: SearchOutcome;
    let analyses: ReadonlyMap<string, Analysis> = new Map();
    let related: Related | undefined;
    let adjusted = '';
    try {
      outcome = await (await this.engineFor(state)).run(state);
      // Traditional characters find the simplified texts. A traditional-only character never
      // occurs in the library's simplified text, so such a query finds nothing as typed: only a
      // miss loads the table that tells (and, for a traditional query, OpenCC's data).
      if (outcome.mode === 'query' && outcome.results.length === 0) {
        const q = await simplifiedQuery(state.q);
        if (seq !== this.seq) return;
        if (q !== state.q) {
          state = { ...state, q };
          adjusted = `已按简体查找：${quoteTerm(q)}。`;
          outcome = await (await this.engineFor(state)).run(state);
        }
      }
      // A pasted sentence: its closing 。 (or any punctuation at its ends) need not be in the text.
      const bare = outcome.mode === 'query' && outcome.results.length === 0 ? withoutEdgePunctuation(outcome.query.input) : undefined;
      if (bare) {
        const retry = await (await this.engineFor({ ...state, q: bare })).run({ ...state, q: bare });
        if (retry.results.length) {
          state = { ...state, q: bare };
          adjusted = `${adjusted}已去掉首尾的标点，按${quoteTerm(bare)}查找。`;
          outcome = retry;
        }
      }
      ({ outcome, analyses } = await this.ranked(outcome, state));
      // Still nothing: the documents that hold every part of the query.
      if (outcome.mode === 'query' && outcome.results.length === 0) related = await this.relatedFor(outcome, state);
      if (seq !== this.seq) return;
    } catch (err) {
      if (seq !== this.seq) return;
      console.error('search failed', err);
      this.setStatus('搜索出错，请稍后重试。');
      this.dataset['state'] = 'error';
      startDeferredShell();
      return;
    }
    if (seq !== this.seq) return;
    const engineMs = performance.now() - started;
    const view: View = { outcome, shown: 0, analyses };
    this.view = view;
    this.adjusted = adjusted;
    this.related = related;
    const total = outcome.results.length;
    // The first results are prepared (data loaded, excerpts built) while the previous ones stay
    // on screen; then status, chart and results change in one step, and the filters after it.
    const items = total ? await this.nextItems(view, seq) : [];
    if (!items || seq !== this.seq) return;
    this.renderNote(outcome);
    renderChart({ chart: this.ref('chart'), bars: this.ref<HTMLOListElement>('bars'), line: this.ref('year-line') }, outcome);
    this.list.replaceChildren();
    this.ref('empty').hidden = outcome.mode !== 'empty';
    // From now on the hidden attribute decides (see public/early/search-early.js).
    document.documentElement.classList.remove('search-blank');
    this.ref('none').hidden = !(outcome.mode !== 'empty' && total === 0);
    // Nothing to sort: no query, or fewer than two results.
    this.ref('sort').closest('label')!.hidden = outcome.mode !== 'query' || total < 2;
    if (outcome.mode === 'empty') {
      this.setStatus('请输入要查找的词句。');
    } else if (total === 0) {
      this.renderNone(outcome);
    } else {
      this.appendItems(view, items);
    }
    this.renderRelated(related);
    await nextTask();
    if (seq !== this.seq) return;
    renderFacets(this.ref('facets'), outcome, this.state);
    // Read by the benchmark (scripts/bench/): what was found and how long it took to show.
    this.lastSearch = { q: state.q, total, ms: performance.now() - started, engineMs, ids: outcome.results.map((r) => r.id) };
    this.dataset['state'] = 'done';
    startDeferredShell();
    this.dispatchEvent(new CustomEvent('wenku:searched', { detail: this.lastSearch, bubbles: true }));
  }

  private renderNote(outcome: SearchOutcome): void {
    const note = this.ref('note');
    note.hidden = !outcome.query.trimmed;
    note.textContent = outcome.query.trimmed
      ? `搜索词超过 ${this.dataset['max']} 个字，只按前 ${this.dataset['max']} 个字搜索：${quoteTerm(outcome.query.input)}。`
      : '';
  }

  /**
   * Orders a query's results by relevance (../lib/search/rank.ts): the first ones by how much
   * they are about the query, read from their stored text, which the first page needs anyway.
   */
  private async ranked(outcome: SearchOutcome, state: SearchState): Promise<{ outcome: SearchOutcome; analyses: ReadonlyMap<string, Analysis> }> {
    if (outcome.mode !== 'query' || state.sort !== 'relevance' || outcome.results.length < 2) return { outcome, analyses: new Map() };
    const { ranked, analyses } = await rankResults(outcome.results, outcome.query, (id) => outcome.newest.get(id) ?? 0);
    return { outcome: { ...outcome, results: ranked }, analyses };
  }

  /** The parts of a query that found nothing, and (when they differ from its terms) the documents holding them all. */
  private async relatedFor(outcome: SearchOutcome, state: SearchState): Promise<Related | undefined> {
    const parts = queryParts(outcome.query.input);
    if (parts.length < 2) return undefined;
    // One run split into words: first the two halves, the most even first, that a document holds.
    if (queryRuns(outcome.query.input).length === 1) {
      for (const halves of twoPartSplits(parts)) {
        const q = halves.join(' ');
        const found = await (await this.engineFor({ ...state, q })).run({ ...state, q });
        if (!found.results.length) continue;
        const { outcome: ranked, analyses } = await this.ranked(found, { ...state, q, sort: 'relevance' });
        return { parts: halves, outcome: ranked, analyses };
      }
    }
    const q = parts.join(' ');
    const same = outcome.query.terms.length === parts.length && parseQuery(q).terms.every((t) => outcome.query.terms.some((u) => u.text === t.text));
    if (same) return { parts, analyses: new Map() };
    const found = await (await this.engineFor({ ...state, q })).run({ ...state, q });
    const { outcome: ranked, analyses } = await this.ranked(found, { ...state, q, sort: 'relevance' });
    return { parts, outcome: ranked, analyses };
  }

  /** The links that search each part of a query on its own. */
  private partLinks(parts: string[]): HTMLElement[] {
    return parts.map((part) => el('a', { href: `?q=${encodeURIComponent(part)}`, 'data-search-part': part }, quoteTerm(part)));
  }

  /** Below a miss: the documents that hold every part of the query, the parts marked. */
  private renderRelated(related: Related | undefined): void {
    const box = this.ref('related');
    const list = this.ref<HTMLOListElement>('related-list');
    list.replaceChildren();
    const found = related?.outcome;
    box.hidden = !found || found.results.length === 0;
    if (!found || box.hidden) return;
    const total = found.results.length;
    const intro = this.ref('related-intro');
    intro.replaceChildren(
      `下面${total > PAGE_SIZE ? `是其中 ${PAGE_SIZE} 篇` : `这 ${total} 篇`}文献同时包含${this.partsNamed(related!.parts)}（不一定连在一起），已标出：`,
    );
    const view: View = { outcome: found, shown: 0, analyses: related!.analyses };
    void this.nextItems(view, this.seq).then((items) => {
      if (!items || this.related !== related) return;
      list.append(...items);
      if (total > PAGE_SIZE) {
        const all = el('p', { class: 'search-related-all' });
        const q = related!.parts.join(' ');
        all.append(el('a', { href: `?q=${encodeURIComponent(q)}`, 'data-search-part': q }, `查看全部 ${total} 篇`));
        list.after(all);
      }
    });
  }

  /** “甲”“乙”和“丙”, as the status line names terms. */
  private partsNamed(parts: string[]): string {
    const quoted = parts.map(quoteTerm);
    const last = quoted.pop()!;
    return `${quoted.join('')}和${last}`;
  }

  private renderNone(outcome: SearchOutcome): void {
    const box = this.ref('none');
    box.replaceChildren();
    // The status line says what was not found; the box only what to try.
    this.setStatus(`${this.adjusted}没有找到${searchedFor(outcome.mode === 'query' ? outcome.query.input : '')}。`);
    box.append(el('p', {}, '可以试试：'));
    const tips = el('ul');
    if (hasFilters(this.state)) {
      const li = el('li');
      const b = el('button', { type: 'button', 'data-clear-filters': '' }, '去掉全部筛选条件');
      li.append(b);
      tips.append(li);
    }
    const parts = this.related?.parts ?? [];
    if (parts.length > 1) {
      const li = el('li', {}, '分别查找：');
      li.append(...this.partLinks(parts).flatMap((a, i) => (i ? [' ', a] : [a])));
      tips.append(li);
    }
    if (outcome.query.terms.length > 1) tips.append(el('li', {}, '减少搜索词：多个词须在同一篇文献中同时出现。'));
    if (outcome.query.terms.some((t) => Array.from(t.text).length > 4)) {
      tips.append(el('li', {}, '缩短词句：只保留最关键的几个字，标点也须与原文一致。'));
    }
    tips.append(el('li', {}, '检查错别字，或按年份、层级、类型、主题浏览。'));
    box.append(tips);
  }

  /** Shows the next page of results (the "more" button). */
  private async showMore(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const seq = this.seq;
    const items = await this.nextItems(view, seq);
    if (!items || seq !== this.seq || view !== this.view) return;
    this.appendItems(view, items);
    items[0]?.querySelector('a')?.focus();
  }

  /**
   * Loads and builds the next page of result cards; null when a newer search started. Builds
   * them in turns of a few milliseconds, so a phone's main thread is never blocked for long.
   */
  private async nextItems(view: View, seq: number): Promise<HTMLLIElement[] | null> {
    const { outcome } = view;
    const batch = outcome.results.slice(view.shown, view.shown + PAGE_SIZE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    const items: HTMLLIElement[] = [];
    const held = heldKeys();
    let turn = performance.now();
    for (const [i, r] of batch.entries()) {
      if (seq !== this.seq) return null;
      const item = renderResult(r, datas[i]!, outcome, view.analyses.get(r.id), held);
      if (item) items.push(item);
      if (performance.now() - turn > TURN_MS) {
        await nextTask();
        turn = performance.now();
      }
    }
    return seq === this.seq ? items : null;
  }

  /** Appends built cards and updates the "more" button and, for the first page, the status line. */
  private appendItems(view: View, items: HTMLLIElement[]): void {
    const { outcome } = view;
    const first = view.shown === 0;
    this.list.append(...items);
    view.shown = Math.min(outcome.results.length, view.shown + PAGE_SIZE);
    const total = outcome.results.length;
    const more = this.ref('more');
    more.hidden = view.shown >= total;
    more.textContent = `显示更多结果（还有 ${total - view.shown} 篇）`;
    if (first) {
      this.setStatus(`${this.adjusted}找到 ${total} 篇${searchedFor(outcome.mode === 'query' ? outcome.query.input : '')}。`);
    }
  }
}

customElements.define('wenku-search', WenkuSearch);
