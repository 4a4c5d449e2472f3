import { expect, test, type Page } from '@playwright/test';
import { diskDocs } from './support/content';
import { expectedPaths, fold, openSearch, pageTexts, resultPaths, resultsList, versions } from './support/search-truth';
import { OTHERS } from '../../src/lib/search/traditional-chars';

/**
 * Search forgives how people type without losing exactness: quotes of either kind, traditional
 * characters, excerpts shown as written and never cut inside a match, version labels on cards,
 * and the index's script and WebAssembly loaded once. Expected sets come from the built pages.
 */

test('ASCII quotes find the text written with Chinese quotes: 增强"四个意识"', async ({ page }) => {
  const q = '增强"四个意识"';
  const want = await expectedPaths(page, q);
  expect(want.length, 'the phrase occurs in the library').toBeGreaterThan(0);
  // Read strictly (quotes as typed) fewer documents hold it: the forgiving reading matters here.
  expect((await expectedPaths(page, q, { quotes: false })).length).toBeLessThan(want.length);
  await openSearch(page, q);
  expect(await resultPaths(page)).toEqual(want);
  // The status line names the term in Chinese quotes, its own quotes as inner ones.
  await expect(page.getByRole('status')).toHaveText(`找到 ${want.length} 篇包含“增强‘四个意识’”的文献。`);
  // The excerpt shows the text as written: Chinese quotes, marked as one match.
  const marks = await resultsList(page).locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m).toBe('增强“四个意识”');
  // The document opened from a result marks the same words.
  await resultsList(page).locator('a.search-section').first().click();
  await expect(page.locator('mark[data-search-highlight]').first()).toHaveText('增强“四个意识”');
});

test('Chinese quotes find the phrase whichever quotes a document writes: 建设“15分钟公共服务圈”', async ({ page }) => {
  // The importer pairs ASCII quotes into “ ”, so the library may hold no ASCII-quoted copy any
  // more; that direction is pinned at the encoding level (tests/unit/search-encoding.test.ts).
  const q = '建设“15分钟公共服务圈”';
  const want = await expectedPaths(page, q);
  expect(want.length, 'the phrase occurs in the library').toBeGreaterThan(0);
  const texts = await pageTexts(page);
  await openSearch(page, q);
  expect(await resultPaths(page)).toEqual(want);
  // Each card shows its own document's marks as written.
  for (const path of want) {
    const written = texts.get(path)!.includes('建设"15分钟公共服务圈"') ? '建设"15分钟公共服务圈"' : '建设“15分钟公共服务圈”';
    const card = resultsList(page).locator('.search-result', { has: page.locator(`a[href^="${path}"]`) });
    await expect(card.locator('mark').first()).toHaveText(written);
  }
});

test('quotes typed around a whole phrase still find it: “15分钟公共服务圈”', async ({ page }) => {
  const want = await expectedPaths(page, '15分钟公共服务圈');
  await openSearch(page, '“15分钟公共服务圈”');
  expect(await resultPaths(page)).toEqual(want);
  // The status line does not double the quotes.
  await expect(page.getByRole('status')).toHaveText(`找到 ${want.length} 篇包含“15分钟公共服务圈”的文献。`);
});

