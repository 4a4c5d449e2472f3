import { expect, test } from '@playwright/test';
import { downloadFrom, readFacts } from './support/docx';

const BASE = '/wenku/';

test('under a sub-path the Word download loads its builder from the site and links back under it', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${BASE}docs/organ-2022-creation-plan/`, { waitUntil: 'networkidle' });
  expect(requests.filter((u) => u.includes('docx-builder'))).toEqual([]);
  const file = await downloadFrom(page, page.getByRole('button', { name: '下载全文（.docx）' }));
  const builder = requests.filter((u) => u.includes('docx-builder'));
  expect(builder).toHaveLength(1);
  expect(new URL(builder[0]!).pathname.startsWith(`${BASE}_astro/`)).toBe(true);
  // No request left the site's origin or its sub-path.
  for (const u of requests) {
    expect(new URL(u).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(u).pathname.startsWith(BASE)).toBe(true);
  }
  const f = await readFacts(page, file.parts);
  expect(f.links).toHaveLength(1);
  expect(new URL(f.links[0]!).pathname).toBe(`${BASE}docs/organ-2022-creation-plan/`);
});
