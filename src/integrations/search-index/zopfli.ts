/**
 * Gzip by Zopfli (@gfx/zopfli), for the few files every first search downloads whole: Pagefind's
 * WebAssembly (./wasm.ts), the index meta files (./merge.ts) and the facet table (./index.ts).
 * Zopfli packs them 5–14% smaller than zlib's level 9 (docs/search.md, "Short names"), at
 * seconds per megabyte, so it is kept off the index chunks and fragments.
 */
import { gunzipSync } from 'node:zlib';

type Gzip = (data: Uint8Array, options: { numiterations: number }) => Promise<Uint8Array>;
let loaded: Promise<Gzip> | undefined;

/**
 * Zopfli's gzip, loaded on first use. Its Emscripten runtime registers process-wide handlers
 * for uncaught exceptions and unhandled rejections (which would print its whole source with any
 * error of the build); they are removed again at once.
 */
function zopfliGzip(): Promise<Gzip> {
  loaded ??= (async () => {
    const exceptions = process.listeners('uncaughtException');
    const rejections = process.listeners('unhandledRejection');
    const { gzipAsync } = await import('@gfx/zopfli');
    for (const l of process.listeners('uncaughtException')) if (!exceptions.includes(l)) process.off('uncaughtException', l);
    for (const l of process.listeners('unhandledRejection')) if (!rejections.includes(l)) process.off('unhandledRejection', l);
    return gzipAsync;
  })();
  return loaded;
}

/** True when `packed` is gzip that unpacks to `raw`. */
export function unpacksTo(packed: Uint8Array, raw: Uint8Array): boolean {
  try {
    return gunzipSync(packed).equals(raw);
  } catch {
    return false;
  }
}

/**
 * `raw` gzipped by Zopfli with `iterations` passes (each pass shrinks the output by a few bytes
 * more, at the cost of another full pass), checked to unpack to `raw`; `what` names it in errors.
 */
export async function zopfli(raw: Uint8Array, iterations: number, what: string): Promise<Buffer> {
  const out = Buffer.from(await (await zopfliGzip())(raw, { numiterations: iterations }));
  if (!unpacksTo(out, raw)) throw new Error(`${what}: Zopfli's output does not unpack to the original`);
  return out;
}
