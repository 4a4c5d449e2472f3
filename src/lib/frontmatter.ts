import { parse } from 'yaml';

/** Splits an MDX file into its frontmatter (YAML text, without the --- lines) and body. */
export function splitFrontmatter(mdx: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(mdx);
  if (!m) return undefined;
  return { yaml: m[1]!, body: mdx.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/**
 * The frontmatter of an MDX file as a YAML mapping; undefined when there is none, or it is not a
 * mapping or not valid YAML (the build's schema check names that problem).
 */
export function frontmatterData(mdx: string): Record<string, unknown> | undefined {
  const yaml = splitFrontmatter(mdx)?.yaml;
  if (yaml === undefined) return undefined;
  try {
    const data: unknown = parse(yaml);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
