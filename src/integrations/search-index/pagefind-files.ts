/**
 * Reads and writes the index files of a Pagefind 1.6 bundle: the meta file (pages and index
 * chunks) and the word chunks. Each is gzip of a 12-byte signature and a CBOR value of nested
 * arrays, integers and strings (Rust's minicbor). Pinned to Pagefind 1.6.0: readers refuse any
 * other version, and tests/unit/search-shards.test.ts re-encodes a built index byte for byte,
 * so an upgrade that changes the format fails the tests before it can break a site.
 * Layout and why the shards are merged: docs/search.md, "Shards".
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Pagefind version whose file format this module reads. */
export const PAGEFIND_FORMAT = '1.6.0';
const SIGNATURE = Buffer.from('pagefind_dcd', 'utf8');

/** A CBOR value as Pagefind writes it. */
export type Cbor = number | string | Cbor[];

export function decodeCbor(bytes: Uint8Array, what: string): Cbor {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  const fail = (why: string): never => {
    throw new Error(`${what}: ${why} at byte ${p} (not a Pagefind ${PAGEFIND_FORMAT} file?)`);
  };
  const item = (): Cbor => {
    if (p >= buf.length) fail('unexpected end');
    const head = buf[p++]!;
    const major = head >> 5;
    const info = head & 31;
    // The argument: in the head itself, or in the next 1, 2, 4 or 8 bytes.
    const size = info < 24 ? 0 : info <= 27 ? 1 << (info - 24) : fail(`unsupported CBOR head ${head}`);
    let n = info;
    if (size === 1) n = buf.readUInt8(p);
    else if (size === 2) n = buf.readUInt16BE(p);
    else if (size === 4) n = buf.readUInt32BE(p);
    else if (size === 8) {
      const big = buf.readBigUInt64BE(p);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) fail('integer too large');
      n = Number(big);
    }
    p += size;
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        const s = buf.toString('utf8', p, p + n);
        p += n;
        return s;
      }
      case 4: {
        const out: Cbor[] = [];
        for (let i = 0; i < n; i++) out.push(item());
        return out;
      }
      default:
        return fail(`unsupported CBOR major type ${major}`);
    }
  };
  const value = item();
  if (p !== buf.length) fail('trailing bytes');
  return value;
}

/** CBOR with the shortest head for every length and integer, as minicbor writes it. */
export function encodeCbor(value: Cbor, prefix: Uint8Array = new Uint8Array(0)): Buffer {
  // One growing buffer: a Buffer per item made the merge spend a third of its time allocating.
  let buf = Buffer.allocUnsafe(Math.max(1024, prefix.length * 2));
  buf.set(prefix, 0);
  let p = prefix.length;
  const room = (n: number) => {
    if (p + n <= buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, p + n));
    buf.copy(bigger, 0, 0, p);
    buf = bigger;
  };
  const head = (major: number, n: number) => {
    room(9);
    const m = major << 5;
    if (n < 24) {
      buf[p++] = m | n;
      return;
    }
    // The argument in the fewest bytes it fits: 1, 2, 4 or 8 (info 24 to 27).
    const info = n < 0x100 ? 24 : n < 0x10000 ? 25 : n < 0x100000000 ? 26 : 27;
    buf[p++] = m | info;
    if (info === 24) buf[p] = n;
    else if (info === 25) buf.writeUInt16BE(n, p);
    else if (info === 26) buf.writeUInt32BE(n, p);
    else buf.writeBigUInt64BE(BigInt(n), p);
    p += 1 << (info - 24);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const len = Buffer.byteLength(v, 'utf8');
      head(3, len);
      room(len);
      p += buf.write(v, p, 'utf8');
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return buf.subarray(0, p);
}

