import { describe, expect, it } from 'vitest';
import { formatNumbering, parseNumbering } from '../../src/lib/numbering.ts';

describe('formatNumbering', () => {
  it.each([
    ['cn', 2, '二、'],
    ['cn', 12, '十二、'],
    ['paren-cn', 3, '（三）'],
    ['arabic', 4, '4.'],
    ['paren-arabic', 5, '（5）'],
    ['circled', 6, '⑥'],
  ] as const)('%s %i → %s', (kind, value, text) => {
    expect(formatNumbering(kind, value)).toBe(text);
  });

  it('writes what the parser reads back', () => {
    for (const kind of ['cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled'] as const) {
      for (const value of [1, 9, 10, 11, 20]) {
        expect(parseNumbering(`${formatNumbering(kind, value)}标题`)).toMatchObject({ kind, value });
      }
    }
  });
});
