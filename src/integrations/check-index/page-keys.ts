/**
 * What the 起草自查 index takes from one built document page: its passages (elements with an
 * anchor id and a citation label, as src/plugins/rehype-wording.ts reads them) and their keys.
 * `extract` runs in the workers of mapPages (../built-pages.ts).
 */
import type { Element, Root } from 'hast';
import { placeNames } from '../../lib/check/units.ts';
import { parsePage, textOf } from '../built-pages.ts';
import { docKeys } from './build.ts';

/** The passages of a built document page: text of each element with an id and data-cite (not of passages inside one). */
export function pagePassages(page: string | Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | Element) => {
    for (const n of node.children) {
      if (n.type !== 'element') continue;
      if (typeof n.properties['id'] === 'string' && typeof n.properties['dataCite'] === 'string') out.push(textOf(n));
      else walk(n);
    }
  };
  walk(parsePage(page));
  return out;
}

/**
 * A page's index keys (docKeys of its passages and of the place names in them).
 * @public loaded by URL in mapPages' workers
 */
export function extract(tree: Root): Uint32Array {
  const passages = pagePassages(tree);
  return docKeys({ passages, places: [...new Set(passages.flatMap((p) => placeNames(p).map((n) => n.name)))] });
}
