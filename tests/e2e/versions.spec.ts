import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

/**
 * Versions of one text (the two speech versions) are told apart wherever a document is named:
 * tab title, h1, breadcrumb, browse lists and 相关文献 show the title with its version label.
 */
const versioned = diskDocs().filter((d) => d.version !== undefined && d.related.some((r) => r.relation === 'version'));

test('each version of a text is named with its label: tab, h1, breadcrumb, related documents, browse list', async ({ page }) => {
  test.skip(versioned.length === 0, 'no versioned documents in this content');
  // Two versions share a title, so the labels are what tells them apart.
  expect(new Set(versioned.map((d) => d.displayTitle)).size).toBe(versioned.length);
  for (const doc of versioned) {
    expect(doc.displayTitle).toBe(`${doc.title}（${doc.version}）`);
    await page.goto(`/docs/${doc.id}/`);
    await expect(page).toHaveTitle(new RegExp(`^${doc.displayTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.displayTitle);
    await expect(page.getByRole('navigation', { name: '当前位置' }).locator('[aria-current="page"]')).toHaveText(doc.displayTitle);
    for (const rel of doc.related.filter((r) => r.relation === 'version')) {
      const other = diskDocs().find((d) => d.id === rel.id)!;
      await expect(page.getByRole('region', { name: '相关文献' }).getByRole('link', { name: other.displayTitle, exact: true })).toHaveAttribute(
        'href',
        `/docs/${other.id}/`,
      );
    }
    // The browse page of its first type lists it under its labelled name.
    await page.goto(`/types/${doc.types[0]}/`);
    await expect(page.getByRole('main').getByRole('link', { name: doc.displayTitle, exact: true })).toHaveAttribute('href', `/docs/${doc.id}/`);
  }
});
