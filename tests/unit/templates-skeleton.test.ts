/** Skeleton derivation and the role keywords, on headings worded as in the corpus. */
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, readLibraryFiles } from '../../src/lib/content-dir';
import { frontmatterData, splitFrontmatter } from '../../src/lib/frontmatter';
import { docSchema } from '../../src/lib/schema';
import { partRoles, partTitle, roleOf } from '../../src/lib/templates/roles';
import { deriveSkeleton, OWN_CONTENT_LABEL, outlineLines, outlineParts, outlineText, type SkeletonDoc } from '../../src/lib/templates/skeleton';
import { outlineHtml } from '../../src/lib/templates/outline-html';
import { FONTS } from '../../src/lib/export/gbt9704';

describe('role keywords (src/lib/templates/roles.ts)', () => {
  it.each([
    ['一、指导思想', 'guiding'],
    ['一、总体要求', 'guiding'],
    ['二、创建总体目标', 'goals'],
    ['二、工作目标', 'goals'],
    ['三、目标任务', 'goals'],
    ['三、创建主要内容和标准', 'tasks'],
    ['二、主要重点', 'tasks'],
    ['三、工作任务', 'tasks'],
    ['二、“十四五”精神文明建设重点任务', 'tasks'],
    ['四、保障措施', 'safeguards'],
    ['三、具体要求', 'safeguards'],
    ['四、主要措施', 'safeguards'],
    ['五、组织保障', 'safeguards'],
    ['三、“十四五”精神文明建设保障措施', 'safeguards'],
    ['一、主要做法及成效', 'achievements'],
    ['二、存在的问题与不足', 'problems'],
    ['三、下一步工作打算', 'next-steps'],
    ['五、下一年工作计划', 'next-steps'],
    ['四、下一步工作思路', 'next-steps'],
    ['一、“十四五”精神文明建设面临的形势、指导思想、基本原则和总体目标', 'situation'],
    ['一、提高政治站位，不断深化创建文明典范城市的思想认识', 'significance'],
    ['四、考核内容和计分标准（X分制）', 'assessment'],
  ])('%s → %s', (heading, key) => {
    expect(roleOf(heading)?.key).toBe(key);
  });

  it.each(['一、坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂', '二、实施文明创建工程', '三、广泛践行社会主义核心价值观'])(
    '%s has no role (a field of work)',
    (heading) => {
      expect(roleOf(heading)).toBeUndefined();
    },
  );

  it('keys are unique ASCII and no keyword belongs to two roles', () => {
    const keys = partRoles.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z-]+$/);
    const keywords = partRoles.flatMap((r) => r.keywords);
    expect(new Set(keywords).size).toBe(keywords.length);
  });

  it('reads the title without numbering and closing punctuation', () => {
    expect(partTitle('（一）加强组织领导。')).toBe('加强组织领导');
    expect(partTitle('三、考核对象')).toBe('考核对象');
  });
});

const doc = (id: string, headings: [number, string, string][], types?: string[]): SkeletonDoc => ({
  id,
  title: `${id}的标题`,
  headings: headings.map(([depth, slug, text]) => ({ depth, slug, text })),
  types,
});

const schemes = [
  doc('a', [
    [2, 's1', '一、指导思想'],
    [2, 's2', '二、创建总体目标'],
    [2, 's3', '三、创建主要内容和标准'],
    [3, 's3-1', '（一）加强学习型党组织建设。'],
    [2, 's4', '四、保障措施'],
    [3, 's4-1', '（一）加强创建工作的领导。'],
  ]),
  doc('b', [
    [2, 's1', '一、指导思想'],
    [2, 's2', '二、工作目标'],
    [2, 's3', '三、工作任务'],
    [3, 's3-1', '（一）强化思想武装'],
    [2, 's4', '四、主要措施'],
    [3, 's4-1', '（一）抓组织领导'],
  ]),
  doc('c', [
    [2, 's1', '一、工作目标'],
    [2, 's2', '二、工作标准'],
    [2, 's3', '三、工作内容'],
    [3, 's3-1', '（一）加强理想信念教育'],
  ]),
];

/** The top-level headings of organ-2022-creation-plan: 指导思想 and two parts of its own wording. */
const ORGAN_PLAN: [number, string, string][] = [
  [2, 's1', '一、指导思想'],
  [2, 's2', '二、主要重点'],
  [2, 's3', '三、具体要求'],
];

