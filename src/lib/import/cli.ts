/**
 * `npm run import -- <file or folder>... [--out content/docs] [--dry-run] [--force] [--version-of <id>]`
 *
 * For each input: read it (.txt: decode.ts, .docx: docx.ts), turn it into library documents
 * with the text rules (src/lib/import/pipeline.ts, passed in as `pipeline`), check and write
 * them (write.ts), and print a report per document (report.ts). One input's failure writes
 * nothing for it, is reported with the file and the problem, and makes the exit code 1; the
 * other inputs are still imported. Never throws.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { unescapeMdxText } from '../cleaning/mdx.ts';
import { toChineseNumber } from '../numbering.ts';
import { MAX_TXT_BYTES, readTxt } from './decode.ts';
import { MAX_DOCX_BYTES, readDocx } from './docx.ts';
import { formatReport } from './report.ts';
import { ImportInputError, type ExistingDocument, type ImportedDocument, type ImportOptions, type SourceText } from './types.ts';
import { addVersionLink, mdxSafetyProblems, setId, type PendingWrite, splitFrontmatter, targetPath, writeAll } from './write.ts';

export type Pipeline = (source: SourceText, options: ImportOptions) => ImportedDocument[] | Promise<ImportedDocument[]>;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Paths are resolved against this directory and shown relative to it. */
  cwd: string;
}

export const USAGE = `Usage: npm run import -- <file or folder>... [options]

Imports .txt (UTF-8, UTF-16 with BOM, GB18030/GBK) and .docx files as library documents
(one MDX file per document) and prints a report per document.

Options:
  --out <dir>          where documents are written and compared (default content/docs)
  --dry-run            print the reports, write nothing
  --force              replace documents that already exist
  --version-of <id>    the (single) imported document is another version of document <id>:
                       link both as versions (related: version, both ways) and label them
  --version-label <l>  the new document's version label (default 版本二, 版本三 …)
  --id <id>            the (single) imported document's id, instead of the one proposed
                       from the file name (lowercase ASCII words joined by hyphens)
  -h, --help           this text`;

const READABLE = new Set(['.txt', '.docx']);
const REFUSED: Record<string, string> = {
  '.doc': 'an old Word (.doc) file: open it in Word or WPS and save it as .docx',
  '.wps': 'a WPS file: save it as .docx',
  '.pdf': 'a PDF: copy its text into a .txt file (or save it as .docx) first',
  '.rtf': 'an RTF file: save it as .docx',
  '.mdx': 'already an MDX document',
};

