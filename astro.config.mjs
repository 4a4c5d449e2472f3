// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import permalinks from './src/integrations/permalinks.ts';
import searchIndex from './src/integrations/search-index/index.ts';
import { searchOptionsFromEnv } from './src/integrations/search-index/options.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';
import siteFiles from './src/integrations/site-files.ts';
import unfilled from './src/integrations/unfilled.ts';
import checkIndex from './src/integrations/check-index.ts';
import { contentDir } from './src/lib/content-dir.ts';

/**
 * Deployment settings come from the environment so an intranet can host the site
 * under its own origin and sub-path without editing code:
 *   WENKU_SITE  canonical origin for copied links, citations and printouts, e.g. http://oa.example.local;
 *               unset (the default), pages use the address the reader opened them at
 *   WENKU_BASE  sub-path the site is served under, e.g. /wenku/ (default /)
 *   WENKU_OUT   build output directory (default dist)
 *   WENKU_CACHE Astro cache directory (default node_modules/.astro), so parallel builds do not share one
 * and the keeper's and the tests' settings, passed to the integrations as options (Starlight's way;
 * the integrations read no variable themselves):
 *   WENKU_CONTENT_DIR   documents' directory (default content/docs; src/lib/content-dir.ts)
 *   WENKU_ANCHORS_LOCK  anchor lock to check (default anchors.lock; none for another content directory)
 *   WENKU_LOCK_UPDATE=1 add new anchors to the lock (npm run lock:update)
 *   WENKU_LOCK_ACCEPT   "<doc>#<anchor> …" whose new text the keeper accepts (npm run lock:accept)
 *   WENKU_SEARCH_*  the search index step: src/integrations/search-index/options.ts
 */
/**
 * Astro wraps every rendered MDX document in a module that starts with its own marker
 * "use astro:head-inject", and Rolldown warns once per document that it may not keep that
 * directive when bundling (MODULE_LEVEL_DIRECTIVE): Astro's own code, nothing a keeper can act on,
 * and one warning per document (https://github.com/withastro/astro/issues/18087). Only that one
 * code with that one directive is dropped; every other warning is printed as before.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: { code?: string, message: string }) => void} warn
 */
function quietAstroDirective(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

// No default: a build-time guess (e.g. http://localhost:4321) would end up in every copied link.
const site = process.env.WENKU_SITE || undefined;
const base = process.env.WENKU_BASE ?? '/';
const docsDir = contentDir();
const lock = {
  // Another content directory (a test fixture) has no lock unless it names its own.
  lockPath: process.env.WENKU_ANCHORS_LOCK ?? (process.env.WENKU_CONTENT_DIR ? undefined : 'anchors.lock'),
  update: process.env.WENKU_LOCK_UPDATE === '1',
  accept: (process.env.WENKU_LOCK_ACCEPT ?? '').split(/[\s,]+/).filter(Boolean),
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir: process.env.WENKU_OUT ?? 'dist',
  cacheDir: process.env.WENKU_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Unified (remark/rehype) instead of the default satteri processor: our structural
  // anchor plugins are rehype plugins; see src/plugins/index.ts.
  // gfm: false because GFM is in the shared remarkPlugins (src/plugins/index.ts), applied once.
  // syntaxHighlight off: Shiki writes inline style attributes, which the CSP forbids (the texts have no code).
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false }) },
  integrations: [
    unfilled({ contentDir: docsDir }),
    mdx(),
    permalinks({ contentDir: docsDir, ...lock }),
    searchIndex(searchOptionsFromEnv(process.env)),
    siteFiles(),
    checkIndex(),
  ],
  // Content-Security-Policy on every page (src/lib/csp.ts); no inline code, so the web server can send the same header.
  security: { csp: { directives: [...cspDirectives], scriptDirective: { resources: [...scriptSources] }, styleDirective: { resources: [...styleSources] } } },
  // Workers as ES modules, so the traditional-character worker loads OpenCC's data as a chunk of its own, only when needed.
  // chunkSizeWarningLimit: the largest chunk is the docx library (518 kB minified, 153 kB gzipped), loaded only
  // when a reader downloads a Word file; Vite's 500 kB warning about it named nothing a newcomer could act on.
  vite: { build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 700, rolldownOptions: { onwarn: quietAstroDirective } }, worker: { format: 'es' } },
});
