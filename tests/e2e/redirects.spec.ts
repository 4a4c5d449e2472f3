import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type FixtureProject, fixtureProject, repoRoot } from '../support/fixture-project.ts';
import { watchPage } from './support/csp.ts';

/**
 * Redirects in a browser (moved here from tests/unit/lock.test.ts, which checks the pages' HTML):
 * a fixture site under /wenku/ where one document was renamed (permalinks.formerIds) and one
 * section removed with an alias. The old document URL lands on the new one keeping its #anchor,
 * and an aliased anchor lands on its new passage, with no Content-Security-Policy violation or
 * console error on the way (the redirect page carries the policy too). Served from disk by request routing.
 */
test.describe.configure({ mode: 'serial' });

const origin = 'http://wenku.test';
// Made in beforeAll, not when the file is loaded: Playwright loads spec files to list tests too.
let fixture: FixtureProject;
let out = '';

test.beforeAll(() => {
  test.setTimeout(180_000);
  fixture = fixtureProject('redirects');
  out = fixture.out;
  const { content } = fixture;
  cpSync(join(repoRoot, 'tests/unit/anchors-fixtures/site'), content, { recursive: true });
  const edit = (file: string, fn: (s: string) => string) => writeFileSync(join(content, file), fn(readFileSync(join(content, file), 'utf8')));
  edit('fixture-plan.mdx', (s) =>
    s
      .replace('#### 3、志愿服务\n\n组织志愿服务活动。\n', '')
      .replace('completeness: truncated\n', 'completeness: truncated\npermalinks:\n  aliases:\n    s1-2-3: s1-2-2\n    s1-2-3-p1: s1-2-2-p1\n'),
  );
  cpSync(join(content, 'fixture-speech.mdx'), join(content, 'fixture-speech-v2.mdx'));
  rmSync(join(content, 'fixture-speech.mdx'));
  edit('fixture-speech-v2.mdx', (s) =>
    s
      .replace('id: fixture-speech\n', 'id: fixture-speech-v2\n')
      .replace('completeness: complete\n', 'completeness: complete\npermalinks:\n  formerIds: [fixture-speech]\n'),
  );
  const r = fixture.astro(['build'], { WENKU_BASE: '/wenku/', WENKU_SEARCH_INDEX: 'off' });
  expect(r.ok, r.output).toBe(true);
});
test.afterAll(() => fixture?.remove());

test.beforeEach(async ({ page }) => {
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/wenku\//, '/');
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }[extname(file)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
  });
});

test('the old document URL lands on the new one with its #anchor', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(`${origin}/wenku/docs/fixture-speech/#s2-p1`);
  await page.waitForURL(`${origin}/wenku/docs/fixture-speech-v2/#s2-p1`);
  expect(await page.locator('#s2-p1').evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await problems()).toEqual([]);
});

test('an aliased anchor lands on its new passage', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(`${origin}/wenku/docs/fixture-plan/#s1-2-3-p1`);
  await page.waitForURL(`${origin}/wenku/docs/fixture-plan/#s1-2-2-p1`);
  expect(await page.locator('#s1-2-2-p1').evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await problems()).toEqual([]);
});
