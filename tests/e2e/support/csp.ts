/**
 * Watches a page for what a strict Content-Security-Policy or a broken page shows: every
 * `securitypolicyviolation` event (recorded in the page from its first script on), every console
 * error and every uncaught exception.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export function watchPage(page: Page): () => Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The page itself answered 404 (the 404 page as served): the test checks that status itself.
    if (m.location().url === page.url() && m.text().includes('status of 404')) return;
    problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  void page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) sample: ${e.sample}`);
    });
  });
  return async () => {
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    return [...problems, ...violations.map((v) => `CSP violation on ${page.url()}: ${v}`)];
  };
}
