import { describe, expect, it } from 'vitest';
import { encodeBlock, parseQuery } from '../../src/lib/search/encoding';
import { analyse, placesNotShown } from '../../src/lib/search/excerpt';
import { storeFragment } from '../../src/lib/search/stored-text';

/** Builds stored data from blocks, the way the indexer lays them out and the build stores them. */
function page(blocks: { id?: string; tag: string; text: string; cite?: string }[]) {
  const words: string[] = [];
  const anchors: { element: string; id: string; text: string; location: number }[] = [];
  for (const b of blocks) {
    const enc = encodeBlock(b.text);
    if (b.id) anchors.push({ element: b.tag, id: b.id, text: /^h/.test(b.tag) ? enc : '', location: words.length });
    words.push(...enc.split(' '));
  }
  const cites = new Map(blocks.flatMap((b) => (b.id && b.cite ? [[b.id, b.cite] as const] : [])));
  return storeFragment({ content: words.join(' '), anchors }, 'test', cites);
}

const doc = page([
  { tag: 'h1', text: '2023年工作总结' },
  { tag: 'h2', id: 's1', text: '一、坚持以学铸魂' },
  { tag: 'p', id: 's1-p1', text: '围绕举旗帜、聚民心、育新人的使命任务，确保党员干部在以学铸魂、以学增智方面取得实效。' },
  { tag: 'h2', id: 's2', text: '二、文明创建' },
  { tag: 'p', id: 's2-p1', text: '更换LED显示屏，打造15分钟文明实践服务圈。' },
]);

describe('analyse', () => {
  it('finds each section with its heading, link target and marked excerpt', () => {
    const a = analyse(doc, parseQuery('以学铸魂、以学增智'));
    expect(a.confirmed).toBe(true);
    expect(a.sections.map((s) => [s.id, s.heading])).toEqual([['s1-p1', '一、坚持以学铸魂']]);
    const marked = a.sections[0]!.parts.filter((p) => p.mark).map((p) => p.text);
    expect(marked).toEqual(['以学铸魂、以学增智']);
  });
  it('does not confirm a page that only has the characters apart', () => {
    expect(analyse(doc, parseQuery('举旗帜聚民心')).confirmed).toBe(false);
    expect(analyse(doc, parseQuery('举旗帜、聚民心')).confirmed).toBe(true);
  });
  it('requires every term (AND)', () => {
    expect(analyse(doc, parseQuery('LED 15分钟')).confirmed).toBe(true);
    expect(analyse(doc, parseQuery('LED 不存在')).confirmed).toBe(false);
  });
  it('shows full-width punctuation next to Chinese text in excerpts', () => {
    const a = analyse(doc, parseQuery('显示屏,打造'));
    expect(a.sections[0]!.parts.map((p) => p.text).join('')).toContain('显示屏，打造');
  });
  it('shows the text as written: ASCII stays ASCII, Chinese quotes stay Chinese, either kind matches', () => {
    const d = page([{ tag: 'p', id: 'p1', text: '增强“四个意识”，建设"15分钟公共服务圈"(试行)。' }]);
    const a = analyse(d, parseQuery('增强"四个意识" 建设“15分钟公共服务圈”'));
    expect(a.confirmed).toBe(true);
    expect(a.sections[0]!.parts.map((p) => p.text).join('')).toBe('增强“四个意识”，建设"15分钟公共服务圈"(试行)。');
    expect(a.sections[0]!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['增强“四个意识”', '建设"15分钟公共服务圈"']);
  });
  it('never ends an excerpt inside a match', () => {
    // The first match opens the excerpt; the second starts at its 90th character (index 89).
    const long = `创建文明典范城市${'工作'.repeat(40)}把创建文明典范城市作为重点。`;
    const d = page([{ tag: 'p', id: 'p1', text: long }]);
    const a = analyse(d, parseQuery('创建文明典范城市'));
    const marks = a.sections[0]!.parts.filter((p) => p.mark).map((p) => p.text);
    expect(marks).toEqual(['创建文明典范城市', '创建文明典范城市']);
  });
  it('marks a match in a heading in the heading itself, without a separate excerpt', () => {
    const a = analyse(doc, parseQuery('文明创建'));
    expect(a.sections).toHaveLength(1);
    const [s] = a.sections;
    expect(s!.id).toBe('s2');
    expect(s!.headingParts).toEqual([
      { text: '二、', mark: false },
      { text: '文明创建', mark: true },
    ]);
    expect(s!.parts).toEqual([]);
  });
  it('shows a section that matches in its heading and its body once: the marked heading over the body excerpt', () => {
    const a = analyse(doc, parseQuery('以学铸魂'));
    expect(a.occurrences).toBe(2);
    expect(a.sections).toHaveLength(1);
    const [s] = a.sections;
    // Linked to the section's heading, which is shown marked, not again as the excerpt's label.
    expect(s!.id).toBe('s1');
    expect(s!.heading).toBe('一、坚持以学铸魂');
    expect(s!.headingParts.map((p) => p.text).join('')).toBe('一、坚持以学铸魂');
    expect(s!.headingParts.filter((p) => p.mark).map((p) => p.text)).toEqual(['以学铸魂']);
    expect(s!.parts.map((p) => p.text).join('')).toContain('确保党员干部在以学铸魂、以学增智方面');
    expect(s!.hits).toBe(2);
  });
  it('gathers the whole body of a heading that matches into its entry; sub-headings and other sections stay apart', () => {
    const d = page([
      { tag: 'h2', id: 's3', text: '三、推进志愿服务' },
      { tag: 'p', id: 's3-p1', text: '完善志愿服务制度。' },
      { tag: 'p', id: 's3-p2', text: '壮大志愿服务队伍。' },
      { tag: 'h3', id: 's3-1', text: '（一）志愿服务站点' },
      { tag: 'h3', id: 's3-2', text: '（二）阵地建设' },
      { tag: 'p', id: 's3-2-p1', text: '建好志愿服务站。' },
      { tag: 'p', id: 's3-2-p2', text: '用好志愿服务站。' },
    ]);
    const a = analyse(d, parseQuery('志愿服务'));
    expect(a.occurrences).toBe(6);
    const text = (ps: { text: string }[]) => ps.map((p) => p.text).join('');
    expect(a.sections.map((s) => [s.id, s.heading, text(s.headingParts), text(s.parts), s.blocks])).toEqual([
      // One entry for 三: its heading marked, the first body match as the excerpt, p2 counted.
      ['s3', '三、推进志愿服务', '三、推进志愿服务', '完善志愿服务制度。', 3],
      ['s3-1', '（一）志愿服务站点', '（一）志愿服务站点', '', 1],
      // A heading without a match: each body match is an entry, as before.
      ['s3-2-p1', '（二）阵地建设', '', '建好志愿服务站。', 1],
      ['s3-2-p2', '（二）阵地建设', '', '用好志愿服务站。', 1],
    ]);
    expect(a.sections[0]!.hits).toBe(3);
    // Entries shown: the first three; not shown: 三's p2 and the fourth entry.
    expect(placesNotShown(a.sections, 3)).toBe(2);
    expect(placesNotShown(a.sections, 10)).toBe(1);
    expect(placesNotShown(a.sections, 1)).toBe(4);
  });
  it('labels a match in the title', () => {
    const a = analyse(doc, parseQuery('工作总结'));
    expect(a.sections[0]!.heading).toBe('标题');
    expect(a.sections[0]!.id).toBe('');
  });
});

