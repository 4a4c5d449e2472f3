/**
 * The one place that registers Markdown/MDX plugins for the whole site.
 * Each plugin lives in its own file beside this one.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [];
