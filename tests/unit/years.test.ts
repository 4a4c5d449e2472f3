import { describe, expect, it } from 'vitest';
import { formatYears, yearSpan } from '../../src/lib/years';

describe('formatYears()', () => {
  it('shows a single year', () => {
    expect(formatYears([2022])).toBe('2022年');
  });
  it('collapses a period of three or more years with the 一字线 of 公文 (U+2014), never an en dash', () => {
    expect(formatYears([2021, 2022, 2023, 2024, 2025])).toBe('2021—2025年');
    expect(yearSpan(2021, 2025)).toBe('2021\u20142025');
    expect(formatYears([2019, 2020, 2021])).not.toMatch(/\u2013/);
  });
  it('lists two adjacent years (a summary and the next year’s plan)', () => {
    expect(formatYears([2023, 2024])).toBe('2023、2024年');
  });
  it('mixes runs and single years, sorted and deduplicated', () => {
    expect(formatYears([2024, 2020, 2022, 2023, 2023])).toBe('2020、2022—2024年');
    expect(formatYears([2018, 2020])).toBe('2018、2020年');
  });
  it('says 年份不详 when no year is known', () => {
    expect(formatYears([])).toBe('年份不详');
  });
});
