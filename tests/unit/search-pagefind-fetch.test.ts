import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagefindFetch, unpack } from '../../src/lib/search/pagefind-fetch';

const SIGNED = new TextEncoder().encode('pagefind_dcd{"x":1}');
const buffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A fetch that serves fixed bodies by path and records every request. */
function server(files: Record<string, Uint8Array>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://x').pathname;
    asked.push(path);
    const body = files[path];
    return body ? new Response(buffer(body)) : new Response('no', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('unpack', () => {
  it('unpacks gzip and leaves other bytes as they are', async () => {
    expect(new Uint8Array(await unpack(buffer(gzipSync(SIGNED))))).toEqual(SIGNED);
    expect(new Uint8Array(await unpack(buffer(SIGNED)))).toEqual(SIGNED);
  });
});

describe('pagefindFetch', () => {
  it('serves Pagefind files unpacked, so Pagefind finds its signature and skips its own inflate', async () => {
    const s = server({ '/pagefind/index/und_1.pf_index': gzipSync(SIGNED), '/pagefind/pagefind-entry.json': new TextEncoder().encode('{}') });
    const f = pagefindFetch(s.fetch);
    const res = await f('/pagefind/index/und_1.pf_index');
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('pagefind_dcd{"x":1}');
    // Anything else passes through untouched.
    expect(await (await f('/pagefind/pagefind-entry.json?ts=1')).text()).toBe('{}');
  });
  it('loads the unigram index’s fragments from the bigram index, under any base path', async () => {
    const s = server({ '/wenku/pagefind/fragment/und_a.pf_fragment': gzipSync(SIGNED) });
    const f = pagefindFetch(s.fetch);
    const res = await f('http://x/wenku/pagefind-chars/fragment/und_a.pf_fragment');
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('pagefind_dcd{"x":1}');
    expect(s.asked).toEqual(['/wenku/pagefind/fragment/und_a.pf_fragment']);
    // Its own index chunks stay its own.
    await expect(f('/wenku/pagefind-chars/index/und_b.pf_index')).rejects.toThrow(/404/);
  });
  it('downloads a wasm file once for both indexes', async () => {
    const wasm = gzipSync(new TextEncoder().encode('pagefind_dcdWASM'));
    const s = server({ '/pagefind/wasm.unknown.pagefind': wasm, '/pagefind-chars/wasm.unknown.pagefind': wasm });
    const f = pagefindFetch(s.fetch);
    const a = await (await f('/pagefind/wasm.unknown.pagefind')).arrayBuffer();
    const b = await (await f('/pagefind-chars/wasm.unknown.pagefind')).arrayBuffer();
    expect(new TextDecoder().decode(b)).toBe('pagefind_dcdWASM');
    expect(a).not.toBe(b);
    expect(s.asked).toEqual(['/pagefind/wasm.unknown.pagefind']);
  });
  it('fails like fetch would on a missing file, and tries again next time', async () => {
    const s = server({});
    const f = pagefindFetch(s.fetch);
    await expect(f('/pagefind/wasm.unknown.pagefind')).rejects.toThrow(/404/);
    await expect(f('/pagefind/wasm.unknown.pagefind')).rejects.toThrow(/404/);
    expect(s.asked).toHaveLength(2);
  });
});
