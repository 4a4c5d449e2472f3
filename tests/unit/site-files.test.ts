/**
 * Without a configured address (WENKU_SITE) the files that need absolute URLs are not built, and
 * the build says so once (a note: a local build needs none); with one, they are (their content: tests/unit/reproducible.test.ts).
 */
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import siteFiles from '../../src/integrations/site-files.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

function setup(site: string | undefined) {
  const routes: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  let integrations: string[] = [];
  const hook = siteFiles().hooks['astro:config:setup'] as Setup;
  void hook({
    config: { site },
    command: 'build',
    injectRoute: (r: { pattern: string }) => routes.push(r.pattern),
    updateConfig: (c: { integrations?: { name: string }[] }) => {
      integrations = (c.integrations ?? []).map((i) => i.name);
    },
    logger: { warn: (m: string) => warnings.push(m), info: (m: string) => notes.push(m) },
  } as unknown as Parameters<Setup>[0]);
  return { routes, warnings, notes, integrations };
}

describe('site files', () => {
  it('without WENKU_SITE: no sitemap, feed or OpenSearch description, and one note (not a warning) naming WENKU_SITE', () => {
    const r = setup(undefined);
    expect(r.routes).toEqual([]);
    expect(r.integrations).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('WENKU_SITE is not set');
  });

  it('with WENKU_SITE: rss.xml, opensearch.xml and the sitemap integration', () => {
    const r = setup('http://oa.example.local');
    expect(r.routes).toEqual(['/rss.xml', '/opensearch.xml']);
    expect(r.integrations).toEqual(['@astrojs/sitemap']);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([]);
  });
});
