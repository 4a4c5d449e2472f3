/**
 * <wenku-search>: the interactive part of /search/. Reads the state from the URL, runs it
 * through the search engine, renders results, facets with counts and the per-year chart,
 * and keeps the URL in step (pushState/replaceState, popstate for the back button).
 */
import { SearchEngine, type IndexKind, type PagefindApi, type PagefindData, type PagefindResult, type SearchOutcome } from '../lib/search/engine.ts';
import { FACETS_FILE, parseFacetFile } from '../lib/search/facets.ts';
import { CHARS_BUNDLE, parseQuery, usesUnigramIndex } from '../lib/search/encoding.ts';
import { analyse, placesNotShown, type Analysis, type ExcerptPart, type Place, type Section } from '../lib/search/excerpt.ts';
import { basketPassage } from '../lib/search/passage.ts';
import { rankResults } from '../lib/search/rank.ts';
import { queryParts, queryRuns, twoPartSplits, withoutEdgePunctuation } from '../lib/search/relax.ts';
import { yearOf } from '../lib/facets.ts';
import { formatYears } from '../lib/years.ts';
import { basketButton, followBasket, heldKeys } from './search-basket.ts';
import { quoteTerm, searchedFor } from '../lib/search/describe.ts';
import { pagefindFetch } from '../lib/search/pagefind-fetch.ts';
import { displayTitle } from '../lib/labels.ts';
import { FACET_LABELS, orderValues, valueLabel } from '../lib/search/labels.ts';
import { FACETS, hasFilters, stateFromParams, stateToSearch, type Facet, type SearchState } from '../lib/search/state.ts';

const PAGE_SIZE = 10;
/** Longest stretch of work (ms) before the page yields to the browser while building results. */
const TURN_MS = 8;
const SECTIONS_SHOWN = 3;
const DEBOUNCE_MS = 180;
/** Typing within this time after the last URL change replaces that history entry. */
const HISTORY_MERGE_MS = 2000;

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }): PagefindApi & { init(): Promise<void> };
}

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

/** Resolves in a new task, so the browser can paint and answer input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Builds the entries of a card's 全部 N 处 list, kept until it is first opened. */
const placeLists = new WeakMap<HTMLButtonElement, () => HTMLLIElement[]>();

/** Text parts in a span, the matches in <mark>. */
function marked(cls: string, parts: ExcerptPart[]): HTMLSpanElement {
  const span = el('span', { class: cls });
  for (const part of parts) span.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
  return span;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

declare global {
  interface Window {
    /** `url => import(url)`, defined by public/early/search-early.js. */
    wenkuImport?: (url: string) => Promise<unknown>;
  }
}

let pagefindModule: Promise<PagefindModule> | undefined;

/**
 * Pagefind's script, imported once from the main bundle for both indexes (the unigram index's
 * copy is the same file), with the page's fetch wrapped for Pagefind's files (see
 * pagefind-fetch.ts: native unpacking, one download of the wasm). Without both, the first
 * single-character query downloaded the script and the wasm a second time (100 KB).
 */
function loadPagefind(bundle: string): Promise<PagefindModule> {
  if (!pagefindModule) {
    window.fetch = pagefindFetch(window.fetch.bind(window));
    const load = window.wenkuImport ?? (() => Promise.reject(new Error('public/early/search-early.js did not run')));
    pagefindModule = load(`${bundle}pagefind.js`) as Promise<PagefindModule>;
    pagefindModule.catch(() => (pagefindModule = undefined));
  }
  return pagefindModule;
}

/** True while the reader types in a field (where "/" is a character, not a shortcut). */
function isTyping(): boolean {
  const active = document.activeElement as HTMLElement | null;
  return Boolean(active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)));
}

let shellScheduled = false;

/**
 * Starts the page-wide script (the print line; "/" is handled here) that BaseLayout kept inert
 * for this page (deferShell), after the first results, so that it does not share the line with
 * what they need (docs/search.md, "Lighthouse on the search page"). Schedules it once.
 */
