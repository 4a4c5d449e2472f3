/**
 * The site's own address in copied links and printouts: the reader's address unless the
 * deployer configured a canonical origin (WENKU_SITE), checked on real builds of both kinds.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedDate } from '../../src/lib/site.ts';
import { canonicalAddress, siteAddress } from '../../src/lib/url.ts';
import { fixtureProject, repoRoot } from '../support/fixture-project.ts';

describe('siteAddress()', () => {
  it('takes the origin from the page the reader opened', () => {
    expect(siteAddress('/wenku/docs/plan/', 'http://10.1.2.3:8080/wenku/docs/plan/?highlight=x#s1')).toBe('http://10.1.2.3:8080/wenku/docs/plan/');
    expect(siteAddress('/docs/plan/', 'https://oa.example.local/docs/plan/')).toBe('https://oa.example.local/docs/plan/');
  });
  it('prefers a canonical origin configured on purpose', () => {
    expect(siteAddress('/wenku/docs/plan/', 'http://10.1.2.3:8080/wenku/docs/plan/', 'http://oa.example.local')).toBe(
      'http://oa.example.local/wenku/docs/plan/',
    );
    expect(siteAddress('/docs/plan/', 'http://10.1.2.3/docs/plan/', '')).toBe('http://10.1.2.3/docs/plan/');
  });
});

describe('canonicalAddress()', () => {
  it('is the configured origin with the path, and nothing when no origin is configured', () => {
    expect(canonicalAddress('/wenku/docs/plan/', new URL('http://oa.example.local'))).toBe('http://oa.example.local/wenku/docs/plan/');
    expect(canonicalAddress('/wenku/docs/plan/', 'http://oa.example.local/other/')).toBe('http://oa.example.local/wenku/docs/plan/');
    expect(canonicalAddress('/wenku/docs/plan/', undefined)).toBeUndefined();
  });
});

describe('printedDate()', () => {
  it('writes the date the Chinese way, in local time', () => {
    expect(printedDate(new Date(2026, 0, 5, 23, 59))).toBe('2026年1月5日');
    expect(printedDate(new Date(2026, 10, 27))).toBe('2026年11月27日');
  });
});

describe('built pages', () => {
  const fixture = fixtureProject('sitetest');
  const page = (file: string) => readFileSync(join(fixture.out, file), 'utf8');
  beforeAll(() => cpSync(join(repoRoot, 'tests/unit/anchors-fixtures/site'), fixture.content, { recursive: true }));
  afterAll(() => fixture.remove());

  it('without WENKU_SITE name no absolute address: the page supplies its own', () => {
    const r = fixture.astro(['build'], { WENKU_BASE: '/wenku/', WENKU_SITE: '' });
    expect(r.ok, r.output).toBe(true);
    const html = page('docs/fixture-plan/index.html');
    expect(html).toContain('data-doc-href="/wenku/docs/fixture-plan/"');
    expect(html).not.toContain('data-doc-url');
    expect(html).toMatch(/<p class="print-source" data-path="\/wenku\/docs\/fixture-plan\/"/);
    expect(html).not.toContain('data-site');
    expect(html).not.toMatch(/https?:\/\/localhost/);
  });

  it('with WENKU_SITE, copied links and printouts name that origin', () => {
    const r = fixture.astro(['build'], { WENKU_BASE: '/wenku/', WENKU_SITE: 'http://oa.example.local' });
    expect(r.ok, r.output).toBe(true);
    const html = page('docs/fixture-plan/index.html');
    expect(html).toContain('data-doc-url="http://oa.example.local/wenku/docs/fixture-plan/"');
    expect(html).toContain('data-site="http://oa.example.local/"');
  });
});
