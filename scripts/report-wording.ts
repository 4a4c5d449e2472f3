/**
 * Lists every wording finding across the library (rules: src/data/wording/rules.yaml),
 * read back from the built document pages, so it shows exactly what the pages show.
 *
 *   npm run build && npm run report:wording          print the table, write docs/wording-report.md
 *   npm run report:wording -- --out dist-base        read another build
 *   npm run report:wording -- --check                exit 1 when docs/wording-report.md is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtDocPages } from '../src/integrations/built-pages.ts';
import { formatReport, readReportDoc, type ReportDoc } from './report-wording-lib.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.WENKU_OUT ?? 'dist' },
    check: { type: 'boolean', default: false },
  },
});
const docsDir = join(root, values.out, 'docs');
if (!existsSync(docsDir)) {
  console.error(`report-wording: ${docsDir} does not exist; run npm run build first`);
  process.exit(1);
}
const docs: ReportDoc[] = [];
for (const { dir, tree } of builtDocPages(join(root, values.out))) {
  const doc = readReportDoc(dir, tree);
  if (doc) docs.push(doc); // redirect pages have no panel
}
const report = formatReport(docs);
const target = join(root, 'docs', 'wording-report.md');
if (values.check) {
  const same = existsSync(target) && readFileSync(target, 'utf8') === report;
  console.log(same ? 'docs/wording-report.md is up to date' : 'docs/wording-report.md is stale: run npm run report:wording');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, report);
console.log(report);
console.log(`written to docs/wording-report.md`);
