/**
 * Marks every fill-in spot of a document (XX, 20xx, ***, 某某 …; detection in
 * src/lib/templates/placeholders.ts) as `<mark class="fill-in" id="fill-<n>">`, numbered in
 * reading order, and records them in the frontmatter the page gets from `render()`
 * (`remarkPluginFrontmatter.fillIns`) for the 需要填写 panel.
 *
 * The Word export highlights `mark.fill-in`; the marks are inline, so the passages' ids,
 * their texts (anchors.lock) and the search copy are unchanged. Runs after the structural
 * anchors so each spot can name the passage it stands in.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { type FillInKind, findPlaceholders } from '../lib/templates/placeholders.ts';

/** One spot as the page's 需要填写 panel lists it. */
export interface FillInEntry {
  /** Element id of the mark: fill-1, fill-2 … */
  id: string;
  kind: FillInKind;
  text: string;
  /** A few characters either side, from the same passage. */
  before: string;
  after: string;
  /** Citation label of the passage (data-cite), e.g. 第二部分第1段. */
  cite: string;
}

/** Text inside these is never a spot (code samples, scripts, existing marks). */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'mark', 'kbd', 'samp']);
const CONTEXT = 8;

export default function rehypeFillIn() {
  return (tree: Root, file: VFile) => {
    const entries: FillInEntry[] = [];
    const visit = (parent: Root | Element, cite: string) => {
      const out: (RootContent | ElementContent)[] = [];
      for (const node of parent.children) {
        if (node.type === 'element') {
          if (!SKIP.has(node.tagName)) {
            const own = node.properties['dataCite'];
            visit(node, typeof own === 'string' ? own : cite);
          }
          out.push(node);
        } else if (node.type === 'text') {
          out.push(...split(node, cite, entries));
        } else {
          out.push(node);
        }
      }
      parent.children = out as typeof parent.children;
    };
    visit(tree, '');
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})['fillIns'] = entries;
  };
}

function split(node: Text, cite: string, entries: FillInEntry[]): ElementContent[] {
  const text = node.value;
  const spots = findPlaceholders(text);
  if (spots.length === 0) return [node];
  const out: ElementContent[] = [];
  let at = 0;
  for (const spot of spots) {
    if (spot.start > at) out.push({ type: 'text', value: text.slice(at, spot.start) });
    const id = `fill-${entries.length + 1}`;
    out.push({
      type: 'element',
      tagName: 'mark',
      properties: { className: ['fill-in'], id, dataFillKind: spot.kind },
      children: [{ type: 'text', value: spot.text }],
    });
    entries.push({
      id,
      kind: spot.kind,
      text: spot.text,
      before: text.slice(Math.max(0, spot.start - CONTEXT), spot.start),
      after: text.slice(spot.end, spot.end + CONTEXT),
      cite,
    });
    at = spot.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
