/**
 * Reading .docx files written here with the `docx` library: headings, paragraphs and Word's
 * auto-numbering (written in as text, counted the way Word counts), and bad files refused.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseTableLine } from '../../src/importer/cleaning/table.ts';
import { formatNumber, htmlToLines, MAX_DOCX_BYTES, readDocx } from '../../src/importer/docx.ts';
import { ImportInputError } from '../../src/importer/types.ts';
import { gongwenNumbering } from './docx-numbering.ts';

const circled = { reference: 'circled', levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', alignment: AlignmentType.START }] };
const bullets = { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] };

const numbered = (text: string, level: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel], instance?: number) =>
  new Paragraph({
    text,
    numbering: { reference: gongwenNumbering.reference, level, ...(instance !== undefined && { instance }) },
    ...(heading && { heading }),
  });

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({ numbering: { config: [gongwenNumbering, circled, bullets] }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a .docx written with the docx library', () => {
  it('keeps the title, headings with their level, paragraphs, and writes auto-numbers in as text', async () => {
    const bytes = await docx([
      new Paragraph({ text: '关于2024年精神文明建设的工作方案', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '为深入推进精神文明建设，制定本方案。' }),
      numbered('工作目标', 0, HeadingLevel.HEADING_1),
      new Paragraph({ text: '到年底，文明程度明显提升。' }),
      numbered('总体要求', 1, HeadingLevel.HEADING_2),
      numbered('抓好宣传。', 2),
      new Paragraph({
        children: [new TextRun('抓好'), new TextRun({ text: '活动', bold: true }), new TextRun('。')],
        numbering: { reference: gongwenNumbering.reference, level: 2 },
      }),
      numbered('线上宣传。', 3),
      numbered('具体措施', 1, HeadingLevel.HEADING_2),
      numbered('抓好落实。', 2),
      numbered('保障措施', 0, HeadingLevel.HEADING_1),
      new Paragraph({ text: '' }),
      new Paragraph({ text: '加强组织领导。', numbering: { reference: 'circled', level: 0 } }),
      new Paragraph({ text: '压实工作责任。', numbering: { reference: 'circled', level: 0 } }),
      new Paragraph({ text: '要点一', numbering: { reference: 'bullets', level: 0 } }),
    ]);
    const source = await readDocx('in/方案.docx', bytes);
    expect(source.format).toBe('docx');
    expect(source.encoding).toBe('docx');
    expect(source.text.split('\n')).toEqual([
      '关于2024年精神文明建设的工作方案',
      '为深入推进精神文明建设，制定本方案。',
      '一、工作目标',
      '到年底，文明程度明显提升。',
      '（一）总体要求',
      '1.抓好宣传。',
      '2.抓好活动。',
      '（1）线上宣传。',
      '（二）具体措施',
      '1.抓好落实。',
      '二、保障措施',
      '①加强组织领导。',
      '②压实工作责任。',
      '要点一',
    ]);
    expect([...source.headingHints!]).toEqual([
      [0, 1],
      [2, 1],
      [4, 2],
      [8, 2],
      [10, 1],
    ]);
    expect(source.notes).toEqual(['Word 自动编号 10 处，编号已写成文字']);
  });

  it('restarts a list where Word restarts it (a new instance), and continues past ten in the 公文 form', async () => {
    const items = Array.from({ length: 12 }, (_, i) => numbered(`第${i + 1}项。`, 0));
    const source = await readDocx('a.docx', await docx([...items, numbered('重新开始。', 0, undefined, 2)]));
    const lines = source.text.split('\n');
    expect(lines[9]).toBe('十、第10项。');
    expect(lines[11]).toBe('十二、第12项。');
    expect(lines[12]).toBe('一、重新开始。');
  });

  it('skips images, counting them in a note', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const image = new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } });
    const source = await readDocx('a.docx', await docx([new Paragraph('图片如下：'), new Paragraph({ children: [image] }), new Paragraph('图片之后。')]));
    expect(source.text).toBe('图片如下：\n图片之后。');
    expect(source.notes).toEqual(['图片 1 张，未导入']);
  });

  it('keeps a table as one line carrying its cells (see import-docx-tables.test.ts), a one-cell frame as its paragraphs', async () => {
    const cell = (...t: string[]) => new TableCell({ children: t.map((p) => new Paragraph(p)) });
    const source = await readDocx(
      'a.docx',
      await docx([new Paragraph('考核表'), new Table({ rows: [new TableRow({ children: [cell('项目'), cell('分值')] })] })]),
    );
    const [head, table] = source.text.split('\n');
    expect(head).toBe('考核表');
    expect(parseTableLine(table!)).toEqual({ rows: [['项目', '分值']], merged: 0 });
    const framed = await readDocx('a.docx', await docx([new Table({ rows: [new TableRow({ children: [cell('框内第一段。', '框内第二段。')] })] })]));
    expect(framed.text).toBe('框内第一段。\n框内第二段。');
  });
});

describe('Word number formats', () => {
  it('writes numbers as Word draws them, Chinese counting in the 公文 form', () => {
    expect(formatNumber(3, 'chineseCounting')).toBe('三');
    expect(formatNumber(11, 'chineseCountingThousand')).toBe('十一');
    expect(formatNumber(20, 'chineseCounting')).toBe('二十');
    expect(formatNumber(10, 'ideographDigital')).toBe('一〇');
    expect(formatNumber(4, 'decimalEnclosedCircleChinese')).toBe('④');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(5, 'bullet')).toBe('');
  });
});

describe('mammoth HTML to lines', () => {
  it('one line per block; a soft line break in a paragraph joined mid-sentence and kept after a sentence end, in headings dropped; footnote back-links dropped', () => {
    const { lines, headings, softBreaks } = htmlToLines(
      '<h1>标题<br />续</h1><p>甲方负责<br />组织实施。<br />乙方配合。</p><p>XX街道办事处<br />2025年1月6日</p><ol><li>项<ol><li>子项</li></ol></li></ol><p>注<a href="#footnote-ref-1">↑</a></p>',
    );
    expect(lines).toEqual(['标题续', '甲方负责组织实施。', '乙方配合。', 'XX街道办事处', '2025年1月6日', '项', '子项', '注']);
    expect([...headings]).toEqual([[0, 1]]);
    expect(softBreaks).toEqual({ joined: 1, kept: 2 });
  });
});

describe('bad .docx files get an error naming the file and the problem', () => {
  const refuse = async (bytes: Uint8Array, problem: RegExp) => {
    const error = await readDocx('in/bad.docx', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as Error).message).toMatch(/^in\/bad\.docx：/);
    expect((error as Error).message).toMatch(problem);
  };

  it('empty, not a zip, an old .doc, too large', async () => {
    await refuse(new Uint8Array(), /文件是空的（0字节）/);
    await refuse(new Uint8Array(Buffer.from('一、工作目标\n这不是Word文件。')), /不是 \.docx 文件：\.docx 是 zip 压缩包，这个文件不是/);
    await refuse(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /这是旧版 Word（\.doc）文件，不是 \.docx：请用 Word 或 WPS 打开，另存为 \.docx/,
    );
    await refuse(new Uint8Array(MAX_DOCX_BYTES + 1), /超过 \.docx 的上限 20971520 字节（20 MiB）/);
  });

  it('a zip that is not a Word document, a truncated zip, damaged XML, no text', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    await refuse(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), /zip 压缩包里没有 word\/document\.xml/);

    const good = await docx([new Paragraph('一、工作目标')]);
    await refuse(good.slice(0, 200), /zip 压缩包读不出来|解压不出来/);

    const damaged = await JSZip.loadAsync(good);
    damaged.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    await refuse(new Uint8Array(await damaged.generateAsync({ type: 'uint8array' })), /word\/document\.xml 不是格式正确的 XML（[\s\S]*）：这个 \.docx 已损坏/);

    await refuse(await docx([new Paragraph('')]), /这个 \.docx 里没有文字/);
  });
});
