import { globSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspHeader } from '../../src/lib/csp.ts';

/**
 * Only under `npm run test:nginx` (project "nginx"): what the server block of docs/deploy.md
 * sends for each kind of file. Paths are relative to /wenku/.
 */
const dist = process.env.E2E_DIST ?? 'dist-nginx';
const one = (pattern: string) => {
  const f = globSync(pattern, { cwd: dist }).sort()[0];
  if (!f) throw new Error(`${dist}: nothing matches ${pattern}`);
  return f;
};

// Below 256 bytes (gzip_min_length, brotli_min_length) nothing is compressed.
const atLeast256 = (path: string) => statSync(join(dist, path)).size >= 256;

const cases = [
  { what: 'a document page', path: 'docs/village-assessment-scheme/', type: 'text/html', cache: 'no-cache', compressed: true },
  { what: 'a fingerprinted stylesheet', path: one('_astro/*.css'), type: 'text/css', cache: 'max-age=31536000', compressed: true },
  { what: 'a fingerprinted script', path: one('_astro/*.js'), type: 'application/javascript', cache: 'max-age=31536000', compressed: true },
  {
    what: "Pagefind's entry (not hashed)",
    path: 'pagefind/pagefind-entry.json',
    type: 'application/json',
    cache: 'no-cache',
    compressed: atLeast256('pagefind/pagefind-entry.json'),
  },
  { what: "Pagefind's script (not hashed)", path: 'pagefind/pagefind.js', type: 'application/javascript', cache: 'no-cache', compressed: true },
  { what: "Pagefind's metadata", path: one('pagefind/*.pf_meta'), type: 'application/octet-stream', cache: 'max-age=31536000', compressed: false },
  { what: 'an index chunk', path: one('pagefind/index/*.pf_index'), type: 'application/octet-stream', cache: 'max-age=31536000', compressed: false },
  { what: 'a fragment', path: one('pagefind/fragment/*.pf_fragment'), type: 'application/octet-stream', cache: 'max-age=31536000', compressed: false },
  { what: "Pagefind's WebAssembly (not hashed)", path: one('pagefind/*.pagefind'), type: 'application/octet-stream', cache: 'no-cache', compressed: false },
  { what: 'the facet table (not hashed)', path: 'pagefind/wenku-facets.bin', type: 'application/octet-stream', cache: 'no-cache', compressed: false },
  // Built because test:nginx sets WENKU_SITE, as a deployment does.
  { what: 'the feed', path: 'rss.xml', type: 'xml', cache: 'no-cache', compressed: atLeast256('rss.xml') },
  {
    what: 'the search description',
    path: 'opensearch.xml',
    type: 'application/opensearchdescription+xml',
    cache: 'no-cache',
    compressed: atLeast256('opensearch.xml'),
  },
  { what: 'the sitemap index', path: 'sitemap-index.xml', type: 'xml', cache: 'no-cache', compressed: atLeast256('sitemap-index.xml') },
  { what: 'the sitemap', path: 'sitemap-0.xml', type: 'xml', cache: 'no-cache', compressed: atLeast256('sitemap-0.xml') },
];

for (const c of cases) {
  test(`${c.what}: ${c.type}, ${c.cache}, security headers${c.compressed ? ', brotli and gzip' : ', sent as it is'}`, async ({ request }) => {
    for (const encoding of ['br', 'gzip']) {
      const r = await request.get(c.path, { headers: { 'Accept-Encoding': encoding } });
      expect(r.status(), c.path).toBe(200);
      const h = r.headers();
      expect(h['content-type'], c.path).toContain(c.type);
      expect(h['cache-control'], c.path).toContain(c.cache);
      expect(h['content-security-policy']).toBe(cspHeader());
      expect(h['x-content-type-options']).toBe('nosniff');
      // Pagefind's own files are gzip streams already.
      if (c.compressed) expect(h['content-encoding'], `${c.path} with ${encoding}`).toBe(encoding);
      else expect(h['content-encoding'], c.path).toBeUndefined();
    }
  });
}

test("a missing page: status 404, the site's 404 page, with the policy", async ({ request }) => {
  const r = await request.get('no-such-page/');
  expect(r.status()).toBe(404);
  expect(await r.text()).toContain('content-security-policy');
  expect(r.headers()['content-security-policy']).toBe(cspHeader());
});

test('a directory without its slash redirects relative to the server (no internal host name)', async ({ request }) => {
  const r = await request.get('docs/village-assessment-scheme', { maxRedirects: 0 });
  expect(r.status()).toBe(301);
  expect(r.headers()['location']).toBe('/wenku/docs/village-assessment-scheme/');
});
