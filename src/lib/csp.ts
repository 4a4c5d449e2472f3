/**
 * The site's Content-Security-Policy, one source for both places it is sent:
 *  - Astro's `security.csp` (astro.config.mjs) writes it into a <meta http-equiv> on every page,
 *    adding the hashes of what it bundles;
 *  - the web server sends it as a header (docs/deploy.md; a test checks that the header there is
 *    `cspHeader()`), so a redirect page or any file without the meta is covered too.
 * The header can carry the same policy without per-page hashes because the build has no inline
 * code: scripts and styles are files (vite assetsInlineLimit 0, inlineStylesheets 'never'), and the
 * two scripts that must run before paint are classic scripts in public/early/.
 * No 'unsafe-inline' anywhere; Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'.
 */

/** script-src and style-src sources (Astro owns those two directives and adds its hashes). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/** Every other directive. No request leaves the site's origin. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as a <meta http-equiv> carries it, for pages Astro does not render (redirect pages). */
export function cspMeta(): string {
  return [...cspDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}

/**
 * The header: the same policy, plus what only a header can say (a <meta> policy may not carry
 * frame-ancestors; browsers ignore it there with a console error).
 */
export function cspHeader(): string {
  return `${cspMeta()}; frame-ancestors 'self'`;
}
