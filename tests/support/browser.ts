/**
 * Which Chromium the browser tests use: CHROMIUM_PATH if set, else Playwright's own download
 * where installed, else the distribution's: Debian's headless build first
 * (chromium-headless-shell, what Playwright itself runs headless: a quarter less time for the
 * same tests here), then /usr/bin/chromium, or chromium / chromium-browser on the PATH. One place for
 * playwright.config.ts and for the check `npm test` runs first (scripts/check-browser.ts).
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The browser to launch, or undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed: try the system one.
  }
  for (const path of [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]) if (existsSync(path)) return path;
  return onPath(['chromium', 'chromium-browser']);
}

/** The first of these commands found on the PATH (another distribution's Chromium). */
export function onPath(names: readonly string[], path = process.env['PATH'] ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The one message for a machine without a browser: every way to get one. */
export function noBrowserMessage(): string {
  const env = process.env['CHROMIUM_PATH'];
  return [
    `No Chromium for the browser tests${env ? ` (CHROMIUM_PATH=${env} does not exist)` : ''}. Get one of:`,
    "  - Playwright's own, where the internet is reachable: npx playwright install chromium",
    `  - the distribution's package (Debian: apt-get install -y chromium-headless-shell, gives ${SYSTEM_HEADLESS_SHELL}; or chromium)`,
    '  - any Chromium already on the machine: CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n');
}
