/**
 * The one place that registers Markdown/MDX plugins for the whole site.
 * Each plugin lives in its own file beside this one.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFillIn from './rehype-fill-in.ts';
import rehypeStructuralAnchors from './rehype-structural-anchors.ts';
import rehypeWording from './rehype-wording.ts';

export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [
  // Structural ids for headings and paragraphs; runs before Astro's heading-id pass.
  rehypeStructuralAnchors,
  // Fill-in spots (XX, 20xx, ***) as <mark class="fill-in">; after the anchors, whose texts it leaves alone.
  rehypeFillIn,
  // Wording out of date (src/lib/wording/): needs the passage ids set just above.
  rehypeWording,
];
