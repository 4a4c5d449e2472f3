import { describe, expect, it } from 'vitest';
import { parseNumber as parseCount } from '../../src/lib/numbering';
import { findWording as findWith } from '../../src/lib/wording/detect';
import { describeValidity, fitsYear } from '../../src/lib/wording/validity';
import { loadRuleEntries, toRules } from '../../src/lib/wording/rules';
import { anniversaryAdvice, documentFindings, outdatedFor, outdatedForYears, ruleNotes } from '../../src/lib/wording/findings';

/** Every rule with its cases (src/data/wording/rules.yaml): the data file holds both sides. */
const entries = loadRuleEntries();
const rules = toRules(entries);

const findWording = (text: string) => findWith(text, rules);

describe('wording rules (src/data/wording/rules.yaml)', () => {
  it('every rule has cases on both sides, and ids are unique ASCII', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const e of entries) {
      expect(e.cases.hits.length, e.id).toBeGreaterThan(0);
      expect(e.cases.misses.length, e.id).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    const c = entries.find((e) => e.id === rule.id)!.cases;
    describe(rule.id, () => {
      it.each(c?.hits ?? [])('flags $phrase in “$text”', ({ text, phrase, outdated, fits }) => {
        const hits = findWording(text).filter((m) => m.rule === rule.id);
        expect(hits.map((m) => m.phrase)).toContain(phrase);
        const hit = hits.find((m) => m.phrase === phrase)!;
        expect(text.slice(hit.index, hit.index + phrase.length)).toBe(phrase);
        expect(fitsYear(hit.valid, outdated)).toBe(false);
        if (fits !== null) expect(fitsYear(hit.valid, fits)).toBe(true);
        else for (let y = 1990; y <= 2100; y++) expect(fitsYear(hit.valid, y)).toBe(false);
      });
      it.each(c?.misses ?? [])('leaves alone “%s”', (text) => {
        expect(findWording(text).filter((m) => m.rule === rule.id)).toEqual([]);
      });
      it('has a Chinese hint and source', () => {
        expect(rule.hint).toMatch(/[\u4e00-\u9fff]/);
        expect(rule.source).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  }
});

describe('parseCount()', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(parseCount('98')).toBe(98);
    expect(parseCount('九十八')).toBe(98);
    expect(parseCount('一百')).toBe(100);
    expect(parseCount('百')).toBe(100);
    expect(parseCount('一百零三')).toBe(103);
    expect(parseCount('十')).toBe(10);
    expect(parseCount('六十')).toBe(60);
    expect(parseCount('X')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
  });
});

describe('describeValidity()', () => {
  it('says the years in Chinese', () => {
    expect(describeValidity({ from: 2019, to: 2019 })).toBe('只适用于2019年');
    expect(describeValidity({ from: 2017, to: 2022 })).toBe('适用于2017—2022年');
    expect(describeValidity({ to: 2020 })).toBe('适用至2020年');
    expect(describeValidity({ from: 2021 })).toBe('2021年起适用');
    expect(describeValidity({ never: true })).toBe('任何年份都不成立');
  });
});

describe('document findings', () => {
  // Passages of the 001 summary (labelled 2024, written around 2019).
  const passages = [
    { id: 'p1', cite: '开头第1段', text: '2024年，市xx局……深入学习宣传贯彻习近平新时代中国特色社会主义思想和党的十九大和历次全会精神。' },
    { id: 's1', cite: '第一部分', text: '一、学懂弄通做实习近平新时代中国特色社会主义思想和党的十九大精神' },
    { id: 's1-2-p1', cite: '第一部分（二）第1段', text: '三是结合纪念建党98周年、清明祭典日和民族传统节日，组织祭英烈。' },
    { id: 's2-1-p1', cite: '第二部分（一）第1段', text: '开展微心愿认领、关爱孤寡老人及留守儿童等活动。' },
  ];
  const findings = documentFindings(passages, rules);

  it('groups matches per passage and rule, skipping passages without any', () => {
    expect(findings.map((f) => [f.passage, f.rule, f.phrases])).toEqual([
      ['p1', 'congress-19', ['十九大']],
      ['s1', 'congress-19', ['十九大']],
      ['s1-2-p1', 'party-anniversary', ['建党98周年']],
    ]);
  });

  it('filters by the year written for', () => {
    expect(outdatedFor(findings, 2024)).toHaveLength(3);
    expect(outdatedFor(findings, 2019)).toEqual([]);
    expect(outdatedFor(findings, 2020).map((f) => f.rule)).toEqual(['party-anniversary']);
  });

  it('names which of the document’s own years a finding does not fit', () => {
    const byYears = outdatedForYears(findings, [2022, 2023]);
    expect(byYears.map((x) => [x.finding.passage, x.years])).toEqual([
      ['p1', [2023]],
      ['s1', [2023]],
      ['s1-2-p1', [2022, 2023]],
    ]);
  });

  it('carries only the notes of the rules used, with the anniversary base', () => {
    const notes = ruleNotes(findings, rules);
    expect(Object.keys(notes).sort()).toEqual(['congress-19', 'party-anniversary']);
    expect(anniversaryAdvice(notes['party-anniversary']!, 2024)).toBe('2024年为103周年');
    expect(anniversaryAdvice(notes['congress-19']!, 2024)).toBeUndefined();
  });
});
