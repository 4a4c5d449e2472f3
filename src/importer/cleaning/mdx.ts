/**
 * Rule: write cleaned text as MDX body text that renders literally. MDX reads `{ }` as
 * expressions and `<` as JSX; Markdown reads `*`/`_` as emphasis (the sources' placeholders
 * "***" and "**" must stay visible), `[ ]` as links, a leading `#`/`>`/`-`/`+` or "1. " as
 * block syntax. Each such character is backslash-escaped, which Markdown renders as the
 * character itself.
 *
 * GFM (on for the site, src/plugins/index.ts) also makes links of bare addresses in text
 * ("www.xx.com", "http://…", "a@b.com"): a 范文 site's address must stay plain text. Worse, an
 * autolink literal runs to the next space and swallows the backslash of an escaped `<`
 * ("http://a.cn\<br\>" reads as a link and a JSX tag `<br\>`, which breaks the build). So the
 * character that makes each one an address is escaped too: `\://`, `www\.`, `\@`.
 */

const INLINE_SPECIAL = /[\\`*_{}[\]<>~|&]/g;

export function escapeMdxText(text: string): string {
  let out = text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Addresses GFM would link (see above).
  out = out
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  // Block syntax at the start of a line.
  out = out.replace(/^([#>+-])/, '\\$1').replace(/^(\d{1,9})([.)])(\s)/, '$1\\$2$3');
  // "import"/"export" opening a block would be read as ESM: its first letter as a character reference.
  out = out.replace(/^(?:import|export)(?=\s)/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

/** Reverses `escapeMdxText` (for tests and QA: what a reader sees). */
export function unescapeMdxText(text: string): string {
  return text.replace(/^&#105;(?=mport\s)|^&#101;(?=xport\s)/gm, (m) => (m === '&#105;' ? 'i' : 'e')).replace(/\\([\\`*_{}[\]<>~|&#+\-.):@])/g, '$1');
}

/** A `<SourceGap />` tag on its own line; the note is a JSX string attribute. */
export function sourceGapTag(note: string): string {
  if (/["{}<>]/.test(note)) throw new Error(`SourceGap note must not contain quotes, braces or angle brackets: ${note}`);
  return `<SourceGap note="${note}" />`;
}