describe('deriveSkeleton', () => {
  it('groups differently worded parts by role, in their usual order, counting documents', () => {
    const sk = deriveSkeleton(schemes);
    expect(sk.docCount).toBe(3);
    expect(sk.parts.map((p) => [p.key, p.docCount, p.usual])).toEqual([
      ['guiding', 2, true],
      ['goals', 3, true],
      ['standards', 1, false],
      ['tasks', 3, true],
      ['safeguards', 2, true],
    ]);
    const tasks = sk.parts.find((p) => p.key === 'tasks')!;
    expect(tasks.sections.map((s) => `${s.docId}#${s.anchor} ${s.text}`)).toEqual(['a#s3 三、创建主要内容和标准', 'b#s3 三、工作任务', 'c#s3 三、工作内容']);
    expect(tasks.hasSubsections).toBe(true);
    expect(sk.parts.find((p) => p.key === 'guiding')!.hasSubsections).toBe(false);
  });

  it('writes the outline in 公文 numbering, usual parts only', () => {
    expect(outlineText(deriveSkeleton(schemes))).toBe(
      ['一、指导思想', '二、工作目标', '三、主要任务', '（一）……', '（二）……', '四、保障措施', '（一）……', '（二）……'].join('\n'),
    );
  });

  it('works with one document: every part is usual', () => {
    const sk = deriveSkeleton([schemes[2]!]);
    expect(sk.docCount).toBe(1);
    expect(sk.parts.every((p) => p.usual && p.docCount === 1)).toBe(true);
    expect(outlineText(sk)).toBe(['一、工作目标', '二、工作标准', '三、主要任务', '（一）……', '（二）……'].join('\n'));
  });

  it('counts two versions of one text once, drawn from the first version given', () => {
    // city-committee-2022-speech-a / -b: one speech, the same headings in both versions.
    const speech = (id: string): SkeletonDoc => ({
      ...doc(id, [
        [2, 's1', '一、深刻认识文明典范城市创建的重大意义'],
        [2, 's2', '二、坚持以人民为中心推进创建'],
        [2, 's3', '三、加强组织领导'],
      ]),
      versionGroup: 'speech-a',
    });
    const sk = deriveSkeleton([speech('speech-a'), speech('speech-b')]);
    expect(sk).toMatchObject({ docCount: 1, versionsLeftOut: 1, withoutHeadings: 0 });
    // One text: its own headings are not “shared by two documents”.
    expect(sk.parts.some((p) => p.kind === 'shared-title')).toBe(false);
    expect(sk.parts.every((p) => p.docCount === 1 && p.usual)).toBe(true);
    expect(sk.parts.flatMap((p) => p.sections.map((s) => s.docId))).toEqual(['speech-a', 'speech-a', 'speech-a']);

    // With a third, separate text the pair still counts once: a wording shared by the two versions only is no shared part.
    const other = doc('other', [[2, 's1', '一、加强组织领导']]);
    const three = deriveSkeleton([speech('speech-a'), other, speech('speech-b')]);
    expect(three).toMatchObject({ docCount: 2, versionsLeftOut: 1 });
    expect(three.parts.filter((p) => p.kind === 'shared-title')).toEqual([]);
    expect(three.parts.find((p) => p.key === 'safeguards')).toMatchObject({ docCount: 2 });
    // Documents without a group are each their own text.
    expect(deriveSkeleton([doc('x', []), doc('y', [])])).toMatchObject({ docCount: 2, versionsLeftOut: 0, withoutHeadings: 2 });
  });

  it('collapses each document’s own fields of work into one part, and keeps shared wordings', () => {
    const summaries = [
      doc('s', [
        [2, 's1', '一、坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂'],
        [2, 's2', '二、广泛践行社会主义核心价值观'],
        [2, 's3', '三、全面推进新时代文明实践活动'],
        [2, 's4', '四、下一年工作计划'],
      ]),
      doc('t', [
        [2, 's1', '一、大力推进群众性精神文明创建工作'],
        [2, 's2', '二、广泛践行社会主义核心价值观。'],
        [2, 's3', '三、下一步工作打算'],
      ]),
    ];
    const sk = deriveSkeleton(summaries);
    expect(sk.parts.map((p) => [p.label, p.docCount, p.sectionCount])).toEqual([
      [OWN_CONTENT_LABEL, 2, 3],
      ['广泛践行社会主义核心价值观', 2, 2],
      ['下一步工作打算', 2, 2],
    ]);
    expect(sk.parts[1]!.kind).toBe('shared-title');
    expect(outlineText(sk)).toBe(['一、（按本单位工作领域自拟标题）', '二、广泛践行社会主义核心价值观', '三、下一步工作打算'].join('\n'));
  });

  it('lets 主要任务 stand for the fields of work in the outline when both are usual', () => {
    const plans = [
      doc('p', ORGAN_PLAN),
      doc('q', [
        [2, 's1', '一、深化文明实践工作'],
        [2, 's2', '二、实施文明创建工程'],
        [2, 's3', '三、下一步工作打算'],
      ]),
      doc('r', [
        [2, 's1', '一、总体要求'],
        [2, 's2', '二、重点任务'],
        [2, 's3', '三、推进文明培育行动'],
        [2, 's4', '四、组织保障'],
      ]),
    ];
    const sk = deriveSkeleton(plans);
    expect(sk.parts.map((p) => [p.key, p.docCount, p.usual])).toEqual([
      ['guiding', 2, true],
      ['own-content', 2, true],
      ['tasks', 2, true],
      ['next-steps', 1, false],
      ['safeguards', 2, true],
    ]);
    expect(outlineParts(sk)).toMatchObject({ from: 'usual', mostShared: 2 });
    expect(outlineParts(sk).parts.map((p) => p.label)).toEqual(['指导思想', '主要任务', '保障措施']);
    expect(outlineText(sk).split('\n')).toEqual(['一、指导思想', '二、主要任务', '（一）……', '（二）……', '三、保障措施']);
  });

  it('with two documents, lists in the outline only what both have', () => {
    // organ-2022-creation-plan and a plan that adds 下一步工作打算: that part is one document’s, not the type’s.
    const plans = [
      doc('organ', ORGAN_PLAN),
      doc('park', [
        [2, 's1', '一、总体要求'],
        [2, 's2', '二、重点工作'],
        [2, 's3', '三、下一步工作打算'],
        [2, 's4', '四、保障措施'],
      ]),
    ];
    const sk = deriveSkeleton(plans);
    expect(sk.parts.map((p) => [p.key, p.docCount, p.usual])).toEqual([
      ['guiding', 2, true],
      ['tasks', 2, true],
      ['next-steps', 1, false],
      ['safeguards', 2, true],
    ]);
    expect(outlineParts(sk)).toMatchObject({ from: 'usual', mostShared: 2 });
    expect(outlineText(sk).split('\n')).toEqual(['一、指导思想', '二、主要任务', '三、保障措施']);

    // The two summaries: both name their own fields of work, only one closes with 下一步.
    const summaries = [
      doc('greening', [
        [2, 's1', '一、学懂弄通做实习近平新时代中国特色社会主义思想'],
        [3, 's1-1', '（一）持续深入开展政治理论学习。'],
        [2, 's2', '二、持续推进巩固全国文明城市成果常态化工作'],
        [2, 's3', '三、大力推进群众性精神文明创建工作'],
      ]),
      doc('park', [
        [2, 's1', '一、坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂'],
        [2, 's2', '二、广泛践行社会主义核心价值观'],
        [2, 's3', '三、下一年工作计划'],
      ]),
    ];
    const two = deriveSkeleton(summaries);
    expect(two.parts.map((p) => [p.key, p.docCount, p.usual])).toEqual([
      ['own-content', 2, true],
      ['next-steps', 1, false],
    ]);
    expect(outlineParts(two).parts.map((p) => p.key)).toEqual(['own-content']);
    expect(outlineText(two)).not.toContain('下一步');
  });

  it('merges every part into the outline when no part is shared by two documents, and says so', () => {
    const plans = [
      doc('p', ORGAN_PLAN),
      doc('q', [
        [2, 's1', '一、深化文明实践工作'],
        [2, 's2', '二、实施文明创建工程'],
        [2, 's3', '三、下一步工作打算'],
      ]),
    ];
    const sk = deriveSkeleton(plans);
    expect(sk.parts.map((p) => [p.key, p.docCount, p.usual])).toEqual([
      ['guiding', 1, false],
      ['own-content', 1, false],
      ['tasks', 1, false],
      ['next-steps', 1, false],
      ['safeguards', 1, false],
    ]);
    // The pages read `from` and `mostShared` to say the outline is merged from parts no two documents share.
    expect(outlineParts(sk)).toMatchObject({ from: 'all', mostShared: 1 });
    // 主要任务 still stands for the other document's own fields of work.
    expect(outlineParts(sk).parts.map((p) => p.key)).toEqual(['guiding', 'tasks', 'next-steps', 'safeguards']);
    expect(outlineText(sk).split('\n')).toEqual(['一、指导思想', '二、主要任务', '（一）……', '（二）……', '三、下一步工作打算', '四、保障措施']);

    // Shared by two, but not by half of five: still merged, and mostShared tells the pages apart.
    const five = [...plans, doc('r', [[2, 's1', '一、总体要求']]), doc('s', [[2, 's1', '一、组织保障']]), doc('t', [[2, 's1', '一、考核办法']])];
    const merged = deriveSkeleton(five);
    expect(merged.parts.every((p) => !p.usual)).toBe(true);
    expect(outlineParts(merged)).toMatchObject({ from: 'all', mostShared: 2 });
  });

  it('keeps a shared wording as a part only when at least a tenth of the documents share it', () => {
    const own = (i: number) => doc(`o${i}`, [[2, 's1', `一、第${i}项自拟工作`]]);
    const shared = (i: number) => doc(`s${i}`, [[2, 's1', '一、深化文明城市创建']]);
    const keys = (docs: SkeletonDoc[]) => deriveSkeleton(docs).parts.map((p) => p.key);
    expect(keys([shared(1), shared(2), ...Array.from({ length: 18 }, (_, i) => own(i))])).toEqual(['own-content', 'title:深化文明城市创建']);
    expect(keys([shared(1), shared(2), ...Array.from({ length: 19 }, (_, i) => own(i))])).toEqual(['own-content']);
  });

  it('counts documents without headings but draws no part from them, and caps the listed sections', () => {
    const many = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, [[2, 's1', '一、指导思想']]));
    const sk = deriveSkeleton([...many, doc('flat', [])], { maxSections: 5 });
    expect(sk).toMatchObject({ docCount: 21, versionsLeftOut: 0, withoutHeadings: 1 });
    expect(sk.parts[0]).toMatchObject({ key: 'guiding', docCount: 20, sectionCount: 20 });
    expect(sk.parts[0]!.sections).toHaveLength(5);
  });

  it('treats the shallowest heading level of each document as its top level', () => {
    const sk = deriveSkeleton([
      doc('h3', [
        [3, 's1', '一、指导思想'],
        [4, 's1-1', '1.学习'],
        [3, 's2', '二、保障措施'],
      ]),
    ]);
    expect(sk.parts.map((p) => [p.key, p.sections[0]!.anchor, p.hasSubsections])).toEqual([
      ['guiding', 's1', true],
      ['safeguards', 's2', false],
    ]);
  });
});

