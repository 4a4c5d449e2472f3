/**
 * The anchor lock on real builds of a fixture site, part two (part one: lock.test.ts): a
 * reworded heading keeps the build green and `npm run lock:accept` records it; a heading
 * rewritten with its first paragraph fails until both are accepted; lock:accept refuses a
 * shifted paragraph and bad arguments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/integrations/permalinks/lock.ts';
import { lockFixture } from '../support/lock-fixture.ts';

const { lock, build, lockAccept, edit, hooks } = lockFixture('lockaccept');

describe('lock:accept on a built fixture site', () => {
  hooks();

  it('rewording 一、工作目标 → 一、总体目标 keeps the build green; it names the new wording, and lock:accept records it', () => {
    const lockBefore = readFileSync(lock, 'utf8');
    expect(lockBefore.split('\n')).toContain('fixture-scheme#s1\t一、工作目标');
    edit('fixture-scheme.mdx', (s) => s.replace('## 一、工作目标', '## 一、总体目标'));
    const passed = build();
    expect(passed.ok, passed.output).toBe(true);
    expect(passed.output).toContain('fixture-scheme#s1: “一、工作目标” → “一、总体目标”');
    expect(passed.output).toContain('Record the new wording: npm run lock:accept -- fixture-scheme#s1');

    const accepted = lockAccept('fixture-scheme#s1');
    expect(accepted.ok, accepted.output).toBe(true);
    expect(accepted.output).toContain('fixture-scheme#s1 now records “一、总体目标” (was “一、工作目标”)');
    const lockAfter = readFileSync(lock, 'utf8');
    expect(lockAfter).toBe(lockBefore.replace('fixture-scheme#s1\t一、工作目标', 'fixture-scheme#s1\t一、总体目标'));
    // lock:accept is itself a build checked against the lock it just wrote: no longer reworded.
    expect(accepted.output).not.toContain('reworded since');
  });

  it('a heading rewritten with its first paragraph fails with the lock message alone; lock:accept of both makes it pass', () => {
    edit('fixture-scheme.mdx', (s) => s.replace('## 二、工作措施\n\n加强组织领导，压实工作责任', '## 二、保障措施\n\n明确专人负责，按月通报进展'));
    const failed = build();
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('fixture-scheme#s2: ');
    expect(failed.output).toContain('record its new text: npm run lock:accept -- fixture-scheme#s2');
    expect(failed.output).toContain('record its new text: npm run lock:accept -- fixture-scheme#s2-p1');
    expect(failed.output).not.toContain('Browser APIs');
    expect(failed.output).not.toContain('Stack trace');

    const accepted = lockAccept('fixture-scheme#s2', 'fixture-scheme#s2-p1');
    expect(accepted.ok, accepted.output).toBe(true);
    const lines = readFileSync(lock, 'utf8').split('\n');
    expect(lines).toContain('fixture-scheme#s2\t二、保障措施');
    expect(lines).toContain(`fixture-scheme#s2-p1\t${fingerprint('明确专人负责，按月通报进展，确保各项任务落到实处。')}`);
    // (lock:accept's own build passed the check against the lock it wrote: accepted.ok above.)
  });

  it('lock:accept refuses a shifted paragraph (the way out is a pin) and bad arguments, leaving the lock as it was', () => {
    const lockBefore = readFileSync(lock, 'utf8');
    edit('fixture-scheme.mdx', (s) => s.replace('## 二、保障措施\n\n', '## 二、保障措施\n\n新增一段：每季度开展一次督查。\n\n'));
    const refused = lockAccept('fixture-scheme#s2-p1');
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('fixture-scheme#s2-p1: its published text is now at "#s2-p2": that is a shift, not a rewording');
    expect(refused.output).not.toContain('Browser APIs');
    expect(readFileSync(lock, 'utf8')).toBe(lockBefore);
    const usage = lockAccept('not an entry');
    expect(usage.status).toBe(2);
    expect(usage.output).toContain('Usage: npm run lock:accept -- <document id>#<anchor>');
  });
});
