/**
 * A scratch folder for tests that run the import command (`runImport`) for real: made before
 * each test with an empty `in/`, removed after it; `run` gives the exit code and what was printed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type Pipeline, runImport } from '../../src/importer/cli.ts';
import { importDocuments } from '../../src/importer/pipeline.ts';

export function importWorkspace(prefix: string): {
  dir: () => string;
  run: (argv: string[], pipeline?: Pipeline) => Promise<{ code: number; out: string; err: string }>;
} {
  let work = '';
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(work, 'in'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));
  return {
    dir: () => work,
    run: async (argv, pipeline = importDocuments) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runImport(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: work }, pipeline);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
  };
}

/** A short plan, our own words, used where the same text is imported twice. */
export const PLAN = [
  '某某街道2025年精神文明建设工作计划',
  '为深入推进精神文明建设，结合我街道实际，制定本计划。',
  '一、加强理论武装',
  '组织理论学习中心组开展集中学习，推动党的创新理论进社区、进楼院，全年开展宣讲活动不少于十二场。',
  '二、深化文明实践',
  '依托新时代文明实践站开展志愿服务，组建志愿者队伍，常态化开展学雷锋志愿服务活动。',
].join('\n');
