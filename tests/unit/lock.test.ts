/**
 * The anchor lock: the pure rules, then real builds of a fixture site
 * (WENKU_CONTENT_DIR) that remove a section, alias it, and rename a document.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, repoRoot } from '../support/fixture-project.ts';
import { anchorsFromHtml, checkLock, formatLock, lockEntries, mergeLock, parseLock, type PublishedSite, unlockedEntries } from '../../src/lib/anchors/lock.ts';

const site = (docs: PublishedSite['docs'], formerIds: Record<string, string> = {}): PublishedSite => ({ docs, formerIds });
const plan = { id: 'plan', anchors: ['p1', 's1', 's1-1', 's2'], aliases: {} };

describe('lock rules', () => {
  it('lists document ids and doc#anchor lines, sorted, with a comment header', () => {
    const text = formatLock(lockEntries(site([plan])));
    expect(parseLock(text)).toEqual(['plan', 'plan#p1', 'plan#s1', 'plan#s1-1', 'plan#s2']);
    expect(text.startsWith('# ')).toBe(true);
    expect(text.endsWith('plan#s2\n')).toBe(true);
  });

  it('fails naming the document and the id when a section disappears', () => {
    const locked = lockEntries(site([plan]));
    const problems = checkLock(locked, site([{ ...plan, anchors: ['p1', 's1', 's2'] }]), (id) => `content/docs/${id}.mdx`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.entry).toBe('plan#s1-1');
    expect(problems[0]!.message).toContain('content/docs/plan.mdx: anchor "#s1-1" of document "plan"');
    expect(problems[0]!.message).toContain('permalinks.aliases');
  });

  it('passes when the document declares an alias for the lost anchor', () => {
    const locked = lockEntries(site([plan]));
    expect(checkLock(locked, site([{ ...plan, anchors: ['p1', 's1', 's2'], aliases: { 's1-1': 's1' } }]))).toEqual([]);
  });

  it('fails for a vanished document, once, and passes when another document claims its id', () => {
    const locked = lockEntries(site([plan]));
    const renamed = { ...plan, id: 'plan-v2' };
    const problems = checkLock(locked, site([renamed]));
    expect(problems.map((p) => p.entry)).toEqual(['plan']);
    expect(problems[0]!.message).toContain('document "plan" (/docs/plan/) was published but no longer exists');
    expect(checkLock(locked, site([renamed], { plan: 'plan-v2' }))).toEqual([]);
  });

  it('checks anchors of a renamed document against the new one', () => {
    const locked = lockEntries(site([plan]));
    const problems = checkLock(locked, site([{ id: 'plan-v2', anchors: ['p1', 's1', 's1-1'], aliases: {} }], { plan: 'plan-v2' }));
    expect(problems.map((p) => p.entry)).toEqual(['plan#s2']);
    expect(problems[0]!.message).toContain('(document "plan" is now "plan-v2")');
  });

  it('only grows: an update keeps every locked line and adds the new ones', () => {
    const locked = ['old-doc', 'plan', 'plan#s1'];
    const merged = mergeLock(locked, site([{ id: 'plan', anchors: ['s1', 's3'], aliases: {} }]));
    expect(merged).toEqual(['old-doc', 'plan', 'plan#s1', 'plan#s3']);
    expect(unlockedEntries(locked, site([{ id: 'plan', anchors: ['s1', 's3'], aliases: {} }]))).toEqual(['plan#s3']);
  });

  it('reads passages and alias markers from a built page', () => {
    const html = '<h2 id="s1" data-cite="第一部分"><span id="old" class="anchor-alias" data-alias-of="s1"></span>一、甲</h2><p id=s1-p1 data-cite="第一部分第1段">x</p><h2 id="edit-notes">整理说明</h2>';
    expect(anchorsFromHtml(html)).toEqual({ anchors: ['s1', 's1-p1'], aliases: { old: 's1' } });
  });
});

/* ------------------------------------------------------------------ real builds */

const fixture = fixtureProject('locktest');
const { content, out } = fixture;
const lock = join(fixture.work, 'anchors.lock');

function build(extra: Record<string, string> = {}) {
  return fixture.astro(['build'], {
    WENKU_ANCHORS_LOCK: lock,
    WENKU_BASE: '/wenku/',
    WENKU_SITE: 'http://oa.example.local',
    ...extra,
  });
}

function edit(file: string, fn: (s: string) => string) {
  const path = join(content, file);
  writeFileSync(path, fn(readFileSync(path, 'utf8')));
}

