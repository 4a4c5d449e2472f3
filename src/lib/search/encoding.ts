/**
 * The text encoding shared by the index build and the search page: folded text as one bigram per
 * Pagefind word ("以学铸魂。" → "以学 学铸 铸魂 魂。 。⊣"), punctuation as Yi-syllable stand-ins,
 * or one word per unit for the single-character index. Rules and reasons: docs/search.md.
 */

/** Longest query the search page accepts; longer input is trimmed with a note. */
export const MAX_QUERY_LENGTH = 100;

const YI_BASE = 0xa000;
/**
 * Punctuation and symbols that get a stand-in of their own, in folded (post-NFKC) form.
 * Append only: positions are part of the index format.
 */
const PUNCTUATION = [
  // ASCII punctuation and symbols (NFKC folds the full-width forms onto these)
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  // CJK and general punctuation that NFKC keeps
  ...'、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟・‐‑‒–—―‖‘’‚‛“”„‟†‡•…‰′″‵※‼⁇⁈⁉·×÷°±§¶©®™℃№←→↑↓■□▲△◆◇○●★☆√',
] as const;
/** Stand-in for the end of a block. */
const END_CODE = YI_BASE;
/** Stand-in for any other non-alphanumeric character (kept raw in front of it for display). */
const OTHER_CODE = YI_BASE + 1;
const FIRST_PUNCT_CODE = YI_BASE + 2;
const YI_LAST = 0xa4cf;
/**
 * Unigram index only: the unit's block goes on after it (the block's last unit takes END_CODE).
 * The last Yi syllable: a letter to Pagefind (unassigned code points would be dropped), far
 * above the punctuation stand-ins.
 */
const CONT_CODE = 0xa48c;

/** Directory (under the site's base) of the unigram index used for single characters. */
export const CHARS_BUNDLE = 'pagefind-chars/';

const punctCode = new Map<string, number>(PUNCTUATION.map((ch, i) => [ch, FIRST_PUNCT_CODE + i]));
const codePunct = new Map<number, string>(PUNCTUATION.map((ch, i) => [FIRST_PUNCT_CODE + i, ch]));

const ALNUM = /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u;
const MARK = /^\p{M}$/u;
/** Whitespace as the folding removes it: Unicode White_Space plus zero-width characters. */
const SPACE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu;

/**
 * Marks that readers type interchangeably, matched as one (after NFKC): Chinese double
 * quotes and ASCII " (增强"四个意识" finds 增强“四个意识”), single quotes likewise. The text
 * keeps and shows its own mark (see unitsOf).
 */
const SAME_MARK: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '〝': '"',
  '〞': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
};

/** One character (code point) folded: NFKC, no whitespace, interchangeable marks as one. */
function foldChar(ch: string): string {
  const n = ch.normalize('NFKC');
  return SAME_MARK[n] ?? n.replace(SPACE, '');
}

/** One unit of display text as it is matched: folded and lowercased, as decodeContent stores it. */
export function foldUnit(ch: string): string {
  return foldChar(ch).toLowerCase();
}

/**
 * NFKC + whitespace removal + interchangeable marks as one: the form in which texts and
 * queries are compared. Folded character by character, so each folded unit comes from one
 * written character (the index keeps that character for display).
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

function isYi(cp: number): boolean {
  return cp >= YI_BASE && cp <= YI_LAST;
}

/** The Pagefind-safe unit for one folded character, plus a raw prefix kept for display. */
function unitOf(ch: string): { unit: string; raw: string } {
  const cp = ch.codePointAt(0)!;
  if (!isYi(cp) && ALNUM.test(ch) && !MARK.test(ch)) return { unit: ch, raw: '' };
  const code = punctCode.get(ch);
  if (code !== undefined) return { unit: String.fromCodePoint(code), raw: '' };
  return { unit: String.fromCodePoint(OTHER_CODE), raw: ch };
}

/** Folded units of a folded text, in order; `raw` is display-only. */
function units(folded: string): { unit: string; raw: string }[] {
  return Array.from(folded, unitOf);
}

