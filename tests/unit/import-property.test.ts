/**
 * Property tests (fast-check) of the whole import command with the real text rules: random and
 * hostile input never crashes the command, never writes outside --out, and gives either
 * documents whose MDX is safe (the sample built in import-build.test.ts) or a clear error
 * naming the file; the MDX guard never has to step in.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/cli.ts';
import { importDocuments } from '../../src/lib/import/pipeline.ts';
import { mdxSafetyProblems } from '../../src/lib/import/write.ts';
import { hostileFile } from './import-arbitraries.ts';

/** Every file under a directory, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('random and hostile input', () => {
  it('never crashes, writes only <out>/<id>.mdx, and gives safe MDX or an error naming the file', async () => {
    let imported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, fc.boolean(), async (file, dryRun) => {
        const work = mkdtempSync(join(tmpdir(), 'wenku-prop-'));
        try {
          mkdirSync(join(work, 'in'));
          writeFileSync(join(work, 'in', 'input.txt'), file.bytes);
          const out: string[] = [];
          const err: string[] = [];
          const code = await runImport(['in/input.txt', '--out', 'out', ...(dryRun ? ['--dry-run'] : [])], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work }, importDocuments);
          const files = tree(work).filter((f) => f !== join('in', 'input.txt'));
          if (code === 0) {
            imported++;
            expect(err).toEqual([]);
            if (dryRun) expect(files).toEqual([]);
            expect(files.length).toBe(dryRun ? 0 : out.filter((o) => o.includes('[已写入]')).length);
            for (const f of files) {
              expect(f).toMatch(/^out\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/);
              expect(mdxSafetyProblems(readFileSync(join(work, f), 'utf8'))).toEqual([]);
            }
          } else {
            refused++;
            expect(code).toBe(1);
            expect(files).toEqual([]);
            expect(err.length).toBeGreaterThan(0);
            for (const e of err) expect(e).toMatch(/^error: in\/input\.txt: \S/);
            // The text rules' own escaping makes the MDX safe: the last-line guard never fires.
            expect(err.join('\n')).not.toContain('could run code or break the build');
            expect(err.join('\n')).not.toContain('internal error');
          }
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }),
      { numRuns: 150, seed: 20261127 },
    );
    // Both outcomes occur, so the property checks both branches.
    expect(imported).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(5);
  }, 300_000);
});
