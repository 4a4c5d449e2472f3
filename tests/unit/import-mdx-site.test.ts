/**
 * The importer's MDX check reads the body as the site does: the same remark/rehype plugins
 * (src/plugins/index.ts, GFM included). A bare address followed by an escaped `<br>` used to pass
 * the check and break the site build; and an address in the text must stay text, not a link.
 */
import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import type { PluggableList } from 'unified';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, unescapeMdxText } from '../../src/importer/cleaning/mdx.ts';
import { mdxSafetyProblems } from '../../src/importer/write.ts';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/index.ts';
import { repoRoot } from '../support/fixture-project.ts';
import { HOSTILE } from './import-arbitraries.ts';

const FM = '---\nid: a\ntitle: 甲\n---\n';

/** The body compiled as the site compiles it; the JavaScript it makes. */
async function siteCompile(body: string): Promise<string> {
  const file = { value: body, data: { astro: { frontmatter: {} } } };
  return String(await compile(file, { format: 'mdx', remarkPlugins: remarkPlugins as PluggableList, rehypePlugins: rehypePlugins as PluggableList }));
}

const ADDRESSES = [
  '见网站www.example.com和http://abc.cn/x<br>了解',
  '网址：https://www.fanwen.example/a_b*c~d',
  '来源 www.ib19.example 整理',
  '（1）http://a.example/?a=1&b=2<br>',
  '邮箱：office@wenming.example，电话：12345',
  'WWW.EXAMPLE.CN<br>',
];

describe("the MDX check compiles with the site's plugins", () => {
  it('one plugin list: astro.config.mjs imports it and leaves GFM to it', () => {
    const config = readFileSync(`${repoRoot}/astro.config.mjs`, 'utf8');
    expect(config).toContain("import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts'");
    expect(config).toMatch(/unified\(\{ remarkPlugins, rehypePlugins, gfm: false/);
    expect(remarkPlugins.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses what GFM breaks: an address running into a tag-like `\\<br\\>` (escaped the old way)', async () => {
    const old = '见网站http://abc.cn/x\\<br\\>了解';
    expect(mdxSafetyProblems(`${FM}\n${old}\n`)[0]).toMatch(/^正文不是有效的 MDX（第6行）：/);
    await expect(siteCompile(old)).rejects.toThrow();
  });

  it("refuses a body the site's plugins cannot build (a pin to no passage), in Chinese", () => {
    expect(mdxSafetyProblems('---\nid: a\npermalinks:\n  pins:\n    p9: x\n---\n\n正文。\n')).toEqual([
      expect.stringMatching(/^正文按网站的方式编译失败：.*p9/),
    ]);
  });

  it('escapes addresses so the text builds, reads back exactly, and no address becomes a link', async () => {
    for (const text of ADDRESSES) {
      const escaped = escapeMdxText(text);
      expect(unescapeMdxText(escaped), text).toBe(text);
      expect(mdxSafetyProblems(`${FM}\n${escaped}\n`), text).toEqual([]);
      const js = await siteCompile(escaped);
      expect(js, text).not.toContain('_components.a');
      expect(js, text).not.toMatch(/href/);
    }
  });

  it('an address the keeper typed unescaped is no link either; a link written as a link stays', async () => {
    expect(await siteCompile('见 www.example.com 与 http://a.example/x')).not.toContain('_components.a');
    expect(await siteCompile('[见第二部分](../other/#s2)')).toContain('href: "../other/#s2"');
  });
});

describe('property: text with addresses among hostile pieces', () => {
  const ADDRESS_PIECES = ['http://', 'https://', 'www.', 'WWW.', '@', 'fanwen.example', '/a_b', '?x=1&y=2', '<br>', '：', '（', ' ', '网址', 'mailto:', 'a.cn'];
  const line = fc.array(fc.constantFrom(...ADDRESS_PIECES, ...HOSTILE), { minLength: 1, maxLength: 12 }).map((p) => p.join('').replace(/\n/g, ''));

  it('escaped, always passes the check, reads back exactly, and never compiles to a link', async () => {
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const escaped = escapeMdxText(text);
        expect(unescapeMdxText(escaped)).toBe(text);
        expect(mdxSafetyProblems(`${FM}\n${escaped}\n`)).toEqual([]);
        expect(await siteCompile(escaped)).not.toContain('_components.a');
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
