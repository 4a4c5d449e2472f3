/**
 * mapPages (src/integrations/built-pages.ts): built pages parsed in worker threads give what the
 * same extractor gives page by page, in the pages' order whatever the number of workers, and a
 * page that cannot be read fails naming its file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapPages, readPage } from '../../src/integrations/built-pages.ts';
import { extract } from '../../src/integrations/permalinks/published.ts';

const dir = mkdtempSync(join(tmpdir(), 'wenku-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pages = Array.from({ length: 7 }, (_, n) => {
  const paragraphs = Array.from({ length: n + 1 }, (_, k) => `<p id="s1-p${k + 1}" data-cite="第${k + 1}段">第${n}篇第${k + 1}段，内容各不相同。</p>`).join('');
  const redirect = n === 3 ? '<meta name="wenku-redirect" content="x">' : '';
  const file = join(dir, `page-${n}.html`);
  writeFileSync(file, `<!doctype html><html><head>${redirect}</head><body><h2 id="s1" data-cite="第一部分">一、第${n}篇</h2>${paragraphs}</body></html>`);
  return { key: `doc-${n}`, file };
});
const extractor = new URL('../../src/integrations/permalinks/published.ts', import.meta.url);

async function all<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of gen) out.push(v);
  return out;
}

describe('mapPages', () => {
  const expected = pages.map((p) => extract(readPage(p.file), p.key));

  it('gives what the extractor gives page by page, in order, with one worker or several', async () => {
    expect(expected.filter(Boolean)).toHaveLength(6);
    for (const jobs of [1, 2, 3, 10]) expect(await all(mapPages(pages, extractor, jobs))).toEqual(expected);
  });

  it('fails naming the page it could not read', async () => {
    const missing = [...pages.slice(0, 2), { key: 'gone', file: join(dir, 'gone.html') }];
    await expect(all(mapPages(missing, extractor, 2))).rejects.toThrow(`reading ${join(dir, 'gone.html')}`);
  });
});
