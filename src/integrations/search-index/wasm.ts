/**
 * Pagefind's WebAssembly gzipped again with Zopfli, once per Pagefind version: it is the largest
 * file of a first search and the last to arrive before the first result (docs/search.md).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { unpacksTo, zopfli } from './zopfli.ts';

/** Zopfli's output by the unpacked file's hash: both indexes carry the same WebAssembly. */
const zopfliMemo = new Map<string, Promise<Buffer>>();

/** Zopfli's passes: more shrink the file further by a few bytes at a time, at seconds each. */
const ZOPFLI_ITERATIONS = 15;

/**
 * Where Zopfli's output is kept between builds: node_modules/.cache/wenku-zopfli/ of the install
 * that provides @gfx/zopfli (the usual place for a package's cache), so every build of this
 * checkout (dist, dist-base, the reference library, the tests' fixture projects) shares it.
 */
function zopfliCacheDir(): string {
  const pkg = fileURLToPath(import.meta.resolve('@gfx/zopfli'));
  const nodeModules = pkg.slice(0, pkg.lastIndexOf(`${join('node_modules', '@gfx')}`) + 'node_modules'.length);
  return join(nodeModules, '.cache', 'wenku-zopfli');
}

/**
 * `raw` gzipped by Zopfli, checked to unpack to `raw`. Zopfli takes seconds (8 s on a loaded
 * 2-core machine) and Pagefind's WebAssembly only changes with Pagefind, so the output is kept on
 * disk by the input's hash and reused, checked again, by the next build.
 */
async function zopfliCompressed(raw: Buffer, what: string): Promise<Buffer> {
  const key = createHash('sha256').update(raw).digest('hex');
  const cached = join(zopfliCacheDir(), `${key}-${ZOPFLI_ITERATIONS}.gz`);
  if (existsSync(cached)) {
    const kept = await readFile(cached);
    if (unpacksTo(kept, raw)) return kept;
  }
  const out = await zopfli(raw, ZOPFLI_ITERATIONS, what);
  try {
    // Written aside, then renamed: builds running side by side never read half a file.
    await mkdir(dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}`;
    await writeFile(partial, out);
    await rename(partial, cached);
  } catch {
    // A read-only install: the next build compresses again.
  }
  return out;
}

/**
 * Pagefind's WebAssembly gzipped again with Zopfli: 55,386 → 52,840 bytes. It is the largest file
 * of a first search and the last to arrive before the first result (docs/search.md). Checked to
 * unpack to the same bytes; compressed once per Pagefind version (see zopfliCompressed).
 */
export async function recompressWasm(bundleDir: string): Promise<void> {
  for (const name of (await readdir(bundleDir)).filter((n) => /^wasm\.[\w-]+\.pagefind$/.test(n))) {
    const file = join(bundleDir, name);
    const packed = await readFile(file);
    const raw = gunzipSync(packed);
    const key = createHash('sha256').update(raw).digest('hex');
    // Both indexes carry the same file: compressed and checked once.
    if (!zopfliMemo.has(key)) zopfliMemo.set(key, zopfliCompressed(raw, file));
    const smaller = await zopfliMemo.get(key)!;
    if (smaller.length < packed.length) await writeFile(file, smaller);
  }
}
