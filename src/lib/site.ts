/** Site-wide constants shown to readers, and the site's own address. */
export const SITE_NAME = '精神文明建设文库';

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

/** 2026年11月27日: the date a page was printed, in the reader's own time zone. */
export function printedDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
