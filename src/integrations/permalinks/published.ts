/**
 * What a build publishes, as the lock sees it (Node only): the passages and alias markers of the
 * document pages in the output directory (read by ../built-pages.ts), and the `permalinks`
 * declarations from the documents' frontmatter.
 */
import type { Root } from 'hast';
import { readLibraryFiles } from '../../lib/content-dir.ts';
import { frontmatterData } from '../../lib/frontmatter.ts';
import { docPageFiles, elements, hasMeta, mapPages, parsePage, textOf } from '../built-pages.ts';
import { fingerprint, type PublishedDoc, type PublishedSite } from './lock.ts';
import { REDIRECT_META } from './redirect.ts';

export interface SourceDoc {
  id: string;
  title: string;
  file: string;
  formerIds: string[];
}

/** Documents in a content directory with what the lock needs from their frontmatter. */
export function readSources(contentDir: string): SourceDoc[] {
  return readLibraryFiles(contentDir).map(({ name, file, mdx }) => {
    const frontmatter = frontmatterData(mdx) ?? {};
    const former: unknown = (frontmatter['permalinks'] as { formerIds?: unknown } | undefined)?.formerIds;
    return {
      id: String(frontmatter['id'] ?? name.replace(/\.mdx$/, '')),
      title: String(frontmatter['title'] ?? ''),
      file,
      formerIds: Array.isArray(former) ? former.map(String) : [],
    };
  });
}

/**
 * The passages (`data-cite`) of a built document page with the fingerprint of their text,
 * and its alias markers (`data-alias-of`).
 */
export function anchorsFromHtml(page: string | Root): Required<Pick<PublishedDoc, 'anchors' | 'aliases' | 'texts' | 'headings'>> {
  const anchors: string[] = [];
  const aliases: Record<string, string> = {};
  const texts: Record<string, string> = {};
  const headings: string[] = [];
  for (const el of elements(parsePage(page))) {
    const { id, dataCite, dataAliasOf } = el.properties;
    if (typeof id !== 'string' || !id) continue;
    if (dataCite !== undefined && dataCite !== null) {
      anchors.push(id);
      if (/^h[1-6]$/.test(el.tagName)) headings.push(id);
      const text = fingerprint(textOf(el));
      if (text) texts[id] = text;
    }
    if (typeof dataAliasOf === 'string') aliases[id] = dataAliasOf;
  }
  return { anchors, aliases, texts, headings };
}

/** Every `id` on a page, in order, repeats included (for the duplicate-id check). */
export function idsInHtml(page: string | Root): string[] {
  const ids: string[] = [];
  for (const el of elements(parsePage(page))) {
    const { id } = el.properties;
    if (typeof id === 'string' && id) ids.push(id);
  }
  return ids;
}

/**
 * A document page's anchors, or null for a redirect page (a former id).
 * @public loaded by URL in mapPages' workers
 */
export function extract(tree: Root, dir: string): PublishedDoc | null {
  return hasMeta(tree, REDIRECT_META) ? null : { id: dir, ...anchorsFromHtml(tree) };
}

/** The document pages of a built site (`<outDir>/docs/<id>/index.html`), redirect pages excluded, parsed in worker threads. */
async function readPublishedDocs(outDir: string): Promise<PublishedDoc[]> {
  const docs: PublishedDoc[] = [];
  for await (const doc of mapPages<PublishedDoc | null>(docPageFiles(outDir), new URL('./published.ts', import.meta.url))) if (doc) docs.push(doc);
  return docs;
}

export async function publishedSite(outDir: string, sources: readonly SourceDoc[]): Promise<PublishedSite> {
  const formerIds: Record<string, string> = {};
  for (const s of sources) {
    for (const f of s.formerIds) {
      if (formerIds[f]) throw new Error(`${s.file}: permalinks.formerIds lists "${f}", which document "${formerIds[f]}" already claims`);
      formerIds[f] = s.id;
    }
  }
  return { docs: await readPublishedDocs(outDir), formerIds };
}
