/**
 * The pages of a build, one or two per kind of page, so that kinds added later (e.g. /templates/)
 * are covered without a list to keep up to date. A page's kind is its route with every segment
 * after the first generalised (docs/*, years/*, templates/*), and redirect pages apart.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SitePage {
  /** Path relative to the base, e.g. "docs/plan/" or "404.html". */
  path: string;
  kind: string;
  file: string;
}

export function allPages(dist: string): SitePage[] {
  return globSync('**/*.html', { cwd: dist })
    .sort()
    .map((f) => {
      const path = f.replace(/(^|\/)index\.html$/, '$1');
      const segments = path.split('/').filter(Boolean);
      const route = segments.length ? [segments[0], ...segments.slice(1).map(() => '*')].join('/') : '(home)';
      const redirect = /<meta http-equiv="refresh"/i.test(readFileSync(join(dist, f), 'utf8'));
      return { path, kind: redirect ? `${route} (redirect)` : route, file: join(dist, f) };
    });
}

/** The first and the last page of every kind. */
export function samplePages(dist: string): SitePage[] {
  const byKind = new Map<string, SitePage[]>();
  for (const p of allPages(dist)) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  return [...byKind.values()].flatMap((ps) => [...new Set([ps[0]!, ps.at(-1)!])]);
}
