/**
 * 繁体 sources: pages saved from 范文 sites often arrive in traditional characters (社區精神文明建設,
 * 羣衆, 爲, 裡, 臺), some with a broken converter's pinyin glosses (社區(qū)). Before the page rules
 * run (their wording is simplified: 当前位置, 来源, 下载), the glosses are removed
 * (cleaning/glosses.ts) and a text that is mostly traditional is converted with OpenCC's t→cn
 * data (opencc-js, TSPhrases then TSCharacters, as the site's search does in
 * src/lib/search/t2s.ts). With --keep-traditional the rules still read the 简体 form, and what they
 * return is mapped back to the source's characters (traditionalRestorer): t→cn converts character
 * for character, so every stretch of the output found in the 简体 form has its 繁体 original.
 *
 * "Mostly traditional": at least TRADITIONAL_SHARE of the Han characters are changed by that
 * conversion. Measured (docs/importer.md): 13 real 繁体 pages 0.245–0.445, the 13 simplified library
 * documents 0.000; a full 繁体 text changes about a third of its characters, so 0.12 is reached by a
 * page that is about half 繁体, never by a simplified text quoting a 书法 title or a line of 繁体.
 *
 * Taiwan vocabulary (OpenCC's twp→cn) only where the text proves it: OpenCC's reverse Taiwan phrase
 * table maps words a mainland text also writes (核心→内核, 指標→指针, 文件→文档, 執行→运行,
 * 建立→创建, 資料→数据), which would corrupt a policy text; so only words no mainland text writes
 * (TAIWAN_ONLY: 軟體, 網路, 滑鼠 …; not 資訊 or 數位, which mainland texts write too) are converted, and only when they occur.
 */
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { TO_BE_FILLED, type DocEdit } from '../lib/schema.ts';
import { hasTraditional } from '../lib/search/fold-traditional.ts';
import { removePinyinGlosses } from './cleaning/glosses.ts';

/** Share of Han characters the t→cn conversion changes at or above which a text is converted. */
export const TRADITIONAL_SHARE = 0.12;

/**
 * Taiwan words a mainland text never writes, each a key of OpenCC's TWPhrasesRev (a unit test
 * checks): converting them (and the table's longer phrases holding them, 行動網路) cannot hurt.
 */
export const TAIWAN_ONLY = [
  '軟體',
  '硬體',
  '韌體',
  '網路',
  '滑鼠',
  '螢幕',
  '列印',
  '印表機',
  '伺服器',
  '簡訊',
  '雷射',
  '奈米',
  '寬頻',
  '硬碟',
  '駭客',
  '網咖',
  '記憶體',
] as const;

let simplify: ConverterFunction | undefined;
let taiwanSimplify: ConverterFunction | undefined;
let taiwanPairs: [string, string][] | undefined;

/** OpenCC's t→cn converter, built on first use (about 12 ms), once per process. */
function simplifier(): ConverterFunction {
  simplify ??= ConverterFactory([TSPhrases, TSCharacters]);
  return simplify;
}

/** The TWPhrasesRev entries whose Taiwan side holds a TAIWAN_ONLY word (traditional → traditional). */
function taiwanEntries(): [string, string][] {
  taiwanPairs ??= TWPhrasesRev.split('|')
    .map((e) => e.split(' ') as [string, string])
    .filter(([tw, cn]) => tw !== cn && TAIWAN_ONLY.some((w) => tw.includes(w)));
  return taiwanPairs;
}

function taiwanSimplifier(): ConverterFunction {
  taiwanSimplify ??= ConverterFactory([taiwanEntries()], [TSPhrases, TSCharacters]);
  return taiwanSimplify;
}

export interface TraditionalMeasure {
  /** Han characters in the text. */
  han: number;
  /** Of them, those the t→cn conversion changes. */
  changed: number;
  share: number;
}

/** How traditional a text is; `converted` is its t→cn conversion (character for character: OpenCC's t→cn keeps lengths). */
export function measureTraditional(text: string): TraditionalMeasure & { converted: string } {
  // No traditional-only character (the search's table): nothing to convert, no converter built.
  if (!hasTraditional(text)) return { han: 0, changed: 0, share: 0, converted: text };
  const converted = simplifier()(text);
  const a = Array.from(text);
  const b = Array.from(converted);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (!/\p{Script=Han}/u.test(a[i]!)) continue;
    han++;
    if (a[i] !== b[i]) changed++;
  }
  return { han, changed, share: han === 0 ? 0 : changed / han, converted };
}

/** A text as the duplicate checks compare it: simplified when it holds traditional characters (library documents are simplified). */
export function comparableText(text: string): string {
  return hasTraditional(text) ? simplifier()(text) : text;
}

const comparable = new WeakMap<object, string>();

/** comparableText of a library document, made once: every imported document is compared with every library document. */
export function comparableDoc(doc: { readonly text: string }): string {
  let out = comparable.get(doc);
  if (out === undefined) comparable.set(doc, (out = comparableText(doc.text)));
  return out;
}

export interface ScriptResult {
  /** The text the page rules read. */
  text: string;
  /** 整理说明 entries (frontmatter edits). */
  edits: DocEdit[];
  /** Report lines: what was removed (glosses). */
  removed: string[];
  /** The report's 繁简 line, when the text holds traditional characters. */
  script?: string;
  /** With keepTraditional, a 繁体 text: `text` is its 简体 form for the rules; this maps their output back to 繁体. */
  restore?: (output: string) => string;
}

