/**
 * Traditional characters find the simplified texts: a query written with traditional
 * characters (精神文明建設) is searched again converted to simplified (精神文明建设). Runs in
 * ./fold-worker.ts, which the search page starts only after a query finds nothing as typed (the
 * table of ./traditional-chars.ts is about 2 KB gzipped); whether the query needs converting is
 * decided from that table, and only then is OpenCC's conversion data (./t2s.ts) loaded, once.
 */
import { BITMAP, OTHERS } from './traditional-chars.ts';
import { BITMAP_FIRST, BITMAP_LAST } from './traditional-bounds.ts';

let bits: Uint8Array | undefined;

function table(): Uint8Array {
  bits ??= Uint8Array.from(atob(BITMAP), (c) => c.charCodeAt(0));
  return bits;
}

/** True when a character is written only in traditional Chinese (not in simplified texts). */
export function isTraditional(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < BITMAP_FIRST || cp > BITMAP_LAST) return OTHERS.includes(ch);
  const i = cp - BITMAP_FIRST;
  return (table()[i >> 3]! & (1 << (i & 7))) !== 0;
}

/** True when the text holds a traditional-only character, i.e. converting it may change it. */
export function hasTraditional(text: string): boolean {
  for (const ch of text) if (isTraditional(ch)) return true;
  return false;
}

let converter: Promise<(text: string) => string> | undefined;

/** The converter, loaded on first use (a separate chunk: OpenCC's dictionaries). */
function simplifier(): Promise<(text: string) => string> {
  converter ??= import('./t2s.ts').then((m) => m.toSimplified);
  converter.catch(() => (converter = undefined));
  return converter;
}

/**
 * The query to search for: the input unchanged when it holds no traditional character (no
 * download), else converted to simplified characters.
 */
export async function simplifiedQuery(text: string): Promise<string> {
  if (!hasTraditional(text)) return text;
  return (await simplifier())(text);
}
