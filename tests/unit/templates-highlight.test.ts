/** The 公文 grammar and the class-based Shiki setup: tokens, no inline styles, WCAG AA colours. */
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, FOREGROUND, getHighlighter, highlightCss, highlightOptions, tokenClasses } from '../../src/lib/templates/highlight';
import { parseNumbering } from '../../src/lib/numbering';
import { FILL_IN_SAMPLES, NOT_FILL_IN_SAMPLES } from './templates-placeholder-samples';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Texts of the tokens of one line that carry the given class. */
async function tokens(text: string, className: string): Promise<string[]> {
  const h = await getHighlighter();
  const html = h.codeToHtml(text, { ...highlightOptions, lang: 'gongwen' });
  return [...html.matchAll(new RegExp(`<span class="${className}">([^<]*)</span>`, 'g'))].map((m) => m[1]!);
}

describe('colours meet WCAG AA (4.5:1) on the page and on code blocks', () => {
  it('the contrast function is right (black on white 21:1, equal colours 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(tokenClasses.map((t) => [t.className, t] as const))('%s', (_, t) => {
    const grounds = t.background ? [t.background] : Object.values(BACKGROUNDS);
    for (const ground of grounds) expect(contrast(t.color, ground), `${t.color} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  it('plain text too', () => {
    for (const ground of Object.values(BACKGROUNDS)) expect(contrast(FOREGROUND, ground)).toBeGreaterThanOrEqual(4.5);
  });

  it('each class has its own colour (the transformer maps colour to class)', () => {
    const colours = tokenClasses.map((t) => t.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours).not.toContain(FOREGROUND);
  });

  it('the stylesheet carries every class with its colours', () => {
    const css = highlightCss();
    for (const t of tokenClasses) expect(css).toContain(`.${t.className} { color: ${t.color};`);
  });
});

describe('the 公文 grammar through Shiki', () => {
  it('emits classes and never a style attribute', async () => {
    const h = await getHighlighter();
    const html = h.codeToHtml('一、指导思想\n确保20xx年度“理响XX”于2024年3月5日完成，一是抓学习。', { ...highlightOptions, lang: 'gongwen' });
    expect(html).not.toMatch(/style=/);
    expect(html).toMatch(/^<pre class="shiki wenku hl">/);
    for (const c of ['gw-num', 'gw-fill', 'gw-date', 'gw-quote']) expect(html).toContain(`class="${c}"`);
  });

  it.each([
    ['一、指导思想', '一、'],
    ['（三）加强督导。', '（三）'],
    ['2.坚持齐抓共管。', '2.'],
    ['（1）开展评选', '（1）'],
    ['第二部分 工作计划', '第二部分'],
    ['③落实责任', '③'],
  ])('numbering: %s', async (text, num) => {
    expect(await tokens(text, 'gw-num')).toEqual([num]);
  });

  it.each([
    ['第三项 考核办法', true],
    ['  （十二）加强督导', true],
    ['(2) 开展评选', true],
    ['一百零五、附则', true],
    ['3．落实责任', true],
    ['⑳其他', true],
    ['1.5倍于去年', false],
    ['2022年工作要点', false],
    ['一要抓学习', false],
    ['第三届文明城市', false],
    ['（此件公开发布）', false],
  ])('numbering marked as numbering.ts parses it: %s (%s)', async (text, numbered) => {
    const n = parseNumbering(text, true);
    expect(n !== undefined).toBe(numbered);
    expect((await tokens(text, 'gw-num')).map((t) => t.trim())).toEqual(n ? [n.raw] : []);
  });

  it('numbering: 一是/二是 inside a paragraph; not 1.5倍, not a year', async () => {
    expect(await tokens('一是抓学习，二是抓落实。', 'gw-num')).toEqual(['一是', '二是']);
    expect(await tokens('1.5倍于去年', 'gw-num')).toEqual([]);
    expect(await tokens('2022年工作要点', 'gw-num')).toEqual([]);
  });

  it('dates', async () => {
    expect(await tokens('2024年3月5日召开，2023年度考核，3月8日前，2021-2025年规划，二〇二四年', 'gw-date')).toEqual([
      '2024年3月5日',
      '2023年度',
      '3月8日',
      '2021-2025年',
      '二〇二四年',
    ]);
  });

  it('quoted slogans, with spots inside them still marked', async () => {
    expect(await tokens('开展“我们的节日”主题活动', 'gw-quote')).toEqual(['“我们的节日”']);
    expect(await tokens('建强“理响XX”宣讲品牌', 'gw-fill')).toEqual(['XX']);
  });

  // The grammar mirrors src/lib/templates/placeholders.ts: same samples, same spots.
  it.each(FILL_IN_SAMPLES)('fill-in spots as the detector finds them: %s', async (text, expected) => {
    expect(await tokens(text, 'gw-fill')).toEqual(expected.map(([, t]) => t));
  });

  it.each(NOT_FILL_IN_SAMPLES)('no fill-in spot: %s', async (text) => {
    expect(await tokens(text, 'gw-fill')).toEqual([]);
  });
});
