/**
 * The library's own documents as a use of the importer: the pipeline
 * (src/importer/pipeline.ts) makes the documents of each seed, and scripts/seed-manifest.ts
 * adds what no rule can find (id, reviewed topics and summary, reviewed titles, version links,
 * notes, fixes). Pure and deterministic: the importer's tests and the reference library
 * (scripts/build-reference.ts) re-run it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { proposeDocuments, toMdx } from '../src/importer/pipeline.ts';
import { proposeYears } from '../src/importer/metadata.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { TO_BE_FILLED, type DocEdit } from '../src/lib/schema.ts';
import type { SeedEntry } from './seed-manifest.ts';

/** An error that names the output file (and the seed) and the problem. */
export class ImportError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'ImportError';
  }
}

export interface SeedText {
  /** File name in content/sources/. */
  file: string;
  text: string;
}

export interface SeedDocumentOut {
  id: string;
  mdx: string;
}

function countOf(haystack: string, needle: string): number {
  return needle.length === 0 ? 0 : haystack.split(needle).length - 1;
}

/** The seed texts of a directory (its .txt files, by name). */
export function readSeeds(dir: string): SeedText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Every document of the seeds, with the manifest applied; fails naming the document on any mismatch. */
export function buildSeedDocuments(seeds: readonly SeedText[], manifest: readonly SeedEntry[]): SeedDocumentOut[] {
  const out: SeedDocumentOut[] = [];
  const used = new Set<SeedEntry>();
  for (const seed of seeds) {
    for (const p of proposeDocuments({ path: seed.file, format: 'txt', encoding: 'UTF-8', text: seed.text }, { existing: [] })) {
      const part = p.data.source.part;
      const where = `${seed.file}${part ? ` ${part}` : ''}`;
      const entry = manifest.find((e) => e.file === seed.file && e.part === part);
      if (!entry) throw new ImportError(where, 'the importer found a document that has no entry in scripts/seed-manifest.ts');
      used.add(entry);
      out.push({ id: entry.id, mdx: applyEntry(p, entry) });
    }
  }
  const unused = manifest.filter((e) => !used.has(e));
  if (unused.length > 0) {
    const e = unused[0]!;
    throw new ImportError(`${CONTENT_DIR}/${e.id}.mdx`, `its manifest entry (${e.file}${e.part ? ` ${e.part}` : ''}) matches no document the importer found`);
  }
  return out;
}

function applyEntry(p: ReturnType<typeof proposeDocuments>[number], entry: SeedEntry): string {
  const where = `${CONTENT_DIR}/${entry.id}.mdx (from ${entry.file}${entry.part ? ` ${entry.part}` : ''})`;
  const d = p.data;
  const edits: DocEdit[] = [...(d.edits === TO_BE_FILLED ? [] : d.edits)];
  let title = d.title;
  if (entry.title !== undefined && entry.title !== title) {
    // After the importer's own title edits, which come first.
    const at = edits.findIndex((e) => !e.note.includes('标题'));
    edits.splice(at < 0 ? edits.length : at, 0, {
      kind: 'title',
      ...(title === TO_BE_FILLED ? {} : { from: title }),
      to: entry.title,
      note: entry.titleNote ?? '标题经人工核对。',
    });
    title = entry.title;
  }
  let body = p.body;
  for (const fix of entry.fixes ?? []) {
    const expected = fix.count ?? 1;
    const found = countOf(body, fix.from);
    if (found !== expected) throw new ImportError(where, `fix ${JSON.stringify(fix.from)} found ${found} times, expected ${expected}`);
    body = body.split(fix.from).join(fix.to);
    edits.push({ kind: fix.kind, from: fix.from, to: fix.to, note: fix.note });
  }
  const types = d.types === TO_BE_FILLED ? [] : d.types;
  const data = {
    id: entry.id,
    title,
    ...(entry.version ? { version: entry.version } : {}),
    years: entry.years ?? (entry.title !== undefined ? proposeYears(entry.title, types) : d.years),
    level: entry.level ?? d.level,
    issuer: entry.issuer ?? d.issuer,
    types: d.types,
    topics: entry.topics,
    summary: entry.summary,
    source: d.source,
    completeness: d.completeness,
    related: entry.related ?? [],
    edits,
    notes: entry.notes ?? [],
    ...(entry.permalinks ? { permalinks: entry.permalinks } : {}),
  };
  for (const [field, value] of Object.entries(data)) {
    if (value === TO_BE_FILLED)
      throw new ImportError(where, `field "${field}" is ${TO_BE_FILLED} (to be filled): the importer could not decide it; set it in scripts/seed-manifest.ts`);
  }
  return toMdx(data, body);
}