/**
 * Units of a text as written: a punctuation mark whose folded form shows differently (，
 * folds to ",", “ to ") keeps the written mark in front of its stand-in, so excerpts show the
 * text as written. The written mark is never ASCII and never alphanumeric, so Pagefind drops
 * it from the index word (matching is unchanged) but keeps it in the stored content.
 */
function unitsOf(text: string): { unit: string; raw: string }[] {
  const out: { unit: string; raw: string }[] = [];
  for (const ch of text) {
    const folded = Array.from(foldChar(ch));
    for (const f of folded) {
      const u = unitOf(f);
      if (folded.length === 1 && !u.raw && f !== ch && isYi(u.unit.codePointAt(0)!)) u.raw = ch;
      out.push(u);
    }
  }
  return out;
}

/**
 * Encodes one block of text (a paragraph, heading …) as space-separated bigram words.
 * The block's last unit is paired with the end mark. Returns '' for a block with no text.
 */
export function encodeBlock(text: string): string {
  const us = unitsOf(text);
  if (us.length === 0) return '';
  const end = String.fromCodePoint(END_CODE);
  const words: string[] = [];
  for (let i = 0; i < us.length; i++) {
    const next = i + 1 < us.length ? us[i + 1]!.unit : end;
    words.push(us[i]!.raw + us[i]!.unit + next);
  }
  return words.join(' ');
}

/**
 * Encodes one block for the unigram index: one word per unit, "X" + CONT, the last "X" + END.
 * Word positions are character positions, as in the bigram index, so decoding is shared.
 */
export function encodeBlockUnigrams(text: string): string {
  const us = unitsOf(text);
  const cont = String.fromCodePoint(CONT_CODE);
  const end = String.fromCodePoint(END_CODE);
  return us.map((u, i) => u.raw + u.unit + (i + 1 < us.length ? cont : end)).join(' ');
}

/** A search term in its folded, lowercased form, ready to be matched. */
export interface Term {
  /** Folded, lowercased text the decoded page text must contain. */
  text: string;
  /** The Pagefind query for this term: a quoted bigram phrase, one bare bigram, or a bare prefix for one unit. */
  pagefind: string;
  /**
   * The same term against the unigram index: the run of units inside a block, and the run
   * that ends its block (a term's last unit is either); the results of the two are united.
   */
  unigram: [string, string];
}

export interface ParsedQuery {
  /** The query as the user typed it, trimmed to MAX_QUERY_LENGTH characters. */
  input: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was cut. */
  trimmed: boolean;
  /** Terms that must all occur (AND); empty for an empty query. */
  terms: Term[];
}

/** Lowercase after folding; the same case mapping Pagefind applies to index words. */
function foldQuery(text: string): string {
  return fold(text).toLowerCase();
}

/**
 * Parses what the user typed: whitespace (ASCII or U+3000) separates terms that must all
 * occur; within a term every character, punctuation included, must occur as typed
 * (after folding). Duplicate terms and terms contained in another term are dropped.
 */
export function parseQuery(raw: string): ParsedQuery {
  const chars = Array.from(raw.trim());
  const trimmed = chars.length > MAX_QUERY_LENGTH;
  const input = trimmed ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : raw.trim();
  const parts = input
    .normalize('NFKC')
    .split(SPACE)
    .map(foldQuery)
    .filter((t) => t.length > 0);
  // Quotes typed by the user mean nothing extra: every term is already an exact run.
  const cleaned = parts.map((t) => (/^".*"$/u.test(t) && t.length > 2 ? t.slice(1, -1) : t));
  const unique = [...new Set(cleaned)].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const t of unique) if (!kept.some((k) => k.includes(t))) kept.push(t);
  return { input, trimmed, terms: kept.map((text) => ({ text, pagefind: termToPagefind(text), unigram: termToUnigrams(text) })) };
}

/** True when a term is one character: the bigram index cannot find those completely. */
function isSingleUnit(term: Term): boolean {
  return Array.from(term.text).length === 1;
}

/** True when a query is answered on the unigram index: one of its terms is a single character. */
export function usesUnigramIndex(q: string): boolean {
  return parseQuery(q).terms.some(isSingleUnit);
}