test('the status line names the terms the Chinese way: “十四五”; “甲”“乙”和“丙”', async ({ page }) => {
  const one = await expectedPaths(page, '十四五');
  expect(one.length).toBeGreaterThan(0);
  await openSearch(page, '“十四五”');
  await expect(page.getByRole('status')).toHaveText(`找到 ${one.length} 篇包含“十四五”的文献。`);

  const q = '以学铸魂 以学增智 以学正风';
  const want = await expectedPaths(page, q);
  await openSearch(page, q);
  const status = page.getByRole('status');
  await expect(status).toContainText('“以学铸魂”“以学增智”和“以学正风”');
  await expect(status).toHaveText(
    want.length ? `找到 ${want.length} 篇包含“以学铸魂”“以学增智”和“以学正风”的文献。` : '没有找到包含“以学铸魂”“以学增智”和“以学正风”的文献。',
  );
  expect(await status.textContent()).not.toMatch(/["']|““|””/);
});

for (const [traditional, simplified] of [
  ['精神文明建設', '精神文明建设'],
  ['志願服務', '志愿服务'],
  ['社會主義核心價值觀', '社会主义核心价值观'],
]) {
  test(`traditional characters find the simplified text: ${traditional}`, async ({ page }) => {
    const want = await expectedPaths(page, simplified!);
    expect(want.length).toBeGreaterThan(0);
    expect(await expectedPaths(page, traditional!), 'the library is written in simplified characters').toEqual([]);
    await openSearch(page, traditional!);
    expect(await resultPaths(page)).toEqual(want);
    await expect(page.getByRole('status')).toContainText(`已按简体查找：“${simplified}”`);
    await expect(page.getByRole('status')).toContainText(`找到 ${want.length} 篇`);
    // The box keeps what the reader typed.
    await expect(page.getByRole('searchbox', { name: /查找确切的词句/ })).toHaveValue(traditional!);
  });
}

/**
 * Every script the page fetched, with whether its body holds OpenCC's TSCharacters entry 價 价
 * (the conversion data) or the first of the listed traditional-only characters (the table).
 */
async function scriptsWhile(page: Page, run: () => Promise<void>): Promise<{ url: string; opencc: boolean; table: boolean }[]> {
  const seen: Promise<{ url: string; opencc: boolean; table: boolean }>[] = [];
  const onResponse = (r: import('@playwright/test').Response) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) {
      seen.push(
        r.text().then(
          (t) => ({ url: r.url(), opencc: t.includes('價 价'), table: t.includes(OTHERS.slice(0, 6)) }),
          () => ({ url: r.url(), opencc: false, table: false }),
        ),
      );
    }
  };
  page.on('response', onResponse);
  await run();
  page.off('response', onResponse);
  return Promise.all(seen);
}

test('the conversion data loads only for a query with traditional characters', async ({ page }) => {
  const box = page.getByRole('searchbox', { name: /查找确切的词句/ });
  const simplified = await scriptsWhile(page, async () => {
    await openSearch(page, '精神文明建设');
    await box.fill('志愿服务');
    await expect(page).toHaveURL(/q=%E5%BF%97/);
    await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  });
  expect(simplified.length).toBeGreaterThan(0);
  expect(simplified.filter((s) => s.opencc)).toEqual([]);
  // A query that finds something as typed does not even need the table of traditional characters.
  expect(simplified.filter((s) => s.table)).toEqual([]);
  // A simplified query that finds nothing loads the table (to tell), never the conversion data.
  const miss = await scriptsWhile(page, async () => {
    await box.fill('文明建设没有这句话');
    await expect(page.getByRole('status')).toContainText('没有找到');
  });
  expect(miss.filter((s) => s.opencc)).toEqual([]);
  expect(miss.filter((s) => s.table)).toHaveLength(1);
  const traditional = await scriptsWhile(page, async () => {
    await box.fill('志願服務');
    await expect(page.getByRole('status')).toContainText('已按简体查找');
  });
  const opencc = traditional.filter((s) => s.opencc);
  expect(opencc).toHaveLength(1);
  expect(simplified.map((s) => s.url)).not.toContain(opencc[0]!.url);
});

