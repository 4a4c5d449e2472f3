/**
 * The one place that registers Markdown/MDX plugins for the whole site.
 * Each plugin lives in its own file beside this one.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeStructuralAnchors from './rehype-structural-anchors.ts';
import rehypeWording from './rehype-wording.ts';

export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [
  // Structural ids for headings and paragraphs; runs before Astro's heading-id pass.
  rehypeStructuralAnchors,
  // Wording out of date (src/lib/wording/): needs the passage ids set just above.
  rehypeWording,
];
