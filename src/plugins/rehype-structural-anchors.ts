/**
 * Gives every heading and body paragraph a stable id derived from the 公文 numbering
 * (scheme: src/lib/anchors/derive.ts) plus a `data-cite` label for citations.
 *
 * Must run before Astro's own heading-id pass (`rehypeHeadingIds` in
 * @astrojs/markdown-remark), which keeps an `id` that is already a string and reports it
 * as `headings[].slug`. User rehype plugins run before that pass both for Markdown
 * (createMarkdownProcessor) and MDX (createUnifiedMdxProcessor), so registering this
 * plugin in src/plugins/index.ts is enough.
 *
 * Reads `permalinks.pins` and `permalinks.aliases` from the document's frontmatter; each
 * alias becomes an empty `<span id="old" data-alias-of="new">` at the start of the passage
 * it moved to, so old links still land there.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { type Block, checkAliases, deriveAnchors } from '../lib/anchors/derive.ts';

const HEADING = /^h([1-6])$/;

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function stringMap(value: unknown, field: string, source: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const ok = typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  if (!ok) throw new Error(`${source}: frontmatter field "permalinks.${field}" must map anchor ids to anchor ids`);
  return value as Record<string, string>;
}

export default function rehypeStructuralAnchors() {
  return (tree: Root, file: VFile) => {
    const targets: Element[] = [];
    const blocks: Block[] = [];
    const walk = (children: (RootContent | ElementContent)[]) => {
      for (const node of children) {
        if (node.type !== 'element') continue; // MDX components (mdxJsx*) keep their own markup
        const heading = HEADING.exec(node.tagName);
        if (heading) {
          blocks.push({ type: 'heading', depth: Number(heading[1]), text: textOf(node) });
          targets.push(node);
        } else if (node.tagName === 'p') {
          if (!textOf(node).trim()) continue;
          blocks.push({ type: 'paragraph', text: textOf(node) });
          targets.push(node);
        } else {
          walk(node.children);
        }
      }
    };
    walk(tree.children);

    const source = file.path ? relative(process.cwd(), file.path) : 'document';
    const permalinks = file.data.astro?.frontmatter?.['permalinks'] as Record<string, unknown> | undefined;
    const pins = stringMap(permalinks?.['pins'], 'pins', source);
    const anchors = deriveAnchors(blocks, { pins, source });
    const byId = new Map<string, Element>();
    anchors.forEach((anchor, i) => {
      const el = targets[i]!;
      el.properties.id = anchor.id;
      el.properties.dataCite = anchor.cite;
      byId.set(anchor.id, el);
    });

    for (const [from, to] of checkAliases(anchors, stringMap(permalinks?.['aliases'], 'aliases', source), source)) {
      byId.get(to)!.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id: from, className: ['anchor-alias'], dataAliasOf: to },
        children: [],
      });
    }
  };
}
