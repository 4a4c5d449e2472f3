import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/lib/check/annotate-docx';
import { checkLibrary, type LibraryDoc, type LibrarySource } from '../../src/lib/check/library';
import { buildIndex } from '../../src/integrations/check-index/build';
import { MIN_MATCH, fingerprints, foldedUnits } from '../../src/lib/check/shingles';
import { commentRuns } from '../../src/lib/export/comments';

const libraryDocs = [
  { id: 'a', title: '甲文', passages: ['深入开展新时代文明实践志愿服务活动，推动志愿服务制度化常态化，让文明新风吹进千家万户。', '其他内容。'] },
  { id: 'b', title: '乙文', passages: ['组织河口镇干部群众参加道德讲堂，弘扬中华传统美德和时代新风。'] },
];

function source(): { source: LibrarySource; requests: string[] } {
  const docs = libraryDocs.map((d) => ({ ...d, places: d.id === 'b' ? ['河口镇'] : [] }));
  const { manifest, shards, lists } = buildIndex(docs);
  const requests: string[] = [];
  return {
    requests,
    source: {
      manifest: async () => (requests.push('manifest.json'), manifest),
      shard: async (name) => (requests.push(name), shards.get(name)!),
      list: async (name) => (requests.push(name), lists.get(name)!),
      doc: async (id, title): Promise<LibraryDoc> => {
        requests.push(`docs/${id}/`);
        const d = libraryDocs.find((x) => x.id === id)!;
        return { id, title, href: `/docs/${id}/`, passages: d.passages.map((text, i) => ({ id: `p${i + 1}`, text })) };
      },
    },
  };
}

describe('the library index (shingles)', () => {
  it('keeps a shared hash for any 30 identical characters', () => {
    const base = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张';
    for (let at = 0; at + MIN_MATCH <= base.length; at += 7) {
      const run = base.slice(at, at + MIN_MATCH);
      const a = new Set(fingerprints(foldedUnits(`前言${run}后记`).units).map((f) => f.hash));
      const b = fingerprints(foldedUnits(`另起${run}结束了`).units).map((f) => f.hash);
      expect(b.some((h) => a.has(h))).toBe(true);
    }
  });
});

describe('与文库相同', () => {
  it('finds 30 or more identical characters, linked to the passage, asking only for numbers and ids', async () => {
    const { source: s, requests } = source();
    const draft = ['我们要深入开展新时代文明实践志愿服务活动，推动志愿服务制度化常态化，让文明新风吹进千家万户。', '这一段是自己写的，和文库没有关系。'];
    const { findings } = await checkLibrary(draft, [], s);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      category: 'library',
      paragraph: 0,
      text: '深入开展新时代文明实践志愿服务活动，推动志愿服务制度化常态化，让文明新风吹进千家万户。',
      doc: { title: '甲文', href: '/docs/a/#p1' },
    });
    for (const r of requests) expect(r).toMatch(/^(manifest\.json|[0-9a-f]+\.bin|docs-\d+\.json|docs\/[a-z]\/)$/);
  });
  it('leaves fewer than 30 identical characters alone', async () => {
    const { findings } = await checkLibrary(['推动志愿服务制度化常态化，让文明新风吹进千家万户。'], [], source().source);
    expect(findings).toEqual([]);
  });
  it('names the document that also has a place name', async () => {
    const { placeDocs } = await checkLibrary(['学习借鉴河口镇经验'], ['河口镇', '临江市'], source().source);
    expect([...placeDocs]).toEqual([['河口镇', { title: '乙文', href: '/docs/b/#p1' }]]);
  });
});

describe('comments', () => {
  it('splits runs at a span and puts the comment on it', () => {
    expect(commentRuns([{ text: '甲乙' }, { text: '丙丁', fill: true }], [{ start: 1, end: 3, comment: 'c' }])).toEqual([
      { text: '甲' },
      { text: '乙', comment: 'c' },
      { text: '丙', fill: true },
      { text: '丁', fill: true },
    ]);
  });

  it('annotates a .docx: each passage in its comment range, the comments in word/comments.xml', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('2027年工作计划')] }),
            new Paragraph({ children: [new TextRun('学习借鉴'), new TextRun({ text: '河口镇经验', bold: true })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
    const out = await annotateDocx(bytes, [
      { line: '学习借鉴河口镇经验', text: '河口镇', start: 4, comment: '【他单位名称】河口镇' },
      { line: '2027年工作计划', text: '2027年', start: 0, comment: '【年份】x' },
    ]);
    const zip = await JSZip.loadAsync(out);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('【他单位名称】河口镇');
    expect(comments).toContain('【年份】x');
    const xml = await zip.file('word/document.xml')!.async('string');
    // The text between each range's start and end is exactly the passage.
    for (const [id, passage] of [
      ['0', '河口镇'],
      ['1', '2027年'],
    ] as const) {
      const inner = xml.split(new RegExp(`<w:commentRangeStart w:id="${id}"/>`))[1]!.split(new RegExp(`<w:commentRangeEnd w:id="${id}"/>`))[0]!;
      expect([...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe(passage);
    }
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/word/comments.xml');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('comments.xml');
  });
});
