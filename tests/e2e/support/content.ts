/**
 * The documents as they are on disk, read independently of the site's own code:
 * browser tests compare what the built pages show with this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface DiskDoc {
  id: string;
  file: string;
  title: string;
  /** Optional version label (two versions of one speech carry one). */
  version?: string;
  /** The title as the site names the document: with its version label, if any. */
  displayTitle: string;
  years: number[];
  level: string;
  types: string[];
  topics: string[];
  completeness: string;
  related: { id: string; relation: string }[];
  edits: { kind: string; note: string }[];
}

/** Same default and override as src/content.config.ts. */
export const contentDir = process.env.WENKU_CONTENT_DIR ?? 'content/docs';

let cache: DiskDoc[] | undefined;

export function diskDocs(): DiskDoc[] {
  cache ??= readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(contentDir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!match) throw new Error(`${f}: no frontmatter`);
      const data = parse(match[1]!) as Partial<DiskDoc>;
      return {
        id: f.replace(/\.mdx$/, ''),
        file: f,
        title: String(data.title),
        ...(data.version !== undefined && { version: String(data.version) }),
        displayTitle: data.version ? `${String(data.title)}（${String(data.version)}）` : String(data.title),
        years: data.years ?? [],
        level: String(data.level),
        types: data.types ?? [],
        topics: data.topics ?? [],
        completeness: String(data.completeness),
        related: data.related ?? [],
        edits: data.edits ?? [],
      };
    });
  return cache;
}

/** The document id in a document URL (/docs/<id>/ or /wenku/docs/<id>/), else null. */
export function docIdFromHref(href: string): string | null {
  const m = /\/docs\/([^/?#]+)\/?(?:[?#].*)?$/.exec(new URL(href, 'http://x').pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * The year a text was written (what “newest” means), or -Infinity when unknown: its latest
 * year, except a plan covering three or more years, which counts from the first 4-digit year
 * with 年 in its title inside its span, else its first year. Written apart from the site's code.
 */
export function written(doc: DiskDoc): number {
  if (!doc.years.length) return -Infinity;
  const first = Math.min(...doc.years);
  const last = Math.max(...doc.years);
  if (last - first < 2) return last;
  const inTitle = [...doc.title.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).find((y) => y >= first - 1 && y <= last && !doc.title.includes(`—${y}年`));
  return inTitle ?? first;
}
