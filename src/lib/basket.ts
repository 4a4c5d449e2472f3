/**
 * The 写作篮 (writing basket): passages a reader gathers from documents and search results,
 * kept in the browser (localStorage) and never sent anywhere. One store, used by every button
 * that adds a passage, by the header's count and by /basket/, which downloads the draft.
 *
 * Browser-only in use, but plain TypeScript: the storage is passed in, so tests run it on a Map.
 */
import type { ExportBlock, ExportDraft } from './export/types.ts';

export interface BasketPassage {
  /** Unique within the basket: the document's id and the passage's anchor ("district-2022-key-points#s2-1"). */
  key: string;
  docId: string;
  /** The document's title, as the citation names it. */
  docTitle: string;
  /** The document's years as the page shows them ("2025年"), if any. */
  year?: string;
  /** The passage's citation label (第二部分（一）, 第3段). */
  cite: string;
  /** Permanent link: the document's path under the site's base, with #anchor. */
  url: string;
  /** The passage's text: a heading and/or paragraphs, fill-in spots marked. */
  blocks: ExportBlock[];
}

export interface BasketState {
  /** The draft's title (草稿标题); empty until the reader names it. */
  title: string;
  passages: BasketPassage[];
}

/** What the store needs of localStorage (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The event the store fires on `window` (and other tabs see as a `storage` event) when the basket changes. */
export const BASKET_EVENT = 'wenku-basket-change';

/** One basket per site: two sites served under different paths of one origin keep their own. */
export function basketKey(base: string): string {
  return `wenku-basket:${base}`;
}

const EMPTY: BasketState = { title: '', passages: [] };

function isPassage(p: unknown): p is BasketPassage {
  const o = p as Partial<BasketPassage> | null;
  return (
    !!o &&
    typeof o.key === 'string' &&
    typeof o.docId === 'string' &&
    typeof o.docTitle === 'string' &&
    typeof o.cite === 'string' &&
    typeof o.url === 'string' &&
    Array.isArray(o.blocks)
  );
}

/** The basket as stored; an unreadable or foreign value is an empty basket (never an error). */
export function readBasket(storage: KeyValueStorage, key: string): BasketState {
  try {
    const raw = storage.getItem(key);
    if (!raw) return { ...EMPTY, passages: [] };
    const data = JSON.parse(raw) as Partial<BasketState>;
    return { title: typeof data.title === 'string' ? data.title : '', passages: Array.isArray(data.passages) ? data.passages.filter(isPassage) : [] };
  } catch {
    return { ...EMPTY, passages: [] };
  }
}

export function writeBasket(storage: KeyValueStorage, key: string, state: BasketState): void {
  storage.setItem(key, JSON.stringify(state));
}

/** Adds a passage at the end; one already held is not added twice. Returns whether it was added. */
export function addPassage(state: BasketState, passage: BasketPassage): { state: BasketState; added: boolean } {
  if (state.passages.some((p) => p.key === passage.key)) return { state, added: false };
  return { state: { ...state, passages: [...state.passages, passage] }, added: true };
}

export function removePassage(state: BasketState, key: string): BasketState {
  return { ...state, passages: state.passages.filter((p) => p.key !== key) };
}

/** Moves a passage up (-1) or down (+1); at either end it stays. */
export function movePassage(state: BasketState, key: string, delta: -1 | 1): BasketState {
  const i = state.passages.findIndex((p) => p.key === key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= state.passages.length) return state;
  const passages = [...state.passages];
  [passages[i], passages[j]] = [passages[j]!, passages[i]!];
  return { ...state, passages };
}

export function setTitle(state: BasketState, title: string): BasketState {
  return { ...state, title };
}

/** The key of a document's passage: unique in a basket, the same wherever it was gathered. */
export function passageKey(docId: string, anchor: string): string {
  return `${docId}#${anchor}`;
}

export function holds(state: BasketState, key: string): boolean {
  return state.passages.some((p) => p.key === key);
}

/** The draft's title when the reader gave none. */
const UNTITLED_DRAFT = '草稿';

/**
 * The basket as a Word draft (src/lib/export/docx-builder.ts): the passages in their order,
 * each naming its source in a footnote with its permanent link made absolute by `absolute`
 * (the reader's address, or the canonical one the deployer set: src/lib/url.ts).
 */
export function basketDraft(state: BasketState, absolute: (path: string) => string): ExportDraft {
  return {
    title: state.title.trim() || UNTITLED_DRAFT,
    sources: 'footnotes',
    sections: state.passages.map((p) => ({
      docTitle: p.docTitle,
      cite: p.cite,
      sourceUrl: absolute(p.url),
      ...(p.year ? { year: p.year } : {}),
      blocks: p.blocks,
    })),
  };
}

/** 《title》第二部分（一），2022年: how the basket page and the footnotes name a passage's source. */
export function sourceLabel(p: Pick<BasketPassage, 'docTitle' | 'cite' | 'year'>): string {
  return [`《${p.docTitle}》${p.cite}`, p.year].filter(Boolean).join('，');
}

/** The passage's text as one string (headings and paragraphs on lines of their own). */
export function passagePlainText(p: Pick<BasketPassage, 'blocks'>): string {
  return p.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n');
}
