/**
 * A fetch for Pagefind's files, in front of the page's own: unpacks them with the browser's
 * DecompressionStream, downloads the WebAssembly once for both indexes, and loads the unigram
 * index's fragments from the bigram index, where the build stores them once. Why and what it
 * saves: docs/search.md, "How the page runs Pagefind".
 */
import { CHARS_BUNDLE } from './encoding.ts';

/** Pagefind's files: unpacked natively. */
const PAGEFIND_FILE = /\/(?:wasm\.[\w-]+\.pagefind|[^/]+\.pf_(?:meta|index|fragment|filter))(?:[?#]|$)/;
const WASM_FILE = /\/(wasm\.[\w-]+\.pagefind)(?:[?#]|$)/;
/**
 * The unigram index lists the bigram index's pages (same stored text, same word positions) and
 * has no fragments of its own (src/integrations/search-index/merge.ts).
 */
const CHARS_FRAGMENT = new RegExp(`/${CHARS_BUNDLE}fragment/`);
const BIGRAM_FRAGMENT = '/pagefind/fragment/';

/** True when the bytes are gzip (magic 1f 8b). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The bytes unpacked when they are gzip, else as they are (a server may have unpacked them). */
export async function unpack(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  if (!isGzip(new Uint8Array(bytes))) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/**
 * Wraps `fetch`: Pagefind's files come back unpacked, and each wasm file is downloaded once.
 * Any other request goes to `fetch` untouched.
 */
export function pagefindFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  const wasm = new Map<string, Promise<ArrayBuffer>>();
  const load = async (input: RequestInfo | URL, init?: RequestInit): Promise<ArrayBuffer> => {
    const res = await fetch(input, init);
    if (!res.ok) throw new Error(`${urlOf(input)}: HTTP ${res.status}`);
    return unpack(await res.arrayBuffer());
  };
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let url = urlOf(input);
    if (!PAGEFIND_FILE.test(url)) return fetch(input, init);
    if (CHARS_FRAGMENT.test(url)) input = url = url.replace(CHARS_FRAGMENT, BIGRAM_FRAGMENT);
    const file = WASM_FILE.exec(url)?.[1];
    let bytes: Promise<ArrayBuffer>;
    if (file) {
      bytes = wasm.get(file) ?? load(input, init);
      if (!wasm.has(file)) {
        wasm.set(file, bytes);
        bytes.catch(() => wasm.delete(file));
      }
      // Pagefind may keep the buffer: every caller gets its own copy.
      bytes = bytes.then((b) => b.slice(0));
    } else bytes = load(input, init);
    return new Response(await bytes, { status: 200 });
  };
}
