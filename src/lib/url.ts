/**
 * Internal links and assets must work when the site is served under a sub-path
 * (e.g. /wenku/ on an intranet). Every href the site renders goes through `url()`.
 */

/** Joins the configured base path and a site-relative path ("docs/x/", "/years/", "#top"). */
export function url(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
