/**
 * The importer's report to the keeper, one block per document: what it read, what it
 * decided, what it changed, and what it left for the keeper. Taxonomy values are shown
 * with their Chinese label and slug, so the report reads like the site and like the file.
 */
import { basename } from 'node:path';
import { docTypes, issuers, levels, topics } from '../lib/taxonomy.ts';
import type { ImportReport } from './types.ts';

type Vocabulary = { has(slug: string): boolean; get(slug: never): { label: string } };

/** A taxonomy value with its Chinese label; the rules may append why ("district（区委）"). */
function term(vocab: Vocabulary, value: string | undefined): string {
  if (value === undefined || value === '') return '（未定）';
  const [, slug = value, why = ''] = /^([a-z][a-z-]*)(.*)$/s.exec(value) ?? [];
  const words = /^（(.+)）$/.exec(why.trim())?.[1]?.split('、');
  const reason = words ? `，依据：${words.map((w) => `“${w}”`).join('')}` : why;
  return vocab.has(slug) ? `${vocab.get(slug as never).label}（${slug}）${reason}` : value;
}

export interface ReportContext {
  /** Where the document is (or would be) written. */
  target: string;
  /** What happened: written, would be written (--dry-run), or why not. */
  status: string;
  /** Notes from reading the file (e.g. numbers written in, images skipped). */
  readNotes?: readonly string[];
  /** Existing documents this one was linked to as versions. */
  linkedVersions?: readonly string[];
  /** The existing document this one replaces (--force on the same text), and why. */
  replaced?: string;
}

function list(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [`  ${label}：${items[0]}`];
  return [`  ${label}：`, ...items.map((i) => `    - ${i}`)];
}

/** The report of one imported document, as printed (lines joined with \n, no trailing newline). */
export function formatReport(r: ImportReport, ctx: ReportContext): string {
  const where = r.part ? `${r.source}（${r.part}）` : r.source;
  const lines = [
    `${ctx.target}  ←  ${where}（${r.encoding}）  [${ctx.status}]`,
    ...(r.idRule ? [`  id：${basename(ctx.target, '.mdx')}（${r.idRule}）`] : []),
    ...(r.script ? [`  繁简：${r.script}`] : []),
    `  标题：${r.title || '（未定）'}`,
    `  年份：${r.years.length ? r.years.join('、') : '（原文未写年份）'}`,
    `  类型：${r.types.length ? r.types.map((t) => term(docTypes, t)).join('、') : '（未定）'}`,
    `  级别：${term(levels, r.level)}`,
    `  发文机关：${term(issuers, r.issuer)}`,
    ...list(
      '主题',
      r.topics.map((t) => `${term(topics, t.slug)}${t.words.length ? `，依据：${t.words.map((w) => `“${w}”`).join('')}` : ''}`),
    ),
    ...list('读取', ctx.readNotes ?? []),
    ...list('删除', r.removed),
    ...list('改动', r.changed),
    ...list('原文截断', r.cutOffs),
    ...list(
      '待填写',
      r.undecided.map((f) => (r.undecidedWhy?.[f] ? `${f}（${r.undecidedWhy[f]}）` : f)),
    ),
    ...list(
      '相近文献',
      r.nearDuplicates.map((d) => `${d.id}（相似度 ${d.similarity.toFixed(2)}）`),
    ),
    ...list('已链接为版本', ctx.linkedVersions ?? []),
    ...(ctx.replaced ? [`  替换：${ctx.replaced}`] : []),
  ];
  return lines.join('\n');
}
