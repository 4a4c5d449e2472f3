import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeContent, encodeBlock, encodeBlockUnigrams } from '../../src/lib/search/encoding';
import { readStoredText, storeBlocks, storeFragment } from '../../src/lib/search/stored-text';

/** Content and anchors laid out as Pagefind stores an encoded page (one word per unit). */
function pagefindFragment(blocks: { text: string; heading?: boolean }[], encode = encodeBlock) {
  const words: string[] = [];
  const anchors: { element: string; id: string; text: string; location: number }[] = [];
  blocks.forEach((b, i) => {
    const enc = encode(b.text);
    anchors.push({ element: b.heading ? 'h2' : 'span', id: `b${i}`, text: b.heading ? enc : '', location: words.length });
    if (enc) words.push(...enc.split(' '));
  });
  return { url: '/docs/x/', content: words.join(' '), anchors, word_count: words.length };
}

const BLOCKS = [
  { text: '2023年工作总结', heading: true },
  { text: '一、坚持以学铸魂', heading: true },
  { text: '围绕举旗帜、聚民心，打造“15分钟”服务圈（试点）。LED显示屏½…', heading: false },
];

describe('stored text', () => {
  it('stores each block as one line of the text as written and reads back the same blocks', () => {
    const fragment = pagefindFragment(BLOCKS);
    const stored = storeFragment(fragment, 'f');
    expect(stored.content.split('\n')[2]).toBe('围绕举旗帜、聚民心，打造“15分钟”服务圈（试点）。LED显示屏1⁄2...');
    expect(readStoredText(stored.content)).toEqual(decodeContent(fragment.content));
    expect(stored.url).toBe('/docs/x/');
    expect(stored.anchors.map((a) => [a.id, a.location, a.text])).toEqual(fragment.anchors.map((a) => [a.id, a.location, '']));
  });

  it("gives each anchor its passage's citation label, and '' to an id without one", () => {
    const fragment = pagefindFragment(BLOCKS);
    const stored = storeFragment(
      fragment,
      'f',
      new Map([
        ['b1', '第一部分'],
        ['b2', '第一部分第1段'],
      ]),
    );
    expect(stored.anchors.map((a) => [a.id, a.text])).toEqual([
      ['b0', ''],
      ['b1', '第一部分'],
      ['b2', '第一部分第1段'],
    ]);
  });

  it('is smaller than the encoded words', () => {
    const fragment = pagefindFragment(BLOCKS);
    expect(storeFragment(fragment, 'f').content.length).toBeLessThan(fragment.content.length / 2);
  });

  it('keeps word positions across gaps between blocks', () => {
    const blocks = [
      { start: 0, chars: ['甲', '乙'], folded: ['甲', '乙'] },
      { start: 5, chars: ['，', 'A'], folded: [',', 'a'] },
      { start: 7, chars: ['丙'], folded: ['丙'] },
    ];
    expect(storeBlocks(blocks)).toBe('甲乙\n\t3\t，A\n丙');
    expect(readStoredText(storeBlocks(blocks))).toEqual(blocks);
    expect(readStoredText('')).toEqual([]);
  });

  it('reads back exactly what Pagefind stored, for any text, in both indexes', () => {
    const text = fc.string({ unit: fc.constantFrom(...'以学铸魂举旗帜，。、“”"\'（）()ABCabc123１２ 　\n½①㈠♥é́XX…—'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.record({ text, heading: fc.boolean() }), { minLength: 1, maxLength: 6 }), fc.boolean(), (blocks, unigrams) => {
        const fragment = pagefindFragment(blocks, unigrams ? encodeBlockUnigrams : encodeBlock);
        expect(readStoredText(storeFragment(fragment, 'f').content)).toEqual(decodeContent(fragment.content));
      }),
    );
  });

  it('names the file when an anchor text is not the block at its location', () => {
    const fragment = pagefindFragment(BLOCKS);
    fragment.anchors[1]!.location = 3;
    expect(() => storeFragment(fragment, 'pagefind/fragment/x.pf_fragment')).toThrow(
      /^pagefind\/fragment\/x\.pf_fragment: the text of anchor "一、坚持以学铸魂"/,
    );
  });
});
