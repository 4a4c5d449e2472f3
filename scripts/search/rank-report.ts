/**
 * Prints the order of relevance (src/lib/search/rank.ts) for a few queries on a built site, with
 * what decides it: occurrences, of which in the title or a heading, the score and the year.
 * Runs the search page's engine and Pagefind's own script in Node over a loopback server.
 *
 *   npm run report:ranking                      # dist/, the queries below
 *   npm run report:ranking -- dist 以学铸魂 网络文明
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../bench/serve.ts';
import { SearchEngine, type PagefindApi } from '../../src/lib/search/engine.ts';
import { FACETS_FILE, parseFacetFile } from '../../src/lib/search/facets.ts';
import { rankResults } from '../../src/lib/search/rank.ts';
import { emptyFacetValues } from '../../src/lib/facets.ts';

const [dist = 'dist', ...asked] = process.argv.slice(2);
const queries = asked.length ? asked : ['新时代文明实践', '志愿服务', '网络文明', '未成年人思想道德建设', '社会主义核心价值观'];
if (!existsSync(join(dist, 'pagefind'))) throw new Error(`${dist}/pagefind is missing: npm run build`);

const server = await serveStatic(dist, '/');
// Pagefind reads <html lang> when an instance is created (not zh: no re-segmenting, see
// docs/search.md) and fetches its files by path.
Object.assign(globalThis, { document: { documentElement: { getAttribute: () => 'und-' }, currentScript: null } });
const nodeFetch = globalThis.fetch;
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) =>
  nodeFetch(typeof input === 'string' || input instanceof URL ? new URL(String(input), server.origin) : input, init)) as typeof fetch;
try {
  const mod = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as {
    createInstance(o: { basePath: string; noWorker: boolean }): PagefindApi & { init(): Promise<void> };
  };
  const pf = mod.createInstance({ basePath: '/pagefind/', noWorker: true });
  await pf.init();
  const engine = new SearchEngine(pf, 'bigram', async () => parseFacetFile(new Uint8Array(readFileSync(join(dist, 'pagefind', FACETS_FILE)))));
  for (const q of queries) {
    const outcome = await engine.run({ q, filters: emptyFacetValues(), sort: 'relevance' });
    const { ranked, analyses } = await rankResults(outcome.results, outcome.query, (id) => outcome.newest.get(id) ?? 0);
    console.log(`\n${q}: ${ranked.length} documents (engine order → rank)`);
    for (const [i, r] of ranked.entries()) {
      const a = analyses.get(r.id);
      const data = await r.data();
      const year = outcome.facets.get(r.id)?.year.join('、') ?? '';
      const before = outcome.results.indexOf(r) + 1;
      console.log(
        `${String(i + 1).padStart(3)}. (was ${String(before).padStart(2)}) ${a ? `${a.occurrences} 次，标题/小标题 ${a.inHeadings} 次，得分 ${a.score}` : '（未排序）'}，${year}  ${data.url}`,
      );
    }
  }
} finally {
  await server.close();
}
