/**
 * The header's writing tools under the sub-path /wenku/: links stay under it, and the 写作篮
 * count reads this site's own basket (one per base path: a basket of the site at / is not it).
 */
import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';
import { passage, putBasket } from './support/basket-store';

const doc = diskDocs()[0]!;

test('under /wenku/ the header links 模板 and 写作篮 there, and counts the passages of this site’s basket', async ({ page }) => {
  await page.goto(`/wenku/docs/${doc.id}/`);
  const header = page.getByRole('banner');
  const basket = header.getByRole('link', { name: /^写作篮/ });
  await expect(header.getByRole('link', { name: '模板', exact: true })).toHaveAttribute('href', '/wenku/templates/');
  await expect(basket).toHaveAttribute('href', '/wenku/basket/');
  await expect(basket).toHaveAccessibleName('写作篮');

  // The basket of a site served at / on the same origin is another basket.
  await putBasket(page, [passage(doc), passage(doc, { anchor: 's2' }), passage(doc, { anchor: 's3' })], { base: '/' });
  await putBasket(page, [passage(doc, { base: '/wenku/' }), passage(doc, { anchor: 's2', base: '/wenku/' })], { base: '/wenku/' });
  await expect(basket).toHaveAccessibleName(/^写作篮\s*2$/);

  await header.getByRole('link', { name: '模板', exact: true }).click();
  await expect(page).toHaveURL('/wenku/templates/');
  await expect(page.getByRole('banner').getByRole('link', { name: /^写作篮/ })).toHaveAccessibleName(/^写作篮\s*2$/);
});

test('under /wenku/ the home page links the writing tools there', async ({ page }) => {
  await page.goto('/wenku/');
  const intro = page.getByRole('region', { name: '写作工具' });
  await expect(intro.getByRole('link', { name: '写作模板' })).toHaveAttribute('href', '/wenku/templates/');
  await expect(intro.getByRole('link', { name: '写作篮' })).toHaveAttribute('href', '/wenku/basket/');
  await expect(intro.getByRole('link', { name: '起草自查' })).toHaveAttribute('href', '/wenku/check/');
  await expect(intro.getByRole('link', { name: /Word/ })).toHaveAttribute('href', /^\/wenku\/docs\/[a-z0-9-]+\/#export-title$/);
});
