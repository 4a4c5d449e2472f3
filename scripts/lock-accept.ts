/**
 * npm run lock:accept -- <doc-id>#<anchor> [<doc-id>#<anchor>…]
 *
 * Records in anchors.lock the current text of passages the lock flags as changed that are the
 * same passage reworded (e.g. a heading 一、工作目标 → 一、总体目标), so a keeper never edits the
 * lock by hand. It builds the site with WENKU_LOCK_ACCEPT set (astro.config.mjs hands it to src/integrations/permalinks.ts):
 * the new text is read from the built page, the change shows in the diff of anchors.lock, and
 * a passage that moved (a shift) or vanished is refused with the way out.
 * `--root <dir>` builds another project directory (the tests' fixture projects).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: npm run lock:accept -- <document id>#<anchor>…   e.g. npm run lock:accept -- bureau-2022-creation-scheme#s1';
const root = resolve(import.meta.dirname, '..');
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { root: { type: 'string' } } });
} catch (error) {
  console.error(`lock:accept: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const entries = parsed.positionals;
const bad = entries.filter((e) => !/^[a-z0-9]+(?:-[a-z0-9]+)*#[A-Za-z][A-Za-z0-9_-]*$/.test(e));
if (entries.length === 0 || bad.length) {
  console.error(`${bad.length ? `lock:accept: not <document id>#<anchor>: ${bad.join(' ')}\n` : ''}${USAGE}`);
  process.exit(2);
}
const project = parsed.values.root ?? root;
const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
  cwd: project,
  stdio: 'inherit',
  env: { ...process.env, WENKU_LOCK_ACCEPT: entries.join(' ') },
});
process.exit(run.status ?? 1);
