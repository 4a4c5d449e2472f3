/**
 * Files that need the site's absolute address: sitemap (@astrojs/sitemap), the feed of the newest
 * documents (rss.xml, @astrojs/rss) and the OpenSearch description (opensearch.xml), all under the
 * base path. The address comes from configuration (WENKU_SITE → `site`) and never from a default:
 * without it they are not built at all and the build says so once (docs/deploy.md).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

export default function siteFiles(): AstroIntegration {
  return {
    name: 'wenku-site-files',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute, updateConfig, logger }) => {
        if (!config.site) {
          // A note, not a warning: a local build (npm start) needs no address; a deployment sets one.
          if (command === 'build') logger.info('WENKU_SITE is not set: no sitemap, rss.xml or opensearch.xml (they need absolute URLs; see docs/deploy.md)');
          return;
        }
        injectRoute({ pattern: '/rss.xml', entrypoint: './src/integrations/site-files/rss.xml.ts', prerender: true });
        injectRoute({ pattern: '/opensearch.xml', entrypoint: './src/integrations/site-files/opensearch.xml.ts', prerender: true });
        updateConfig({ integrations: [sitemap()] });
      },
    },
  };
}