/** Body text of an MDX document without markup, for near-duplicate detection. */
export function plainBody(body: string): string {
  return body
    .split('\n')
    .filter((l) => !/^<SourceGap\b/.test(l))
    .map((l) => unescapeMdxText(l.replace(/^#{1,6} /, '')))
    .join('\n')
    .trim();
}

interface LibraryDoc extends ExistingDocument {
  file: string;
  mdx: string;
  version?: string;
  versionLinks: number;
}

/** The documents already in <out>: the library the new ones are compared with. */
export function readLibrary(out: string): LibraryDoc[] {
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return [];
  }
  const docs: LibraryDoc[] = [];
  for (const name of names.filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort()) {
    const file = join(out, name);
    const mdx = readFileSync(file, 'utf8');
    const parts = splitFrontmatter(mdx);
    let data: Record<string, unknown> = {};
    try {
      data = (parts && (parseYaml(parts.yaml) as Record<string, unknown>)) || {};
    } catch {
      // A broken file still counts for id uniqueness; the build names its problem.
    }
    const related = Array.isArray(data['related']) ? (data['related'] as { relation?: unknown }[]) : [];
    docs.push({
      id: typeof data['id'] === 'string' ? data['id'] : name.replace(/\.mdx$/, ''),
      title: typeof data['title'] === 'string' ? data['title'] : '',
      text: plainBody(parts?.body ?? mdx),
      file,
      mdx,
      ...(typeof data['version'] === 'string' && { version: data['version'] }),
      versionLinks: related.filter((r) => r.relation === 'version').length,
    });
  }
  return docs;
}

/** The files an argument names: itself, or a folder's .txt and .docx files (not its subfolders). */
function expandInput(arg: string, cwd: string): string[] {
  const path = resolve(cwd, arg);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ImportInputError(arg, 'no such file or folder');
  }
  if (stat.isDirectory()) {
    const files = readdirSync(path)
      .filter((n) => !n.startsWith('.') && READABLE.has(extname(n).toLowerCase()))
      .sort()
      .map((n) => join(arg, n))
      .filter((f) => statSync(resolve(cwd, f)).isFile());
    if (files.length === 0) throw new ImportInputError(arg, 'the folder has nothing to import (no .txt or .docx file in it)');
    return files;
  }
  if (!stat.isFile()) throw new ImportInputError(arg, 'not a regular file');
  return [arg];
}

/** Reads one input file into the text the rules read. */
export async function readSource(file: string, cwd: string): Promise<SourceText & { notes?: string[] }> {
  const ext = extname(file).toLowerCase();
  if (!READABLE.has(ext)) {
    throw new ImportInputError(file, REFUSED[ext] ? `this is ${REFUSED[ext]}` : `cannot import a "${ext || 'file without extension'}": only .txt and .docx are read`);
  }
  const path = resolve(cwd, file);
  const limit = ext === '.txt' ? MAX_TXT_BYTES : MAX_DOCX_BYTES;
  const size = statSync(path).size;
  // Refuse before reading: a huge file is never loaded.
  if (size > limit) throw new ImportInputError(file, `the file is ${size} bytes, over the limit of ${limit} bytes (${limit / 1024 / 1024} MiB) for a ${ext}`);
  const bytes = readFileSync(path);
  return ext === '.txt' ? readTxt(file, bytes) : readDocx(file, bytes);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runImport(argv: string[], io: CliIo, pipeline: Pipeline): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/docs' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'version-of': { type: 'string' },
        'version-label': { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`import: ${message(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err(`import: no file or folder given\n\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'];
  const outArg = values.out;
  const out = resolve(io.cwd, outArg);
  const show = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel.startsWith('..') ? p : rel || '.';
  };
  try {
    if (lstatSync(out).isFile()) {
      io.err(`import: --out ${outArg} is a file, not a folder`);
      return 2;
    }
  } catch {
    // Does not exist yet: created before the first write.
  }
  const library = readLibrary(out);
  const versionOf = values['version-of'];
  const versionTarget = versionOf === undefined ? undefined : library.find((d) => d.id === versionOf);
  if (versionOf !== undefined && !versionTarget) {
    io.err(`import: --version-of ${versionOf}: no document with that id in ${outArg}`);
    return 2;
  }

  let files: string[] = [];
  let failed = 0;
  for (const arg of positionals) {
    try {
      files.push(...expandInput(arg, io.cwd));
    } catch (error) {
      io.err(`error: ${message(error)}`);
      failed++;
    }
  }
  files = [...new Set(files)];
  if (versionTarget && files.length !== 1) {
    io.err(`import: --version-of links one imported document; ${files.length} files were given`);
    return 2;
  }
  if (values.id !== undefined && files.length !== 1) {
    io.err(`import: --id names one imported document; ${files.length} files were given`);
    return 2;
  }

  // Documents of this run count as existing for the next inputs (ids, near-duplicates).
  const existing: ExistingDocument[] = library.map(({ id, title, text }) => ({ id, title, text }));
  let written = 0;
  for (const file of files) {
    try {
      const source = await readSource(file, io.cwd);
      const docs = await pipeline(source, { existing });
      if (docs.length === 0) throw new ImportInputError(file, 'no document found in the text');
      if (versionTarget && docs.length !== 1) throw new ImportInputError(file, `--version-of links one document, but this file holds ${docs.length}`);
      if (values.id !== undefined) {
        if (docs.length !== 1) throw new ImportInputError(file, `--id names one document, but this file holds ${docs.length}`);
        docs[0] = { ...docs[0]!, id: values.id, mdx: setId(docs[0]!.mdx, values.id, file) };
      }

      const writes: PendingWrite[] = [];
      const seen = new Set<string>();
      for (const doc of docs) {
        const problems = mdxSafetyProblems(doc.mdx);
        if (problems.length) {
          throw new ImportInputError(file, `document "${doc.id}": the MDX could run code or break the build, so nothing is written (a bug in the text rules; please report it):\n  ${problems.join('\n  ')}`);
        }
        if (seen.has(doc.id)) throw new ImportInputError(file, `two documents with the id "${doc.id}"`);
        seen.add(doc.id);
        writes.push({ path: targetPath(out, doc.id, file), content: doc.mdx, replace: values.force });
      }
      const linked: string[] = [];
      if (versionTarget) {
        const doc = docs[0]!;
        if (doc.id === versionTarget.id) throw new ImportInputError(file, `--version-of ${versionTarget.id}: that is this document's own id`);
        const own = versionTarget.version === undefined ? 1 : versionTarget.versionLinks + 1;
        const label = values['version-label'] ?? `版本${toChineseNumber(own + 1)}`;
        writes[0]!.content = addVersionLink(doc.mdx, { id: versionTarget.id, label }, file);
        writes.push({
          path: versionTarget.file,
          content: addVersionLink(versionTarget.mdx, { id: doc.id, label: `版本${toChineseNumber(1)}` }, show(versionTarget.file)),
          replace: true,
        });
        linked.push(versionTarget.id);
      }
      if (!dryRun) {
        mkdirSync(out, { recursive: true });
        writeAll(writes, file);
        written += docs.length;
      } else {
        // The same checks as a real run, without writing.
        for (const w of writes) if (!w.replace && lstatExists(w.path)) throw new ImportInputError(file, `${show(w.path)} exists: not overwritten (use --force to replace it)`);
      }
      for (const [i, doc] of docs.entries()) {
        const status = dryRun ? '试运行，未写入' : '已写入';
        io.out(formatReport(doc.report, { target: show(writes[i]!.path), status, ...(source.notes && { readNotes: source.notes }), linkedVersions: linked }));
        // The link command works for a library document and a file holding one document.
        const libraryIds = new Set(existing.map((e) => e.id));
        const unlinked = doc.report.nearDuplicates.filter((d) => !linked.includes(d.id) && libraryIds.has(d.id));
        if (unlinked.length && docs.length === 1) {
          io.out(`  如确为同一文本的另一版本：npm run import -- ${file} --force --version-of ${unlinked[0]!.id}`);
        }
        io.out('');
        existing.push({ id: doc.id, title: doc.report.title, text: plainBody(splitFrontmatter(doc.mdx)?.body ?? '') });
      }
    } catch (error) {
      failed++;
      const text = error instanceof ImportInputError ? error.message : `${file}: internal error, nothing written for this file (${message(error)})`;
      io.err(`error: ${text}`);
    }
  }
  io.out(
    dryRun
      ? `import: dry run, nothing written; ${files.length} file(s) read, ${failed} failed`
      : `import: ${written} document(s) written to ${show(out)}; ${files.length} file(s) read, ${failed} failed`,
  );
  return failed ? 1 : 0;
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
