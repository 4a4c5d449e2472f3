import { describe, expect, it } from 'vitest';
import { documentFindings, ruleNotes, type WordingData } from '../../src/lib/wording/findings';
import { wordingRules } from '../../src/lib/wording/rules';
import { formatReport, readReportDoc } from '../../scripts/report-wording-lib';

function page(data: WordingData, title = '2024年精神文明建设工作总结'): string {
  const attr = JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html><body><article><h1>${title}</h1><wording-check data-wording="${attr}"></wording-check></article></body></html>`;
}

describe('wording report', () => {
  const findings = documentFindings(
    [
      { id: 's1', cite: '第一部分', text: '一、学懂弄通做实党的十九大精神' },
      { id: 's2-p1', cite: '第二部分第1段', text: '巩固拓展疫情防控成果' },
    ],
    wordingRules(),
  );
  const data: WordingData = { years: [2023, 2024], findings, rules: ruleNotes(findings, wordingRules()) };

  it('reads the panel data and title back from a built page', () => {
    const doc = readReportDoc('x-2024', page(data));
    expect(doc).toEqual({ id: 'x-2024', title: '2024年精神文明建设工作总结', data });
    expect(readReportDoc('moved', '<html><body><p>已迁移</p></body></html>')).toBeUndefined();
  });

  it('lists every finding with the document years it does not fit', () => {
    const report = formatReport([{ id: 'x-2024', title: 't', data }]);
    expect(report).toContain('1 documents, 2 findings, 2 of them out of date');
    expect(report).toContain('| x-2024 | 2023、2024 | 第一部分 `#s1` | 十九大 | `congress-19`');
    expect(report).toContain('| 适用于2017—2022年 | 不符（2023、2024年） |');
    expect(report).toContain('| 适用至2022年 | 不符（2023、2024年） |');
  });
});
