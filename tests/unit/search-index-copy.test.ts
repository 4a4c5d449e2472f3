import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/lib/search/encoding';
import { indexCopy, indexedDocAttributes, readIndexedDoc, type IndexedDoc } from '../../src/lib/search/index-copy';

const doc: IndexedDoc = {
  id: 'x',
  path: 'docs/x/',
  title: '2023年工作总结',
  years: [2023, 2024],
  level: 'district',
  types: ['summary', 'plan'],
  topics: ['theory', 'core-values'],
};

const page = `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>
<header class="site-header" data-pagefind-ignore><a href="/">精神文明建设文库</a></header>
<main><article data-pagefind-body>
  <h1>2023年工作总结</h1>
  <div data-pagefind-ignore>2023年 · 区县级 · 总结</div>
  <nav aria-label="目录"><a href="#s1">一、坚持以学铸魂</a></nav>
  <div class="doc-body">
    <h2 id="s1">一、坚持<strong>以学</strong>铸魂</h2>
    <p id="s1-p1">围绕举旗帜、聚民心，
    安装LED显示屏。<span id="old" data-alias-of="s1-p1"></span></p>
    <ul><li id="s1-p2">打造15 分钟服务圈</li></ul>
    <p class="source-gap" data-pagefind-ignore>原文此处不完整</p>
  </div>
</article></main></body></html>`;

describe('indexCopy', () => {
  const copy = indexCopy(page, doc);

  it('keeps only the document body, block by block, without ignored parts and navigation', () => {
    expect(copy.blocks).toEqual(['2023年工作总结', '一、坚持以学铸魂', '围绕举旗帜、聚民心，\n    安装LED显示屏。', '打造15 分钟服务圈']);
  });

  it('encodes each block and keeps element ids as anchors', () => {
    const body = /<div data-pagefind-body>([\s\S]*)<\/div><\/body>/.exec(copy.html)![1]!;
    expect(body).toMatch(/^<h1>/);
    expect(body).toContain('<h2 id="s1">');
    // Paragraph ids sit on empty markers, so Pagefind does not store paragraph texts twice.
    expect(body).toContain('<p><span id="s1-p1"></span>');
    expect(body).toContain('<p><span id="s1-p2"></span>');
    const text = body.replace(/<[^>]+>/g, ' ');
    expect(decodeContent(text).map((b) => b.chars.join(''))).toEqual([
      '2023年工作总结',
      '一、坚持以学铸魂',
      '围绕举旗帜、聚民心，安装LED显示屏。',
      '打造15分钟服务圈',
    ]);
  });

  it('writes the title as meta and no facets (they go into the facet table)', () => {
    expect(copy.html).not.toContain('data-pagefind-filter');
    expect(copy.html).not.toContain('data-pagefind-sort');
    expect(copy.html).toContain('data-pagefind-meta="title[content]" content="2023年工作总结"');
    expect(copy.html).toContain('<html lang="und">');
  });

  it('warns when the page has no body marker', () => {
    const c = indexCopy('<html><body><main><p>文字</p></main></body></html>', { ...doc, years: [] });
    expect(c.warnings).toHaveLength(1);
    expect(c.blocks[0]).toBe('2023年工作总结');
  });
});

describe('the document on the indexed article (no manifest file)', () => {
  const article = (attrs: Record<string, string>) =>
    `<html><body><main><article data-pagefind-body${Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}><h1>t</h1></article></main></body></html>`;

  it('round-trips id, title and every facet value through data-* attributes', () => {
    const attrs = indexedDocAttributes(doc.id, doc.title, doc);
    expect(attrs).toMatchObject({ 'data-doc-id': 'x', 'data-facet-year': '2023 2024', 'data-facet-type': 'summary plan' });
    expect(readIndexedDoc(article(attrs), 'docs/x/', 'dist/docs/x/index.html')).toEqual(doc);
    const undated = { ...doc, years: [] };
    expect(indexedDocAttributes('x', doc.title, undated)['data-facet-year']).toBe('unknown');
    expect(readIndexedDoc(article(indexedDocAttributes('x', doc.title, undated)), 'docs/x/', 'f')!.years).toEqual([]);
  });

  it('skips a page without an indexed article (a redirect page)', () => {
    expect(readIndexedDoc('<html><head><meta http-equiv="refresh" content="0;url=/docs/y/"></head></html>', 'docs/x/', 'f')).toBeUndefined();
  });

  it('names the file and the problem when an attribute is missing or wrong', () => {
    const attrs = indexedDocAttributes(doc.id, doc.title, doc);
    const { 'data-facet-topic': _, ...noTopic } = attrs;
    expect(() => readIndexedDoc(article(noTopic), 'docs/x/', 'dist/docs/x/index.html')).toThrow(
      'dist/docs/x/index.html: the data-pagefind-body element has no data-facet-topic',
    );
    expect(() => readIndexedDoc(article({ ...attrs, 'data-facet-level': 'galaxy' }), 'docs/x/', 'f')).toThrow(
      'f: data-facet-level has "galaxy", which is not a level value',
    );
    expect(() => readIndexedDoc(article({ ...attrs, 'data-facet-level': 'district unit' }), 'docs/x/', 'f')).toThrow(/exactly one level/);
  });
});
