/**
 * /opensearch.xml: lets a browser offer the site's search (linked from every page's <head>).
 * ShortName is at most 16 characters by the OpenSearch 1.1 specification.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../lib/site';
import { absoluteFor } from './feed';

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const GET: APIRoute = ({ site, url }) => {
  const absolute = absoluteFor(site, url);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${xml(SITE_NAME)}</ShortName>
  <Description>在${xml(SITE_NAME)}全文中查找确切的词句</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${xml(absolute('favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${xml(absolute('search/'))}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${xml(absolute('opensearch.xml'))}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
