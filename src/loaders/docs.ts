/**
 * The content loader of the documents (content/docs/*.mdx, or WENKU_CONTENT_DIR): frontmatter
 * checked against the schema into the content store, and the body rendered to HTML once
 * (./render.ts) into a file beside the build's caches, found again by the entry's digest. The
 * store holds no bodies and no HTML, and the page bundle no module per document, so the page
 * build's memory stays bounded whatever the library's size (docs/search.md, "Page build").
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { frontmatterData, splitFrontmatter } from '../lib/frontmatter.ts';
import { renderDoc, type RenderedDoc } from './render.ts';

/** Rendered bodies, by document id and digest; shared by every build of this checkout. */
export const RENDERED_DIR = join('node_modules', '.cache', 'wenku-rendered');
/** How long a rendered body no build uses is kept (see prune). */
const KEEP_DAYS = 30;

function renderedFile(id: string, digest: string): string {
  return resolve(RENDERED_DIR, `${id}-${digest}.json`);
}

/** The rendered body of a document entry of the collection (build time). */
export function readRendered(entry: { id: string; digest?: string | number | undefined }): RenderedDoc {
  if (entry.digest === undefined) throw new Error(`document ${entry.id}: no digest in the content store (rebuild)`);
  const file = renderedFile(entry.id, String(entry.digest));
  if (!existsSync(file)) throw new Error(`document ${entry.id}: its rendered body ${file} is missing (rebuild)`);
  return JSON.parse(readFileSync(file, 'utf8')) as RenderedDoc;
}

/** Everything a rendering depends on besides the document: the code and data of src/ that the plugins use, and the installed packages. */
function rendererKey(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(root, p)).update(readFileSync(p));
    }
  };
  for (const dir of ['src/plugins', 'src/loaders', 'src/lib', 'src/data']) if (existsSync(join(root, dir))) walk(join(root, dir));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('hex');
}

/**
 * Removes rendered bodies this load did not use and that are older than KEEP_DAYS before the
 * newest one it used (the file system's clock, not the process's, which tests shift).
 */
function prune(used: ReadonlySet<string>): void {
  const mtimes = readdirSync(RENDERED_DIR).map((name) => ({ name, mtime: statSync(join(RENDERED_DIR, name)).mtimeMs }));
  const newest = mtimes.reduce((max, m) => (used.has(m.name) ? Math.max(max, m.mtime) : max), 0);
  for (const { name, mtime } of mtimes) if (!used.has(name) && mtime < newest - KEEP_DAYS * 86_400_000) rmSync(join(RENDERED_DIR, name), { force: true });
}

/** Loads the documents of `dir` (relative to the project root). */
export function docsLoader(dir: string): Loader {
  return {
    name: 'wenku-docs',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);
      const key = rendererKey(root);
      mkdirSync(RENDERED_DIR, { recursive: true });
      const seen = new Set<string>();
      const used = new Set<string>();
      let rendered = 0;
      for (const name of readdirSync(base)
        .filter((n) => n.endsWith('.mdx'))
        .sort()) {
        const file = join(base, name);
        const rel = relative(root, file);
        const text = readFileSync(file, 'utf8');
        const fileId = name.slice(0, -'.mdx'.length);
        const fm = frontmatterData(text);
        if (!fm) throw new Error(`${rel}: no frontmatter, or it is not a YAML mapping (see src/lib/schema.ts)`);
        // The URL key is the frontmatter id, which must equal the file name: a renamed file or a
        // mistyped id fails the build instead of silently moving a URL.
        if (fm['id'] !== fileId) throw new Error(`${rel}: field "id" is ${JSON.stringify(fm['id'])} but must equal the file name "${fileId}"`);
        seen.add(fileId);
        const digest = String(generateDigest(`${key}\n${text}`));
        const out = renderedFile(fileId, digest);
        used.add(basename(out));
        if (existsSync(out) && store.get(fileId)?.digest === digest) continue;
        const data = await parseData({ id: fileId, data: fm, filePath: rel });
        if (!existsSync(out)) {
          const doc = await renderDoc(splitFrontmatter(text)!.body, fm, rel);
          // Written aside, then renamed: parallel builds never read half a file.
          writeFileSync(`${out}.${process.pid}`, JSON.stringify(doc));
          renameSync(`${out}.${process.pid}`, out);
          rendered++;
        }
        store.set({ id: fileId, data, digest, filePath: rel });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      prune(used);
      logger.info(`${seen.size} documents, ${rendered} rendered, ${seen.size - rendered} from the cache`);
    },
  };
}
