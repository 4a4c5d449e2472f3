/**
 * Records, per document, the passages whose wording belongs to a period
 * (rules: src/data/wording/rules.yaml; matching: src/lib/wording/). Runs after
 * rehype-structural-anchors, so each passage already has its `id` and `data-cite`.
 *
 * The findings go into the document's frontmatter as `wording` (Astro returns them from
 * `render()` as `remarkPluginFrontmatter.wording`): only passages with a match, no text,
 * so a page carries a few hundred bytes at most and nothing grows with the library.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { documentFindings } from '../lib/wording/findings.ts';
import { wordingRules } from '../lib/wording/rules.ts';

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export default function rehypeWording() {
  return (tree: Root, file: VFile) => {
    const passages: { id: string; cite: string; text: string }[] = [];
    const walk = (children: (RootContent | ElementContent)[]) => {
      for (const node of children) {
        if (node.type !== 'element') continue;
        const { id, dataCite } = node.properties;
        if (typeof id === 'string' && typeof dataCite === 'string') passages.push({ id, cite: dataCite, text: textOf(node) });
        else walk(node.children);
      }
    };
    walk(tree.children);
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})['wording'] = documentFindings(passages, wordingRules());
  };
}
