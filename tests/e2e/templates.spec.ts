/**
 * Skeleton pages (/templates/ and /templates/<type>/) and the 需要填写 panel, on the built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { partRoles } from '../../src/lib/templates/roles';
import { diskDocs, docIdFromHref } from './support/content';

const docs = diskDocs();
const TYPES = ['summary', 'plan', 'key-points', 'scheme', 'program', 'speech', 'report'];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.describe.configure({ timeout: 120_000 });

test('every section a skeleton page links to exists on its document page, with that heading', async ({ page }) => {
  const links: { href: string; text: string; from: string }[] = [];
  for (const type of TYPES) {
    await page.goto(`/templates/${type}/`);
    const count = docs.filter((d) => d.types.includes(type)).length;
    await expect(page.locator('.lead')).toContainText(`${count}篇`);
    for (const a of await page.locator('.part-sections a').all()) {
      links.push({ href: (await a.getAttribute('href'))!, text: (await a.textContent())!.trim(), from: type });
    }
  }
  expect(links.length).toBeGreaterThan(0);
  // One visit per document: the first link is followed (and must scroll to its section), the others checked on that page.
  const byDoc = Map.groupBy(links, (l) => l.href.split('#')[0]!);
  for (const [path, group] of byDoc) {
    expect(path).toMatch(/^\/docs\/[a-z0-9-]+\/$/);
    await page.goto(group[0]!.href);
    await expect(page.locator(`[id="${group[0]!.href.split('#')[1]}"]`)).toBeInViewport();
    for (const link of group) {
      const id = link.href.split('#')[1]!;
      expect(id, link.from).toMatch(/^s[a-z0-9-]*$/);
      const target = page.locator(`[id="${id}"]`);
      await expect(target, `${link.from}: ${link.href}`).toHaveCount(1);
      await expect(target, `${link.from}: ${link.href}`).toHaveText(link.text);
    }
  }
});

/** Number of texts of a type, versions of one text (related: version, either side) counted once. */
function textCount(type: string): { docs: number; texts: number } {
  const ofType = docs.filter((d) => d.types.includes(type));
  const group = new Map(ofType.map((d) => [d.id, d.id]));
  const root = (id: string): string => (group.get(id) === id ? id : root(group.get(id)!));
  for (const d of ofType) {
    for (const r of d.related) if (r.relation === 'version' && group.has(r.id)) group.set(root(r.id), root(d.id));
  }
  return { docs: ofType.length, texts: new Set(ofType.map((d) => root(d.id))).size };
}

test('versions of one text count once on the skeleton pages', async ({ page }) => {
  const withVersions = TYPES.filter((t) => textCount(t).texts < textCount(t).docs);
  test.skip(withVersions.length === 0, 'no type has two versions of one text');
  for (const type of withVersions) {
    const { docs: n, texts } = textCount(type);
    await page.goto('/templates/');
    const item = page.locator('.template-types li').filter({ has: page.locator(`a[href$="/templates/${type}/"]`) });
    await expect(item).toContainText(`（${texts}篇，不同版本只计一次）`);
    await page.goto(`/templates/${type}/`);
    await expect(page.locator('.lead')).toContainText(`${n}篇`);
    await expect(page.locator('.lead')).toContainText(`同一文本的不同版本只计一次，按${texts}篇计`);
    // No part is counted over the versions: “2篇中有2篇” would say two texts.
    for (const count of await page.locator('.part-count').allTextContents()) {
      const m = /^\s*(\d+)篇中有(\d+)篇/.exec(count);
      if (m) expect(Number(m[1]), count).toBe(texts);
      if (texts === 1) expect(count).toMatch(/^\s*这一篇/);
      expect(count).not.toMatch(/这一标题在\d+篇/);
    }
  }
});

test('复制提纲 copies the outline in 公文 numbering, exactly as shown', async ({ page }) => {
  for (const type of ['scheme', 'program', 'plan', 'summary']) {
    await page.goto(`/templates/${type}/`);
    const shown = (await page.locator('[data-outline]').textContent())!;
    await page.getByRole('button', { name: '复制提纲' }).click();
    await expect(page.locator('.outline-status')).toHaveText(/提纲已复制/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    const lines = copied.split('\n');
    expect(lines[0]).toMatch(/^一、\S/);
    // Top-level lines count up 一、二、三… with no gap; sub-lines are （一）（二）.
    const top = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => l.split('、')[0]);
    expect(top).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].slice(0, top.length));
    for (const l of lines) expect(l).toMatch(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/);
  }
  // The scheme skeleton is drawn from several documents and names the usual parts by role.
  await page.goto('/templates/scheme/');
  const outline = (await page.locator('[data-outline]').textContent())!;
  expect(outline).toContain('指导思想');
  expect(outline).toContain('保障措施');
});

