/**
 * /rss.xml: the FEED_SIZE newest documents (the catalog's order: newest year first), each with
 * its summary. No build date and no invented publication dates: the documents carry years only,
 * and two builds of one commit give the same file.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { displayTitle } from '../../lib/labels';
import { SITE_NAME } from '../../lib/site';
import { absoluteFor, FEED_SIZE } from './feed';

export const GET: APIRoute = async ({ site, url }) => {
  const absolute = absoluteFor(site, url);
  const { docs } = await getCatalog();
  return rss({
    title: SITE_NAME,
    description: `${SITE_NAME}最新收录的${FEED_SIZE}篇文献。`,
    site: absolute(''),
    customData: '<language>zh-CN</language>',
    items: docs.slice(0, FEED_SIZE).map((d) => ({
      title: displayTitle(d.data),
      link: absolute(`docs/${d.id}/`),
      description: d.data.summary,
      categories: d.data.years.map(String),
    })),
  });
};
