/**
 * Internal links and assets must work when the site is served under a sub-path
 * (e.g. /wenku/ on an intranet). Every href the site renders goes through `url()`; every
 * absolute address (copied links, citations, printouts, feeds, canonical links) through
 * `siteAddress()` or `canonicalAddress()`.
 */

/** Joins the configured base path and a site-relative path ("docs/x/", "/years/", "#top"). */
export function url(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/**
 * The absolute address of a page of this site, as written into copied links, citations
 * and printouts. `path` is root-relative with the base path (from `url()`, e.g.
 * /wenku/docs/x/). A canonical origin the deployer configured on purpose (WENKU_SITE, Astro's
 * `site`) wins; otherwise the page's own address (`location.href`) supplies the origin, so
 * a copy of `dist/` on any server, port or host name hands out links that work there.
 */
export function siteAddress(path: string, here: string, configured?: string): string {
  return new URL(path, configured || here).href;
}

/** The canonical address of a page (see siteAddress), only when the site's origin is configured: never guessed at build time. */
export function canonicalAddress(path: string, site: URL | string | undefined): string | undefined {
  return site ? siteAddress(path, String(site)) : undefined;
}
