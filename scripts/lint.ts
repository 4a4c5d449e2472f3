/**
 * npm run lint: the code's form, checked without writing, one tool after another, stopping at
 * the first that fails, then the time of each.
 *   Biome  formats and lints .ts/.mjs/.js/.css and lints .astro files (biome.jsonc)
 *   knip   unused files, exports and types (knip.jsonc)
 *
 * npm run format (`--write`): Biome rewrites the files instead. .astro templates are not
 * reformatted: every formatter tried (Prettier's Astro plugin 0.14 and 1.1, Biome's HTML
 * formatter) puts line breaks, so spaces, between inline runs of Chinese text.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const node = process.execPath;
const biome = 'node_modules/@biomejs/biome/bin/biome';

const steps: [string, string[]][] = values.write
  ? [
      ['biome', [biome, 'format', '--write', '.']],
      // Twice: Biome 2.6 settles a few long call chains only on its second pass.
      ['biome again', [biome, 'format', '--write', '.']],
    ]
  : [
      // --error-on-warnings: a warning that is not worth failing for is turned off in biome.jsonc, with its reason.
      ['biome', [biome, 'ci', '--error-on-warnings', '.']],
      // --no-config-hints: knip's note that .mdx files are outside `project` (the documents are content, not code).
      ['knip', ['node_modules/knip/bin/knip.js', '--no-progress', '--no-config-hints']],
    ];

const times: string[] = [];
for (const [name, args] of steps) {
  const started = performance.now();
  const r = spawnSync(node, args, { stdio: 'inherit' });
  times.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.error(`lint: ${name} failed${values.write ? '' : ' (npm run format rewrites the form; lint findings are fixed by hand)'}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`lint: ${times.join(', ')}`);
