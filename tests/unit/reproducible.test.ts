/**
 * Two builds of the same commit, in two project copies and two output directories, give
 * byte-identical output (pages, search index, feeds, sitemap) and the same anchors.lock written
 * from scratch: nothing depends on the time (the second build's clock runs 400 days ahead), the
 * machine's path or the order work finished in.
 * The builds run as IT staff would (WENKU_SITE and WENKU_BASE set), so the sitemap, the feed and
 * the OpenSearch description are built and checked here too.
 */
import { createHash } from 'node:crypto';
import { cpSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/lib/content-dir.ts';
import { frontmatterData } from '../../src/lib/frontmatter.ts';
import { displayTitle } from '../../src/lib/labels.ts';
import { FEED_SIZE } from '../../src/integrations/site-files/feed.ts';
import { fixtureProject, repoRoot } from '../support/fixture-project.ts';

const SITE = 'http://oa.example.local';
const builds = [fixtureProject('repro-a'), fixtureProject('repro-b')];
const lockOf = (f: (typeof builds)[number]) => join(f.work, 'anchors.lock');

function hashes(dir: string): Map<string, string> {
  return new Map(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}

// The second build runs with its clock 400 days ahead: the output must not depend on the date.
const shiftedClock = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${join(repoRoot, 'tests/support/shifted-clock.mjs')}`.trim() };

beforeAll(() => {
  builds.forEach((f, i) => {
    cpSync(join(repoRoot, 'content/docs'), f.content, { recursive: true });
    const r = f.astro(['build'], {
      WENKU_SITE: SITE,
      WENKU_BASE: '/wenku/',
      WENKU_ANCHORS_LOCK: lockOf(f),
      WENKU_LOCK_UPDATE: '1',
      ...(i === 1 ? shiftedClock : {}),
    });
    expect(r.ok, r.output).toBe(true);
  });
}, 300_000);
afterAll(() => builds.forEach((f) => f.remove()));

describe('reproducible builds', () => {
  it('every file of the two outputs is byte-identical', () => {
    const [a, b] = builds.map((f) => hashes(f.out));
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    const differing = [...a!].filter(([f, h]) => b!.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
    // The comparison covered what matters.
    for (const f of ['index.html', 'rss.xml', 'sitemap-0.xml', 'opensearch.xml', 'pagefind/pagefind-entry.json']) expect(a!.has(f), f).toBe(true);
    expect([...a!.keys()].some((f) => f.endsWith('.pf_index'))).toBe(true);
  });

  it('the anchor locks written from scratch are identical', () => {
    const [a, b] = builds.map((f) => readFileSync(lockOf(f), 'utf8'));
    expect(a!.split('\n').length).toBeGreaterThan(100);
    expect(a).toBe(b);
  });

  it("the output names neither the build machine's paths nor localhost", () => {
    const out = builds[0]!.out;
    for (const f of globSync('**/*.{html,xml,json,js,css}', { cwd: out })) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text.includes(builds[0]!.work), f).toBe(false);
      // An address, not the word: the .docx reader of 起草自查 bundles vfile's browser URL code, whose error message names "localhost".
      expect(/\/\/(?:localhost|127\.0\.0\.1)\b/.test(text), f).toBe(false);
    }
  });
});

/* ------------------------------------------------ what needs the site's address, on build a */

function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c, out);
  return out;
}
const page = (path: string) => elements(fromHtml(readFileSync(join(builds[0]!.out, path), 'utf8')));
const meta = (els: Element[], key: string) =>
  els.find((e) => e.tagName === 'meta' && (e.properties['name'] === key || e.properties['property'] === key))?.properties['content'];
const linkHref = (els: Element[], rel: string) => els.find((e) => e.tagName === 'link' && String(e.properties['rel']) === rel)?.properties['href'];

describe('feed, sitemap, OpenSearch and page metadata (WENKU_SITE set, under /wenku/)', () => {
  const docIds = () =>
    globSync('*.mdx', { cwd: join(repoRoot, 'content/docs') })
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort();

  it(`rss.xml lists the ${FEED_SIZE} newest documents (or all), with absolute links under the base path`, () => {
    const xml = readFileSync(join(builds[0]!.out, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]!);
    expect(links).toHaveLength(Math.min(FEED_SIZE, docIds().length));
    expect(new Set(links).size).toBe(links.length);
    for (const l of links) {
      expect(l).toMatch(new RegExp(`^${SITE}/wenku/docs/[a-z0-9-]+/$`));
      expect(docIds()).toContain(l.split('/').at(-2));
    }
    expect(xml).toContain(`<link>${SITE}/wenku/</link>`);
  });

  it('the sitemap lists every document page under the base path, and no 404 page', () => {
    const index = readFileSync(join(builds[0]!.out, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}/wenku/sitemap-0.xml</loc>`);
    const xml = readFileSync(join(builds[0]!.out, 'sitemap-0.xml'), 'utf8');
    for (const id of docIds()) expect(xml).toContain(`<loc>${SITE}/wenku/docs/${id}/</loc>`);
    expect(xml).not.toContain('404');
  });

  it('opensearch.xml sends the browser to the search page; every page links it, the feed and the sitemap', () => {
    const xml = readFileSync(join(builds[0]!.out, 'opensearch.xml'), 'utf8');
    expect(xml).toContain(`template="${SITE}/wenku/search/?q={searchTerms}"`);
    for (const path of ['index.html', 'about/index.html', `docs/${docIds()[0]}/index.html`, 'search/index.html']) {
      const els = page(path);
      expect(linkHref(els, 'search'), path).toBe('/wenku/opensearch.xml');
      expect(linkHref(els, 'alternate'), path).toBe('/wenku/rss.xml');
      expect(linkHref(els, 'sitemap'), path).toBe('/wenku/sitemap-index.xml');
    }
  });

  it("a document's description and og: tags come from its 提要 (summary) and its address", () => {
    for (const id of docIds()) {
      const data = frontmatterData(readFileSync(join(repoRoot, CONTENT_DIR, `${id}.mdx`), 'utf8')) as { summary: string; title: string; version?: string };
      const els = page(`docs/${id}/index.html`);
      expect(meta(els, 'description'), id).toBe(data.summary);
      expect(meta(els, 'og:description'), id).toBe(data.summary);
      // With its version label where it has one (displayTitle), as everywhere it is named.
      expect(meta(els, 'og:title'), id).toBe(displayTitle(data));
      expect(meta(els, 'og:type'), id).toBe('article');
      expect(meta(els, 'og:url'), id).toBe(`${SITE}/wenku/docs/${id}/`);
    }
    expect(meta(page('index.html'), 'og:type')).toBe('website');
    expect(meta(page('index.html'), 'og:url')).toBe(`${SITE}/wenku/`);
    // The 404 page is served at whatever address was missing: it names none.
    expect(meta(page('404.html'), 'og:url')).toBeUndefined();
  });
});