describe('a skeleton takes only the parts that documents of its own type have', () => {
  const plan = doc('organ', ORGAN_PLAN, ['plan']);
  // A 总结 that closes with next year's 计划 (as park-committee-2023-summary-2024-plan does).
  const both = doc(
    'park',
    [
      [2, 's1', '一、坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂'],
      [2, 's2', '二、存在的问题与不足'],
      [2, 's3', '三、下一年工作计划'],
      [3, 's3-1', '1.明确职责切实保障任务落实。'],
    ],
    ['summary', 'plan'],
  );
  const summary = doc('greening', [[2, 's1', '一、学懂弄通做实习近平新时代中国特色社会主义思想']], ['summary']);

  it('leaves a 总结’s parts out of the 计划 skeleton, and keeps them in the 总结’s', () => {
    const plans = deriveSkeleton([plan, both], { type: 'plan' });
    expect(plans.parts.map((p) => p.key)).toEqual(['guiding', 'own-content', 'tasks', 'safeguards']);
    expect(outlineText(plans)).not.toContain('下一步工作打算');
    expect(outlineText(plans)).not.toContain('问题');
    const summaries = deriveSkeleton([summary, both], { type: 'summary' });
    expect(summaries.parts.map((p) => p.key)).toEqual(['own-content', 'problems', 'next-steps']);
  });

  it('keeps such a part when a document of the type alone has it too, or when no type is given', () => {
    const planWithNextSteps = doc(
      'q',
      [
        [2, 's1', '一、总体要求'],
        [2, 's2', '二、下一步工作打算'],
      ],
      ['plan'],
    );
    const sk = deriveSkeleton([plan, both, planWithNextSteps], { type: 'plan' });
    expect(sk.parts.find((p) => p.key === 'next-steps')?.sections.map((s) => s.docId)).toEqual(['park', 'q']);
    expect(deriveSkeleton([plan, both]).parts.map((p) => p.key)).toContain('next-steps');
  });
});

