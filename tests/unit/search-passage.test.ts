import { describe, expect, it } from 'vitest';
import { basketPassage, docIdOf } from '../../src/lib/search/passage';
import { placeholderRuns } from '../../src/lib/templates/placeholders';
import type { Place } from '../../src/lib/search/excerpt';

const place = (p: Partial<Place>): Place => ({
  id: 's2-p3',
  target: 's2-p3',
  cite: '第二部分第3段',
  section: '二、主要措施',
  heading: 0,
  parts: [],
  text: '',
  hits: 1,
  ...p,
});

describe('a search passage for the 写作篮', () => {
  it('keeps fill-in spots as their own runs and the rest as written', () => {
    expect(placeholderRuns('XX区在20XX年开展活动。')).toEqual([
      { text: 'XX', fill: true },
      { text: '区在' },
      { text: '20XX', fill: true },
      { text: '年开展活动。' },
    ]);
    expect(placeholderRuns('没有空。')).toEqual([{ text: '没有空。' }]);
  });

  it('is the whole paragraph with its source and permanent link under the base path', () => {
    const text = '推进新时代文明实践中心建设，XX街道建成实践站12个。';
    const p = basketPassage(place({ text }), { url: '/wenku/docs/district-2022-key-points/', title: '某区2022年工作要点', year: '2022年' });
    expect(p).toEqual({
      key: 'district-2022-key-points#s2-p3',
      docId: 'district-2022-key-points',
      docTitle: '某区2022年工作要点',
      year: '2022年',
      cite: '第二部分第3段',
      url: '/wenku/docs/district-2022-key-points/#s2-p3',
      blocks: [{ level: 0, runs: [{ text: '推进新时代文明实践中心建设，' }, { text: 'XX', fill: true }, { text: '街道建成实践站12个。' }], anchor: 's2-p3' }],
    });
    expect(p!.blocks[0]!.runs.map((r) => r.text).join('')).toBe(text);
  });

  it('keeps a heading a heading (h3 → level 2) and has no passage for the title', () => {
    const h = basketPassage(place({ id: 's2-1', heading: 3, text: '（一）阵地建设', cite: '第二部分（一）' }), { url: '/docs/x/', title: 'T' });
    expect(h!.blocks[0]!.level).toBe(2);
    expect(h).not.toHaveProperty('year');
    expect(basketPassage(place({ id: '', heading: 1 }), { url: '/docs/x/', title: 'T' })).toBeUndefined();
  });

  it('reads the document id from its page path, with or without a base', () => {
    expect(docIdOf('/docs/a-b/')).toBe('a-b');
    expect(docIdOf('/wenku/docs/a-b/#s1')).toBe('a-b');
  });
});
