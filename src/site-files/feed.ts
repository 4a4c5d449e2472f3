/** Shared by the feed and the OpenSearch description: absolute URLs under the base path. */

/** How many documents the feed lists: the newest, whatever the size of the library. */
export const FEED_SIZE = 20;

/**
 * An absolute URL for a site-relative path. The base path is read from the endpoint's own URL
 * (it sits at the site's root), the origin from the configured `site`.
 */
export function absoluteFor(site: URL | undefined, endpoint: URL): (path: string) => string {
  if (!site) throw new Error('src/site-files: an absolute URL needs `site` (WENKU_SITE); the routes are only injected when it is set');
  const root = new URL(new URL('./', endpoint).pathname, site);
  return (path) => new URL(path, root).href;
}
