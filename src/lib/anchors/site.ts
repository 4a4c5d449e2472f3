/**
 * Reading what a build publishes (Node only): document pages from the output directory,
 * and the `permalinks` declarations from the documents' frontmatter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { REDIRECT_META, anchorsFromHtml, type PublishedDoc, type PublishedSite } from './lock.ts';

export interface SourceDoc {
  id: string;
  title: string;
  file: string;
  formerIds: string[];
}

/** Documents in a content directory with what the lock needs from their frontmatter. */
export function readSources(contentDir: string): SourceDoc[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(contentDir, f);
      const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
      const former: unknown = frontmatter['permalinks']?.formerIds;
      return {
        id: String(frontmatter['id'] ?? f.replace(/\.mdx$/, '')),
        title: String(frontmatter['title'] ?? ''),
        file,
        formerIds: Array.isArray(former) ? former.map(String) : [],
      };
    });
}

/** The document pages of a built site (`<outDir>/docs/<id>/index.html`), redirect pages excluded. */
export function readPublishedDocs(outDir: string): PublishedDoc[] {
  const docsDir = join(outDir, 'docs');
  if (!existsSync(docsDir)) return [];
  const docs: PublishedDoc[] = [];
  for (const id of readdirSync(docsDir).sort()) {
    const page = join(docsDir, id, 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    if (html.includes(`name="${REDIRECT_META}"`)) continue;
    docs.push({ id, ...anchorsFromHtml(html) });
  }
  return docs;
}

export function publishedSite(outDir: string, sources: readonly SourceDoc[]): PublishedSite {
  const formerIds: Record<string, string> = {};
  for (const s of sources) {
    for (const f of s.formerIds) {
      if (formerIds[f]) throw new Error(`${s.file}: permalinks.formerIds lists "${f}", which document "${formerIds[f]}" already claims`);
      formerIds[f] = s.id;
    }
  }
  return { docs: readPublishedDocs(outDir), formerIds };
}