test('复制提纲 also writes the outline as headings (text/html), so Word and WPS paste it with its structure', async ({ page }) => {
  for (const type of ['plan', 'scheme']) {
    await page.goto(`/templates/${type}/`);
    const shown = (await page.locator('[data-outline]').textContent())!.split('\n');
    await page.getByRole('button', { name: '复制提纲' }).click();
    await expect(page.locator('.outline-status')).toHaveText(/提纲已复制/);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : null);
      return { plain: await read('text/plain'), html: await read('text/html') };
    });
    expect(copied.plain).toBe(shown.join('\n'));
    expect(copied.html, type).not.toBeNull();
    // Every line a heading of its level (一、 h2, （一） h3), nothing else in the body.
    const blocks = await page.evaluate(
      (html) => [...new DOMParser().parseFromString(html, 'text/html').body.children].map((e) => [e.tagName, e.textContent]),
      copied.html!,
    );
    expect(blocks).toEqual(shown.map((l) => [l.startsWith('（') ? 'H3' : 'H2', l]));
    expect(blocks.some(([tag]) => tag === 'H2')).toBe(true);
  }
});

test('a skeleton takes only the parts its own type has: a 总结’s 下一步工作打算 stays out of the 计划 outline', async ({ page }) => {
  // Roles that belong to some types only (src/lib/templates/roles.ts), e.g. 下一步工作打算 to texts that look back.
  const restricted = partRoles.filter((r) => r.types);
  const moved: string[] = [];
  for (const type of TYPES) {
    await page.goto(`/templates/${type}/`);
    const outline = (await page.locator('[data-outline]').textContent()) ?? '';
    for (const role of restricted) {
      const part = page.locator('.skeleton-part').filter({ has: page.getByRole('heading', { name: role.label, exact: true }) });
      const hrefs = await part.locator('.part-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const from = hrefs.map((h) => docs.find((d) => d.id === docIdFromHref(h))!);
      if ((role.types as readonly string[]).includes(type)) {
        moved.push(...from.filter((d) => d.types.length > 1).map((d) => `${d.id} → ${type}`));
        continue;
      }
      // Another type's part: only from documents of this type alone, else neither listed nor outlined.
      for (const d of from) expect(d.types, `${type}: ${role.label} from ${d.id}`).toEqual([type]);
      if (from.length === 0) expect(outline, type).not.toContain(role.label);
    }
  }
  // The library holds such a document (a 总结 with next year’s 计划): its part went to its own type's page.
  expect(moved).not.toEqual([]);
});

/** What a type page shows: its parts with their counts, the outline and the sentence above it. */
async function typePage(page: Page, type: string) {
  await page.goto(`/templates/${type}/`);
  const parts = await page.locator('.skeleton-part').evaluateAll((lis) =>
    lis.map((li) => {
      const count = li.querySelector('.part-count')!.textContent!.trim();
      const m = /^(\d+)篇中有(\d+)篇/.exec(count);
      return {
        label: li.querySelector('h2')!.textContent!.trim(),
        count,
        of: m ? Number(m[1]) : 1,
        docs: m ? Number(m[2]) : 1,
        notListed: count.includes('提纲中未列'),
      };
    }),
  );
  const outline = (await page.locator('[data-outline]').textContent())!;
  // Top-level lines without their numbering; 自拟 lines stand for the part 各篇自拟的工作内容, once.
  const top = outline
    .split('\n')
    .filter((l) => /^[一二三四五六七八九十]+、/.test(l))
    .map((l) => l.replace(/^[一二三四五六七八九十]+、/, '').replace('（按本单位工作领域自拟标题）', '各篇自拟的工作内容'))
    .filter((l, i, all) => all.indexOf(l) === i);
  return { parts, outline, top, note: (await page.locator('.outline-note').textContent())!.trim() };
}

test('the outline lists the parts at least half of the documents and two of them have, or says it merges them all', async ({ page }) => {
  // Both branches are held by unit tests with fixed fixtures (tests/unit/templates-skeleton.test.ts);
  // here every type page of whatever the library holds follows the one rule.
  for (const type of TYPES) {
    const { parts, top, note } = await typePage(page, type);
    const n = parts[0]!.of;
    const usual = (p: (typeof parts)[number]) => p.docs * 2 >= n && p.docs >= Math.min(2, n);
    if (parts.some(usual)) {
      for (const p of parts) {
        // A part one of two documents has is that document’s own: “2篇中有1篇” stays out of the outline.
        expect(p.notListed, `${type}: ${p.count}`).toBe(!usual(p));
        if (!usual(p)) {
          expect(top, `${type}: ${p.label}`).not.toContain(p.label);
        }
      }
      expect(note, type).toMatch(n === 1 ? /^下面是这篇/ : n === 2 ? /^下面是这2篇.+都有的部分/ : /^下面是半数以上/);
    } else {
      // No part is shared: the outline still gives one, merged from every part, and says so.
      expect(note, type).toMatch(/没有(两篇)?共有的部分。下面的提纲合并了各篇的全部部分/);
      for (const p of parts) expect(p.notListed, `${type}: ${p.count}`).toBe(false);
      expect(top.length, type).toBeGreaterThan(0);
      for (const label of top)
        expect(
          parts.map((p) => p.label),
          type,
        ).toContain(label);
    }
  }
});

test('the skeleton index lists, per type, the parts of the outline 复制提纲 copies', async ({ page }) => {
  const chains = new Map<string, { top: string[]; merged: boolean }>();
  for (const type of TYPES) {
    const { top, note } = await typePage(page, type);
    chains.set(type, { top, merged: note.includes('合并了各篇的全部部分') });
  }
  await page.goto('/templates/');
  for (const type of TYPES) {
    const item = page.locator('.template-types li').filter({ has: page.locator(`a[href="/templates/${type}/"]`) });
    const text = ((await item.locator('.template-parts').textContent()) ?? '').replace(/^：/, '');
    const chain = text.replace(/（[^）]*合并列出）$/, '');
    expect(chain.split(' → '), type).toEqual(chains.get(type)!.top);
    expect(chain !== text, `${type}: ${text}`).toBe(chains.get(type)!.merged);
  }
});

test('the skeleton index, every type page and every document link to their skeleton page', async ({ page }) => {
  await page.goto('/templates/');
  for (const type of TYPES) {
    await expect(page.locator(`a[href="/templates/${type}/"]`)).toHaveCount(1);
    await page.goto(`/types/${type}/`);
    await page.locator(`.template-link a[href="/templates/${type}/"]`).click();
    await expect(page).toHaveURL(`/templates/${type}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('的常见结构');
    await page.goto('/templates/');
  }
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const hrefs = await page.locator('.template-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs, doc.id).toEqual(doc.types.map((t) => `/templates/${t}/`));
  }
});

test('需要填写 lists every fill-in spot of a document and each link lands on its mark', async ({ page }) => {
  let checked = 0;
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const marks = page.locator('.doc-body mark.fill-in');
    const n = await marks.count();
    const panel = page.locator('.fill-in-panel');
    if (n === 0) {
      await expect(panel).toHaveCount(0);
      continue;
    }
    await expect(panel.locator('summary')).toHaveText(`需要填写（${n}处）`);
    await panel.locator('summary').click();
    const links = panel.getByRole('link');
    await expect(links).toHaveCount(n);
    // Ids are fill-1 … fill-n in reading order, one per mark.
    expect(await marks.evaluateAll((ms) => ms.map((m) => m.id))).toEqual(Array.from({ length: n }, (_, i) => `fill-${i + 1}`));
    for (const i of [0, n - 1]) {
      const link = links.nth(i);
      const spot = (await link.locator('.fill-in-ref').textContent())!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#fill-${i + 1}$`));
      const target = page.locator(`#fill-${i + 1}`);
      await expect(target).toHaveText(spot);
      await expect(target).toHaveClass('fill-in');
      await expect(target).toBeInViewport();
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('fill-in marks: placeholders are marked, LED and X光-like words are not', async ({ page }) => {
  await page.goto('/docs/park-committee-2023-summary-2024-plan/');
  const body = page.locator('.doc-body');
  await expect(body.locator('mark.fill-in').first()).toHaveText('XX');
  await expect(body).toContainText('LED显示屏');
  await expect(body.locator('mark.fill-in', { hasText: 'LED' })).toHaveCount(0);
  // Distinct from the text around it.
  const bg = await body
    .locator('mark.fill-in')
    .first()
    .evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(bg).not.toBe(await body.evaluate((b) => getComputedStyle(b).backgroundColor));
});
