/**
 * npm run import -- <file or folder>... [--out content/docs] [--dry-run] [--force] [--id <id>] [--version-of <id>]
 *
 * Imports .txt and .docx files as library documents: src/lib/import/cli.ts reads, checks and
 * writes; src/lib/import/pipeline.ts holds the text rules. `--help` for the options.
 */
import { runImport } from '../src/lib/import/cli.ts';
import { importDocuments } from '../src/lib/import/pipeline.ts';

process.exitCode = await runImport(
  process.argv.slice(2),
  { out: (text) => console.log(text), err: (text) => console.error(text), cwd: process.cwd() },
  importDocuments,
);