/**
 * Maps text derived from `simplified` back to `traditional` (the same text before t→cn, equal in
 * code points): each run of Han characters is looked up in `simplified`, the longest piece that
 * occurs, preferably at or after where the previous piece was found (output keeps the source's
 * order), and replaced by the characters at the same place in `traditional`. Text the rules
 * wrote themselves is not found and stays as written.
 */
function traditionalRestorer(simplified: string, traditional: string): (output: string) => string {
  const original = Array.from(traditional);
  // UTF-16 offset in `simplified` → code point index (a few OpenCC pairs differ in UTF-16 length).
  const cpAt = new Int32Array(simplified.length + 1);
  let cp = 0;
  for (let i = 0; i < simplified.length; cp++) {
    const width = simplified.codePointAt(i)! > 0xffff ? 2 : 1;
    cpAt[i] = cp;
    if (width === 2) cpAt[i + 1] = cp;
    i += width;
  }
  cpAt[simplified.length] = cp;
  const find = (piece: string, from: number) => {
    const after = simplified.indexOf(piece, from);
    return after >= 0 ? after : simplified.indexOf(piece);
  };
  return (output) => {
    let cursor = 0;
    return output.replace(/\p{Script=Han}+/gu, (run) => {
      const chars = Array.from(run);
      let out = '';
      for (let i = 0; i < chars.length; ) {
        // The longest prefix of the rest found anywhere (found-ness shrinks with length: binary search).
        let lo = 0;
        let hi = chars.length - i;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (simplified.includes(chars.slice(i, i + mid).join(''))) lo = mid;
          else hi = mid - 1;
        }
        if (lo === 0) {
          out += chars[i++];
          continue;
        }
        const piece = chars.slice(i, i + lo).join('');
        const at = find(piece, cursor);
        if (at >= cursor) cursor = at + piece.length;
        out += original.slice(cpAt[at]!, cpAt[at + piece.length]!).join('');
        i += lo;
      }
      return out;
    });
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Glosses removed, then a mostly traditional text converted to simplified (unless keepTraditional),
 * each change disclosed. Line breaks are kept, so a .docx's paragraph indices still hold.
 */
export function prepareScript(text: string, keepTraditional: boolean): ScriptResult {
  const glosses = removePinyinGlosses(text);
  const edits: DocEdit[] = [];
  const removed: string[] = [];
  if (glosses.count > 0) {
    const quoted = glosses.examples.map((e) => `“${e}”`).join('');
    removed.push(`网页转换时夹在字后的拼音注音 ${glosses.count} 处（${quoted}等）`);
    edits.push({ kind: 'conversion-error', note: `删去网页繁简转换时夹在字后的拼音注音${glosses.count}处，如${quoted}。` });
  }
  const measure = measureTraditional(glosses.text);
  if (measure.changed === 0) return { text: glosses.text, edits, removed };
  const counted = `繁体字占汉字的 ${percent(measure.share)}`;
  if (measure.share < TRADITIONAL_SHARE) {
    return { text: glosses.text, edits, removed, script: `含少量繁体字（${counted}，不到 ${percent(TRADITIONAL_SHARE)}），未转换` };
  }
  if (keepTraditional) {
    const restore = traditionalRestorer(measure.converted, glosses.text);
    return { text: measure.converted, edits, removed, script: `原文为繁体（${counted}），按 --keep-traditional 保留繁体`, restore };
  }
  const words = [...new Set(taiwanEntries().flatMap(([tw]) => (glosses.text.includes(tw) ? [tw] : [])))];
  // A longer entry (行動網路) covers its shorter one (網路): list what the text shows, longest first.
  const shown = words.filter((w) => !words.some((o) => o !== w && o.includes(w))).sort((a, b) => glosses.text.indexOf(a) - glosses.text.indexOf(b));
  const converted = shown.length > 0 ? taiwanSimplifier()(glosses.text) : measure.converted;
  const how = shown.length > 0 ? `台湾用词转大陆用词：${shown.map((w) => `${w}→${taiwanSimplifier()(w)}`).join('、')}` : '只转换字形，用词未改';
  edits.unshift({ kind: 'simplified', note: `原文为繁体，已用 OpenCC 转为简体（${how}）。` });
  return { text: converted, edits, removed, script: `原文为繁体（${counted}），已用 OpenCC 转为简体（${how}）` };
}

interface DraftText {
  data: { title: string; source: { title: string }; edits: DocEdit[] | typeof TO_BE_FILLED };
  body: string;
  text: string;
  report: { title: string };
}

/** A document the rules made from the 简体 form, its source text back in 繁体 (--keep-traditional). */
export function keepTraditionalText<D extends DraftText>(draft: D, restore: (output: string) => string): D {
  // 待填写 is the schema's marker, not text from the source.
  const back = (s: string) => (s === TO_BE_FILLED ? s : restore(s));
  const edits =
    draft.data.edits === TO_BE_FILLED
      ? draft.data.edits
      : draft.data.edits.map((e) => ({ ...e, ...(e.from !== undefined && { from: back(e.from) }), ...(e.to !== undefined && { to: back(e.to) }) }));
  return {
    ...draft,
    data: { ...draft.data, title: back(draft.data.title), source: { ...draft.data.source, title: back(draft.data.source.title) }, edits },
    body: restore(draft.body),
    text: restore(draft.text),
    report: { ...draft.report, title: back(draft.report.title) },
  };
}
