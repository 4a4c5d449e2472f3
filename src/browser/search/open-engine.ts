/**
 * Opening the search indexes: Pagefind's script loaded once, an instance per index, and the
 * engine over it with its facet table. The one place that knows where the bundles are.
 */
import { SearchEngine, type IndexKind, type PagefindApi } from '../../lib/search/engine.ts';
import { FACETS_FILE, parseFacetFile } from '../../lib/search/facets.ts';
import { CHARS_BUNDLE } from '../../lib/search/encoding.ts';
import { pagefindFetch } from '../../lib/search/pagefind-fetch.ts';

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }): PagefindApi & { init(): Promise<void> };
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

/** The unigram index's bundle, beside the main one (…/pagefind/ → …/<CHARS_BUNDLE>). */
export function unigramBundle(bundle: string): string {
  return bundle.replace(/pagefind\/$/, CHARS_BUNDLE);
}

/**
 * Opens one index: Pagefind created while the page language reads "und-", so queries are
 * not re-segmented, and the engine over it with the facet table written next to it. Resolves once
 * both are loaded, so a missing or broken index shows the "unavailable" state at once.
 * `script` is the main bundle, whose pagefind.js and facet table serve both indexes.
 */
export async function openEngine(bundle: string, kind: IndexKind, tag: string | undefined, script = bundle): Promise<SearchEngine> {
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
  const engine = new SearchEngine(instance, kind, async () => {
    // One facet table for both indexes: they list the same pages in the same order.
    const res = await fetch(`${script}${FACETS_FILE}`);
    if (!res.ok) throw new Error(`${script}${FACETS_FILE}: HTTP ${res.status}`);
    return parseFacetFile(new Uint8Array(await res.arrayBuffer()));
  });
  await engine.catalogue();
  return engine;
}