describe('places: every block that holds a match, whole', () => {
  const long = `${'围绕中心、服务大局，'.repeat(12)}推进志愿服务制度化。`;
  const d = page([
    { tag: 'h1', text: '志愿服务工作总结' },
    { tag: 'h2', id: 's1', cite: '第一部分', text: '一、推进志愿服务' },
    { tag: 'p', id: 's1-p1', cite: '第一部分第1段', text: long },
    { tag: 'p', id: 's1-p2', cite: '第一部分第2段', text: '没有这个词。' },
    { tag: 'h3', id: 's1-1', cite: '第一部分（一）', text: '（一）阵地建设' },
    { tag: 'p', id: 's1-1-p1', cite: '第一部分（一）第1段', text: '建好志愿服务站，用好志愿服务站。' },
  ]);
  const a = analyse(d, parseQuery('志愿服务'));

  it('lists each matching block once, in reading order, with its anchor, citation label and section', () => {
    expect(a.places.map((p) => [p.id, p.target, p.cite, p.section, p.heading, p.hits])).toEqual([
      ['', '', '', '标题', 1, 1],
      ['s1', 's1', '第一部分', '一、推进志愿服务', 2, 1],
      ['s1-p1', 's1-p1', '第一部分第1段', '一、推进志愿服务', 0, 1],
      ['s1-1-p1', 's1-1-p1', '第一部分（一）第1段', '（一）阵地建设', 0, 2],
    ]);
    // As many places as the card's entries stand for; each entry names the places it shows.
    expect(a.places).toHaveLength(a.sections.reduce((n, s) => n + s.blocks, 0));
    expect(a.sections.map((s) => [s.headingPlace, s.partsPlace])).toEqual([
      [-1, 0],
      [1, 2],
      [-1, 3],
    ]);
  });

  it('gives the whole text of a long paragraph, marked, never cut with …', () => {
    const p = a.places[2]!;
    expect(p.text).toBe(long);
    expect(p.parts.map((x) => x.text).join('')).toBe(long);
    expect(p.parts.filter((x) => x.mark).map((x) => x.text)).toEqual(['志愿服务']);
  });
});
