import { describe, expect, it } from 'vitest';
import { quoteTerm, searchedFor } from '../../src/lib/search/describe';

/** The terms part of the status line. */
const describeTerms = (input: string) => searchedFor(input).replace(/^包含(.*)的文献$/u, '$1');

describe('quoteTerm(): one search term named in Chinese quotes', () => {
  it('turns quotes inside a term into inner quotes ‘’', () => {
    expect(quoteTerm('增强"四个意识"')).toBe('“增强‘四个意识’”');
    expect(quoteTerm('增强“四个意识”')).toBe('“增强‘四个意识’”');
    expect(quoteTerm('“十四五”规划')).toBe('“‘十四五’规划”');
    expect(quoteTerm('「两个维护」')).toBe('“两个维护”');
  });

  it('does not double the quotes of a term quoted whole', () => {
    expect(quoteTerm('“十四五”')).toBe('“十四五”');
    expect(quoteTerm('"十四五"')).toBe('“十四五”');
    expect(quoteTerm('‘十四五’')).toBe('“十四五”');
  });

  it('keeps a term that is only quoted pieces as pieces, and a lone quote as an inner one', () => {
    expect(quoteTerm('“甲”和“乙”')).toBe('“‘甲’和‘乙’”');
    expect(quoteTerm('""')).toBe('“‘’”');
    expect(quoteTerm('精神文明')).toBe('“精神文明”');
  });
});

describe('searchedFor(): the status line’s list of terms', () => {
  it('one, two and three or more terms, the Chinese way', () => {
    expect(describeTerms('以学铸魂')).toBe('“以学铸魂”');
    expect(describeTerms('以学铸魂 举旗帜')).toBe('“以学铸魂”和“举旗帜”');
    expect(describeTerms('以学铸魂 以学增智 以学正风')).toBe('“以学铸魂”“以学增智”和“以学正风”');
    expect(describeTerms('  甲\u3000乙  丙 丁 ')).toBe('“甲”“乙”“丙”和“丁”');
  });

  it('the reviewer’s queries', () => {
    expect(describeTerms('增强"四个意识"')).toBe('“增强‘四个意识’”');
    expect(describeTerms('“十四五”')).toBe('“十四五”');
    expect(searchedFor('')).toBe('符合条件的文献');
    expect(searchedFor('  ')).toBe('符合条件的文献');
  });

  it('never shows an ASCII quote or a doubled Chinese one', () => {
    for (const q of ['增强"四个意识"', '“十四五”', '"a" "b" c"d', '“”“x”']) {
      const out = describeTerms(q);
      expect(out).not.toMatch(/["']/);
      expect(out).not.toMatch(/““|””/);
    }
  });
});

describe('searchedFor()', () => {
  it('names the terms, or the filters when there is no query', () => {
    expect(searchedFor('以学铸魂 以学增智 以学正风')).toBe('包含“以学铸魂”“以学增智”和“以学正风”的文献');
    expect(searchedFor('增强"四个意识"')).toBe('包含“增强‘四个意识’”的文献');
    expect(searchedFor('')).toBe('符合条件的文献');
    expect(searchedFor(undefined)).toBe('符合条件的文献');
  });
});
