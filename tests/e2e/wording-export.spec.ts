import { expect, test } from '@playwright/test';
import { downloadFrom } from './support/docx';

const SUMMARY = '/docs/city-greening-bureau-2024-summary/';

/** The comments of a downloaded file and the text each one covers. */
function commented(parts: Record<string, string>): { text: string; covers: string }[] {
  const doc = parts['word/document.xml'] ?? '';
  return [...(parts['word/comments.xml'] ?? '').matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const inner = doc.split(`<w:commentRangeStart w:id="${m[1]}"/>`)[1]?.split(`<w:commentRangeEnd w:id="${m[1]}"/>`)[0] ?? '';
    const texts = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { text: texts(m[2]!), covers: texts(inner) };
  });
}

test('the Word export marks the wording out of date for the year picked in 用语时效, with a comment each', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2024-06-01T08:00:00+08:00'));
  await page.goto(SUMMARY);
  const wording = page.getByRole('region', { name: '用语时效' });
  const picker = wording.getByRole('combobox', { name: '按写作年份检查' });
  // Next year is offered too.
  await expect(picker.locator('option').first()).toHaveText('2025年');

  await picker.selectOption('2019');
  const for2019 = commented((await downloadFrom(page, page.getByRole('button', { name: '下载全文（.docx）' }))).parts);
  await picker.selectOption('2024');
  const for2024 = commented((await downloadFrom(page, page.getByRole('button', { name: '下载全文（.docx）' }))).parts);

  // 建党98周年 fits 2019, not 2024; the comment covers exactly the phrase and says why.
  expect(for2019.filter((c) => c.covers === '建党98周年')).toEqual([]);
  const anniversary = for2024.filter((c) => c.covers === '建党98周年');
  expect(anniversary).toHaveLength(1);
  expect(anniversary[0]!.text).toContain('【用语时效】建党周年数：只适用于2019年，与写作年份2024年不符');
  expect(for2024.length).toBeGreaterThan(for2019.length);
  for (const c of for2024) expect(c.text).toMatch(/^【用语时效】/);
});
