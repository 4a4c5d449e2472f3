/** The pure helpers behind 复制链接 / 复制引用 / 复制本段文字 and selection links. */
import { describe, expect, it } from 'vitest';
import { cleanText, encodeTextTerm, formatCitation, passageUrl, sectionText, segmenterBoundaries, selectionDirective } from '../../src/lib/anchors/cite.ts';

describe('citations and links', () => {
  it('builds the absolute passage URL and the citation', () => {
    const url = passageUrl('http://oa.example.local/wenku/docs/plan/', 's2-3-p4');
    expect(url).toBe('http://oa.example.local/wenku/docs/plan/#s2-3-p4');
    expect(formatCitation('XX工委2023年精神文明建设工作总结及2024年工作计划', '第二部分（三）第4段', url)).toBe(
      '《XX工委2023年精神文明建设工作总结及2024年工作计划》第二部分（三）第4段，http://oa.example.local/wenku/docs/plan/#s2-3-p4',
    );
  });

  it('cleans copied text of invisible characters and stray whitespace', () => {
    expect(cleanText('\u200B 一是抓好\u00AD学习。\n  二是抓好宣讲。\uFEFF ')).toBe('一是抓好学习。 二是抓好宣讲。');
  });

  it('copies a heading with its whole section, a paragraph alone', () => {
    const passages = [
      { level: 2, text: '一、总体要求' },
      { level: 0, text: '甲' },
      { level: 3, text: '（一）指导思想' },
      { level: 0, text: '乙' },
      { level: 2, text: '二、重点任务' },
    ];
    expect(sectionText(passages, 0)).toBe('一、总体要求\n甲\n（一）指导思想\n乙');
    expect(sectionText(passages, 2)).toBe('（一）指导思想\n乙');
    expect(sectionText(passages, 3)).toBe('乙');
  });
});

describe('text fragment links to a selection', () => {
  it('escapes the characters that have a meaning in a text directive', () => {
    expect(encodeTextTerm('a-b,c&d 文明')).toBe('a%2Db%2Cc%26d%20%E6%96%87%E6%98%8E');
  });

  it('quotes a short selection whole, widened to word boundaries', () => {
    const text = '深入开展精神文明建设工作';
    const boundaries = (t: string) => (t === text ? [0, 2, 4, 6, 8, 10, 12] : []);
    // "入开展精神" (offsets 1..6) widens to "深入开展精神" (0..6).
    expect(selectionDirective({ startText: text, startOffset: 1, endText: text, endOffset: 6, samePassage: true }, boundaries)).toBe(
      `:~:text=${encodeTextTerm('深入开展精神')}`,
    );
  });

  it('uses start,end for a long selection or one across passages', () => {
    const long = '一二三四五六七八九十'.repeat(5);
    const d = selectionDirective({ startText: long, startOffset: 0, endText: long, endOffset: long.length, samePassage: true });
    expect(d).toBe(`:~:text=${encodeTextTerm(long.slice(0, 8))},${encodeTextTerm(long.slice(-8))}`);
    const across = selectionDirective({ startText: '第一段的文字内容', startOffset: 4, endText: '第二段', endOffset: 2, samePassage: false });
    expect(across).toBe(`:~:text=${encodeTextTerm('文字内容')},${encodeTextTerm('第二')}`);
  });

  it('gives nothing for an empty selection', () => {
    expect(selectionDirective({ startText: '  ', startOffset: 0, endText: '  ', endOffset: 2, samePassage: true })).toBe('');
  });

  it('finds Chinese word boundaries with Intl.Segmenter', () => {
    const b = segmenterBoundaries('zh')('精神文明建设');
    expect(b[0]).toBe(0);
    expect(b.at(-1)).toBe(6);
    expect(b.length).toBeLessThan(7);
  });
});
