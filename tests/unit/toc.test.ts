import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('buildToc()', () => {
  it('nests h3 under h2 and drops h4 by default', () => {
    const toc = buildToc([h(2, 's1'), h(3, 's1-1'), h(4, 's1-1-1'), h(3, 's1-2'), h(2, 's2')]);
    expect(toc.map((i) => i.slug)).toEqual(['s1', 's2']);
    expect(toc[0]!.children.map((i) => i.slug)).toEqual(['s1-1', 's1-2']);
    expect(toc[0]!.children[0]!.children).toEqual([]);
  });
  it('keeps deeper levels when asked', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'b'), h(4, 'c')], 2, 4);
    expect(toc[0]!.children[0]!.children.map((i) => i.slug)).toEqual(['c']);
  });
  it('never drops a heading whose parent level is missing', () => {
    const toc = buildToc([h(3, 'orphan'), h(2, 'a'), h(3, 'b')]);
    expect(toc.map((i) => i.slug)).toEqual(['orphan', 'a']);
    expect(toc[1]!.children.map((i) => i.slug)).toEqual(['b']);
  });
  it('ignores the page title (h1)', () => {
    expect(buildToc([h(1, 'title'), h(2, 'a')]).map((i) => i.slug)).toEqual(['a']);
  });
  it('returns an empty list for a text without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
