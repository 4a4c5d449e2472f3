/**
 * Deterministic generator of larger corpora for the search benchmark, built from the
 * library's own paragraphs and headings (content/docs/*.mdx) with varied place names,
 * numbers and years. Same --seed and --docs → byte-identical files.
 *
 *   npm exec -- node scripts/bench/generate.ts --docs 1000 --out .bench/corpus-1000 [--seed 1]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, readLibraryFiles } from '../../src/lib/content-dir.ts';
import { frontmatterData, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { docTypes, issuers, levels, topics } from '../../src/lib/taxonomy.ts';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '城东',
  '河西',
  '青山',
  '柳林',
  '新华',
  '红旗',
  '东湖',
  '金水',
  '白云',
  '长安',
  '凤凰',
  '桃源',
  '清河',
  '龙泉',
  '松山',
  '临江',
  '石桥',
  '梅岭',
  '丰泽',
  '永安',
  '兴隆',
  '古城',
  '南湖',
  '北塘',
  '西山',
  '银川路',
  '滨海',
  '枫林',
];
const ORGS = ['区', '县', '街道', '镇', '市', '开发区', '工委', '局', '公司', '学校'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Pools {
  paragraphs: string[];
  headings: string[];
  titles: string[];
}

function readPools(dir: string): Pools {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  const titles: string[] = [];
  for (const { mdx } of readLibraryFiles(dir)) {
    const body = splitFrontmatter(mdx)?.body;
    if (body === undefined) continue;
    const title = frontmatterData(mdx)?.['title'];
    if (typeof title === 'string' && title) titles.push(title);
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const h = /^#{2,4}\s+(.+)$/.exec(line);
      if (h) {
        const t = h[1]!.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*/u, '').trim();
        if (t.length >= 4 && t.length <= 40 && !/[<>{}]/.test(t)) headings.push(t);
        continue;
      }
      if (/^([<{|>*\-+]|import |export |\d+\.\s)/.test(line)) continue;
      if (/[<>{}]/.test(line)) continue;
      if (Array.from(line).length >= 20) paragraphs.push(line);
    }
  }
  return { paragraphs, headings, titles };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function pickSome<T>(r: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(r() * (max - min + 1));
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
}

/** Varies names and numbers so that generated documents are not copies of each other. */
function vary(r: () => number, text: string, place: string, year: number): string {
  return text
    .replace(/XXX|XX|xx|X(?=[区县市镇村局委])/g, () => (r() < 0.5 ? place : pick(r, PLACES)))
    .replace(/\d+/g, (d) => {
      if (/^20\d\d$/.test(d)) return String(year - Math.floor(r() * 2));
      const n = Math.floor(r() * 10 ** d.length);
      return String(Math.max(n, d.length > 1 ? 10 ** (d.length - 1) : 1));
    });
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function generate(docs: number, seed: number, source: string): Map<string, string> {
  const pools = readPools(source);
  if (pools.paragraphs.length < 20) throw new Error(`too few paragraphs in ${source}`);
  const r = rng(seed);
  const files = new Map<string, string>();
  const width = String(docs).length;
  for (let i = 0; i < docs; i++) {
    const id = `bench-${String(i + 1).padStart(width, '0')}`;
    const place = pick(r, PLACES);
    const year = 2016 + Math.floor(r() * 10);
    const roll = r();
    const years = roll < 0.05 ? [] : roll < 0.15 ? [year, year + 1] : [year];
    const baseTitle = pick(r, pools.titles)
      .replace(/^\d{4}年(度)?/, '')
      .replace(/XX|xx/g, '');
    const title = `${place}${pick(r, ORGS)}${years.length ? `${years[0]}年` : ''}${baseTitle}`;
    const sections = 2 + Math.floor(r() * 5);
    const body: string[] = [vary(r, pick(r, pools.paragraphs), place, year)];
    for (let s = 0; s < sections; s++) {
      body.push(`## ${NUMERALS[s]}、${vary(r, pick(r, pools.headings), place, year)}`);
      const paras = 2 + Math.floor(r() * 5);
      for (let p = 0; p < paras; p++) body.push(vary(r, pick(r, pools.paragraphs), place, year));
    }
    const fm = [
      '---',
      `id: ${id}`,
      `title: ${yamlString(title)}`,
      `years: [${years.join(', ')}]`,
      `level: ${pick(r, levels.slugs)}`,
      `issuer: ${pick(r, issuers.slugs)}`,
      `types: [${pickSome(r, docTypes.slugs, 1, 2).join(', ')}]`,
      `topics: [${pickSome(r, topics.slugs, 2, 4).join(', ')}]`,
      `summary: ${yamlString(`${place}${years[0] ?? ''}精神文明建设文本（基准测试生成，第${i + 1}篇）`)}`,
      'source:',
      '  site: 基准测试生成',
      `  title: ${yamlString(title)}`,
      '  file: 000_f15a235f9087776c.txt',
      'completeness: complete',
      '---',
      '',
    ];
    files.set(`${id}.mdx`, `${fm.join('\n')}${body.join('\n\n')}\n`);
  }
  return files;
}

/**
 * Writes the corpus into `dir`, which may hold an earlier run's copy of the same corpus but no
 * other file (a stale document would be built with it). Files already as generated are kept.
 */
export function writeCorpus(docs: number, seed: number, dir: string, source = resolve(import.meta.dirname, '..', '..', CONTENT_DIR)): Map<string, string> {
  const files = generate(docs, seed, source);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (!files.has(f)) throw new Error(`stale file in ${dir}: ${f}`);
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      source: { type: 'string', default: CONTENT_DIR },
    },
  });
  const n = Number(values.docs);
  const out = resolve(values.out ?? `.bench/corpus-${n}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = generate(n, Number(values.seed), resolve(values.source));
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  console.log(`wrote ${files.size} documents to ${out}`);
}
