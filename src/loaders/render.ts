/**
 * A document's MDX body rendered to HTML at load time, with the site's own Markdown plugins
 * (src/plugins/index.ts) and Astro's heading ids, as @astrojs/mdx would render it, but to a
 * string kept on disk instead of one JavaScript module per document in the page bundle: the
 * page build's memory then no longer grows with the library (docs/search.md, "Page build").
 * The one JSX element the documents may hold, <SourceGap note="…" />, becomes its note here.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { FillInEntry } from '../plugins/rehype-fill-in.ts';
import { rehypePlugins, remarkPlugins } from '../plugins/index.ts';
import type { PassageFinding } from '../lib/wording/findings.ts';

/** What a document page needs of its body. */
export interface RenderedDoc {
  html: string;
  headings: MarkdownHeading[];
  /** Fill-in spots (src/plugins/rehype-fill-in.ts). */
  fillIns: FillInEntry[];
  /** Wording out of date (src/plugins/rehype-wording.ts). */
  wording: PassageFinding[];
}

/** Where a document's text is cut off, with the library's note: 原文此处不完整：… */
function sourceGap(node: MdxJsxFlowElement, file: string): Element {
  const attrs = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
  const note = attrs.find((a) => a.name === 'note')?.value;
  if (node.name !== 'SourceGap' || attrs.length !== node.attributes.length || (note !== undefined && note !== null && typeof note !== 'string')) {
    throw new Error(`${file}: <${node.name ?? ''}> is not allowed in a document (only <SourceGap note="…" />)`);
  }
  const children: ElementContent[] = [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: '原文此处不完整' }] }];
  if (note) children.push({ type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: `：${note}` }] });
  return { type: 'element', tagName: 'p', properties: { className: ['source-gap'], role: 'note', dataPagefindIgnore: true }, children };
}

/**
 * The JSX elements, passed through the site's rehype plugins untouched (as in @astrojs/mdx, where
 * they are components: the anchors never number them), become their HTML afterwards.
 */
function rehypeSourceGaps(file: string) {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      node.children = node.children.map((child) => {
        if ((child.type as string) === 'mdxJsxFlowElement') return sourceGap(child as unknown as MdxJsxFlowElement, file);
        if (child.type === 'element') walk(child);
        return child;
      }) as typeof node.children;
    };
    walk(tree);
  };
}

function processor(file: string) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement'] })
    .use(rehypePlugins as PluggableList)
    .use(rehypeSourceGaps, file)
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
}

/**
 * Renders the MDX `body` of the document at `file` (named in errors), whose parsed frontmatter
 * is `frontmatter` (the anchor plugin reads its permalinks).
 */
export async function renderDoc(body: string, frontmatter: Record<string, unknown>, file: string): Promise<RenderedDoc> {
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: { ...frontmatter } } } });
  const html = String(await processor(file).process(vfile));
  const astro = vfile.data['astro'] as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> };
  return {
    html,
    headings: astro.headings ?? [],
    fillIns: (astro.frontmatter?.['fillIns'] ?? []) as FillInEntry[],
    wording: (astro.frontmatter?.['wording'] ?? []) as PassageFinding[],
  };
}
