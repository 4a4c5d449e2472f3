/**
 * Build-time list of the documents the search index covers, with the facet values the
 * index stores for each (read by src/integrations/search-index.ts after the build).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import type { SearchManifest } from '../../lib/search/index-copy.ts';

export const GET: APIRoute = async () => {
  const { docs } = await getCatalog();
  const manifest: SearchManifest = {
    docs: docs.map((d) => ({
      id: d.id,
      path: `docs/${d.id}/`,
      title: d.data.title,
      version: d.data.version,
      years: d.data.years,
      level: d.data.level,
      types: d.data.types,
      topics: d.data.topics,
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
