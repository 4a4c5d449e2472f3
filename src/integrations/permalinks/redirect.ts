/** The pages served at former document URLs (permalinks.formerIds), written after every build. */

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Marks redirect pages so that they are never mistaken for documents. */
export const REDIRECT_META = 'wenku-redirect';

/**
 * The page served at a former document URL: goes on to the new URL, keeping the `#anchor`
 * (a plain meta refresh would drop it), with a visible link for browsers without scripts.
 * `script` is the URL of public/early/redirect.js and `csp` the site's policy (src/lib/csp.ts):
 * the page has no inline code, so the same Content-Security-Policy covers it. `absolute` (the
 * canonical URL) only when the site's address is configured (WENKU_SITE), never guessed.
 */
export function redirectPage(opts: { to: string; title: string; href: string; absolute?: string | undefined; script: string; csp: string }): string {
  const href = escapeHtml(opts.href);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeHtml(opts.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="${REDIRECT_META}" content="${escapeHtml(opts.to)}">
<title>本文档已移至新地址</title>
${opts.absolute ? `<link rel="canonical" href="${escapeHtml(opts.absolute)}">\n` : ''}<script src="${escapeHtml(opts.script)}" data-to="${href}"></script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>本文档已移至新地址：<a href="${href}">《${escapeHtml(opts.title)}》</a>。</p>
</body>
</html>
`;
}
