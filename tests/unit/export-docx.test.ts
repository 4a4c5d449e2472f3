import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, docxFileName, fontTableXml } from '../../src/lib/export/docx-builder';
import { CHAR_SPACING, CHARS_PER_LINE, LINE_PITCH, MARGINS, PAGE, PT } from '../../src/lib/export/gbt9704';
import { titleLines } from '../../src/lib/export/title-lines';
import { passageBlocks } from '../../src/lib/export/from-dom';
import type { ExportBlock, ExportSection } from '../../src/lib/export/types';

/** The body's paragraphs, each with its style and text (enough for these tests; the e2e tests parse XML). */
function paragraphs(xml: string): { style: string; text: string }[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p\/>|<w:p>(.*?)<\/w:p>/g)].map(([, p = '']) => ({
    style: /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

describe('GB/T 9704 measures', () => {
  it('A4 with margins 37/35/28/26 mm in twips', () => {
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect([MARGINS.top, MARGINS.bottom, MARGINS.left, MARGINS.right]).toEqual([2098, 1984, 1587, 1474]);
  });
  it('22 lines fit the 225 mm 版心 and 28 characters its 156 mm width', () => {
    expect(LINE_PITCH).toBe(579);
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(Math.round((225 / 25.4) * 1440));
    const advance = PT.三号 * 20 + CHAR_SPACING; // twips per character
    expect(advance * CHARS_PER_LINE).toBeLessThanOrEqual(Math.round((156 / 25.4) * 1440));
    expect(advance * (CHARS_PER_LINE + 1)).toBeGreaterThan(Math.round((156 / 25.4) * 1440));
  });
});

describe('buildDocx()', () => {
  const section = (docTitle: string, cite: string, url: string): ExportSection => ({
    docTitle,
    cite,
    sourceUrl: url,
    blocks: [
      { level: 1, runs: [{ text: '一、工作目标' }], anchor: 's1' },
      { level: 2, runs: [{ text: '（一）加强理想信念教育' }], anchor: 's1-1' },
      { level: 0, runs: [{ text: '组织' }, { text: 'XX', fill: true }, { text: '名党员参加。' }], anchor: 's1-1-p1' },
    ],
  });

  it('assembles sections of several documents, each source named in the closing note', async () => {
    const bytes = await buildDocx({
      title: '2026年精神文明建设工作方案',
      sections: [section('甲方案', '第一部分', 'http://x.local/docs/a/#s1'), section('乙总结', '全文', 'http://x.local/docs/b/')],
    });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(2);
    expect(doc).toContain('<w:pStyle w:val="Title"/><w:snapToGrid w:val="false"/></w:pPr><w:r><w:t xml:space="preserve">2026年精神文明建设工作方案</w:t>');
    expect(doc.match(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t>/g)).toHaveLength(2);
    // 落款 and 成文日期 to fill, before the note.
    expect(paragraphs(doc).slice(-7, -4)).toEqual([
      { style: '', text: '' },
      { style: 'Signature', text: '（发文机关署名）' },
      { style: 'Signature', text: '20XX年X月X日' },
    ]);
    expect(doc).toContain('注：本稿据以下文本整理：');
    expect(doc).toContain('1. 《甲方案》第一部分，原文链接：');
    expect(doc).toContain('2. 《乙总结》，原文链接：');
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    // Word keeps a link's #fragment in w:anchor.
    expect(rels).toContain('Target="http://x.local/docs/a/" TargetMode="External"');
    expect(doc).toMatch(/<w:hyperlink w:history="1" w:anchor="s1" r:id="rId[\w-]+">/);
    expect(rels).toContain('Target="http://x.local/docs/b/" TargetMode="External"');
    expect(strFromU8(files['word/fontTable.xml']!)).toBe(fontTableXml());
  });
});

describe('the 公文 details', () => {
  const build = async (title: string, blocks: ExportBlock[], sources?: 'note' | 'footnotes' | 'none') => {
    const files = unzipSync(
      await buildDocx({
        title,
        ...(sources ? { sources } : {}),
        sections: [{ docTitle: '甲', cite: '第二部分', year: '2022年', sourceUrl: 'http://x.local/docs/a/#s2', blocks }],
      }),
    );
    return { doc: strFromU8(files['word/document.xml']!), files };
  };

  it('sets a 主送 line flush left and only at the start; a source gap as a bracketed note', async () => {
    const { doc } = await build('标题', [
      { level: 0, runs: [{ text: '局各科室：' }] },
      { level: 0, runs: [{ text: '为做好工作，现通知如下：' }] },
      { level: 0, gap: true, runs: [{ text: '原文此处不完整：其后内容未收录' }] },
    ]);
    expect(paragraphs(doc).slice(1, 4)).toEqual([
      { style: 'Addressee', text: '局各科室：' },
      { style: '', text: '为做好工作，现通知如下：' },
      { style: 'GapNote', text: '〔原文此处不完整：其后内容未收录〕' },
    ]);
  });

  it('breaks a long title between words into balanced lines and highlights its placeholders', async () => {
    expect(titleLines('2024年精神文明建设工作总结')).toEqual(['2024年精神文明建设工作总结']);
    const lines = titleLines('在2022年市精神文明建设委员会（扩大）会议上的讲话');
    expect(lines.join('')).toBe('在2022年市精神文明建设委员会（扩大）会议上的讲话');
    expect(lines).toHaveLength(2);
    // Never inside 委员会 or 会议, nor before a closing bracket (the reviewer found “…（扩大）会 / 议上的讲话”).
    expect(lines).toEqual(['在2022年市精神文明建设', '委员会（扩大）会议上的讲话']);
    const width = (l: string) => [...l].reduce((w, c) => w + (c <= '\x7f' ? 0.5 : 1), 0);
    expect(Math.abs(width(lines[0]!) - width(lines[1]!))).toBeLessThanOrEqual(3);
    const { doc } = await build('XX区在2022年市精神文明建设委员会（扩大）会议上的讲话', []);
    const title = doc.slice(doc.indexOf('<w:body>'), doc.indexOf('</w:p>'));
    expect(title.match(/<w:br\/>/g)).toHaveLength(1);
    expect(title).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t>/);
  });

  it('with footnotes, names each source after its passage and leaves out the closing note', async () => {
    const { doc, files } = await build('草稿', [{ level: 0, runs: [{ text: '第一段。' }] }], 'footnotes');
    expect(doc).toMatch(/第一段。<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/);
    expect(doc).not.toContain('注：本稿据');
    const notes = strFromU8(files['word/footnotes.xml']!);
    expect(notes).toContain('《甲》第二部分，2022年。原文链接：');
    expect(strFromU8(files['word/_rels/footnotes.xml.rels']!)).toContain('Target="http://x.local/docs/a/" TargetMode="External"');
  });
});

describe('passageBlocks()', () => {
  const blocks: ExportBlock[] = [
    { level: 1, runs: [{ text: '一、' }], anchor: 's1' },
    { level: 0, runs: [{ text: 'p1' }], anchor: 's1-p1' },
    { level: 2, runs: [{ text: '（一）' }], anchor: 's1-1' },
    { level: 0, runs: [{ text: 'p2' }], anchor: 's1-1-p1' },
    { level: 2, runs: [{ text: '（二）' }], anchor: 's1-2' },
    { level: 1, runs: [{ text: '二、' }], anchor: 's2' },
  ];
  it('takes a paragraph alone, a heading with what is under it', () => {
    expect(passageBlocks(blocks, 's1-p1').map((b) => b.anchor)).toEqual(['s1-p1']);
    expect(passageBlocks(blocks, 's1-1').map((b) => b.anchor)).toEqual(['s1-1', 's1-1-p1']);
    expect(passageBlocks(blocks, 's1').map((b) => b.anchor)).toEqual(['s1', 's1-p1', 's1-1', 's1-1-p1', 's1-2']);
    expect(passageBlocks(blocks, 's2').map((b) => b.anchor)).toEqual(['s2']);
    expect(passageBlocks(blocks, 'nope')).toEqual([]);
  });
});

describe('docxFileName()', () => {
  it('names the file after the title and section, without characters Windows refuses', () => {
    expect(docxFileName('2024年工作总结')).toBe('2024年工作总结.docx');
    expect(docxFileName('2024年工作总结', '第二部分')).toBe('2024年工作总结（第二部分）.docx');
    expect(docxFileName('关于"XX"的方案/草稿', '全文')).toBe('关于XX的方案草稿.docx');
  });
});

describe('a table in the Word export', () => {
  it('is written as a Word table with its cells in order, not dropped', async () => {
    const blocks: ExportBlock[] = [
      { level: 0, runs: [{ text: '考核按下表进行。' }], anchor: 'p1' },
      {
        level: 0,
        runs: [],
        table: [
          ['项目', '分值'],
          ['理论学习', '20'],
          ['志愿服务', '30'],
        ],
      },
      { level: 0, runs: [{ text: '考核结果在年底公布。' }], anchor: 'p2' },
    ];
    const bytes = await buildDocx({ title: '考核方案', sections: [{ docTitle: '考核方案', cite: '全文', sourceUrl: 'https://example.test/docs/a/', blocks }] });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect([...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['项目', '分值', '理论学习', '20', '志愿服务', '30']);
    // The table stands between the two paragraphs.
    expect(xml.indexOf('考核按下表进行')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml.indexOf('</w:tbl>')).toBeLessThan(xml.indexOf('考核结果在年底公布'));
  });
});
