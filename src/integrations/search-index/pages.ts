/**
 * The document pages of a built site, as the index step sees them: every page under
 * <outDir>/docs/ whose indexed article carries the document's attributes (redirect pages carry
 * none). Reading the order only needs the article's start tag, near the top of each page, so
 * the planner parses a page's first kilobytes; the shard processes parse each page whole, once.
 */
import { existsSync } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readIndexedDoc, type IndexedDoc } from '../../lib/search/index-copy.ts';
import { sortNewestFirst } from '../../lib/grouping.ts';

/** Enough for the page head and the start tag of the indexed article (about 3.5 KB today). */
const HEAD_BYTES = 16 * 1024;

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    // Cut at the last complete tag: a partial character or attribute is left out.
    const text = buf.subarray(0, bytesRead).toString('utf8');
    return bytesRead < HEAD_BYTES ? text : text.slice(0, text.lastIndexOf('>') + 1);
  } finally {
    await handle.close();
  }
}

/** The document of one built page, or undefined for a page that is not one (a redirect). */
async function readDocOfPage(outDir: string, name: string): Promise<IndexedDoc | undefined> {
  const file = join(outDir, 'docs', name, 'index.html');
  if (!existsSync(file)) return undefined;
  const path = `docs/${name}/`;
  // The head alone usually holds the article's start tag; else (or a redirect page) the whole file.
  const doc = readIndexedDoc(await readHead(file), path, file) ?? readIndexedDoc(await readFile(file, 'utf8'), path, file);
  if (doc && doc.id !== name) throw new Error(`${file}: data-doc-id is "${doc.id}", not the page's directory "${name}"`);
  return doc;
}

/** Every document of a built site, in directory-name order. */
export async function readSiteDocs(outDir: string): Promise<IndexedDoc[]> {
  const dir = join(outDir, 'docs');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).sort();
  const docs: IndexedDoc[] = [];
  // A few files at a time: the reads overlap, the memory stays small.
  const PARALLEL = 16;
  for (let i = 0; i < names.length; i += PARALLEL) {
    for (const d of await Promise.all(names.slice(i, i + PARALLEL).map((n) => readDocOfPage(outDir, n)))) if (d) docs.push(d);
  }
  return docs;
}

/** Every document of a built site, newest first (the order of the merged index). */
export async function readIndexedDocs(outDir: string): Promise<IndexedDoc[]> {
  return sortNewestFirst((await readSiteDocs(outDir)).map((d) => ({ id: d.id, data: d }))).map((x) => x.data);
}
