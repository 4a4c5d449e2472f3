/** Shared by the feed and the OpenSearch description: absolute URLs under the base path. */
import { siteAddress, url } from '../../lib/url';

/** How many documents the feed lists: the newest, whatever the size of the library. */
export const FEED_SIZE = 20;

/**
 * An absolute URL for a site-relative path. The base path is read from the endpoint's own URL
 * (it sits at the site's root), the origin from the configured `site`.
 */
export function absoluteFor(site: URL | undefined, endpoint: URL): (path: string) => string {
  if (!site) throw new Error('src/integrations/site-files: an absolute URL needs `site` (WENKU_SITE); the routes are only injected when it is set');
  const base = new URL('./', endpoint).pathname;
  return (path) => siteAddress(url(path, base), site.href);
}
