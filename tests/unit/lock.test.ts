/**
 * The anchor lock: the pure rules (including the passage texts it records and the
 * similarity that tells a small edit from a shifted anchor, on real snippets of
 * content/docs), then real builds of a fixture site (WENKU_CONTENT_DIR) that remove a
 * section, alias it, insert a paragraph, pin the shifted ids, and rename a document (rewording
 * and `npm run lock:accept`: lock-accept.test.ts).
 * The same redirects in a browser: tests/e2e/redirects.spec.ts.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture-project.ts';
import { lockFixture } from '../support/lock-fixture.ts';
import {
  acceptLock,
  checkLock,
  fingerprint,
  formatLock,
  lockEntries,
  lockLines,
  mergeLock,
  parseLock,
  parseLockLines,
  type PublishedSite,
  rewordedEntries,
  SIMILARITY_THRESHOLD,
  textSimilarity,
  unlockedEntries,
  untextedEntries,
} from '../../src/integrations/permalinks/lock.ts';
import { anchorsFromHtml } from '../../src/integrations/permalinks/published.ts';

const site = (docs: PublishedSite['docs'], formerIds: Record<string, string> = {}): PublishedSite => ({ docs, formerIds });
const plan = { id: 'plan', anchors: ['p1', 's1', 's1-1', 's2'], aliases: {} };

describe('the committed anchors.lock', () => {
  it('is exactly as `npm run lock:update` writes it (header, order, format), so a later update changes only what changed', () => {
    const committed = readFileSync(join(repoRoot, 'anchors.lock'), 'utf8');
    expect(formatLock(parseLockLines(committed))).toBe(committed);
  });
});

describe('lock rules', () => {
  it('lists document ids and doc#anchor lines, sorted, with a comment header', () => {
    const text = formatLock(lockEntries(site([plan])));
    expect(parseLock(text)).toEqual(['plan', 'plan#p1', 'plan#s1', 'plan#s1-1', 'plan#s2']);
    expect(text.startsWith('# ')).toBe(true);
    expect(text.endsWith('plan#s2\n')).toBe(true);
  });

  it('fails naming the document and the id when a section disappears', () => {
    const locked = lockEntries(site([plan]));
    const problems = checkLock(locked, site([{ ...plan, anchors: ['p1', 's1', 's2'] }]), (id) => `content/docs/${id}.mdx`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.entry).toBe('plan#s1-1');
    expect(problems[0]!.message).toContain('content/docs/plan.mdx: anchor "#s1-1" of document "plan"');
    expect(problems[0]!.message).toContain('permalinks.aliases');
  });

  it('passes when the document declares an alias for the lost anchor', () => {
    const locked = lockEntries(site([plan]));
    expect(checkLock(locked, site([{ ...plan, anchors: ['p1', 's1', 's2'], aliases: { 's1-1': 's1' } }]))).toEqual([]);
  });

  it('fails for a vanished document, once, and passes when another document claims its id', () => {
    const locked = lockEntries(site([plan]));
    const renamed = { ...plan, id: 'plan-v2' };
    const problems = checkLock(locked, site([renamed]));
    expect(problems.map((p) => p.entry)).toEqual(['plan']);
    expect(problems[0]!.message).toContain('document "plan" (/docs/plan/) was published but no longer exists');
    expect(checkLock(locked, site([renamed], { plan: 'plan-v2' }))).toEqual([]);
  });

  it('checks anchors of a renamed document against the new one', () => {
    const locked = lockEntries(site([plan]));
    const problems = checkLock(locked, site([{ id: 'plan-v2', anchors: ['p1', 's1', 's1-1'], aliases: {} }], { plan: 'plan-v2' }));
    expect(problems.map((p) => p.entry)).toEqual(['plan#s2']);
    expect(problems[0]!.message).toContain('(document "plan" is now "plan-v2")');
  });

  it('only grows: an update keeps every locked line and adds the new ones', () => {
    const locked = ['old-doc', 'plan', 'plan#s1'];
    const merged = mergeLock(locked, site([{ id: 'plan', anchors: ['s1', 's3'], aliases: {} }]));
    expect(merged.map((l) => l.entry)).toEqual(['old-doc', 'plan', 'plan#s1', 'plan#s3']);
    expect(unlockedEntries(locked, site([{ id: 'plan', anchors: ['s1', 's3'], aliases: {} }]))).toEqual(['plan#s3']);
  });

  it('reads passages and alias markers from a built page', () => {
    const html =
      '<h2 id="s1" data-cite="第一部分"><span id="old" class="anchor-alias" data-alias-of="s1"></span>一、甲</h2><p id=s1-p1 data-cite="第一部分第1段">x</p><h2 id="edit-notes">整理说明</h2>';
    expect(anchorsFromHtml(html)).toEqual({ anchors: ['s1', 's1-p1'], aliases: { old: 's1' }, texts: { s1: '一、甲', 's1-p1': 'x' }, headings: ['s1'] });
  });
});

/* ------------------------------------------------------------ passage texts */

