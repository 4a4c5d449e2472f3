/**
 * The documents' renderer (src/loaders/render.ts): the body's HTML with the site's plugins, the
 * headings, fill-in spots and wording findings the page needs, and <SourceGap /> as its note,
 * which the anchors never number (as when it was a component).
 */
import { describe, expect, it } from 'vitest';
import { renderDoc } from '../../src/loaders/render';

const body = ['## 一、工作目标', '', '2022年是XX周年。', '', '<SourceGap note="原文到此为止" />', ''].join('\n');

describe('renderDoc', () => {
  it('renders headings and paragraphs with their anchors, fill-in spots and headings list', async () => {
    const r = await renderDoc(body, { id: 'x', title: '标题' }, 'content/docs/x.mdx');
    expect(r.html).toContain('<h2 id="s1" data-cite="第一部分">一、工作目标</h2>');
    expect(r.html).toContain('id="s1-p1"');
    expect(r.html).toContain('<mark class="fill-in"');
    expect(r.headings).toEqual([{ depth: 2, slug: 's1', text: '一、工作目标' }]);
    expect(r.fillIns.length).toBeGreaterThan(0);
  });
  it('writes <SourceGap /> as its note, without an anchor of its own', async () => {
    const r = await renderDoc(body, { id: 'x', title: '标题' }, 'content/docs/x.mdx');
    expect(r.html).toContain('<p class="source-gap" role="note" data-pagefind-ignore><strong>原文此处不完整</strong><span>：原文到此为止</span></p>');
    expect(r.html).not.toMatch(/source-gap"[^>]*id=/);
  });
  it('refuses any other element, naming the file', async () => {
    await expect(renderDoc('<Other />\n', { id: 'x' }, 'content/docs/x.mdx')).rejects.toThrow(/content\/docs\/x\.mdx: <Other> is not allowed/);
  });
});
