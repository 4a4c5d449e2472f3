import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, docxFileName, fontTableXml } from '../../src/lib/export/docx-builder';
import { CHAR_SPACING, CHARS_PER_LINE, LINE_PITCH, MARGINS, PAGE, PT } from '../../src/lib/export/gbt9704';
import type { ExportSection } from '../../src/lib/export/types';

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
    expect(doc).toContain('<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">2026年精神文明建设工作方案</w:t>');
    expect(doc.match(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t>/g)).toHaveLength(2);
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

describe('docxFileName()', () => {
  it('names the file after the title and section, without characters Windows refuses', () => {
    expect(docxFileName('2024年工作总结')).toBe('2024年工作总结.docx');
    expect(docxFileName('2024年工作总结', '第二部分')).toBe('2024年工作总结（第二部分）.docx');
    expect(docxFileName('关于"XX"的方案/草稿', '全文')).toBe('关于XX的方案草稿.docx');
  });
});
