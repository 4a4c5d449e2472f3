import { defineConfig } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM } from './tests/support/browser.ts';
import { freePorts } from './tests/support/free-port.ts';

/**
 * Browser tests run against the built site served by `astro preview`, never the dev server.
 * `npm run test:e2e` builds two copies first: `dist/` at the root path and `dist-base/`
 * under the sub-path /wenku/ (project "base-path").
 * E2E_DIST / E2E_BASE_DIST point at other builds; E2E_PORT / E2E_BASE_PORT choose the previews'
 * ports, else two free ones are picked, so the tests run beside `npm start` (4321) and beside
 * another test run.
 */
const dist = process.env.E2E_DIST ?? 'dist';
const baseDist = process.env.E2E_BASE_DIST ?? 'dist-base';
if (!process.env.E2E_PORT || !process.env.E2E_BASE_PORT) {
  // Picked once, in the runner: its workers inherit the environment and load this file again.
  const [a, b] = freePorts(2);
  process.env.E2E_PORT ||= String(a);
  process.env.E2E_BASE_PORT ||= String(b);
}
const port = Number(process.env.E2E_PORT);
const basePort = Number(process.env.E2E_BASE_PORT);

/** Set by `npm run test:nginx` (scripts/nginx/test.ts): the /wenku/ build served by nginx instead. */
const nginx = process.env.E2E_NGINX_URL;

const preview = (outDir: string, p: number, base: string) => ({
  // --ignore-lock: two previews of one project run side by side (and Astro would otherwise
  // detect an agent and move the server to the background, out of Playwright's control).
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${p}`,
  env: { WENKU_OUT: outDir, WENKU_BASE: base },
  url: `http://127.0.0.1:${p}${base}`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Some tests walk every document (dozens of page loads each): 30 s ran out on a loaded 2-core machine.
  timeout: 90_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    // One browser context per worker, reset between tests (storage, cookies, cache, routes, init
    // scripts, extra pages; viewport and emulation re-applied) instead of a new one per test: a
    // new context starts a renderer and its first page load cold, about a second a test on a busy
    // 2-core machine. The tests change nothing the reset leaves (no grantPermissions, setOffline or
    // setExtraHTTPHeaders; a spec whose test.use differs gets a fresh context; tests needing other
    // options make their own with browser.newContext).
    reuseContext: true,
    launchOptions: {
      // `npm test` has already stopped with a message when there is none (scripts/check-browser.ts).
      executablePath: findChromium() ?? SYSTEM_CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
    },
  },
  projects: nginx
    ? [
        // Smoke tests through nginx: every kind of page under the policy, the headers, the /wenku/ tests.
        { name: 'nginx', testMatch: /(csp|nginx)\.spec\.ts/, use: { baseURL: `${nginx}/wenku/` } },
        { name: 'nginx-base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: nginx } },
      ]
    : [
        {
          name: 'site',
          testIgnore: /(base-path|nginx)\.spec\.ts/,
          use: { baseURL: `http://127.0.0.1:${port}` },
        },
        {
          name: 'base-path',
          testMatch: /base-path\.spec\.ts/,
          // Fresh contexts: these tests fetch with page.request, whose kept-alive socket, reused in
          // a later test after the preview had closed it, failed with ECONNRESET.
          use: { baseURL: `http://127.0.0.1:${basePort}`, reuseContext: false },
        },
      ],
  webServer: nginx ? [] : [preview(dist, port, '/'), preview(baseDist, basePort, '/wenku/')],
});
