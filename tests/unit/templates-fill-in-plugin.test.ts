/** The fill-in plugin through the real Markdown processor, with the site's plugin list. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { anchorsFromHtml } from '../../src/integrations/permalinks/published.ts';
import { rehypePlugins } from '../../src/plugins/index.ts';
import type { FillInEntry } from '../../src/plugins/rehype-fill-in.ts';

const SAMPLE = `中共XX区XX工委坚持以习近平新时代中国特色社会主义思想为指导。

## 一、指导思想

确保20xx年度工作落实，LED显示屏滚动播放，做X光检查。

### （一）组织领导

印发〔20XX〕X号文件，\`XX\` 在代码里不算。
`;

async function render(body: string) {
  const processor = await createMarkdownProcessor({ rehypePlugins });
  return processor.render(body, { fileURL: new URL('file:///fixture.md'), frontmatter: {} });
}

describe('rehype-fill-in', () => {
  it('wraps each spot in a numbered mark.fill-in and lists it with its passage', async () => {
    const { code, metadata } = await render(SAMPLE);
    expect(code).toContain(
      '中共<mark class="fill-in" id="fill-1" data-fill-kind="x">XX</mark>区<mark class="fill-in" id="fill-2" data-fill-kind="x">XX</mark>工委',
    );
    expect(code).toContain('确保<mark class="fill-in" id="fill-3" data-fill-kind="year">20xx</mark>年度');
    expect(code).toContain('LED显示屏');
    expect(code).toContain('做X光检查');
    expect(code).toContain('<code>XX</code>');
    const entries = metadata.frontmatter['fillIns'] as FillInEntry[];
    expect(entries.map((e) => [e.id, e.text, e.cite])).toEqual([
      ['fill-1', 'XX', '开头第1段'],
      ['fill-2', 'XX', '开头第1段'],
      ['fill-3', '20xx', '第一部分第1段'],
      ['fill-4', '〔20XX〕X号', '第一部分（一）第1段'],
    ]);
    expect(entries[0]).toMatchObject({ before: '中共', after: '区XX工委坚持以' });
  });

  it('changes no anchor and no passage text the anchor lock records', async () => {
    const plain = await createMarkdownProcessor({ rehypePlugins: rehypePlugins.slice(0, 1) });
    const without = await plain.render(SAMPLE, { fileURL: new URL('file:///fixture.md'), frontmatter: {} });
    const withMarks = await render(SAMPLE);
    expect(anchorsFromHtml(withMarks.code)).toEqual(anchorsFromHtml(without.code));
    expect(withMarks.metadata.headings).toEqual(without.metadata.headings);
  });
});
