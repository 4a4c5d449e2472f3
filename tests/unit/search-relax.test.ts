import { describe, expect, it } from 'vitest';
import { MAX_SPLITS, queryParts, segmenterWords, twoPartSplits, withoutEdgePunctuation } from '../../src/lib/search/relax';

/** Splits at "|", standing in for Intl.Segmenter in the tests that are about joining. */
const bars = (t: string) => t.split('|');

describe('a query that finds nothing as typed', () => {
  it('loses the punctuation at its ends, a pasted sentence its 。', () => {
    expect(withoutEdgePunctuation('坚持以人民为中心的发展思想。')).toBe('坚持以人民为中心的发展思想');
    expect(withoutEdgePunctuation('“十四五”时期，')).toBe('十四五”时期');
    expect(withoutEdgePunctuation('甲。 乙')).toBe('甲 乙');
    expect(withoutEdgePunctuation('以学铸魂')).toBeUndefined();
    expect(withoutEdgePunctuation('。')).toBeUndefined();
  });

  it("splits at the query's own spaces and punctuation", () => {
    expect(queryParts('精神文明建设，工作计划。', bars)).toEqual(['精神文明建设', '工作计划']);
    expect(queryParts('举旗帜、聚民心 育新人', bars)).toEqual(['举旗帜', '聚民心', '育新人']);
    expect(queryParts('以学铸魂', () => ['以学铸魂'])).toEqual([]);
  });

  it('splits one run into words, joining single characters up', () => {
    expect(queryParts('x', () => ['精神', '文明', '建设', '工作', '计划'])).toEqual(['精神', '文明', '建设', '工作', '计划']);
    expect(queryParts('x', () => ['以', '学', '铸', '魂', '聚', '民心', '育', '新人'])).toEqual(['以学', '铸魂', '聚民心', '育新人']);
    expect(queryParts('x', () => ['文明', '建设', '没有', '这', '句', '话'])).toEqual(['文明', '建设', '没有', '这句话']);
    expect(queryParts('x', () => ['坚持', '以', '人民', '为', '中心', '的', '发展', '思想'])).toEqual(['坚持', '以人民', '为中心', '的发展', '思想']);
    expect(queryParts('x', () => ['思想', '的'])).toEqual([]);
  });

  it("uses the runtime's Intl.Segmenter for words", () => {
    const words = segmenterWords('精神文明建设工作计划');
    expect(words.join('')).toBe('精神文明建设工作计划');
    expect(words.length).toBeGreaterThan(1);
    expect(queryParts('精神文明建设工作计划').join('')).toBe('精神文明建设工作计划');
  });

  it('cuts a run of words in two, the most even cut first', () => {
    expect(twoPartSplits(['精神', '文明', '建设', '工作', '计划'])).toEqual([
      ['精神文明建设', '工作计划'],
      ['精神文明', '建设工作计划'],
      ['精神文明建设工作', '计划'],
      ['精神', '文明建设工作计划'],
    ]);
    expect(twoPartSplits(['甲乙'])).toEqual([]);
    expect(twoPartSplits(Array.from({ length: 20 }, (_, i) => `词${i}`))).toHaveLength(MAX_SPLITS);
  });
});
