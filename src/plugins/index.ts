/**
 * The one place that registers Markdown/MDX plugins for the whole site, and for the importer's
 * MDX check (src/importer/write.ts), so what the importer writes is read as the site reads it.
 * Each plugin of ours lives in its own file beside this one.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkPlainAddresses from './remark-plain-addresses.ts';
import rehypeFillIn from './rehype-fill-in.ts';
import rehypeStructuralAnchors from './rehype-structural-anchors.ts';
import rehypeWording from './rehype-wording.ts';

// GFM (tables, autolink literals, strikethrough) listed here rather than switched on by Astro
// (astro.config.mjs sets gfm: false), so the importer's check parses with it too.
export const remarkPlugins: RemarkPlugins = [
  remarkGfm,
  // Addresses in the text ("www.xx.com", "http://…") are not made links: after GFM.
  remarkPlainAddresses,
];
export const rehypePlugins: RehypePlugins = [
  // Structural ids for headings and paragraphs; runs before Astro's heading-id pass.
  rehypeStructuralAnchors,
  // Fill-in spots (XX, 20xx, ***) as <mark class="fill-in">; after the anchors, whose texts it leaves alone.
  rehypeFillIn,
  // Wording out of date (src/lib/wording/): needs the passage ids set just above.
  rehypeWording,
];
