/**
 * Property tests (fast-check) of the whole import command with the real text rules: random and
 * hostile input never crashes the command, never writes outside --out, and gives either
 * documents whose MDX is safe (the sample built in import-build.test.ts) or a clear error
 * naming the file; the MDX guard never has to step in. The same for .docx files: Word documents
 * written with the `docx` library from random and hostile content, and random bytes named .docx.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/importer/cli.ts';
import { importDocuments } from '../../src/importer/pipeline.ts';
import { mdxSafetyProblems } from '../../src/importer/write.ts';
import { docxFileBytes, hostileDocxFile, hostileFile } from './import-arbitraries.ts';

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
          const code = await runImport(
            ['in/input.txt', '--out', 'out', ...(dryRun ? ['--dry-run'] : [])],
            { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work },
            importDocuments,
          );
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
            for (const e of err) expect(e).toMatch(/^错误：in\/input\.txt：\S/);
            // The text rules' own escaping makes the MDX safe: the last-line guard never fires.
            expect(err.join('\n')).not.toContain('可能运行代码或使构建失败');
            expect(err.join('\n')).not.toContain('内部错误');
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

describe('random and hostile .docx input', () => {
  // 200 runs take about 4 s here (each writes a Word document, unzips it and reads it with mammoth).
  it('never crashes, writes only <out>/<id>.mdx, and gives safe MDX (headings from ## down, never skipping a level) or an error naming the file', async () => {
    const outcomes = { imported: 0, refused: 0, refusedWord: 0, headings: 0, unnumbered: 0 };
    await fc.assert(
      fc.asyncProperty(hostileDocxFile, fc.boolean(), async (file, dryRun) => {
        const bytes = await docxFileBytes(file);
        const work = mkdtempSync(join(tmpdir(), 'wenku-prop-docx-'));
        try {
          mkdirSync(join(work, 'in'));
          writeFileSync(join(work, 'in', 'input.docx'), bytes);
          const out: string[] = [];
          const err: string[] = [];
          const code = await runImport(
            ['in/input.docx', '--out', 'out', ...(dryRun ? ['--dry-run'] : [])],
            { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work },
            importDocuments,
          );
          const files = tree(work).filter((f) => f !== join('in', 'input.docx'));
          if (code === 0) {
            outcomes.imported++;
            // Only a Word document written by the docx library can be imported.
            expect(file.what).toBe('word');
            expect(err).toEqual([]);
            expect(files.length).toBe(dryRun ? 0 : out.filter((o) => o.includes('[已写入]')).length);
            for (const f of files) {
              expect(f).toMatch(/^out\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/);
              const mdx = readFileSync(join(work, f), 'utf8');
              expect(mdxSafetyProblems(mdx)).toEqual([]);
              const levels = mdx.split('\n').flatMap((l) => (/^#+ /.test(l) ? [l.indexOf(' ')] : []));
              levels.forEach((level, i) => {
                expect(level).toBeGreaterThanOrEqual(2);
                expect(level).toBeLessThanOrEqual(i === 0 ? 2 : Math.min(6, levels[i - 1]! + 1));
              });
              outcomes.headings += levels.length;
              outcomes.unnumbered += mdx.split('\n').filter((l) => /^#+ (?:指导思想|工作目标|强化理论武装|保障措施)$/.test(l)).length;
            }
          } else {
            outcomes.refused++;
            if (file.what === 'word') outcomes.refusedWord++;
            expect(code).toBe(1);
            expect(files).toEqual([]);
            expect(err.length).toBeGreaterThan(0);
            for (const e of err) expect(e).toMatch(/^错误：in\/input\.docx：\S/);
            expect(err.join('\n')).not.toContain('可能运行代码或使构建失败');
            expect(err.join('\n')).not.toContain('内部错误');
          }
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }),
      { numRuns: 200, seed: 20261127 },
    );
    // Both outcomes occur, and unnumbered Word headings made it into the MDX.
    expect(outcomes.imported).toBeGreaterThan(20);
    expect(outcomes.refused - outcomes.refusedWord).toBeGreaterThan(5);
    expect(outcomes.unnumbered).toBeGreaterThan(5);
  }, 120_000);

  it('random bytes named .docx: an error naming the file, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const work = mkdtempSync(join(tmpdir(), 'wenku-prop-bytes-'));
        try {
          mkdirSync(join(work, 'in'));
          writeFileSync(join(work, 'in', 'random.docx'), bytes);
          const err: string[] = [];
          const code = await runImport(['in/random.docx', '--out', 'out'], { out: () => undefined, err: (t) => err.push(t), cwd: work }, importDocuments);
          expect(code).toBe(1);
          expect(tree(work)).toEqual([join('in', 'random.docx')]);
          expect(err).toHaveLength(1);
          expect(err[0]).toMatch(/^错误：in\/random\.docx：(?:文件是空的|不是 \.docx 文件|这是旧版 Word)/);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }),
      { numRuns: 100, seed: 20261127 },
    );
  }, 60_000);
});
