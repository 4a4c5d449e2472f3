/**
 * The fixture site of the anchor-lock build tests (tests/unit/lock*.test.ts): a private project
 * copy holding tests/unit/anchors-fixtures/site plus a scheme, its lock written by a first
 * `lock:update` build, and the commands the tests run on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';
import { type FixtureProject, fixtureProject, repoRoot } from './fixture-project.ts';

const SCHEME = `---
id: fixture-scheme
title: 关于开展文明单位创建工作的实施方案
years: [2022]
level: unit
issuer: government-dept
types: [scheme]
topics: [civilized-unit, theory]
summary: 测试用文档：标题改写后锚点是否保持。
source:
  site: 测试
  title: 测试文档
  file: 000_f15a235f9087776c.txt
completeness: complete
---

为全面深入推进精神文明建设，结合实际，制定本方案。

## 一、工作目标

以创建自治区文明单位为目标，全面提升干部职工文明素质。

## 二、工作措施

加强组织领导，压实工作责任，确保各项任务落到实处。

健全工作机制，定期研究部署创建工作。
`;

export interface LockFixture {
  fixture: FixtureProject;
  /** The fixture's anchors.lock. */
  lock: string;
  /**
   * A build of the fixture site. Without its search index: the lock is checked before the index is
   * made (and a failing build never gets there), and no test here reads it.
   */
  build(extra?: Record<string, string>): { ok: boolean; output: string };
  /** `npm run lock:accept -- <entries>` on the fixture project. */
  lockAccept(...entries: string[]): { ok: boolean; status: number | null; output: string };
  /** Rewrites a content file of the fixture. */
  edit(file: string, fn: (s: string) => string): void;
  /**
   * Registers the hooks of the suite it is called in: before it, the fixture site and the scheme
   * copied into the content and built with lock:update (which must pass); after it, the project removed.
   */
  hooks(): void;
}

export function lockFixture(name: string): LockFixture {
  const fixture = fixtureProject(name);
  const { content, out } = fixture;
  const lock = join(fixture.work, 'anchors.lock');
  const build = (extra: Record<string, string> = {}) =>
    fixture.astro(['build'], {
      WENKU_SEARCH_INDEX: 'off',
      WENKU_ANCHORS_LOCK: lock,
      WENKU_BASE: '/wenku/',
      WENKU_SITE: 'http://oa.example.local',
      ...extra,
    });
  return {
    fixture,
    lock,
    build,
    lockAccept(...entries) {
      const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/lock-accept.ts'), ...entries, '--root', fixture.project], {
        encoding: 'utf8',
        env: {
          ...process.env,
          NO_COLOR: '1',
          WENKU_SEARCH_INDEX: 'off',
          WENKU_CONTENT_DIR: content,
          WENKU_OUT: out,
          WENKU_CACHE: join(fixture.work, 'cache'),
          WENKU_ANCHORS_LOCK: lock,
          WENKU_BASE: '/wenku/',
        },
      });
      return { ok: r.status === 0, status: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
    },
    edit(file, fn) {
      const path = join(content, file);
      writeFileSync(path, fn(readFileSync(path, 'utf8')));
    },
    hooks() {
      beforeAll(() => {
        cpSync(join(repoRoot, 'tests/unit/anchors-fixtures/site'), content, { recursive: true });
        writeFileSync(join(content, 'fixture-scheme.mdx'), SCHEME);
        const first = build({ WENKU_LOCK_UPDATE: '1' });
        expect(first.ok, first.output).toBe(true);
      }, 180_000);
      afterAll(() => fixture.remove());
    },
  };
}
