/**
 * Builds the index-only copy of a built document page (Node only): the text inside
 * `data-pagefind-body`, minus `data-pagefind-ignore` and chrome, block by block, each block's
 * text encoded as bigram words (./encoding.ts), every element id kept so Pagefind records
 * it as an anchor at the right word position; the title as a meta tag (facets: ./facets.ts).
 * The served page is never changed.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { encodeBlock } from './encoding.ts';

/** Encodes one block of text as index words (./encoding.ts). */
export type Encoder = (text: string) => string;

export interface ManifestDoc {
  id: string;
  /** Site-relative path of the page, without the base path: "docs/<id>/". */
  path: string;
  title: string;
  /** The document's version label, if any (two versions of one speech): shown on result cards. */
  version?: string | undefined;
  years: number[];
  level: string;
  types: string[];
  topics: string[];
}

export interface SearchManifest {
  docs: ManifestDoc[];
}


const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Never searchable, whether or not the page marks them. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'iframe', 'img']);

function isIgnored(el: Element): boolean {
  return SKIP.has(el.tagName) || el.properties['dataPagefindIgnore'] !== undefined;
}

function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function textOf(nodes: (RootContent | ElementContent)[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' && !isIgnored(n)) out += textOf(n.children);
  }
  return out;
}

function hasBlock(nodes: ElementContent[]): boolean {
  return nodes.some((n) => n.type === 'element' && !isIgnored(n) && (BLOCK.has(n.tagName) || hasBlock(n.children)));
}

function idAttr(el: Element): string {
  const id = el.properties['id'];
  return typeof id === 'string' && id ? ` id="${escapeAttr(id)}"` : '';
}

/**
 * One encoded block. A heading keeps its id (Pagefind stores the heading's text with the
 * anchor: the section title). Any other id goes on an empty marker at the start of the
 * block: Pagefind stores every anchor's text in the page's fragment, and paragraph texts
 * stored twice would double what a result costs to load.
 */
function block(tag: string, id: string, text: string, sink: string[], encode: Encoder): string {
  if (text.trim()) sink.push(text);
  const enc = encode(text);
  if (!enc) return '';
  return /^h[1-6]$/.test(tag) ? `<${tag}${id}>${enc}</${tag}>` : `<${tag}>${id ? `<span${id}></span>` : ''}${enc}</${tag}>`;
}

/** Writes an element's searchable content as encoded blocks. */
function walk(el: Element, sink: string[], encode: Encoder): string {
  if (isIgnored(el)) return '';
  if (!hasBlock(el.children)) {
    const tag = /^h[1-6]$/.test(el.tagName) ? el.tagName : 'p';
    return block(tag, idAttr(el), textOf(el.children), sink, encode);
  }
  let out = '';
  let inline: ElementContent[] = [];
  const flush = () => {
    out += block('p', '', textOf(inline), sink, encode);
    inline = [];
  };
  for (const child of el.children) {
    if (child.type === 'element' && (BLOCK.has(child.tagName) || hasBlock(child.children))) {
      flush();
      out += walk(child, sink, encode);
    } else inline.push(child);
  }
  flush();
  const id = idAttr(el);
  return id ? `<div><span${id}></span>${out}</div>` : out;
}

function find(node: Root | Element, pred: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (pred(child)) return child;
    const hit = find(child, pred);
    if (hit) return hit;
  }
  return undefined;
}

export interface IndexCopy {
  html: string;
  /** Plain text of each indexed block, before encoding (the benchmark's ground truth). */
  blocks: string[];
  /** Problems worth a build warning (e.g. no data-pagefind-body on the page). */
  warnings: string[];
}

/**
 * The copy of one page for the bigram index (default) or, with `encodeBlockUnigrams`, for the
 * unigram index of single characters.
 */
export function indexCopy(pageHtml: string, doc: ManifestDoc, encode: Encoder = encodeBlock): IndexCopy {
  const warnings: string[] = [];
  const tree = fromHtml(pageHtml);
  let body = find(tree, (el) => el.properties['dataPagefindBody'] !== undefined);
  if (!body) {
    warnings.push(`${doc.path}: no data-pagefind-body element; indexing <main>`);
    body = find(tree, (el) => el.tagName === 'main');
  }
  const blocks: string[] = [];
  let content = body ? walk(body, blocks, encode) : '';
  if (!body || !find(body, (el) => el.tagName === 'h1')) {
    const title: string[] = [];
    content = block('h1', '', doc.title, title, encode) + content;
    blocks.unshift(...title);
  }

  // Facets are not Pagefind filters: they go into the facet table (./facets.ts).
  const tags: string[] = [`<meta data-pagefind-meta="title[content]" content="${escapeAttr(doc.title)}">`];
  if (doc.version) tags.push(`<meta data-pagefind-meta="version[content]" content="${escapeAttr(doc.version)}">`);
  const html = `<!doctype html><html lang="und"><head><meta charset="utf-8">${tags.join('')}</head><body><div data-pagefind-body>${content}</div></body></html>`;
  return { html, blocks, warnings };
}
