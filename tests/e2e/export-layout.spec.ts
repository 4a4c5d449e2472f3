import { expect, test, type Page } from '@playwright/test';
import { titleLines } from '../../src/lib/export/title-lines';
import { downloadFrom, readFacts } from './support/docx';
import { HAS_TOOLS, PT_PER_MM, pageCount, pdfLines, toPdf, type PdfLine } from './support/pdf';

/**
 * The Word export measured as LibreOffice lays it out (issue 18, "The Word export, finished"):
 * the PDF of a downloaded file, read with pdftotext, against GB/T 9704-2012.
 */
const BLOCK = { top: 37 * PT_PER_MM, bottom: (297 - 35) * PT_PER_MM, left: 28 * PT_PER_MM, right: (210 - 26) * PT_PER_MM };
/** A 3号 (16 pt) line's box is about 21 pt high, a 2号 (22 pt) one about 29 pt. */
const isBody = (l: PdfLine) => l.yMax - l.yMin < 24 && l.yMin >= BLOCK.top - 1 && l.yMax <= BLOCK.bottom + 1;
const isTitle = (l: PdfLine) => l.yMax - l.yMin > 26 && l.yMax <= BLOCK.bottom;

async function download(page: Page, id: string) {
  await page.goto(`/docs/${id}/`);
  const title = (await page.locator('.export export-docx').getAttribute('data-title'))!;
  const file = await downloadFrom(page, page.getByRole('region', { name: '下载 Word 文档' }).getByRole('button', { name: '下载全文（.docx）' }));
  return { title, file };
}

test.describe('in LibreOffice', () => {
  test.skip(!HAS_TOOLS, 'LibreOffice (soffice) and poppler-utils (pdftotext) are needed');
  test.setTimeout(180_000);

  test('page 1 holds 20 lines under a one-line title; 主送 flush left; the source gap a bracketed note; the page number 7 mm below the text; 落款 and date to fill', async ({
    page,
  }) => {
    const { title, file } = await download(page, 'bureau-2022-creation-scheme');
    const facts = await readFacts(page, file.parts);
    expect(facts.paragraphs[1]).toEqual({ style: 'Addressee', text: '局各科室：' });
    expect(facts.paragraphs.filter((p) => p.style === 'GapNote').map((p) => p.text)).toEqual([expect.stringMatching(/^〔原文此处不完整：.+〕$/)]);

    const pdf = toPdf(file.path);
    const first = pdfLines(pdf, 1);
    expect(first.filter(isTitle).map((l) => l.text)).toEqual([title]);
    // 22 lines a page: the title's, one empty, then 20 of text.
    const body = first.filter(isBody);
    expect(body).toHaveLength(20);
    // 局各科室： at the left edge of the text block; a paragraph's first line two characters in.
    expect(body[0]!.text).toBe('局各科室：');
    expect(Math.abs(body[0]!.xMin - BLOCK.left)).toBeLessThan(1.5);
    expect(body[1]!.xMin - BLOCK.left).toBeGreaterThan(28);
    // "— 1 —": the dash's middle 7 mm below the text block (the reviewer measured 9.3 mm before).
    const dash = first.find((l) => l.yMin > BLOCK.bottom && l.text.startsWith('—'))!;
    const below = ((dash.yMin + dash.yMax) / 2 - BLOCK.bottom) / PT_PER_MM;
    console.log(`page number: ${below.toFixed(2)} mm below the text block`);
    expect(below).toBeGreaterThan(6.5);
    expect(below).toBeLessThan(7.5);

    const last = pdfLines(pdf, pageCount(pdf));
    const all = last.map((l) => l.text);
    expect(all.some((t) => /^〔原文此处不完整：/.test(t))).toBe(true);
    // 发文机关署名 above 成文日期, both right, two characters in (GB/T 9704 7.3.5.2).
    const signature = last.find((l) => l.text === '（发文机关署名）')!;
    const date = last.find((l) => l.text === '20XX年X月X日')!;
    expect(date.yMin).toBeGreaterThan(signature.yMin);
    for (const l of [signature, date]) expect(Math.abs(BLOCK.right - l.xMax - 2 * 15.75)).toBeLessThan(4);
  });

  test('a long title breaks between words into balanced lines, and page 1 still holds the rest of the 22 lines', async ({ page }) => {
    const { title, file } = await download(page, 'city-committee-2022-speech-a');
    const first = pdfLines(toPdf(file.path), 1);
    const lines = first.filter(isTitle).map((l) => l.text);
    console.log(`title lines: ${lines.join(' / ')}`);
    expect(lines).toEqual(titleLines(title));
    expect(lines).toHaveLength(2);
    // Not "…（扩大）会 / 议上的讲话": no word cut in two.
    expect(lines.join('/')).not.toMatch(/会\/议|委员\/会|（\/|\/）/);
    expect(first.filter(isBody)).toHaveLength(22 - 2 - 1);
  });
});

test('placeholders in the title are highlighted like those in the text', async ({ page }) => {
  const { title, file } = await download(page, 'park-committee-2023-summary-2024-plan');
  expect(title).toMatch(/^XX/);
  const facts = await readFacts(page, file.parts);
  expect(facts.paragraphs[0]).toEqual({ style: 'Title', text: titleLines(title).join('') });
  const titleXml = file.parts['word/document.xml']!.match(/<w:body><w:p>.*?<\/w:p>/)![0];
  expect(titleXml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t>/);
});
