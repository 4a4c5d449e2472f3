import { readFileSync } from 'node:fs';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { builtDocPages } from '../../src/integrations/built-pages';
import { pagePassages } from '../../src/integrations/check-index/page-keys';
import { localFindings } from '../../src/lib/check/check';
import { CATEGORY_LABELS, CHECK_CATEGORIES } from '../../src/lib/check/types';
import { wordingRules } from '../../src/lib/wording/rules';

const dist = process.env.E2E_DIST ?? 'dist';
const YEAR = 2027;
const OWN = '江北区青山街道';

/** 40 characters of a built library page that make no finding of their own: the borrowed passage. */
function libraryPassage(): string {
  const rules = wordingRules();
  for (const { tree } of builtDocPages(dist)) {
    for (const p of pagePassages(tree)) {
      const text = p.replace(/\s+/g, '');
      if (text.length < 45 || /[A-Za-z0-9]/.test(text)) continue;
      const slice = text.slice(2, 42);
      if (localFindings({ paragraphs: [slice], year: YEAR, own: OWN, rules }).length === 0) return slice;
    }
  }
  throw new Error(`no library passage without findings in ${dist}/docs`);
}

/** One slip of each category, in a .docx made here; every other paragraph is clean for 2027. */
function draft(borrowed: string): { paragraphs: string[]; slips: Record<string, string> } {
  const slips = {
    outdated: '十五五”规划开局',
    nonstandard: '习近平总书记新时代中国特色社会主义思想',
    anniversary: '建党105周年',
    'other-unit': '河口镇',
    'fill-in': 'XX',
    year: '2026年',
    numbering: '四、',
    library: borrowed,
  };
  const paragraphs = [
    `${OWN}${YEAR}年精神文明建设工作计划`,
    '2027年是“十五五”规划开局之年，也是青山街道深化文明创建的重要一年。',
    '一、总体要求',
    '深入学习贯彻习近平总书记新时代中国特色社会主义思想，坚持以社会主义核心价值观为引领。',
    '二、重点任务',
    '组织党员干部纪念建党105周年，学习借鉴河口镇的经验，全年开展志愿服务XX场次。',
    '今年（2026年）要巩固文明城市创建成果。',
    borrowed,
    '四、保障措施',
    '加强组织领导，落实工作责任，确保各项任务落到实处。',
  ];
  return { paragraphs, slips };
}

async function docxOf(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      { children: paragraphs.map((text, i) => new Paragraph({ ...(i === 0 ? { alignment: AlignmentType.CENTER } : {}), children: [new TextRun(text)] })) },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Every request the page makes from now on, with its method and body. */
function recordRequests(page: Page): { url: string; method: string; body: string }[] {
  const seen: { url: string; method: string; body: string }[] = [];
  page.on('request', (r) => seen.push({ url: decodeURIComponent(r.url()), method: r.method(), body: r.postData() ?? '' }));
  return seen;
}

test('a .docx with one slip of each category: every slip found once, nothing else, the 批注版 carries them as comments, and no request carries the draft', async ({
  page,
}) => {
  const { paragraphs, slips } = draft(libraryPassage());
  const requests = recordRequests(page);
  await page.goto('/check/');
  await expect(page.getByRole('heading', { level: 1, name: '起草自查' })).toBeVisible();
  // The .docx reader is not loaded with the page.
  expect(requests.filter((r) => r.url.includes('docx-draft'))).toEqual([]);

  await page.getByLabel('选择文稿').setInputFiles({
    name: '青山街道2027年计划.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docxOf(paragraphs),
  });
  await page.getByLabel('写作年份').selectOption(String(YEAR));
  await page.getByLabel('本单位').fill(OWN);
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText(/按2027年检查，发现 \d+ 处问题/)).toBeVisible({ timeout: 30_000 });

  const results = page.locator('.check-results');
  for (const category of CHECK_CATEGORIES) {
    const section = results.locator(`section[data-category="${category}"]`);
    await expect(section.getByRole('heading', { level: 2 }), category).toHaveText(`${CATEGORY_LABELS[category]}（1处）`);
    await expect(section.locator('mark'), category).toHaveText(slips[category as keyof typeof slips]!);
  }
  await expect(results.locator('li')).toHaveCount(CHECK_CATEGORIES.length);
  // The borrowed passage links to the library document it comes from.
  const link = results.locator('section[data-category="library"]').getByRole('link');
  await expect(link).toHaveAttribute('href', /\/docs\/[a-z0-9-]+\/#[a-z0-9-]+$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载批注版' }).click()]);
  expect(download.suggestedFilename()).toBe('青山街道2027年计划（批注版）.docx');
  const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const comments = strFromU8(parts['word/comments.xml']!);
  const documentXml = strFromU8(parts['word/document.xml']!);
  const commentTexts = [...comments.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: m[1]!,
    text: [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  expect(commentTexts).toHaveLength(CHECK_CATEGORIES.length);
  for (const category of CHECK_CATEGORIES) {
    const c = commentTexts.filter((x) => x.text.startsWith(`【${CATEGORY_LABELS[category]}】`));
    expect(c, category).toHaveLength(1);
    // The comment covers exactly the slip's passage.
    const inner = documentXml.split(`<w:commentRangeStart w:id="${c[0]!.id}"/>`)[1]!.split(`<w:commentRangeEnd w:id="${c[0]!.id}"/>`)[0]!;
    expect([...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), category).toBe(slips[category as keyof typeof slips]);
  }
  // The drafter's own text is all there, unchanged.
  const text = [...documentXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  for (const p of paragraphs) expect(text).toContain(p);

  // Nothing was sent: only GET requests, none with any 6 characters of the draft or the unit.
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  const secrets = [...paragraphs, OWN].flatMap((p) => Array.from({ length: Math.max(0, p.length - 5) }, (_, i) => p.slice(i, i + 6)));
  for (const r of requests) {
    const seen = r.url + r.body;
    expect(
      secrets.filter((s) => seen.includes(s)),
      r.url,
    ).toEqual([]);
  }
  // The library was asked (index shards and the borrowed document's page): the check did run against it.
  expect(requests.some((r) => /\/check-index\/[0-9a-f]+\.bin$/.test(r.url))).toBe(true);
});

test('pasted text: the 批注版 is a new .docx in the 公文 layout with one comment per finding', async ({ page }) => {
  await page.goto('/check/');
  await page.getByLabel('粘贴文稿').fill(['2027年工作计划', '一、总体要求', '全年开展志愿服务XX场次。', '三、保障措施'].join('\n'));
  await page.getByLabel('写作年份').selectOption('2027');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText(/按2027年检查，发现 2 处问题/)).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载批注版' }).click()]);
  const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const comments = strFromU8(parts['word/comments.xml']!);
  expect([...comments.matchAll(/<w:comment\b/g)]).toHaveLength(2);
  expect(comments).toContain('【待填写】');
  expect(comments).toContain('【序号】');
  // The 公文 layout: the title style and the body font of src/lib/export/.
  expect(strFromU8(parts['word/styles.xml']!)).toContain('仿宋_GB2312');
});
