import { describe, expect, it } from 'vitest';
import {
  addPassage,
  basketDraft,
  basketKey,
  holds,
  movePassage,
  passageKey,
  passagePlainText,
  readBasket,
  removePassage,
  setTitle,
  sourceLabel,
  writeBasket,
  type BasketPassage,
  type KeyValueStorage,
} from '../../src/lib/basket.ts';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const passage = (key: string): BasketPassage => ({
  key,
  docId: key.split('#')[0]!,
  docTitle: '某某工作计划',
  year: '2025年',
  cite: '第一部分',
  url: `/docs/${key.replace('#', '/#')}`,
  blocks: [{ level: 0, runs: [{ text: key }] }],
});

describe('the 写作篮 store', () => {
  it('keeps passages in the order gathered, each once, and survives a reload', () => {
    const storage = memory();
    const key = basketKey('/wenku/');
    let state = readBasket(storage, key);
    for (const k of ['a#s1', 'b#p2', 'a#s1', 'a#p3']) state = addPassage(state, passage(k)).state;
    writeBasket(storage, key, setTitle(state, '2027年工作计划（草稿）'));
    const again = readBasket(storage, key);
    expect(again.passages.map((p) => p.key)).toEqual(['a#s1', 'b#p2', 'a#p3']);
    expect(again.title).toBe('2027年工作计划（草稿）');
    expect(readBasket(storage, basketKey('/')).passages).toEqual([]);
  });

  it('moves up and down within bounds and removes', () => {
    let state = { title: '', passages: ['a', 'b', 'c'].map(passage) };
    state = movePassage(state, 'c', -1);
    expect(state.passages.map((p) => p.key)).toEqual(['a', 'c', 'b']);
    expect(movePassage(state, 'a', -1)).toBe(state);
    expect(movePassage(state, 'b', 1)).toBe(state);
    expect(removePassage(state, 'c').passages.map((p) => p.key)).toEqual(['a', 'b']);
  });

  it('reads a damaged or foreign value as an empty basket', () => {
    const storage = memory();
    storage.setItem('k', '{not json');
    expect(readBasket(storage, 'k')).toEqual({ title: '', passages: [] });
    storage.setItem('k', JSON.stringify({ title: 3, passages: [{ key: 1 }, passage('x')] }));
    expect(readBasket(storage, 'k')).toEqual({ title: '', passages: [passage('x')] });
  });
});

describe('the 写作篮 as a Word draft', () => {
  it('keeps the order, names each source for a footnote and makes its link absolute', () => {
    let state = { title: '', passages: [passage('a#s1'), passage('b#p2')] };
    state = { ...state, passages: [{ ...state.passages[0]!, year: undefined }, state.passages[1]!] } as typeof state;
    const draft = basketDraft(state, (path) => new URL(path, 'http://oa.local/wenku/basket/').href);
    expect(draft.title).toBe('草稿');
    expect(draft.sources).toBe('footnotes');
    expect(draft.sections.map((s) => s.sourceUrl)).toEqual(['http://oa.local/docs/a/#s1', 'http://oa.local/docs/b/#p2']);
    expect(draft.sections.map((s) => s.year)).toEqual([undefined, '2025年']);
    expect(draft.sections[1]!.blocks).toEqual(state.passages[1]!.blocks);
    expect(basketDraft(setTitle(state, '  2027年计划 '), String).title).toBe('2027年计划');
  });

  it('labels a source as 《title》cite，year and tells whether a passage is held', () => {
    expect(sourceLabel(passage('a#s1'))).toBe('《某某工作计划》第一部分，2025年');
    expect(sourceLabel({ docTitle: '甲', cite: '第3段' })).toBe('《甲》第3段');
    expect(passageKey('a', 's1')).toBe('a#s1');
    const state = addPassage({ title: '', passages: [] }, passage('a#s1')).state;
    expect(holds(state, 'a#s1')).toBe(true);
    expect(holds(state, 'a#s2')).toBe(false);
    expect(
      passagePlainText({
        blocks: [
          { level: 1, runs: [{ text: '一、' }, { text: 'XX', fill: true }] },
          { level: 0, runs: [{ text: '正文。' }] },
        ],
      }),
    ).toBe('一、XX\n正文。');
  });
});