describe('skeletons of the library (content/docs)', () => {
  const dir = resolve(import.meta.dirname, '../..', CONTENT_DIR);
  const library = readLibraryFiles(dir).map(({ mdx }) => {
    const body = splitFrontmatter(mdx)?.body ?? '';
    const data = docSchema.parse(frontmatterData(mdx));
    const headings = [...body.matchAll(/^(#{1,6}) +(.+)$/gm)].map((m, i) => ({ depth: m[1]!.length, slug: `h${i}`, text: m[2]!.trim() }));
    return { id: data.id, title: data.title, headings, types: data.types };
  });
  const types = [...new Set(library.flatMap((d) => d.types))];
  const roleOfKey = new Map(partRoles.map((r) => [r.key, r]));
  /** Roles of other types that documents of several types bring along, per type. */
  const foreign = (type: string) =>
    library
      .filter((d) => d.types.length > 1 && d.types.includes(type as never))
      .flatMap((d) =>
        d.headings
          .flatMap((h) => roleOf(h.text) ?? [])
          .filter((r) => r.types && !(r.types as readonly string[]).includes(type))
          .map((r) => ({ doc: d.id, role: r })),
      );

  it('has a document of several types with a part of another type (else the tests below prove nothing)', () => {
    expect(types.flatMap(foreign)).not.toEqual([]);
  });

  it.each(types)('%s: a part of other types comes only from documents of this type alone', (type) => {
    const ofType = library.filter((d) => (d.types as readonly string[]).includes(type));
    const alone = new Set(ofType.filter((d) => d.types.length === 1).map((d) => d.id));
    const sk = deriveSkeleton(ofType, { type, maxSections: Infinity });
    for (const part of sk.parts) {
      const role = roleOfKey.get(part.key);
      if (!role?.types || (role.types as readonly string[]).includes(type)) continue;
      expect(part.sections.filter((s) => !alone.has(s.docId)).map((s) => `${s.docId}: ${s.text}`)).toEqual([]);
    }
    // What they bring and no document of this type alone has stays out of the outline (计划: no 下一步工作打算).
    for (const { role } of foreign(type)) {
      const aloneHaveIt = ofType.some((d) => alone.has(d.id) && d.headings.some((h) => roleOf(h.text) === role));
      if (!aloneHaveIt) expect(outlineText(sk)).not.toContain(role.label);
    }
  });
});

describe('复制提纲 as HTML (src/lib/templates/outline-html.ts)', () => {
  const lines = outlineLines(deriveSkeleton(schemes));
  const html = outlineHtml(lines);
  const elements = (node: Root | Element): Element[] => node.children.flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));
  const toText = (node: Root | Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? toText(c) : '')).join('');
  const headings = elements(fromHtml(html)).filter((e) => /^h\d$/.test(e.tagName));

  it('writes every line of the outline as a heading, 一、 as h2 and （一） as h3, in the same order and words', () => {
    expect(headings.map((h) => [h.tagName, toText(h)])).toEqual(lines.map((l) => [l.level === 1 ? 'h2' : 'h3', l.text]));
    expect(lines.map((l) => l.text).join('\n')).toBe(outlineText(deriveSkeleton(schemes)));
    expect(new Set(lines.map((l) => l.level))).toEqual(new Set([1, 2]));
  });

  it('sets the 公文 heading fonts inline (黑体 for 一、, 楷体 for （一）) and escapes the text', () => {
    const style = (tag: string) => String(headings.find((h) => h.tagName === tag)!.properties['style']);
    expect(style('h2')).toContain(FONTS.heading1.name);
    expect(style('h3')).toContain(FONTS.heading2.name);
    const odd = outlineHtml([{ level: 1, text: '一、<b>&“要求”' }]);
    expect(toText(fromHtml(odd))).toContain('一、<b>&“要求”');
  });
});