function startDeferredShell(): void {
  if (shellScheduled) return;
  shellScheduled = true;
  const start = () => {
    for (const t of document.querySelectorAll<HTMLTemplateElement>('template[data-deferred-shell]')) t.replaceWith(t.content.cloneNode(true));
  };
  // A second after them (their paint can come well after this call), or at the reader's first
  // touch or key press, whichever comes first.
  setTimeout(start, 1000);
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, start, { once: true, passive: true });
}

let foldWorker: Worker | undefined;
let foldRequests = 0;

/**
 * The query to search for, converted to simplified characters when it holds traditional ones:
 * answered by ../lib/search/fold-worker.ts, started on the first miss (it loads the table of
 * traditional characters, and OpenCC's data only for a query that needs it).
 */
function simplifiedQuery(text: string): Promise<string> {
  foldWorker ??= new Worker(new URL('../lib/search/fold-worker.ts', import.meta.url), { type: 'module' });
  const worker = foldWorker;
  const id = ++foldRequests;
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<{ id: number; q?: string; error?: string }>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.q === undefined) reject(new Error(e.data.error ?? 'no answer'));
      else resolve(e.data.q);
    };
    const onError = (e: ErrorEvent) => {
      done();
      if (foldWorker === worker) foldWorker = undefined;
      reject(new Error(e.message || 'the conversion worker failed to load'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, text });
  });
}

/**
 * Opens one index: Pagefind created while the page language reads "und-", so queries are
 * not re-segmented, and the engine over it with the facet table written next to it. Resolves once
 * both are loaded, so a missing or broken index shows the "unavailable" state at once.
 * `script` is the main bundle, whose pagefind.js and facet table serve both indexes.
 */
