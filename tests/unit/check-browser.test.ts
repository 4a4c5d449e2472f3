/**
 * `npm test` on a machine without a browser stops at once with one message naming the ways to
 * get one, instead of failing a minute later inside a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onPath } from '../support/browser.ts';
import { repoRoot } from '../support/fixture-project.ts';

// No browser: CHROMIUM_PATH names nothing, and Playwright looks for its own in an empty place.
const noBrowser = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', PLAYWRIGHT_BROWSERS_PATH: '/nonexistent/ms-playwright' };

describe('npm test without a browser', () => {
  it("stops before any other step, naming Playwright's download, the distribution's package and CHROMIUM_PATH", () => {
    const started = Date.now();
    const r = spawnSync('npm', ['test'], { cwd: repoRoot, encoding: 'utf8', env: noBrowser });
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('No Chromium for the browser tests (CHROMIUM_PATH=/nonexistent/chromium does not exist)');
    expect(r.stderr).toContain('npx playwright install chromium');
    expect(r.stderr).toContain('apt-get install -y chromium-headless-shell');
    expect(r.stderr).toContain('CHROMIUM_PATH=/path/to/chromium');
    // It stopped at the check: astro check (the next step) never ran, and the table says so.
    expect(`${r.stdout}${r.stderr}`).not.toContain('astro check');
    expect(r.stdout).toMatch(/browser\s+[\d.]+ s\s+(?:[\d.]+ s\s+)?FAILED \(exit 1\)/);
    expect(r.stdout).toMatch(/check\s+not run/);
    expect(seconds).toBeLessThan(20);
  });

  it('goes on when a browser is there (CHROMIUM_PATH to an existing file)', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/check-browser.ts')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...noBrowser, CHROMIUM_PATH: process.execPath },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`browser tests use ${process.execPath}`);
  });
});

describe('a Chromium found on the PATH', () => {
  it('is the first of the names in the first directory that has one', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'wenku-path-')), mkdtempSync(join(tmpdir(), 'wenku-path-'))];
    writeFileSync(join(dirs[1]!, 'chromium-browser'), '');
    const path = dirs.join(delimiter);
    expect(onPath(['chromium', 'chromium-browser'], path)).toBe(join(dirs[1]!, 'chromium-browser'));
    writeFileSync(join(dirs[0]!, 'chromium'), '');
    expect(onPath(['chromium', 'chromium-browser'], path)).toBe(join(dirs[0]!, 'chromium'));
    expect(onPath(['chromium'], '')).toBeUndefined();
  });
});
