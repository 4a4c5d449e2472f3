/** Builds a nested table of contents from the headings `render()` collects. */

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  depth: number;
  children: TocItem[];
}

/**
 * Nests headings between minDepth and maxDepth (inclusive) under their nearest shallower heading.
 * A heading deeper than its parent by more than one level still nests under it,
 * so a skipped level never drops an entry.
 */
export function buildToc(headings: readonly HeadingLike[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, depth: h.depth, children: [] };
    while (stack.length && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
