/**
 * The one reader of built pages (Node only), for the steps that run after `astro build` and the
 * scripts that read a build: a page parsed into a hast tree (hast-util-from-html, as the
 * Markdown plugins see the same HTML), the document pages of an output directory, and the
 * walks they all need (elements in document order, an element's text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A document page of a build: `<outDir>/docs/<dir>/index.html`, parsed. */
export interface BuiltPage {
  /** The page's directory under docs/: the document id, or a former id (redirect pages). */
  dir: string;
  file: string;
  tree: Root;
}

/** A built page (or a fragment of one) as a hast tree; a tree is returned as it is. */
export function parsePage(page: string | Root): Root {
  return typeof page === 'string' ? fromHtml(page) : page;
}

/** A built page read from its file and parsed. */
export function readPage(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

/**
 * The document pages of a build, by directory name, one parsed at a time (a large library
 * never holds every tree at once); redirect pages included (see isRedirectPage).
 */
export function* builtDocPages(outDir: string): Generator<BuiltPage> {
  const docsDir = join(outDir, 'docs');
  if (!existsSync(docsDir)) return;
  for (const dir of readdirSync(docsDir).sort()) {
    const file = join(docsDir, dir, 'index.html');
    if (!existsSync(file)) continue;
    yield { dir, file, tree: readPage(file) };
  }
}

/** Every element of a tree, in document order (an element before its children). */
export function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** The plain text of a node: its text nodes joined, tags dropped, entities decoded. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** Whether a page carries `<meta name="…">` with this name (e.g. the redirect pages' marker). */
export function hasMeta(tree: Root, name: string): boolean {
  for (const el of elements(tree)) if (el.tagName === 'meta' && el.properties['name'] === name) return true;
  return false;
}