describe('lock on a built fixture site', () => {
  beforeAll(() => {
    cpSync(join(repoRoot, 'tests/unit/anchors-fixtures/site'), content, { recursive: true });
    const first = build({ WENKU_LOCK_UPDATE: '1' });
    expect(first.ok, first.output).toBe(true);
  }, 180_000);
  afterAll(() => fixture.remove());

  it('lock:update writes every published document and anchor', () => {
    const entries = parseLock(readFileSync(lock, 'utf8'));
    expect(entries).toContain('fixture-plan');
    expect(entries).toContain('fixture-plan#s1-2-3');
    expect(entries).toContain('fixture-plan#s1-2-3-p1');
    expect(entries).toContain('fixture-speech#s2-p1');
    expect(entries).toEqual([...entries].sort());
  });

  it('removing a section fails the build with the promised message; an alias makes it pass', () => {
    edit('fixture-plan.mdx', (s) => s.replace('#### 3、志愿服务\n\n组织志愿服务活动。\n', ''));
    const failed = build();
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('Published links would break');
    expect(failed.output).toMatch(/fixture-plan#s1-2-3: \S*fixture-plan\.mdx: anchor "#s1-2-3" of document "fixture-plan" was published \(anchors\.lock\) but is no longer on the page/);
    expect(failed.output).toContain('fixture-plan#s1-2-3-p1');

    edit('fixture-plan.mdx', (s) => s.replace('completeness: truncated\n', 'completeness: truncated\npermalinks:\n  aliases:\n    s1-2-3: s1-2-2\n    s1-2-3-p1: s1-2-2-p1\n'));
    const passed = build();
    expect(passed.ok, passed.output).toBe(true);
    const html = readFileSync(join(out, 'docs/fixture-plan/index.html'), 'utf8');
    expect(anchorsFromHtml(html).aliases).toEqual({ 's1-2-3': 's1-2-2', 's1-2-3-p1': 's1-2-2-p1' });
  });

  it('a renamed document fails until it names its former id; then the old URL redirects (with the base path)', () => {
    cpSync(join(content, 'fixture-speech.mdx'), join(content, 'fixture-speech-v2.mdx'));
    rmSync(join(content, 'fixture-speech.mdx'));
    edit('fixture-speech-v2.mdx', (s) => s.replace('id: fixture-speech\n', 'id: fixture-speech-v2\n'));
    const failed = build();
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('document "fixture-speech" (/docs/fixture-speech/) was published but no longer exists');

    edit('fixture-speech-v2.mdx', (s) => s.replace('completeness: complete\n', 'completeness: complete\npermalinks:\n  formerIds: [fixture-speech]\n'));
    const passed = build();
    expect(passed.ok, passed.output).toBe(true);
    const redirect = join(out, 'docs/fixture-speech/index.html');
    expect(existsSync(redirect)).toBe(true);
    const html = readFileSync(redirect, 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/wenku/docs/fixture-speech-v2/">');
    expect(html).toContain('location.replace("/wenku/docs/fixture-speech-v2/" + location.hash)');
    expect(html).toContain('<link rel="canonical" href="http://oa.example.local/wenku/docs/fixture-speech-v2/">');
    expect(html).toContain('<a href="/wenku/docs/fixture-speech-v2/">《在2022年市精神文明建设委员会（扩大）会议上的讲话》</a>');
  });

  it('in a browser, the old document URL lands on the new one with its #anchor, and an aliased anchor on its new passage', async () => {
    const own = chromium.executablePath();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? (existsSync(own) ? own : '/usr/bin/chromium') });
    try {
      const page = await browser.newPage();
      // Serve the built fixture from disk: no server, no network.
      await page.route('http://wenku.test/**', async (route) => {
        const path = new URL(route.request().url()).pathname.replace(/^\/wenku\//, '/');
        const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }[extname(file)] ?? 'application/octet-stream';
        return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
      });
      await page.goto('http://wenku.test/wenku/docs/fixture-speech/#s2-p1');
      await page.waitForURL('http://wenku.test/wenku/docs/fixture-speech-v2/#s2-p1');
      expect(await page.locator('#s2-p1').evaluate((el) => el.matches(':target'))).toBe(true);

      await page.goto('http://wenku.test/wenku/docs/fixture-plan/#s1-2-3-p1');
      await page.waitForURL('http://wenku.test/wenku/docs/fixture-plan/#s1-2-2-p1');
      expect(await page.locator('#s1-2-2-p1').evaluate((el) => el.matches(':target'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