test('a single character loads pagefind.js and the WebAssembly once', async ({ page }) => {
  const texts = await pageTexts(page);
  expect([...texts.values()].some((t) => t.includes('廉'))).toBe(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openSearch(page, '廉');
  expect(await resultPaths(page)).toEqual(await expectedPaths(page, '廉'));
  expect(
    requests.some((p) => p.startsWith('/pagefind-chars/')),
    'the single-character index answered',
  ).toBe(true);
  expect(requests.filter((p) => p.endsWith('/pagefind.js'))).toEqual(['/pagefind/pagefind.js']);
  expect(requests.filter((p) => /\/wasm\.[\w-]+\.pagefind$/.test(p))).toEqual(['/pagefind/wasm.unknown.pagefind']);
});

test('excerpts never cut a match: every mark holds a whole term', async ({ page }) => {
  for (const q of ['创建文明典范城市', '文明', '志愿服务 文明实践']) {
    await openSearch(page, q);
    const terms = q.split(' ').map((t) => fold(t));
    const marks = await resultsList(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks)
      expect(
        terms.some((t) => fold(m).includes(t)),
        `mark “${m}” for ${q}`,
      ).toBe(true);
  }
});

test('a match in a heading shows the marked heading once, not again as the excerpt', async ({ page }) => {
  const q = '凝心铸魂';
  await page.goto('/docs/park-committee-2023-summary-2024-plan/');
  await expect(page.locator('[data-pagefind-body] :is(h2, h3)', { hasText: q }).first()).toBeVisible();
  await openSearch(page, q);
  const sections = resultsList(page).locator('a.search-section');
  const n = await sections.count();
  let inHeading = 0;
  for (let i = 0; i < n; i++) {
    const s = sections.nth(i);
    const heading = (await s.locator('.search-section-heading').textContent()) ?? '';
    const excerpts = await s.locator('.search-excerpt').allTextContents();
    for (const e of excerpts) expect(e.replace(/…/g, '')).not.toBe(heading);
    if (await s.locator('.search-section-heading mark').count()) {
      inHeading++;
      expect(fold(heading)).toContain(fold(q));
      // Under a marked heading, an excerpt only from its body, holding the term too.
      for (const e of excerpts) expect(fold(e)).toContain(fold(q));
    }
  }
  expect(inHeading, 'the phrase stands in a heading of the library').toBeGreaterThan(0);
});

/**
 * The headings of a document page that hold a term: id, text, and how many blocks of the
 * heading's own body (up to the next heading of any level) hold it too.
 */
async function headingsHolding(page: Page, path: string, term: string): Promise<{ id: string; text: string; bodyBlocks: number }[]> {
  await page.goto(path);
  const sections = await page.evaluate(() => {
    // The text as indexed: without the passage tools' button and what search ignores.
    const text = (e: Element) => {
      const c = e.cloneNode(true) as Element;
      c.querySelectorAll('[data-pagefind-ignore], button').forEach((x) => x.remove());
      return c.textContent ?? '';
    };
    return [...document.querySelectorAll('[data-pagefind-body] :is(h2, h3, h4, h5, h6)[id]')].map((h) => {
      const body: string[] = [];
      for (let n = h.nextElementSibling; n && !/^H[1-6]$/.test(n.tagName); n = n.nextElementSibling) {
        const blocks = n.matches('p, li, td, th, dd, dt') ? [n] : [...n.querySelectorAll('p, li, td, th, dd, dt')];
        body.push(...blocks.map(text));
      }
      return { id: h.id, text: text(h), body };
    });
  });
  const t = fold(term);
  return sections
    .filter((s) => fold(s.text).includes(t))
    .map((s) => ({ id: s.id, text: s.text, bodyBlocks: s.body.filter((b) => fold(b).includes(t)).length }));
}

interface Entry {
  href: string;
  heading: string;
  headingMarks: string[];
  excerpt: string | null;
  excerptMarks: string[];
}

/** The entries (sections) of every result card on the page, by the card's document path. */
async function cardEntries(page: Page): Promise<Map<string, Entry[]>> {
  const cards = await resultsList(page)
    .locator('.search-result')
    .evaluateAll((lis) =>
      lis.map((li) => ({
        path: new URL(li.querySelector<HTMLAnchorElement>('.search-result-title a')!.href).pathname,
        entries: [...li.querySelectorAll<HTMLAnchorElement>('a.search-section')].map((a) => {
          const heading = a.querySelector('.search-section-heading')!;
          const excerpt = a.querySelector('.search-excerpt');
          return {
            href: a.getAttribute('href') ?? '',
            heading: heading.textContent ?? '',
            headingMarks: [...heading.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
            excerpt: excerpt ? (excerpt.textContent ?? '') : null,
            excerptMarks: excerpt ? [...excerpt.querySelectorAll('mark')].map((m) => m.textContent ?? '') : [],
          };
        }),
      })),
    );
  return new Map(cards.map((c) => [c.path, c.entries]));
}

test('a section that matches in its heading and its body is one entry: the marked heading over the body excerpt', async ({ page }) => {
  // `shown`: documents whose card must show such a section (it is among the card's first entries).
  const cases = [
    // The review's case: traditional characters, searched as 志愿服务.
    { q: '志願服務', term: '志愿服务', shown: ['city-management-2022-scheme', 'organ-2022-creation-plan'] },
    { q: '志愿服务', term: '志愿服务', shown: ['city-management-2022-scheme', 'organ-2022-creation-plan', 'district-2022-key-points'] },
    { q: '核心价值观', term: '核心价值观', shown: ['park-committee-2023-summary-2024-plan'] },
    // Two paragraphs of the section hold it: still one entry.
    { q: '干部职工', term: '干部职工', shown: ['district-propaganda-2023-scheme'] },
  ];
  for (const { q, term, shown } of cases) {
    await openSearch(page, q);
    const cards = await cardEntries(page);
    for (const id of shown) expect([...cards.keys()], `${q}: a card for ${id}`).toContain(`/docs/${id}/`);
    let checked = 0;
    // The named documents first, so that a failure names the review's case.
    const paths = [...shown.map((id) => `/docs/${id}/`), ...[...cards.keys()].filter((p) => !shown.some((id) => p === `/docs/${id}/`))];
    for (const path of paths) {
      const entries = cards.get(path)!;
      for (const h of await headingsHolding(page, path, term)) {
        const naming = entries.filter((e) => fold(e.heading) === fold(h.text));
        const where = `${q}: ${path}#${h.id} “${h.text}”`;
        if (shown.some((id) => path === `/docs/${id}/`) && h.bodyBlocks > 0) expect(naming, where).toHaveLength(1);
        // Beyond the card's first entries a section is not shown, but never twice.
        expect(naming.length, where).toBeLessThanOrEqual(1);
        if (naming.length === 0) continue;
        const [e] = naming;
        expect(e!.href.endsWith(`#${h.id}`), `${where} links to its heading`).toBe(true);
        expect(
          e!.headingMarks.map((m) => fold(m)),
          where,
        ).toEqual([fold(term)]);
        if (h.bodyBlocks === 0) {
          expect(e!.excerpt, where).toBeNull();
          continue;
        }
        expect(e!.excerpt, `${where} shows its body's excerpt`).not.toBeNull();
        expect(fold(e!.excerpt!.replace(/…/g, ''))).not.toBe(fold(h.text));
        expect(e!.excerptMarks.length, where).toBeGreaterThan(0);
        for (const m of e!.excerptMarks) expect(fold(m)).toBe(fold(term));
        checked++;
      }
    }
    expect(checked, `${q}: sections matching in heading and body were shown`).toBeGreaterThanOrEqual(shown.length);
  }
});

test('result cards of two versions of one document carry their version labels', async ({ page }) => {
  const labels = versions();
  const docs = diskDocs().filter((d) => labels.has(d.id));
  expect(docs.length).toBeGreaterThanOrEqual(2);
  // A phrase both versions share.
  const q = '15分钟公共服务圈';
  const want = await expectedPaths(page, q);
  for (const d of docs) expect(want).toContain(`/docs/${d.id}/`);
  await openSearch(page, q);
  const titles = new Set<string>();
  for (const d of docs) {
    const link = resultsList(page).locator(`.search-result-title a[href^="/docs/${d.id}/"]`);
    await expect(link).toHaveText(`${d.title}（${labels.get(d.id)}）`);
    titles.add((await link.textContent())!);
  }
  expect(titles.size).toBe(docs.length);
});
