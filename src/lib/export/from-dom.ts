/**
 * Reads a rendered document page (its article: headings and paragraphs with their anchor
 * ids) into export sections (./types.ts). Works on the live page and on a page fetched and
 * parsed with DOMParser, so a later feature can take sections from several documents.
 */
import type { ExportBlock, ExportRun, ExportSection } from './types.ts';

const HEADING = /^H([2-6])$/;
/** Page furniture inside passages: passage-tool buttons, alias anchors. */
const SKIP = 'button, .anchor-alias, [data-pt-ui]';
/** A placeholder marked by the fill-in plugin. */
const FILL = 'mark.fill-in';
/** The library's note where the source text is cut off (src/loaders/render.ts, sourceGap). */
const GAP = '.source-gap';

function runsOf(el: Element): ExportRun[] {
  const out: ExportRun[] = [];
  const push = (text: string, fill = false) => {
    if (!text) return;
    const last = out.at(-1);
    // Each placeholder stays its own run (two marks side by side are two spots to fill).
    if (last && !last.fill && !fill) last.text += text;
    else out.push(fill ? { text, fill } : { text });
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.matches(SKIP)) continue;
        if (e.matches(FILL)) push(e.textContent ?? '', true);
        else walk(e);
      }
    }
  };
  walk(el);
  // Source line breaks inside a paragraph are not the text's.
  for (const r of out) r.text = r.text.replace(/\s*\n\s*/g, '');
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((r) => r.text);
}

/** The body's passages in order: headings (level 1 = h2) and paragraphs. */
export function readBlocks(body: Element): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  for (const el of body.querySelectorAll('h2, h3, h4, h5, h6, p, table')) {
    if (el.closest(SKIP)) continue;
    // A table goes as a table (rows of cells), never as loose text or not at all.
    if (el.tagName === 'TABLE') {
      const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
      if (rows.some((r) => r.some((c) => c))) blocks.push({ level: 0, runs: [], table: rows });
      continue;
    }
    if (el.closest('table')) continue;
    const heading = HEADING.exec(el.tagName);
    const runs = runsOf(el);
    if (!runs.length) continue;
    blocks.push({ level: heading ? Number(heading[1]) - 1 : 0, runs, ...(el.id ? { anchor: el.id } : {}), ...(el.matches(GAP) ? { gap: true } : {}) });
  }
  return blocks;
}

/**
 * One passage of a document as the 写作篮 takes it: a paragraph alone, or a heading with
 * everything under it (up to the next heading of its level or higher). Empty when the anchor
 * is not a block's.
 */
export function passageBlocks(blocks: readonly ExportBlock[], anchor: string): ExportBlock[] {
  const start = blocks.findIndex((b) => b.anchor === anchor);
  const head = blocks[start];
  if (!head) return [];
  if (head.level === 0) return [head];
  let end = blocks.findIndex((b, i) => i > start && b.level > 0 && b.level <= head.level);
  if (end < 0) end = blocks.length;
  return blocks.slice(start, end);
}

export interface PageSource {
  /** The document's title. */
  title: string;
  /** The document's absolute URL (permanent link without #anchor). */
  docUrl: string;
  /** The element holding the document's text (`.doc-body`). */
  body: Element;
}

/** The whole document as one section. */
export function wholeDocument(src: PageSource): ExportSection {
  return { docTitle: src.title, cite: '全文', sourceUrl: src.docUrl, blocks: readBlocks(src.body) };
}

/** One top-level section (an h2 and everything up to the next h2), by its anchor id. */
export function topLevelSection(src: PageSource, anchor: string): ExportSection {
  const blocks = readBlocks(src.body);
  const start = blocks.findIndex((b) => b.anchor === anchor && b.level === 1);
  if (start < 0) throw new Error(`no top-level section #${anchor} in ${src.docUrl}`);
  let end = blocks.findIndex((b, i) => i > start && b.level === 1);
  if (end < 0) end = blocks.length;
  const heading = src.body.querySelector(`[id="${anchor}"]`);
  return {
    docTitle: src.title,
    cite: heading?.getAttribute('data-cite') ?? anchor,
    sourceUrl: `${src.docUrl}#${anchor}`,
    blocks: blocks.slice(start, end),
  };
}