function termToUnigrams(text: string): [string, string] {
  const us = units(text).map((u) => u.unit);
  const cont = String.fromCodePoint(CONT_CODE);
  const end = String.fromCodePoint(END_CODE);
  const head = us.slice(0, -1).map((u) => u + cont);
  const last = us[us.length - 1]!;
  // One word is searched bare: index words are exactly two units, so the prefix match is exact.
  const phrase = (words: string[]) => (words.length === 1 ? words[0]! : `"${words.join(' ')}"`);
  return [phrase([...head, last + cont]), phrase([...head, last + end])];
}

function termToPagefind(text: string): string {
  const us = units(text).map((u) => u.unit);
  // One unit: prefix search over the bigrams starting with it. Two units: the bigram itself,
  // unquoted so that Pagefind scores it (index words are exactly two units long, so the
  // prefix match is exact). Longer: the quoted phrase of its bigrams.
  if (us.length === 1) return us[0]!;
  if (us.length === 2) return us.join('');
  const words: string[] = [];
  for (let i = 0; i + 1 < us.length; i++) words.push(us[i]! + us[i + 1]!);
  return `"${words.join(' ')}"`;
}

/** The Pagefind query string for a parsed query ('' → null: filter-only browse). */
export function toPagefindQuery(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms.map((t) => t.pagefind).join(' ');
}

/** A decoded block of page text. */
export interface DecodedBlock {
  /** Word position (in Pagefind's content) of the block's first unit. */
  start: number;
  /** Display text: one entry per unit (a unit may display as more than one UTF-16 unit). */
  chars: string[];
  /** The same units folded and lowercased, for matching. */
  folded: string[];
}

/** A stored word's first character is a written form kept for display (see unitsOf). */
function isWritten(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return !isYi(cp) && (!ALNUM.test(ch) || MARK.test(ch));
}

/** Decodes one stored word: its first unit (as written, and folded) and whether it ends its block. */
function decodeUnit(word: string): { display: string; folded: string; end: boolean } | null {
  const cps = Array.from(word);
  let i = 0;
  let written = '';
  if (cps.length >= 3 && isWritten(cps[0]!) && isYi(cps[1]!.codePointAt(0)!)) written = cps[i++]!;
  const unit = cps[i];
  const next = cps[i + 1]?.codePointAt(0);
  if (unit === undefined || next === undefined) return null;
  const cp = unit.codePointAt(0)!;
  // A symbol without a stand-in of its own is written raw in front of the "other" code.
  const folded = cp === OTHER_CODE ? written || '\ufffd' : isYi(cp) ? (codePunct.get(cp) ?? '\ufffd') : unit;
  // Pagefind appends "." to a block that does not end in punctuation ("甲ꀀ."): only the
  // unit after the first one matters.
  return { display: written || folded, folded, end: next === END_CODE };
}

/**
 * Decodes Pagefind's stored content of an encoded page back into blocks of display text.
 * Word positions are kept, so Pagefind anchor locations map straight onto characters.
 */
export function decodeContent(content: string): DecodedBlock[] {
  const words = content.split(/\s+/u);
  const blocks: DecodedBlock[] = [];
  let chars: string[] = [];
  let folded: string[] = [];
  let start = -1;
  let pos = 0;
  const flush = () => {
    blocks.push({ start, chars, folded });
    chars = [];
    folded = [];
    start = -1;
  };
  for (const w of words) {
    if (!w) continue;
    const d = decodeUnit(w);
    if (d) {
      if (start < 0) start = pos;
      chars.push(d.display);
      folded.push(d.folded.toLowerCase());
      if (d.end) flush();
    }
    pos++;
  }
  if (chars.length) flush();
  return blocks;
}

/** Positions (unit offsets) where a folded term occurs in a decoded block. */
export function findInBlock(block: DecodedBlock, term: string): number[] {
  const target = Array.from(term);
  const folded = block.folded;
  const hits: number[] = [];
  const first = target[0];
  outer: for (let i = folded.indexOf(first!); i >= 0 && i + target.length <= folded.length; i = folded.indexOf(first!, i + 1)) {
    for (let j = 1; j < target.length; j++) if (folded[i + j] !== target[j]) continue outer;
    hits.push(i);
  }
  return hits;
}
