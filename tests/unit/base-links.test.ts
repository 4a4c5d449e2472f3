/**
 * The site is served under a sub-path on intranets: a root-relative href written by hand
 * ("/years/") would escape it. Every internal URL must go through src/lib/url.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('internal URLs respect the base path', () => {
  const sources = ['src/layouts', 'src/pages', 'src/components'].flatMap(files);
  it.each(sources)('%s writes no root-relative URL by hand', (file) => {
    const text = readFileSync(file, 'utf8');
    const hits = text.match(/\b(?:href|src|action)=["'`]\/(?!\/)[^"'`]*/g) ?? [];
    expect(hits).toEqual([]);
  });
});