/** Real fingerprints from content/docs (as the built pages give them). */
const real = {
  parkS1P1: '一是以理论学习中心组、“三会一课', // park-committee-2023-summary-2024-plan#s1-p1
  parkS2P1: '一是坚持“第一议题”，把党的XX', // park-committee-2023-summary-2024-plan#s2-p1
  propS2P1: '在连续三年“省级文明单位创建”的', // district-propaganda-2023-scheme#s2-p1
  propS31P1: '开展文明单位创建活动，要坚持立足', // district-propaganda-2023-scheme#s3-1-p1
  speechP6: '三要实施幸福城市提质行动，建设群', // city-committee-2022-speech-a#s2-p6
  speechP7: '四要实施城市治理提升行动，建设治', // …#s2-p7
  speechP8: '五要实施XX文化浸润行动，建设具', // …#s2-p8
  speechP9: '六要实施功能品质提升行动，建设环', // …#s2-p9
  exprS1: '一、“十四五”精神文明建设面临的', // expressway-branch-14th-five-year-program#s1
  exprS2: '二、“十四五”精神文明建设重点任', // …#s2
};

describe('passage texts in the lock', () => {
  it('fingerprints a passage by its first 16 characters, whitespace collapsed', () => {
    expect(fingerprint('一是以理论学习中心组、“三会一课”、专题党课等形式，始终坚持学习')).toBe(real.parkS1P1);
    expect(fingerprint('  二、坚持\n  问题导向 ')).toBe('二、坚持 问题导向');
    expect(fingerprint('同志们：今天召开会议，主要任务是部署全年工作。')).toBe('同志们：今天召开会议，主要任务是');
    expect(fingerprint('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳 午')).toBe('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳');
  });

  it('reads the plain text of headings and paragraphs from a built page', () => {
    const html =
      '<h3 id="s2-1" data-cite="第二部分（一）">（一）深化<em>文明</em>城市创建。</h3>' +
      '<p id="s2-1-p1" data-cite="第二部分（一）第1段"><span id="s2-1-p0" class="anchor-alias" data-alias-of="s2-1-p1"></span>&#x201C;坚持&#8221;\n  <a href="#s1">见第一部分</a>R&amp;D推进落实</p>';
    expect(anchorsFromHtml(html).texts).toEqual({ 's2-1': '（一）深化文明城市创建。', 's2-1-p1': '“坚持” 见第一部分R&D推进落' });
  });

  it('writes anchor lines as entry<TAB>text, document lines without text, sorted by entry', () => {
    const doc = { id: 'plan', anchors: ['s1', 's1-p1'], aliases: { old: 's1-p1' }, texts: { s1: '一、总体要求', 's1-p1': real.parkS1P1 } };
    const text = formatLock(lockLines(site([doc])));
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      'plan',
      `plan#old\t${real.parkS1P1}`,
      'plan#s1\t一、总体要求',
      `plan#s1-p1\t${real.parkS1P1}`,
      '',
    ]);
    expect(parseLockLines(text)).toEqual([
      { entry: 'plan' },
      { entry: 'plan#old', text: real.parkS1P1 },
      { entry: 'plan#s1', text: '一、总体要求' },
      { entry: 'plan#s1-p1', text: real.parkS1P1 },
    ]);
    expect(parseLock(text)).toEqual(['plan', 'plan#old', 'plan#s1', 'plan#s1-p1']);
    // A lock written before texts were recorded still reads.
    expect(parseLockLines('plan\nplan#s1\n')).toEqual([{ entry: 'plan' }, { entry: 'plan#s1' }]);
  });

  it('tolerates small edits of the passage: a typo fix, punctuation width, 创立→创建, 〞→”', () => {
    const edits: [string, string][] = [
      ['一是以理论学习中新组、“三会一课', real.parkS1P1], // typo fixed
      ['一是以理论学习中心组,“三会一课', real.parkS1P1], // half-width comma → full width (the cleaning rule)
      ['开展文明单位创立活动，要坚持立足', real.propS31P1], // conversion fix 创立 → 创建
      ['在连续三年“省级文明单位创立〞的', real.propS2P1], // two conversion fixes in one fingerprint
      ['在连续三年“省级文明单位创建”的', '在连续三年“省级文明单位创建”的基'], // a character removed earlier in the passage shifts the window
      ['（一）深化文明城市创建。', '(一)深化文明城市创建.'],
      ['2、抓活动。', '2、抓好活动。'], // a short heading
    ];
    for (const [before, after] of edits) {
      expect(textSimilarity(before, after), `${before} → ${after}`).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
      const locked = [{ entry: 'd#s1-p1', text: before }];
      expect(checkLock(locked, site([{ id: 'd', anchors: ['s1-p1'], aliases: {}, texts: { 's1-p1': after } }]))).toEqual([]);
    }
  });

  it('tells apart neighbouring passages, even with the same opening (real snippets)', () => {
    const neighbours: [string, string][] = [
      [real.speechP6, real.speechP7],
      [real.speechP7, real.speechP8],
      [real.speechP7, real.speechP9], // the most alike two paragraphs of one section in the corpus
      [real.parkS1P1, real.parkS2P1],
      [real.exprS1, real.exprS2], // the most alike two sibling headings
      ['一是抓好学习。二是抓好宣讲。', '1.明确职责切实保障任务落实。深刻'],
    ];
    for (const [a, b] of neighbours) expect(textSimilarity(a, b), `${a} ~ ${b}`).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(textSimilarity(real.speechP7, real.speechP7)).toBe(1);
  });

  it('fails on a shifted paragraph, naming file, document, anchor, old and new text, and the remedy', () => {
    // A re-cleaning split the first paragraph of 四、: everything after it moved down one.
    const before = {
      id: 'speech',
      anchors: ['s4', 's4-p1', 's4-p2'],
      aliases: {},
      texts: { s4: '四、保障措施', 's4-p1': real.speechP6, 's4-p2': real.speechP7 },
    };
    const locked = lockLines(site([before]));
    const after = {
      ...before,
      anchors: ['s4', 's4-p1', 's4-p2', 's4-p3'],
      texts: { s4: '四、保障措施', 's4-p1': '新插入的一段：加强组织领导。', 's4-p2': real.speechP6, 's4-p3': real.speechP7 },
    };
    const problems = checkLock(locked, site([after]), (id) => `content/docs/${id}.mdx`);
    expect(problems.map((p) => p.entry)).toEqual(['speech#s4-p1', 'speech#s4-p2']);
    const first = problems[0]!.message;
    expect(first).toContain('content/docs/speech.mdx: anchor "#s4-p1" of document "speech" now points at another passage');
    expect(first).toContain(`published (anchors.lock): ${real.speechP6}`);
    expect(first).toContain('now on the page:          新插入的一段：加强组织领导。');
    expect(first).toContain('its text is now at "#s4-p2"');
    expect(first).toContain('permalinks.pins { s4-p2: s4-p1 }');
    expect(first).toContain('the new passage at "#s4-p1" then needs an id of its own, e.g. pins { s4-p1: s4-p1-new }');
    expect(first).toContain('permalinks.aliases { s4-p1: s4-p2 }');
    expect(problems[1]!.message).toContain('permalinks.pins { s4-p3: s4-p2 }');
    expect(problems[1]!.message).toContain('the passage now at "#s4-p2" gets its own published id back the same way');

    // Pinned back (as the rehype plugin then publishes them), the lock holds again.
    const pinned = {
      ...after,
      anchors: ['s4', 's4-p1-new', 's4-p1', 's4-p2'],
      texts: { s4: '四、保障措施', 's4-p1-new': '新插入的一段：加强组织领导。', 's4-p1': real.speechP6, 's4-p2': real.speechP7 },
    };
    expect(checkLock(locked, site([pinned]))).toEqual([]);
  });

  it('fails when the passage is gone from the page, and asks for an alias or a hand correction', () => {
    const locked = [{ entry: 'speech#s4-p1', text: real.speechP6 }];
    const problems = checkLock(locked, site([{ id: 'speech', anchors: ['s4-p1'], aliases: {}, texts: { 's4-p1': real.speechP9 } }]), (id) => `${id}.mdx`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('its text is not on the page under another id');
    expect(problems[0]!.message).toContain('permalinks.aliases { s4-p1: <id of the passage that holds that text now> } in speech.mdx');
    expect(problems[0]!.message).toContain('If it is the same passage reworded, record its new text: npm run lock:accept -- speech#s4-p1');
  });

  it('compares an aliased anchor at its alias target', () => {
    const locked = [{ entry: 'plan#s1-2-3-p1', text: '组织志愿服务活动。' }];
    const aliased = (texts: Record<string, string>) =>
      site([{ id: 'plan', anchors: ['s1-2-2-p1', 's1-2-2-p2'], aliases: { 's1-2-3-p1': 's1-2-2-p2' }, texts }]);
    expect(checkLock(locked, aliased({ 's1-2-2-p1': '开展最美家庭评选。', 's1-2-2-p2': '组织志愿服务活动。' }))).toEqual([]);
    const problems = checkLock(locked, aliased({ 's1-2-2-p1': '组织志愿服务活动。', 's1-2-2-p2': '开展最美家庭评选。' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('anchor "#s1-2-3-p1" (an alias of "#s1-2-2-p2") of document "plan" now points at another passage');
    expect(problems[0]!.message).toContain('point the alias there, permalinks.aliases { s1-2-3-p1: s1-2-2-p1 }');
    // A removed passage (its text nowhere on the page) may send its readers to another one.
    expect(checkLock(locked, aliased({ 's1-2-2-p1': '开展最美家庭评选。', 's1-2-2-p2': '实行动态管理。' }))).toEqual([]);
  });

  it('compares the anchors of a renamed document in the new one', () => {
    const locked = [{ entry: 'plan#s2-p1', text: real.speechP7 }];
    const renamed = (t: string) => site([{ id: 'plan-v2', anchors: ['s2-p1'], aliases: {}, texts: { 's2-p1': t } }], { plan: 'plan-v2' });
    expect(checkLock(locked, renamed(real.speechP7))).toEqual([]);
    expect(checkLock(locked, renamed(real.speechP8))[0]!.message).toContain(
      'of document "plan-v2" (document "plan" is now "plan-v2") now points at another passage',
    );
  });

  it('an update fills in missing texts, keeps recorded ones and never drops a line', () => {
    const locked = [{ entry: 'gone' }, { entry: 'plan' }, { entry: 'plan#old' }, { entry: 'plan#s1' }, { entry: 'plan#s2', text: '二、工作要求' }];
    const now = site([
      { id: 'plan', anchors: ['s1', 's2', 's3'], aliases: { old: 's3' }, texts: { s1: '一、总体要求', s2: '二、工作要求！', s3: '三、保障措施' } },
    ]);
    expect(untextedEntries(locked)).toEqual(['plan#old', 'plan#s1']);
    const merged = mergeLock(locked, now);
    expect(merged).toEqual([
      { entry: 'gone' },
      { entry: 'plan' },
      { entry: 'plan#old', text: '三、保障措施' },
      { entry: 'plan#s1', text: '一、总体要求' },
      { entry: 'plan#s2', text: '二、工作要求' },
      { entry: 'plan#s3', text: '三、保障措施' },
    ]);
    expect(untextedEntries(merged)).toEqual([]);
  });

  it('skips the comparison for a line without a recorded text', () => {
    expect(checkLock(['plan#s1'], site([{ id: 'plan', anchors: ['s1'], aliases: {}, texts: { s1: '完全不同的文字' } }]))).toEqual([]);
  });
});

/* ----------------------------------------------------------- reworded passages */

describe('a reworded heading', () => {
  const scheme = (texts: Record<string, string>) =>
    site([
      {
        id: 'scheme',
        anchors: ['p1', 's1', 's1-p1', 's2', 's2-p1'],
        headings: ['s1', 's2'],
        aliases: {},
        texts: { p1: '为推进工作，制定本方案。', s1: '一、工作目标', 's1-p1': real.propS2P1, s2: '二、工作措施', 's2-p1': real.propS31P1, ...texts },
      },
    ]);
  const locked = lockLines(scheme({}));

  it('is the same heading while it keeps its number and first passage (一、工作目标 → 一、总体目标)', () => {
    expect(textSimilarity('一、工作目标', '一、总体目标')).toBeLessThan(SIMILARITY_THRESHOLD); // its own words alone would fail
    const now = scheme({ s1: '一、总体目标' });
    expect(checkLock(locked, now)).toEqual([]);
    expect(rewordedEntries(locked, now)).toEqual([{ entry: 'scheme#s1', was: '一、工作目标', now: '一、总体目标' }]);
    // …also when its first passage had a small edit.
    expect(checkLock(locked, scheme({ s1: '一、总体目标', 's1-p1': '在连续三年“省级文明单位创立〞的' }))).toEqual([]);
  });

  it('is another heading when its number or its first passage changed', () => {
    expect(checkLock(locked, scheme({ s1: '（一）总体目标' })).map((p) => p.entry)).toEqual(['scheme#s1']);
    const replaced = checkLock(locked, scheme({ s1: '一、总体目标', 's1-p1': real.speechP9 }));
    expect(replaced.map((p) => p.entry)).toEqual(['scheme#s1', 'scheme#s1-p1']);
    // A paragraph is never let through this way.
    expect(checkLock(locked, scheme({ p1: '各单位要高度重视，认真组织实施。' })).map((p) => p.entry)).toEqual(['scheme#p1']);
  });

  it('is accepted into the lock on request, with the old and new text; refused for a shift or an unknown entry', () => {
    const now = scheme({ s1: '一、总体目标', 's1-p1': real.speechP9 });
    const { lines, accepted, problems } = acceptLock(locked, now, ['scheme#s1', 'scheme#s1-p1']);
    expect(problems).toEqual([]);
    expect(accepted).toEqual([
      { entry: 'scheme#s1', was: '一、工作目标', now: '一、总体目标' },
      { entry: 'scheme#s1-p1', was: real.propS2P1, now: real.speechP9 },
    ]);
    expect(checkLock(lines, now)).toEqual([]);
    expect(lines.filter((l, i) => l.text !== locked[i]!.text).map((l) => l.entry)).toEqual(['scheme#s1', 'scheme#s1-p1']);

    // The first paragraph of 一、 now stands at s2-p1: accepting s2-p1 would re-point a published link.
    const shifted = scheme({ 's2-p1': real.propS2P1, 's1-p1': real.speechP9 });
    const refused = acceptLock(locked, shifted, ['scheme#s1-p1', 'scheme#s9', 'scheme']);
    expect(refused.accepted).toEqual([]);
    expect(refused.problems.map((p) => p.message)).toEqual([
      'scheme#s1-p1: its published text is now at "#s2-p1": that is a shift, not a rewording; keep the id with its passage with permalinks.pins { s2-p1: s1-p1 } in scheme',
      'scheme#s9: not in the lock (a new anchor is added by `npm run lock:update`)',
      'scheme: not a passage: name it as <document id>#<anchor>, e.g. scheme#s1',
    ]);
  });
});

/* ------------------------------------------------------------------ real builds */

// The rewording builds and lock:accept are in lock-accept.test.ts, on a fixture of their own, so
// that the two files' builds run side by side.
const { fixture, lock, build, edit, hooks } = lockFixture('locktest');
const { content, out } = fixture;

describe('lock on a built fixture site', () => {
  hooks();

  it('lock:update writes every published document and anchor', () => {
    const entries = parseLock(readFileSync(lock, 'utf8'));
    expect(entries).toContain('fixture-plan');
    expect(entries).toContain('fixture-plan#s1-2-3');
    expect(entries).toContain('fixture-plan#s1-2-3-p1');
    expect(entries).toContain('fixture-speech#s2-p1');
    expect(entries).toEqual([...entries].sort());
    const lines = readFileSync(lock, 'utf8').split('\n');
    expect(lines).toContain('fixture-plan');
    expect(lines).toContain('fixture-plan#s1\t一、2023年工作总结');
    expect(lines).toContain('fixture-plan#s1-1-p1\t一是抓好学习。二是抓好宣讲。');
    expect(lines).toContain(`fixture-plan#s1-1-p2\t${fingerprint('1.明确职责切实保障任务落实。深刻认识')}`);
  });

  it('lock:update fills in the texts of a lock written without them, dropping no line', () => {
    const full = readFileSync(lock, 'utf8');
    writeFileSync(lock, full.replace(/\t.*$/gm, ''));
    const plain = build();
    expect(plain.ok, plain.output).toBe(true);
    expect(plain.output).toContain('have no recorded text');
    const update = build({ WENKU_LOCK_UPDATE: '1' });
    expect(update.ok, update.output).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(full);
  });

  /**
   * Three edits that break published links, in one failing build, then their three remedies in
   * one passing build (a fixture build takes 10–20 s): each test reads its part of the two
   * outputs. The edits touch different sections and documents, so each message stands alone.
   */
  describe('three breaking edits built together, then their remedies', () => {
    let failed: ReturnType<typeof build>;
    let passed: ReturnType<typeof build>;
    beforeAll(() => {
      // A section removed, a paragraph inserted at the start of another, a document renamed.
      edit('fixture-plan.mdx', (s) => s.replace('#### 3、志愿服务\n\n组织志愿服务活动。\n', ''));
      edit('fixture-plan.mdx', (s) => s.replace('### （一）强化理论武装\n\n', '### （一）强化理论武装\n\n新增一段：加强组织领导，压实工作责任。\n\n'));
      cpSync(join(content, 'fixture-speech.mdx'), join(content, 'fixture-speech-v2.mdx'));
      rmSync(join(content, 'fixture-speech.mdx'));
      edit('fixture-speech-v2.mdx', (s) => s.replace('id: fixture-speech\n', 'id: fixture-speech-v2\n'));
      failed = build();

      // The remedies: an alias, pins, the former id.
      const remedies =
        'permalinks:\n  aliases:\n    s1-2-3: s1-2-2\n    s1-2-3-p1: s1-2-2-p1\n' +
        '  pins:\n    s1-1-p1: s1-1-p1-new\n    s1-1-p2: s1-1-p1\n    s1-1-p3: s1-1-p2\n    s1-1-p4: s1-1-p3\n';
      edit('fixture-plan.mdx', (s) => s.replace('completeness: truncated\n', `completeness: truncated\n${remedies}`));
      edit('fixture-speech-v2.mdx', (s) => s.replace('completeness: complete\n', 'completeness: complete\npermalinks:\n  formerIds: [fixture-speech]\n'));
      passed = build();
    }, 180_000);

    it("fail the build once, with the lock's message alone: no stack trace, no unrelated hint from Astro's CLI", () => {
      expect(failed.ok).toBe(false);
      expect(failed.output).toContain('Published links would break');
      expect(failed.output).not.toContain('Browser APIs');
      expect(failed.output).not.toContain('Hint:');
      expect(failed.output).not.toContain('Stack trace');
      expect(passed.ok, passed.output).toBe(true);
    });

    it('removing a section fails the build with the promised message; an alias makes it pass', () => {
      expect(failed.output).toMatch(
        /fixture-plan#s1-2-3: \S*fixture-plan\.mdx: anchor "#s1-2-3" of document "fixture-plan" was published \(anchors\.lock\) but is no longer on the page/,
      );
      expect(failed.output).toContain('fixture-plan#s1-2-3-p1');
      const html = readFileSync(join(out, 'docs/fixture-plan/index.html'), 'utf8');
      expect(anchorsFromHtml(html).aliases).toEqual({ 's1-2-3': 's1-2-2', 's1-2-3-p1': 's1-2-2-p1' });
    });

    it('inserting a paragraph at the start of a section fails the build naming the shifted anchors; pinning them makes it pass', () => {
      expect(failed.output).toMatch(/fixture-plan#s1-1-p1: \S*fixture-plan\.mdx: anchor "#s1-1-p1" of document "fixture-plan" now points at another passage/);
      expect(failed.output).toContain('published (anchors.lock): 一是抓好学习。二是抓好宣讲。');
      expect(failed.output).toContain(`now on the page:          ${fingerprint('新增一段：加强组织领导，压实工作责任。')}`);
      expect(failed.output).toContain('permalinks.pins { s1-1-p2: s1-1-p1 }');
      expect(failed.output).toContain('fixture-plan#s1-1-p2: ');
      expect(failed.output).toContain('fixture-plan#s1-1-p3: ');
      const html = readFileSync(join(out, 'docs/fixture-plan/index.html'), 'utf8');
      const { texts } = anchorsFromHtml(html);
      expect(texts['s1-1-p1']).toBe('一是抓好学习。二是抓好宣讲。');
      expect(texts['s1-1-p1-new']).toBe(fingerprint('新增一段：加强组织领导，压实工作责任。'));
    });

    it('a renamed document fails until it names its former id; then the old URL redirects (with the base path)', () => {
      expect(failed.output).toContain('document "fixture-speech" (/docs/fixture-speech/) was published but no longer exists');
      const redirect = join(out, 'docs/fixture-speech/index.html');
      expect(existsSync(redirect)).toBe(true);
      const html = readFileSync(redirect, 'utf8');
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/wenku/docs/fixture-speech-v2/">');
      expect(html).toContain('<script src="/wenku/early/redirect.js" data-to="/wenku/docs/fixture-speech-v2/"></script>');
      expect(html).toContain('<link rel="canonical" href="http://oa.example.local/wenku/docs/fixture-speech-v2/">');
      expect(html).toContain('<a href="/wenku/docs/fixture-speech-v2/">《在2022年市精神文明建设委员会（扩大）会议上的讲话》</a>');
    });
  });
});
