/**
 * npm run import -- <file or folder>... [--out content/docs] [--dry-run] [--force] [--id <id>] [--version-of <id>]
 *
 * Imports .txt and .docx files as library documents: src/importer/cli.ts reads, checks and
 * writes; src/importer/pipeline.ts holds the text rules. `--help` for the options.
 */
import { runImport } from '../src/importer/cli.ts';
import { importDocuments } from '../src/importer/pipeline.ts';

process.exitCode = await runImport(
  process.argv.slice(2),
  { out: (text) => console.log(text), err: (text) => console.error(text), cwd: process.cwd() },
  importDocuments,
);
