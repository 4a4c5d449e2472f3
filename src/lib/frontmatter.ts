/** Splits an MDX file into its frontmatter (YAML text, without the --- lines) and body. */
export function splitFrontmatter(mdx: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(mdx);
  if (!m) return undefined;
  return { yaml: m[1]!, body: mdx.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
