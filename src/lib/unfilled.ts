/**
 * Fields the importer left as 待填写 (TO_BE_FILLED), across the whole library: the build names
 * them all at once, file by file, instead of Astro's first schema error only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { isToBeFilled, toBeFilled } from './schema.ts';

export interface Unfilled {
  file: string;
  fields: string[];
}

/** The fields of one MDX file's frontmatter that still hold TO_BE_FILLED (alone or in a list). */
export function unfilledFields(mdx: string): string[] {
  const yaml = splitFrontmatter(mdx)?.yaml;
  if (yaml === undefined) return [];
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return []; // broken YAML: the schema's own error names it
  }
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => isToBeFilled(v))
    .map(([k]) => k);
}

export function unfilledInLibrary(dir: string): Unfilled[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: join(dir, f), fields: unfilledFields(readFileSync(join(dir, f), 'utf8')) }))
    .filter((u) => u.fields.length > 0);
}

export function unfilledMessage(list: readonly Unfilled[]): string {
  return [
    `${list.length} document(s) have fields the importer could not decide; write them by hand:`,
    ...list.map((u) => `  ${u.file}: ${u.fields.map(toBeFilled).join(', ')}`),
  ].join('\n');
}
