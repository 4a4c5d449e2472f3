/**
 * docs/deploy.md's nginx block: the header policy is the site's policy (src/lib/csp.ts), and the
 * test server (npm run test:nginx) changes nothing in it but `listen` and `root`.
 */
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../../src/lib/csp.ts';
import { documentedServerBlock, headerValue, serverBlockFor } from '../../scripts/nginx/config.ts';

describe('the documented nginx server block', () => {
  const block = documentedServerBlock();

  it('sends the same Content-Security-Policy as the pages carry, plus frame-ancestors', () => {
    expect(headerValue(block, 'Content-Security-Policy')).toBe(cspHeader());
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
    expect(cspHeader()).not.toContain('unsafe-inline');
  });

  it('sends X-Content-Type-Options and serves the 404 page', () => {
    expect(headerValue(block, 'X-Content-Type-Options')).toBe('nosniff');
    expect(block).toMatch(/^\s*error_page 404 \/wenku\/404\.html;/m);
  });

  it('is tested with only listen and root replaced', () => {
    const tested = serverBlockFor('127.0.0.1:4458', '/tmp/site');
    const differing = tested.split('\n').filter((line, i) => line !== block.split('\n')[i]);
    expect(differing.map((l) => l.trim())).toEqual(['listen 127.0.0.1:4458;', 'root /tmp/site;']);
  });

  it('refuses a block with two roots (a test of another configuration would prove nothing)', () => {
    expect(() => serverBlockFor('127.0.0.1:1', '/x', `${block}\n    root /elsewhere;\n`)).toThrow(/exactly one `root`/);
  });
});
