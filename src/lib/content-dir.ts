/**
 * Where the documents live, and the one reader of them on disk (Node only: the build's own steps,
 * the importer and the scripts; the pages read them through Astro's content collection).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The library's folder, relative to the project root, where every build, test and script runs. */
export const CONTENT_DIR = 'content/docs';

/** Where the documents live: content/docs, or WENKU_CONTENT_DIR (tests, benchmarks and the reference library build other content). */
export const contentDir = (): string => process.env['WENKU_CONTENT_DIR'] ?? CONTENT_DIR;

/** One document file of a library folder. */
export interface LibraryFile {
  /** File name: "<id>.mdx". */
  name: string;
  /** Path: the folder joined with the name. */
  file: string;
  mdx: string;
}

/**
 * The documents of a library folder, by file name: its *.mdx files, as the content collection
 * takes them (hidden files left out); none when there is no such folder.
 */
export function readLibraryFiles(dir: string = contentDir()): LibraryFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.mdx') && !n.startsWith('.'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { name, file, mdx: readFileSync(file, 'utf8') };
    });
}