async function openEngine(bundle: string, kind: IndexKind, tag: string | undefined, script = bundle): Promise<SearchEngine> {
  const mod = await loadPagefind(script);
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  // Neither zh (Chromium would re-segment the bigrams) nor a valid tag (Pagefind would create
  // an Intl.Segmenter and load ICU data): docs/search.md, "How the page runs Pagefind".
  html.setAttribute('lang', 'und-');
  let instance: PagefindApi & { init(): Promise<void> };
  try {
    // On the main thread: the worker saved no time and cost 42 KB (docs/search.md).
    // The build's tag names the entry file the page fetched ahead (see index.astro).
    instance = mod.createInstance({ basePath: bundle, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await instance.init();
  // One facet table for both indexes: they list the same pages in the same order.
  const engine = new SearchEngine(instance, kind, async () => {
    const res = await fetch(`${script}${FACETS_FILE}`);
    if (!res.ok) throw new Error(`${script}${FACETS_FILE}: HTTP ${res.status}`);
    return parseFacetFile(new Uint8Array(await res.arrayBuffer()));
  });
  await engine.catalogue();
  return engine;
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
    this.charsEngine ??= openEngine(this.bundle.replace(/pagefind\/$/, CHARS_BUNDLE), 'unigram', this.dataset['indexTag'], this.bundle);
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
      if (b) this.togglePlaces(b);
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
    const facet = box.dataset['facet'] as Facet | undefined;
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
    this.renderChart(outcome);
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
    this.renderFacets(outcome);
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
    intro.replaceChildren(`下面${total > PAGE_SIZE ? `是其中 ${PAGE_SIZE} 篇` : `这 ${total} 篇`}文献同时包含${this.partsNamed(related!.parts)}（不一定连在一起），已标出：`);
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
      const item = this.renderResult(r, datas[i]!, outcome, view.analyses.get(r.id), held);
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

  private resultHref(data: PagefindData, outcome: SearchOutcome, id = ''): string {
    const q = outcome.query.input;
    const base = data.url.split('#')[0]!;
    return `${base}${q && outcome.mode === 'query' ? `?highlight=${encodeURIComponent(q)}` : ''}${id ? `#${id}` : ''}`;
  }

  private renderResult(result: PagefindResult, data: PagefindData, outcome: SearchOutcome, known: Analysis | undefined, held: ReadonlySet<string>): HTMLLIElement | null {
    let analysis: Analysis | undefined;
    if (outcome.mode === 'query') {
      analysis = known ?? analyse(data, outcome.query);
      if (!analysis.confirmed) return null;
    }
    const sections: Section[] = analysis?.sections ?? [];
    const places: Place[] = analysis?.places ?? [];
    const li = el('li', { class: 'search-result', 'data-result-id': result.id });
    const h = el('h2', { class: 'search-result-title' });
    const title = data.meta['title'] ?? data.url;
    const version = data.meta['version'];
    h.append(el('a', { href: this.resultHref(data, outcome, sections[0]?.id ?? '') }, displayTitle(version ? { title, version } : { title })));
    li.append(h);
    const facts = el('p', { class: 'search-result-facts' });
    const own = outcome.facets.get(result.id);
    const fact = (facet: Facet, values: string[]) =>
      values.length ? facts.append(el('span', { 'data-fact': facet }, values.map((v) => valueLabel(facet, v)).join('、'))) : undefined;
    fact('year', orderValues('year', own?.year ?? []).reverse());
    fact('level', own?.level ?? []);
    fact('type', orderValues('type', own?.type ?? []));
    if (analysis?.occurrences) facts.append(el('span', { class: 'search-result-hits' }, `出现 ${analysis.occurrences} 次`));
    li.append(facts);
    if (!sections.length) return li;
    const years = (own?.year ?? []).flatMap((v) => yearOf(v) ?? []);
    const source = { url: data.url, title, year: years.length ? formatYears(years) : undefined };
    /** The 加入写作篮 button of a place (none for the title, which has no anchor of its own). */
    const button = (place: Place | undefined, what?: string) => {
      const passage = place && basketPassage(place, source);
      return passage ? [basketButton(passage, held, what)] : [];
    };
    const ul = el('ul', { class: 'search-sections' });
    for (const s of sections.slice(0, SECTIONS_SHOWN)) {
      const item = el('li');
      const a = el('a', { href: this.resultHref(data, outcome, s.id), class: 'search-section' });
      // A match in the heading: the heading itself, marked, and under it the excerpt of its
      // section's body when that matches too (analyse keeps them one entry).
      a.append(s.headingParts.length ? marked('search-section-heading', s.headingParts) : el('span', { class: 'search-section-heading' }, s.heading || '正文开头'));
      if (s.parts.length) a.append(marked('search-excerpt', s.parts));
      // A heading shown over an excerpt of its body: two passages, each button says which.
      const both = s.headingPlace >= 0 && s.partsPlace >= 0;
      item.append(a, ...button(places[s.headingPlace], both ? '小标题' : undefined), ...button(places[s.partsPlace], both ? '本段' : undefined));
      ul.append(item);
    }
    li.append(ul);
    if (places.length > 1) {
      const more = placesNotShown(sections, SECTIONS_SHOWN);
      const line = el('p', { class: 'search-more-sections' }, more ? `另有 ${more} 处未列出。` : '');
      const list = el('ol', { class: 'search-places', id: `search-places-${result.id}`, hidden: '' });
      const toggle = el('button', { type: 'button', 'data-search-all': '', 'aria-expanded': 'false', 'aria-controls': list.id }, `全部 ${places.length} 处`);
      placeLists.set(toggle, () => places.map((p) => this.placeItem(p, data, outcome, button(p))));
      line.append(toggle);
      li.append(line, list);
    }
    return li;
  }

  /** One entry of a card's 全部 N 处: the section label, the whole block marked, its link and 加入写作篮. */
  private placeItem(p: Place, data: PagefindData, outcome: SearchOutcome, buttons: HTMLButtonElement[]): HTMLLIElement {
    const item = el('li');
    const a = el('a', { href: this.resultHref(data, outcome, p.target), class: 'search-place' });
    const label = [p.cite, p.heading ? '' : p.section].filter(Boolean).join(' · ') || p.section || '正文开头';
    a.append(el('span', { class: 'search-place-label' }, label), marked('search-place-text', p.parts));
    item.append(a, ...buttons);
    return item;
  }

  /** Opens or closes a card's 全部 N 处 (built on first opening). */
  private togglePlaces(toggle: HTMLButtonElement): void {
    const list = this.querySelector<HTMLOListElement>(`[id="${toggle.getAttribute('aria-controls')}"]`);
    if (!list) return;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    if (open && !list.childElementCount) list.append(...(placeLists.get(toggle)?.() ?? []));
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  }

  private renderFacets(outcome: SearchOutcome): void {
    const box = this.ref('facets');
    const focused = document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused ? `${focused.dataset['facet']}=${focused.value}` : '';
    box.replaceChildren();
    for (const facet of FACETS) {
      const counts = outcome.counts[facet];
      const selected = this.state.filters[facet];
      const values = orderValues(facet, [...new Set([...Object.keys(counts), ...selected])]);
      const fs = el('fieldset', { class: 'search-facet', 'data-facet-group': facet });
      fs.append(el('legend', {}, FACET_LABELS[facet]));
      const ul = el('ul');
      for (const value of values) {
        const n = counts[value] ?? 0;
        const checked = selected.includes(value);
        if (n === 0 && !checked && outcome.mode !== 'empty') continue;
        const li = el('li');
        const label = el('label');
        const box2 = el('input', { type: 'checkbox', 'data-facet': facet, value });
        box2.checked = checked;
        label.append(box2, valueLabel(facet, value), el('span', { class: 'search-facet-count', 'data-count': String(n) }, `（${n}）`));
        li.append(label);
        ul.append(li);
        if (`${facet}=${value}` === focusKey) queueMicrotask(() => box2.focus());
      }
      if (!ul.childElementCount) continue;
      fs.append(ul);
      box.append(fs);
    }
  }

  /**
   * The number of matching documents per year, newest first like the year filter: the years
   * from the newest to the oldest with a match, a bar for each year with documents (a year
   * in between without any shows its 0 and no bar); one year only is a sentence, not a chart.
   */
  private renderChart(outcome: SearchOutcome): void {
    const chart = this.ref('chart');
    const bars = this.ref<HTMLOListElement>('bars');
    const line = this.ref('year-line');
    bars.replaceChildren();
    const withDocs = orderValues(
      'year',
      Object.keys(outcome.years).filter((y) => (outcome.years[y] ?? 0) > 0),
    );
    chart.hidden = outcome.mode !== 'query' || withDocs.length === 0;
    if (chart.hidden) return;
    if (withDocs.length === 1) {
      const year = withDocs[0]!;
      bars.hidden = true;
      line.hidden = false;
      line.textContent = `都是${valueLabel('year', year)}的文献（${outcome.years[year]} 篇）。`;
      return;
    }
    bars.hidden = false;
    line.hidden = true;
    const known = withDocs.filter((y) => Number(y) > 0).map(Number);
    const span: string[] = [];
    if (known.length) for (let y = Math.max(...known); y >= Math.min(...known); y--) span.push(String(y));
    const shown = [...span, ...withDocs.filter((y) => !(Number(y) > 0))];
    const max = Math.max(...withDocs.map((y) => outcome.years[y] ?? 0));
    for (const year of shown) {
      const n = outcome.years[year] ?? 0;
      const li = el('li', { 'data-year': year });
      li.append(el('span', { class: 'year-chart-label' }, valueLabel('year', year)));
      if (n > 0) {
        const bar = el('span', { class: 'year-chart-bar', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(n / max));
        li.append(bar);
      } else li.append(el('span', { 'aria-hidden': 'true' }));
      li.append(el('span', { class: 'year-chart-count' }, `${n} 篇`));
      bars.append(li);
    }
  }
}

customElements.define('wenku-search', WenkuSearch);
