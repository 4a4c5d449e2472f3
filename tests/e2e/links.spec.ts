/**
 * Links over the built site: every internal link and every `#fragment` resolves, on the root
 * build and on the sub-path build (served by the previews playwright.config.ts starts).
 *
 * The crawl is linkinator's (recursive, offline: only same-origin links are followed, and
 * fragments are checked against the ids of the target page, percent-decoded first).
 * Also: anchors.lock lists everything the build publishes (else `npm run lock:update`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { check, LinkState } from 'linkinator';
import { parseLock, unlockedEntries } from '../../src/integrations/permalinks/lock.ts';
import { idsInHtml, publishedSite, readSources } from '../../src/integrations/permalinks/published.ts';
import { contentDir } from '../../src/lib/content-dir.ts';

// Set by playwright.config.ts (a free port unless given).
const basePort = Number(process.env.E2E_BASE_PORT);

async function brokenLinks(start: string): Promise<string[]> {
  const origin = new URL(start).origin;
  const result = await check({
    path: start,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 20_000,
    // Offline: nothing outside the site's own origin (the copied absolute links use the
    // configured site URL, which is not served here).
    linksToSkip: async (link) => !link.startsWith(`${origin}/`),
  });
  return result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map(
      (l) =>
        `${l.url} (status ${l.status ?? '?'}) on ${l.parent ?? start}${l.failureDetails?.length ? `: ${JSON.stringify(l.failureDetails).slice(0, 200)}` : ''}`,
    );
}

test.describe.configure({ timeout: 180_000 });

test('every internal link and fragment of the site resolves', async ({ baseURL }) => {
  const broken = await brokenLinks(`${baseURL}/`);
  expect(broken, broken.join('\n')).toEqual([]);
});

test('every internal link and fragment resolves under the sub-path build', async () => {
  const broken = await brokenLinks(`http://127.0.0.1:${basePort}/wenku/`);
  expect(broken, broken.join('\n')).toEqual([]);
});

test('control: the checker reports a missing fragment and accepts a percent-encoded one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wenku-links-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p id="一">x</p><a href="#%E4%B8%80">ok</a><a href="b.html#s9">bad</a><a href="b.html#s1">ok</a>');
    writeFileSync(join(dir, 'b.html'), '<!doctype html><h2 id="s1">b</h2>');
    const result = await check({ path: dir, recurse: true, checkFragments: true });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => new URL(l.url, 'http://x/').hash);
    expect(broken).toEqual(['#s9']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no page uses the same id twice (a fragment must name one place)', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(0);
  const duplicates = pages.flatMap((page) => {
    const seen = new Set<string>();
    return idsInHtml(readFileSync(join(dist, page), 'utf8'))
      .filter((id) => seen.has(id) || !seen.add(id))
      .map((id) => `${page}: #${id}`);
  });
  expect(duplicates).toEqual([]);
});

test('anchors.lock lists every published document and anchor', async () => {
  test.skip(Boolean(process.env.WENKU_CONTENT_DIR) && !process.env.WENKU_ANCHORS_LOCK, 'fixture content has no lock');
  const lockPath = process.env.WENKU_ANCHORS_LOCK ?? 'anchors.lock';
  expect(existsSync(lockPath), `${lockPath} is missing: run npm run lock:update`).toBe(true);
  const site = await publishedSite(process.env.E2E_DIST ?? 'dist', readSources(contentDir()));
  expect(site.docs.length).toBeGreaterThan(0);
  const missing = unlockedEntries(parseLock(readFileSync(lockPath, 'utf8')), site);
  expect(missing, `not in ${lockPath} (run npm run lock:update and commit it):\n${missing.join('\n')}`).toEqual([]);
});
