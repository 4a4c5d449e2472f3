/**
 * A Word table becomes a GFM table: through the real reading and text rules into MDX, checked by
 * the importer's MDX check and compiled with the site's plugins (the paragraph anchors around it
 * unchanged, none inside it). The .docx fixtures are written here with the `docx` library.
 */
import { unified } from '@astrojs/markdown-remark';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Element, Root, RootContent } from 'hast';
import { createProcessor } from '@mdx-js/mdx';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainBody } from '../../src/importer/cli.ts';
import { parseTableLine, renderTable, tableLine } from '../../src/importer/cleaning/table.ts';
import { htmlToLines, readDocx } from '../../src/importer/docx.ts';
import { proposeDocuments, toMdx } from '../../src/importer/pipeline.ts';
import { mdxSafetyProblems } from '../../src/importer/write.ts';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/index.ts';
import { gongwenNumbering, wordFile } from './docx-numbering.ts';

const cell = (text: string | string[], options: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), ...options });

/** 3 rows × 4 columns: a head row, a cell merged down two rows, one merged across two columns, an empty cell, MDX specials. */
const TABLE = () =>
  new Table({
    rows: [
      new TableRow({ children: [cell('项目'), cell('内容'), cell('分值'), cell('备注')] }),
      new TableRow({ children: [cell('理论学习', { rowSpan: 2 }), cell(['集中学习', '每月一次']), cell('10'), cell('')] }),
      new TableRow({ children: [cell('宣讲|讨论 {x} <b>*重点*</b> 见www.example.com', { columnSpan: 2 }), cell('import x')] }),
    ],
  });

async function importTable() {
  const bytes = await wordFile([
    new Paragraph({ text: 'XX社区文明创建考核方案', heading: HeadingLevel.TITLE }),
    new Paragraph('为推进文明创建，制定本方案。'),
    new Paragraph({ text: '考核内容', heading: HeadingLevel.HEADING_1, numbering: { reference: gongwenNumbering.reference, level: 0 } }),
    new Paragraph('考核按下表进行'),
    TABLE() as unknown as Paragraph,
    new Paragraph('考核结果在年底公布。'),
  ]);
  const source = await readDocx('in/考核方案.docx', bytes);
  const [doc] = proposeDocuments(source, { existing: [] });
  return { source, doc: doc! };
}

const EXPECTED_TABLE = [
  '| 项目 | 内容 | 分值 | 备注 |',
  '| --- | --- | --- | --- |',
  '| 理论学习 | 集中学习 每月一次 | 10 |  |',
  '|  | 宣讲\\|讨论 \\{x\\} \\<b\\>\\*重点\\*\\</b\\> 见www\\.example.com |  | &#105;mport x |',
].join('\n');

/** The hast the site's plugins make of a body (captured after the last of them). */
function siteHast(body: string): Root {
  let tree: Root | undefined;
  const capture = () => (t: Root) => {
    tree = structuredClone(t);
  };
  const processor = createProcessor({
    format: 'mdx',
    remarkPlugins: remarkPlugins as PluggableList,
    rehypePlugins: [...(rehypePlugins as PluggableList), capture],
  });
  processor.runSync(processor.parse(body) as never, { value: body, data: { astro: { frontmatter: {} } } } as never);
  return tree!;
}

function elements(nodes: readonly RootContent[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    out.push(n);
    elements(n.children, out);
  }
  return out;
}

describe('a Word table', () => {
  it('becomes a GFM table in the MDX, reported under 改动, with merged and empty cells filled sanely and cells escaped', async () => {
    const { doc } = await importTable();
    expect(doc.body).toContain(`考核按下表进行\n\n${EXPECTED_TABLE}\n\n考核结果在年底公布。`);
    expect(doc.report.changed).toContain('Word 表格（3行×4列）转为表格；合并单元格2处，文字放在合并区域的首格，其余格留空');
    // The table's words count for the text (similarity, topics), not the token.
    expect(doc.text).toContain('理论学习 集中学习 每月一次 10');
    expect(doc.text).not.toContain('WenkuWordTable');
    expect(mdxSafetyProblems(toMdx(doc.data, doc.body))).toEqual([]);
  });

  it("compiles with the site's plugins: a <table> with the cells as text, no anchor inside it, the paragraphs around it numbered as before", async () => {
    const { doc } = await importTable();
    const all = elements(siteHast(doc.body).children);
    const table = all.find((e) => e.tagName === 'table')!;
    expect(table).toBeDefined();
    const inTable = elements(table.children);
    expect(inTable.filter((e) => e.tagName === 'td' || e.tagName === 'th')).toHaveLength(12);
    expect(inTable.some((e) => e.properties['id'] !== undefined)).toBe(false);
    expect(inTable.some((e) => e.tagName === 'a')).toBe(false);
    const ids = all.filter((e) => /^(?:h\d|p)$/.test(e.tagName)).map((e) => `${e.tagName}#${String(e.properties['id'])}`);
    expect(ids).toEqual(['p#p1', 'h2#s1', 'p#s1-p1', 'p#s1-p2']);
    // And through Astro's own MDX renderer as the build runs it.
    const renderer = await unified({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false }).createMdxRenderer!(
      {} as never,
      { srcDir: new URL('file:///'), optimize: false } as never,
    );
    const { code } = await renderer.process(doc.body, '/fixture.mdx', {});
    expect(code).toContain('"table"');
  });

  it("keeps rows of different length rectangular and a rowspan past a row's last cell in its column", () => {
    const grid = htmlToLines('<table><tr><td>甲</td><td rowspan="2">乙</td></tr><tr><td>丙</td></tr><tr><td>丁</td><td>戊</td><td>己</td></tr></table>');
    expect(parseTableLine(grid.lines[0]!)).toEqual({
      rows: [
        ['甲', '乙', ''],
        ['丙', '', ''],
        ['丁', '戊', '己'],
      ],
      merged: 1,
    });
    expect(grid.tables).toBe(1);
    // A table with no text is dropped; a token line round-trips.
    expect(htmlToLines('<p>前</p><table><tr><td></td><td> </td></tr></table>').lines).toEqual(['前']);
    const t = { rows: [['a', 'b']], merged: 0 };
    expect(parseTableLine(tableLine(t))).toEqual(t);
    expect(parseTableLine('一、工作目标')).toBeUndefined();
    expect(renderTable(t)).toBe('| a | b |\n| --- | --- |');
  });

  it('reads back as its cells for the near-duplicate check', async () => {
    const { doc } = await importTable();
    const plain = plainBody(doc.body);
    expect(plain).toContain('项目 内容 分值 备注');
    expect(plain).toContain('宣讲|讨论 {x} <b>*重点*</b> 见www.example.com import x');
    expect(plain).not.toMatch(/^\||---/m);
  });
});
