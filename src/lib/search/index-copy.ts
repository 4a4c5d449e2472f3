/**
 * Builds the index-only copy of a built document page (Node only): the text inside
 * `data-pagefind-body`, minus `data-pagefind-ignore` and chrome, block by block, each block's
 * text encoded as bigram words (./encoding.ts), every element id kept so Pagefind records
 * it as an anchor at the right word position; the title as a meta tag (facets: ./facets.ts).
 * The served page is never changed. What the index needs from the frontmatter travels on the
 * indexed article as data-* attributes (indexedDocAttributes, read back by readIndexedDoc).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { facets, yearOf, type FacetFields, type FacetValues } from '../facets.ts';
import { encodeBlock } from './encoding.ts';

/** Encodes one block of text as index words (./encoding.ts). */
export type Encoder = (text: string) => string;

/** A document as the index step sees it. */
export interface IndexedDoc extends FacetFields {
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

/** The data-* attribute of the indexed article that names the document (marks a document page). */
const ID_ATTR = 'data-doc-id';
const TITLE_ATTR = 'data-doc-title';
/** Only on a document with a version label (versions of one text are told apart on result cards). */
const VERSION_ATTR = 'data-doc-version';
/** One attribute per facet, its values space-separated: data-facet-year="2023 2024". */
const facetAttr = (key: string) => `data-facet-${key}`;
/** hast's property name of a data-* attribute: data-facet-year → dataFacetYear. */
const prop = (attr: string) => attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The attributes a document page puts on its `data-pagefind-body` element, so the index step
 * reads the document's id, title and facet values from the built page itself.
 */
export function indexedDocAttributes(id: string, title: string, fields: FacetFields & { version?: string | undefined }): Record<string, string> {
  const attrs: Record<string, string> = { [ID_ATTR]: id, [TITLE_ATTR]: title };
  if (fields.version) attrs[VERSION_ATTR] = fields.version;
  for (const f of facets) attrs[facetAttr(f.key)] = f.valuesOf(fields).join(' ');
  return attrs;
}

/**
 * Reads the document of a built page from its indexed article (see indexedDocAttributes);
 * undefined for a page without one (a redirect page). Throws, naming `file`, on a document
 * page whose attributes are missing or carry a value the facet does not know.
 */
export function readIndexedDoc(page: string | Root, path: string, file: string): IndexedDoc | undefined {
  const body = find(typeof page === 'string' ? fromHtml(page) : page, (el) => el.properties['dataPagefindBody'] !== undefined);
  if (!body) return undefined;
  const read = (attr: string): string => {
    const v = body.properties[prop(attr)];
    if (typeof v !== 'string')
      throw new Error(`${file}: the data-pagefind-body element has no ${attr} (see indexedDocAttributes in src/lib/search/index-copy.ts)`);
    return v;
  };
  const values = Object.fromEntries(
    facets.map((f) => {
      const list = read(facetAttr(f.key)).split(' ').filter(Boolean);
      const bad = list.find((v) => !f.isValue(v));
      if (bad !== undefined) throw new Error(`${file}: ${facetAttr(f.key)} has "${bad}", which is not a ${f.key} value`);
      return [f.key, list];
    }),
  ) as FacetValues;
  if (values.level.length !== 1) throw new Error(`${file}: ${facetAttr('level')} must hold exactly one level`);
  return {
    id: read(ID_ATTR),
    path,
    title: read(TITLE_ATTR),
    ...(typeof body.properties[prop(VERSION_ATTR)] === 'string' ? { version: body.properties[prop(VERSION_ATTR)] as string } : {}),
    years: values.year.flatMap((v) => yearOf(v) ?? []),
    level: values.level[0]!,
    types: values.type,
    topics: values.topic,
  };
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
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
export function indexCopy(page: string | Root, doc: IndexedDoc, encode: Encoder = encodeBlock): IndexCopy {
  const warnings: string[] = [];
  const tree = typeof page === 'string' ? fromHtml(page) : page;
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
