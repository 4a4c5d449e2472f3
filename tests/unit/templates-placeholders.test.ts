import { describe, expect, it } from 'vitest';
import { findPlaceholders, placeholderRuns } from '../../src/lib/templates/placeholders';
import { FILL_IN_SAMPLES, NOT_FILL_IN_SAMPLES } from './templates-placeholder-samples';

const spots = (text: string) => findPlaceholders(text).map((s) => [s.kind, s.text]);

describe('findPlaceholders: true positives (from the corpus and the issue)', () => {
  it.each(FILL_IN_SAMPLES)('%s', (text, expected) => {
    expect(spots(text)).toEqual(expected);
  });

  it('gives offsets that cut the spot out of the text', () => {
    const text = '中共XX区XX工委';
    for (const s of findPlaceholders(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('findPlaceholders: false positives it must not report', () => {
  it.each(NOT_FILL_IN_SAMPLES)('%s', (text) => {
    expect(spots(text)).toEqual([]);
  });
});

describe('placeholderRuns: a text as Word runs', () => {
  it('puts each fill-in spot in a run of its own, the text between in plain runs', () => {
    expect(placeholderRuns('XX区20XX年工作计划')).toEqual([{ text: 'XX', fill: true }, { text: '区' }, { text: '20XX', fill: true }, { text: '年工作计划' }]);
    expect(placeholderRuns('没有空。')).toEqual([{ text: '没有空。' }]);
    expect(placeholderRuns('')).toEqual([]);
  });
});
