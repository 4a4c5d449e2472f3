import { expect, test } from '@playwright/test';

const SUMMARY = '/docs/city-greening-bureau-2024-summary/';

/** Each finding link of a list points at a passage on the page that holds the quoted phrases. */
async function expectLinksResolve(list: import('@playwright/test').Locator) {
  const items = list.locator('li');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const links = items.nth(i).getByRole('link');
    const phrases = items.nth(i).locator('.wording-phrase');
    for (let j = 0; j < (await links.count()); j++) {
      const href = (await links.nth(j).getAttribute('href'))!;
      expect(href).toMatch(/^#[a-z][a-z0-9-]*$/);
      const target = list.page().locator(`[id="${href.slice(1)}"][data-cite]`);
      await expect(target).toHaveCount(1);
      for (const phrase of (await phrases.nth(j).textContent())!.split('、')) {
        await expect(target, href).toContainText(phrase);
      }
    }
  }
  return n;
}

test('the 2024 summary written with 十九大 and 建党98周年 lists them for its own year', async ({ page }) => {
  await page.goto(SUMMARY);
  const panel = page.getByRole('region', { name: '用语时效' });
  await expect(panel.locator('.wording-claimed-count')).toContainText('按本文标注的年份（2024年）');
  const claimed = panel.locator('.wording-claimed');
  const congress = claimed.locator('li', { hasText: '党的十九大' });
  await expect(congress).toContainText('适用于2017—2022年');
  await expect(congress.getByRole('link', { name: '第一部分', exact: true })).toHaveAttribute('href', '#s1');
  const anniversary = claimed.locator('li', { hasText: '建党98周年' });
  await expect(anniversary).toContainText('只适用于2019年（2024年为103周年）');
  await expect(claimed.locator('li', { hasText: '2024-2024年' })).toContainText('任何年份都不成立');
  expect(await expectLinksResolve(claimed)).toBeGreaterThanOrEqual(4);

  await anniversary.getByRole('link').first().click();
  await expect(page).toHaveURL(/#s1-2-p1$/);
  await expect(page.locator('#s1-2-p1')).toBeInViewport();
});

test('the year picker starts at the reader’s current year and filters by the picked year', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2019-06-01T08:00:00+08:00'));
  await page.goto(SUMMARY);
  const panel = page.getByRole('region', { name: '用语时效' });
  const picker = panel.getByRole('combobox', { name: '按写作年份检查' });
  await expect(picker).toBeVisible();
  await expect(picker).toHaveValue('2019');
  const picked = panel.locator('.wording-picked');
  // In 2019 the text fits its time, except the span that fits no year and 社会主义荣辱观, led by 核心价值观 since 2012.
  await expect(panel.locator('.wording-picked-count')).toContainText('写2019年的材料，有 2 处提法需要更新');
  await expect(picked.locator('li')).toHaveCount(2);
  await expect(picked).toContainText('2024-2024年');
  await expect(picked.locator('li', { hasText: '社会主义荣辱观' })).toContainText('适用于2006—2012年');

  await picker.selectOption('2021');
  await expect(panel.locator('.wording-picked-count')).toContainText('写2021年的材料');
  await expect(picked.locator('li', { hasText: '建党98周年' })).toContainText('2021年为100周年');
  // By the rule's label: the 两学一做 hint names the 主题教育 that followed it.
  await expect(picked.locator('li', { hasText: '“不忘初心、牢记使命”主题教育（作为当前的工作）' })).toHaveCount(1);
  // 两学一做 (2017–2019) and 社会主义荣辱观 (2006–2012) do not fit 2021 either.
  await expect(picked.locator('li', { hasText: '“两学一做”学习教育常态化制度化（作为当前的工作）' })).toContainText('适用于2017—2019年');
  await expect(picked.locator('li', { hasText: '党的十九大' })).toHaveCount(0);

  await picker.selectOption('2024');
  await expect(picked.locator('li', { hasText: '党的十九大' })).toHaveCount(1);
  // The same findings as the list for the document's own year (2024).
  await expect(picked.locator('li')).toHaveCount(await panel.locator('.wording-claimed li').count());
  await expectLinksResolve(picked);
});

test('a year later than the picker’s list is added from the reader’s clock', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2031-03-01T08:00:00+08:00'));
  await page.goto('/docs/expressway-branch-14th-five-year-program/');
  const panel = page.getByRole('region', { name: '用语时效' });
  const picker = panel.getByRole('combobox', { name: '按写作年份检查' });
  await expect(picker).toHaveValue('2031');
  // Every year from the one after the reader's (a plan for it is drafted now) back to 2000, none left out between the page's list and now.
  const offered = await picker.locator('option').evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
  expect(offered).toEqual(Array.from({ length: 2032 - 2000 + 1 }, (_, i) => 2032 - i));
  // 十四五 ended in 2025: a 2031 writer is told to update it.
  await expect(panel.locator('.wording-picked li', { hasText: '“十四五”（作为当前的五年规划）' })).toContainText('适用于2020—2025年');
});

test('a document whose wording fits its year says so', async ({ page }) => {
  await page.goto('/docs/city-committee-2022-speech-a/');
  const panel = page.getByRole('region', { name: '用语时效' });
  await expect(panel).toContainText('按本文标注的年份（2022年），未发现过时的提法。');
  await expect(panel.locator('.wording-claimed')).toHaveCount(0);
});