/** A Pagefind data file's bytes → its CBOR value. */
function readPagefindFile(bytes: Uint8Array, what: string): Cbor {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${what}: not a Pagefind data file (no signature)`);
  return decodeCbor(raw.subarray(SIGNATURE.length), what);
}

/** One page of the meta file: its fragment's hash (the page id), its word count, and a field Pagefind leaves empty. */
type MetaPage = [hash: string, wordCount: number, rest: string];
/** Which chunk file holds the words from `from` to `to` (shortest distinguishing prefixes). */
export type MetaChunk = [from: string, to: string, hash: string];

/** The meta file: version, pages in page-number order, chunks, filters, sorts, metadata field names. */
export interface Meta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: Cbor[];
  sorts: Cbor[];
  /** Names of the metadata fields; a word's metadata locations refer to them by -(index + 1). */
  fields: string[];
}

const isArray = (v: Cbor): v is Cbor[] => Array.isArray(v);
const strings = (v: Cbor, what: string): string[] => {
  if (!isArray(v) || v.some((s) => typeof s !== 'string')) throw new Error(`${what}: expected a list of strings`);
  return v as string[];
};

export function readMeta(bytes: Uint8Array, what: string): Meta {
  const v = readPagefindFile(bytes, what);
  if (!isArray(v) || v.length !== 6 || typeof v[0] !== 'string') throw new Error(`${what}: not a Pagefind ${PAGEFIND_FORMAT} meta file`);
  if (v[0] !== PAGEFIND_FORMAT)
    throw new Error(
      `${what}: written by Pagefind ${v[0]}, but the shard merge reads the format of ${PAGEFIND_FORMAT} (src/integrations/search-index/pagefind-files.ts)`,
    );
  const [version, pages, chunks, filters, sorts, fields] = v as [string, Cbor, Cbor, Cbor, Cbor, Cbor];
  const rows = (x: Cbor, shape: string, ok: (r: Cbor[]) => boolean) => {
    if (!isArray(x) || !x.every((r) => isArray(r) && ok(r))) throw new Error(`${what}: unexpected ${shape} list`);
    return x as Cbor[][];
  };
  return {
    version,
    pages: rows(pages, 'page', (r) => r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'number' && typeof r[2] === 'string') as MetaPage[],
    chunks: rows(chunks, 'chunk', (r) => r.length === 3 && r.every((s) => typeof s === 'string')) as MetaChunk[],
    filters: isArray(filters) ? filters : [],
    sorts: isArray(sorts) ? sorts : [],
    fields: strings(fields, what),
  };
}

/** A meta file's bytes before gzip (the merge packs them with Zopfli: ./zopfli.ts). */
export function encodeMeta(meta: Meta): Buffer {
  return encodeCbor([meta.version, meta.pages, meta.chunks, meta.filters, meta.sorts, meta.fields], SIGNATURE);
}

/** One page's postings of a word: page number as a delta from the previous entry's, locations, metadata locations. */
export type Posting = [pageDelta: number, locs: number[], metaLocs: number[]];
/** A word with its postings, and its diacritic variants (résumé under resume), each [variant, postings]. */
export type Word = [word: string, postings: Posting[], variants: Cbor[]];

export function readChunk(bytes: Uint8Array, what: string): Word[] {
  const v = readPagefindFile(bytes, what);
  const words = isArray(v) && v.length === 1 ? v[0] : undefined;
  if (words === undefined || !isArray(words)) throw new Error(`${what}: not a Pagefind ${PAGEFIND_FORMAT} index chunk`);
  for (const w of words) {
    if (!isArray(w) || w.length !== 3 || typeof w[0] !== 'string' || !isArray(w[1]!) || !isArray(w[2]!)) throw new Error(`${what}: unexpected word entry`);
  }
  return words as Word[];
}

export function writeChunk(words: Word[], level: number): Buffer {
  return gzipSync(encodeCbor([words], SIGNATURE), { level });
}

/** Pagefind's file name for data: the language, then a short hash of the content. */
export function contentName(language: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  for (let n = 7; n <= hex.length; n++) {
    const name = `${language}_${hex.slice(0, n)}`;
    if (!taken.has(name)) return name;
  }
  throw new Error('content hash collision');
}

/** Rust's string order (by UTF-8 bytes, i.e. by code point), which Pagefind sorts words in. */
export function compareWords(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort above U+E000–U+FFFF by code point, below them by code unit.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The chunk boundaries Pagefind writes: each chunk's last word and the next chunk's first word
 * cut to one character past their common prefix.
 */
export function chunkBounds(firstLast: [string, string][]): [string, string][] {
  const out = firstLast.map(([a, b]) => [a, b] as [string, string]);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = Array.from(out[i]![1]);
    const b = Array.from(out[i + 1]![0]);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    out[i]![1] = a.slice(0, common + 1).join('');
    out[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return out;
}
