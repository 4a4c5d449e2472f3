import { describe, expect, it } from 'vitest';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { hasTraditional, isTraditional, simplifiedQuery } from '../../src/lib/search/fold-traditional';
import { BITMAP, OTHERS } from '../../src/lib/search/traditional-chars';
import { encodeTable, traditionalOnly } from '../../src/lib/search/traditional-table';

describe('the traditional-character table', () => {
  it('matches the installed opencc-js data (else run npm run gen:traditional)', () => {
    const chars = traditionalOnly(TSCharacters, STCharacters);
    expect(encodeTable(chars)).toEqual({ bitmap: BITMAP, others: OTHERS });
    for (const ch of chars) expect(isTraditional(ch), ch).toBe(true);
  });
  it('knows traditional characters and leaves simplified ones alone', () => {
    for (const ch of '設願務會義價觀後裡') expect(isTraditional(ch), ch).toBe(true);
    // Simplified characters, and 著, which simplified texts use too (显著).
    for (const ch of '设愿务会义价观后里精神文明建著') expect(isTraditional(ch), ch).toBe(false);
    expect(hasTraditional('精神文明建設')).toBe(true);
    expect(hasTraditional('精神文明建设 15分钟 LED “四个意识”')).toBe(false);
  });
});

describe('simplifiedQuery', () => {
  it('converts traditional queries with OpenCC (phrases first)', async () => {
    expect(await simplifiedQuery('精神文明建設')).toBe('精神文明建设');
    expect(await simplifiedQuery('志願服務')).toBe('志愿服务');
    expect(await simplifiedQuery('社會主義核心價值觀')).toBe('社会主义核心价值观');
    expect(await simplifiedQuery('乾淨 後來')).toBe('干净 后来');
  });
  it('returns a simplified query unchanged', async () => {
    for (const q of ['精神文明建设', '显著提高', '乾坤', '增强"四个意识"']) expect(await simplifiedQuery(q)).toBe(q);
  });
});
