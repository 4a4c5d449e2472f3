/**
 * The importer's text half: one decoded source in, one or more library documents out.
 * Pure and deterministic (the same source and options give the same bytes), so the seed
 * import and its check (scripts/import-seeds.ts) and the acceptance comparison
 * (scripts/import-compare.ts) re-run it and compare.
 *
 *   page    (page.ts)      chrome, paywall, site, page title; a compilation split into documents
 *   title   (title.ts)     the title at the top of each document
 *   body    (body.ts)      the text rules, each change recorded as an edit
 *   blocks  (structure.ts) headings from 公文 numbering, one form per list; cut-offs marked
 *   meta    (metadata.ts)  years, types, level, issuer, topics with the words that decided them
 */
import { stringify } from 'yaml';
import { TO_BE_FILLED, type DocData, type DocEdit } from '../lib/schema.ts';
import { cleanBody } from './body.ts';
import { TOPIC_MIN_HITS, decideIssuer, decideLevel, decideTypes, decideYears, proposeTopics } from './metadata.ts';
import { readPage, type Chunk, type Page } from './page.ts';
import { NEAR_DUPLICATE, similarity } from './similarity.ts';
import { MAX_TITLE, buildBlocks, detectNumbering, isSentenceHeading, removePageMarkers, renderBody, type Block, type RemovedMarker } from './cleaning/index.ts';
import { fromMarkdown } from './markdown.ts';
import { endsPreview, isCutLine } from './cleaning/cutoff.ts';
import { isDateLine } from './cleaning/paragraphs.ts';
import { removeOutline } from './cleaning/outline.ts';
import { hintedLine, hintsOf, matchHints, wordTitle } from './hints.ts';
import { findTitle, normalizeTitle } from './title.ts';
import { comparableDoc, comparableText, keepTraditionalText, prepareScript } from './traditional.ts';
import { ImportInputError, type ImportOptions, type ImportReport, type ImportedDocument, type SourceText } from './types.ts';

/** The note shown where a source ends cut off with "...". */
const GAP_END = '原文到此中断（以“...”结尾），其后内容未收录';
const GAP_EMPTY_SECTION = '原文此节只有一个冒号，正文缺失';
const GAP_MID = '原文到此中断（最后一句不完整），其后内容未收录';
// The note a reader sees; the marker itself (the site's words) is quoted only in the report.
const gapCut = (marker: string) => (endsPreview(marker) ? '原文为网页预览，到此为止，其后内容未收录' : '原文网页在此处隐去了部分内容，未收录');
const clipText = (t: string) => (t.length > 16 ? `${t.slice(0, 16)}…` : t);

/**
 * A text that stops mid-sentence: its last paragraph ends without a sentence's end (。！？…”)
 * and is no date or signature line, or its last block is a heading with nothing under it.
 */
function endsMidText(last: Block): boolean {
  if (last.type === 'heading') return true;
  if (last.type !== 'paragraph') return false;
  const t = last.text.trim();
  if (/[。！？!?…；;”’」』）)》\]】]$/u.test(t)) return false;
  // A date, a signature or a short closing line ("特此报告") is a complete end.
  if (isDateLine(t) || t.length < 20) return false;
  return true;
}
const gapPreview = (pages: number) => `原文为网页预览（原文档共${pages}页），到此为止，其后内容未收录`;

/**
 * Frontmatter as the importer proposes it: a field it could not decide holds TO_BE_FILLED; topics
 * may hold the one topic found and TO_BE_FILLED for the second.
 */
type ProposedData = {
  [K in Exclude<keyof DocData, 'permalinks' | 'version' | 'topics'>]: DocData[K] | typeof TO_BE_FILLED;
} & { topics: (DocData['topics'][number] | typeof TO_BE_FILLED)[] | typeof TO_BE_FILLED } & Partial<Pick<DocData, 'permalinks' | 'version'>> & {
    source: { site: string; title: string; file: string; part?: string };
  };

export interface Proposal {
  id: string;
  data: ProposedData;
  /** The MDX body (escaped text, headings, <SourceGap /> tags). */
  body: string;
  /** The body's plain text, one paragraph a line (for similarity and topics). */
  text: string;
  report: ImportReport;
}

/** What an id is made of when the file name gives no ASCII words: the proposed metadata slugs. */
export interface IdMetadata {
  level?: string | undefined;
  issuer?: string | undefined;
  years: readonly number[];
  types: readonly string[];
}

/**
 * The ASCII words of a file name the id can use: its name lowercased, anything else a hyphen;
 * undefined when it holds fewer than two ASCII letters besides placeholder x's ("XX局…", "2025…"),
 * which would make an unreadable id ("2025", "xx-2024") that collides easily.
 */
export function fileNameSlug(path: string): string | undefined {
  const base = path
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const letters = base.replace(/(?<![a-z])x{2,}(?![a-z])/gi, '').replace(/[^a-z]/gi, '');
  if (letters.length < 2) return undefined;
  return base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Years as an id segment: 2025; a span of three or more, 2021-2025; else each, 2023-2024. */
function yearsSegment(years: readonly number[]): string[] {
  if (years.length >= 3 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1)) return [`${years[0]}-${years[years.length - 1]}`];
  return years.map(String);
}

/**
 * The id from the proposed metadata, in the library's order (who, year, what:
 * district-2022-key-points): level and issuer slugs, years, type slugs; "document" in front when
 * neither who nor what is known. Only slugs: never words of the Chinese title.
 */
export function metadataSlug(meta: IdMetadata): { slug: string; fields: string[] } {
  const fields: string[] = [];
  const parts: string[] = [];
  if (meta.level) {
    parts.push(meta.level);
    fields.push('级别');
  }
  if (meta.issuer && meta.issuer !== meta.level) {
    parts.push(meta.issuer);
    fields.push('发文机关');
  }
  if (!meta.level && !meta.issuer && meta.types.length === 0) parts.push('document');
  if (meta.years.length) {
    parts.push(...yearsSegment(meta.years));
    fields.push('年份');
  }
  if (meta.types.length) {
    parts.push(...meta.types);
    fields.push('类型');
  }
  return { slug: parts.join('-'), fields };
}

/**
 * An ASCII id, never from Chinese text: from the file name's ASCII words (with the part number
 * in a compilation), or, when the name has none, from the proposed metadata (metadataSlug);
 * then made unique against `taken` with -2, -3 … Returns the id and, in Chinese, the rule that made it.
 */
export function proposeId(path: string, index: number, count: number, taken: ReadonlySet<string>, meta: IdMetadata): { id: string; rule: string } {
  const name = path.split(/[\\/]/).pop()!;
  const fromName = fileNameSlug(path);
  let slug: string;
  let rule: string;
  if (fromName !== undefined) {
    slug = count > 1 ? `${fromName}-${index + 1}` : fromName;
    rule = count > 1 ? `取自文件名“${name}”，加第${index + 1}篇的序号` : `取自文件名“${name}”`;
  } else {
    const made = metadataSlug(meta);
    slug = made.slug;
    rule = made.fields.length
      ? `文件名“${name}”没有可用的英文词，按${made.fields.join('、')}生成`
      : `文件名“${name}”没有可用的英文词，元数据也未定，暂用 document：请用 --id 命名`;
  }
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  if (id !== slug) rule += `；已有 ${slug}，加“${id.slice(slug.length)}”`;
  return { id, rule };
}

function documentOf(
  page: Page,
  input: Chunk,
  source: SourceText,
): Omit<Proposal, 'id' | 'report'> & { report: Omit<ImportReport, 'nearDuplicates'>; idMetadata: IdMetadata } {
  // Word headings (a .docx): matched by text through the rules, see hints.ts.
  const hints = hintsOf(source);
  // Page markers first, remembering where the pages broke: the title rules take lines off the
  // top only, so a break is carried to the body by its distance from the end.
  // A preview marker above all the text (a "[此文共5020字]" over the title) says the text stops
  // somewhere: its gap goes to the end.
  // A 目录/提纲 before the text goes (its entries are the headings below).
  const outline = removeOutline(input.lines);
  const chunk: Chunk = { ...input, lines: outline.lines };
  const firstText = chunk.lines.findIndex((l) => l.trim().length > 0 && !isCutLine(l));
  const early = chunk.lines.filter((l, i) => isCutLine(l) && i < firstText);
  const paged = removePageMarkers([...chunk.lines.filter((l, i) => !(isCutLine(l) && i < firstText)), ...early]);
  const titled = findTitle(paged.lines, chunk.titleLine);
  // A part with no title line of its own takes the one its header carries (the site wrote it).
  if (titled.title === undefined && chunk.headerTitle !== undefined) {
    titled.title = chunk.headerTitle;
    titled.labels = [...(titled.labels ?? []), chunk.headerTitle];
    titled.edits.push({ kind: 'title', note: `原文此篇没有自己的标题，取合集中本篇的栏目标题“${chunk.headerTitle}”。` });
  }
  const fromWord = wordTitle(
    titled.title,
    titled.body,
    hints,
    (l) => l.length <= MAX_TITLE && !detectNumbering(l) && !isSentenceHeading(l) && !/[。；！？]$/.test(l),
  );
  const found = { ...titled, title: fromWord.title, body: fromWord.body };
  if (fromWord.duplicates > 0) found.removed = [...found.removed, `与文档标题相同的 Word 标题段落 ${fromWord.duplicates} 行`];
  const offset = paged.lines.length - found.body.length;
  const inBody = (indices: ReadonlySet<number>) => new Set([...indices].map((i) => i - offset).filter((i) => i > 0));
  const hinted = hintedLine(hints);
  // A .docx: each Word paragraph stays a paragraph (the joining rules are for a .txt's wraps).
  const body = cleanBody(found.body, found.runningHeaders, (l) => isCutLine(l) || hinted(l), inBody(paged.breaks), inBody(paged.blankBefore), {
    keepParagraphs: source.format === 'docx',
  });
  // The cut lines become gaps after the line before them (see cutoff.ts).
  const cutMarks = new Map<number, { note: string; marker: string }>();
  const cleaned = { ...body, lines: [] as string[], emptySections: [] as number[] };
  body.lines.forEach((l, i) => {
    if (isCutLine(l)) {
      const mark = { note: gapCut(l.slice(1)), marker: l.slice(1) };
      cutMarks.set(cleaned.lines.length > 0 ? cleaned.lines.length - 1 : -1, mark);
      return;
    }
    if (body.emptySections.includes(i)) cleaned.emptySections.push(cleaned.lines.length);
    cleaned.lines.push(l);
  });
  if (cutMarks.has(-1)) {
    cutMarks.set(cleaned.lines.length - 1, cutMarks.get(-1)!);
    cutMarks.delete(-1);
  }
  const gaps = new Map<number, string>(cleaned.emptySections.map((i) => [i, GAP_EMPTY_SECTION]));
  for (const [i, { note }] of cutMarks) gaps.set(i, gaps.has(i) ? `${gaps.get(i)}；${note}` : note);
  const wordHeadings = new Map([...matchHints(cleaned.lines, hints)].map(([i, h]) => [i, h.level]));
  const { blocks, edits: structureEdits, lists } = buildBlocks(cleaned.lines, gaps, wordHeadings);

  // Cut-offs: a source that ends with "..." or a preview page.
  const cutOffs: string[] = [];
  for (const i of cleaned.emptySections) cutOffs.push(`“${cleaned.lines[i]}”：${GAP_EMPTY_SECTION}`);
  for (const [i, { note, marker }] of cutMarks)
    cutOffs.push(`${i === cleaned.lines.length - 1 ? '文末' : `“${clipText(cleaned.lines[i]!)}”之后`}：${note}（网页提示“${marker}”）`);
  const last = blocks[blocks.length - 1];
  let truncated = cleaned.emptySections.length > 0 || cutMarks.size > 0;
  if (last && last.type === 'paragraph' && /(?:\.{3}|…)$/.test(last.text) && !/……$/.test(last.text)) {
    blocks.push({ type: 'gap', note: GAP_END });
    cutOffs.push(`文末：${GAP_END}`);
    truncated = true;
  } else if (page.previewPages !== undefined) {
    blocks.push({ type: 'gap', note: gapPreview(page.previewPages) });
    cutOffs.push(`文末：${gapPreview(page.previewPages)}`);
    truncated = true;
  } else if (last && last.type !== 'gap' && endsMidText(last)) {
    blocks.push({ type: 'gap', note: GAP_MID });
    cutOffs.push(`文末：${GAP_MID}（“…${last.text.slice(-12)}”）`);
    truncated = true;
  }

  const title = found.title !== undefined ? normalizeTitle(found.title) : undefined;
  // The corrected text as the reader sees it: punctuation normalised like the body (004: "1.健全工作机制，确保……").
  const edits: DocEdit[] = [...found.edits, ...cleaned.edits, ...structureEdits].map((e) =>
    e.to !== undefined && e.kind !== 'normalized' ? { ...e, to: normalizeTitle(e.to) } : e,
  );
  if (title !== undefined && found.title !== title) {
    edits.unshift({ kind: 'normalized', from: found.title, to: title, note: '标题中的半角标点改为全角，与正文一致。' });
  }
  const text = blocks.flatMap((b: Block) => (b.type === 'gap' ? [] : [b.type === 'heading' ? b.marker + b.text : b.text])).join('\n');
  const opening = blocks.find((b) => b.type === 'paragraph')?.type === 'paragraph' ? (blocks.find((b) => b.type === 'paragraph') as { text: string }).text : '';
  // Metadata (metadata.ts): each value decided, or left 待填写 with the evidence in undecidedWhy.
  const typed = title ? decideTypes(title) : { types: [] };
  const types = typed.types;
  const otherTitles = (found.raw ?? '')
    .split(' / ')
    .map((t) => normalizeTitle(t.trim()))
    .filter((t) => t && t !== title);
  const dated = title
    ? decideYears({ title, types, text, otherTitles, siteHeading: chunk.titleLine !== undefined || (found.labels?.length ?? 0) > 0 })
    : decideYears({ title: '', types, text });
  const years = 'years' in dated ? dated.years : [];
  const closing = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).slice(-2);
  const levelFound = decideLevel(title ?? '', opening, closing);
  const issuerFound = decideIssuer(title ?? '', opening, closing);
  const level = levelFound.slug ? { slug: levelFound.slug, words: levelFound.words } : undefined;
  const issuer = issuerFound.slug ? { slug: issuerFound.slug, words: issuerFound.words } : undefined;
  const topics = proposeTopics(text);

  const undecided: string[] = [];
  const pick = <T>(field: string, value: T | undefined, ok: boolean): T | typeof TO_BE_FILLED => {
    if (value !== undefined && ok) return value;
    undecided.push(field);
    return TO_BE_FILLED;
  };
  const file = source.path.split(/[\\/]/).pop()!;
  const data: ProposedData = {
    id: '',
    title: pick('title', title, title !== undefined),
    years: pick('years', years, 'years' in dated),
    level: pick('level', level?.slug, level !== undefined),
    issuer: pick('issuer', issuer?.slug, issuer !== undefined),
    types: pick('types', types, types.length > 0),
    // One topic found: kept, with 待填写 for the second the schema requires (the build names it).
    topics:
      topics.length === 1
        ? [topics[0]!.slug, TO_BE_FILLED]
        : pick(
            'topics',
            topics.slice(0, 6).map((t) => t.slug),
            topics.length >= 2,
          ),
    summary: pick<string>('summary', undefined, false),
    source: {
      site: page.site ?? '未注明',
      title: page.pageTitle ?? title ?? TO_BE_FILLED,
      file,
      ...(chunk.part ? { part: chunk.part } : {}),
    },
    completeness: truncated ? 'truncated' : 'complete',
    related: [],
    edits,
    notes: [],
  };
  if (topics.length === 1) undecided.splice(undecided.indexOf('summary'), 0, 'topics');
  const undecidedWhy: Record<string, string> = {};
  const why: Record<string, string | undefined> = {
    years: 'why' in dated ? dated.why : undefined,
    level: levelFound.why,
    issuer: issuerFound.why,
    types: typed.why,
  };
  for (const field of undecided) if (why[field]) undecidedWhy[field] = why[field];
  if (data.source.title === TO_BE_FILLED) {
    undecided.push('source.title');
    undecidedWhy['source.title'] = '网页没有标题，正文也没有找到标题行；页面“来源”一栏会显示它，请填写原网页或文章的标题';
  }
  if (topics.length < 2) {
    undecidedWhy['topics'] =
      topics.length === 1
        ? `只找到1个主题：${topics[0]!.slug}，至少需要2个；已写入 ${topics[0]!.slug}，请把“${TO_BE_FILLED}”换成第二个主题`
        : `没有找到主题：一个主题的词至少出现${TOPIC_MIN_HITS}次才算；至少需要2个，请填写`;
  }
  const report: Omit<ImportReport, 'nearDuplicates'> = {
    source: source.path,
    encoding: source.encoding,
    ...(chunk.part ? { part: chunk.part } : {}),
    title: title ?? TO_BE_FILLED,
    years,
    types,
    ...(level ? { level: `${level.slug}（${level.words.join('、')}）` } : {}),
    ...(issuer ? { issuer: `${issuer.slug}（${issuer.words.join('、')}）` } : {}),
    topics: topics.slice(0, 6),
    removed: [...page.removed, ...(outline.removed ? [outline.removed] : []), ...paged.markers.map(markerNote), ...found.removed, ...cleaned.removed],
    changed: [...edits.map((e) => (e.from !== undefined ? `${e.from} → ${e.to ?? ''}：${e.note}` : e.note)), ...cleaned.joins, ...lists],
    cutOffs,
    undecided,
    undecidedWhy,
  };
  const idMetadata: IdMetadata = { level: level?.slug, issuer: issuer?.slug, years, types };
  return { data, body: renderBody(blocks), text, report, idMetadata };
}

/** A removed page marker as the report names it: "分页标记“— 2 —”（在“…和志愿”与“服务。”之间）". */
function markerNote(m: RemovedMarker): string {
  if (m.before !== undefined && m.after !== undefined) return `分页标记“${m.marker}”（在“${m.before}”与“${m.after}”之间）`;
  if (m.after !== undefined) return `分页标记“${m.marker}”（在“${m.after}”之前）`;
  if (m.before !== undefined) return `分页标记“${m.marker}”（在“${m.before}”之后）`;
  return `分页标记“${m.marker}”（在一段文字中间）`;
}

/** Every document of one source, as proposals (frontmatter object, body, report). */
export function proposeDocuments(input: SourceText, options: ImportOptions): Proposal[] {
  if (input.text.trim().length === 0) throw new ImportInputError(input.path, '文件里没有文字');
  // Glosses removed and 繁体 converted before the page rules, whose wording is 简体 (traditional.ts);
  // then Markdown markers made heading hints (markdown.ts).
  const script = prepareScript(input.text, options.keepTraditional === true);
  const { source, changed } = fromMarkdown({ ...input, text: script.text });
  const page = readPage(source.text);
  const drafts = page.chunks
    .map((chunk) => documentOf(page, chunk, source))
    .map((d) => (script.restore ? keepTraditionalText(d, script.restore) : d))
    .filter((d) => d.text.length > 0)
    .map((d) => ({ ...d, report: { ...d.report, changed: [...changed, ...d.report.changed] } }));
  if (drafts.length === 0) throw new ImportInputError(source.path, '只有网页导航等页面元素，没有找到正文');
  const taken = new Set(options.existing.map((d) => d.id));
  const earlier: { id: string; text: string }[] = [];
  return drafts.map((d, i) => {
    const { id, rule } = proposeId(source.path, i, drafts.length, taken, d.idMetadata);
    taken.add(id);
    // Compared in 简体, so a 繁体 copy of a library text is found (even with --keep-traditional).
    const mine = comparableText(d.text);
    const nearDuplicates = [...options.existing, ...earlier]
      .map((e) => ({ id: e.id, similarity: similarity(mine, comparableDoc(e)) }))
      .filter((e) => e.similarity >= NEAR_DUPLICATE)
      .sort((a, b) => b.similarity - a.similarity);
    earlier.push({ id, text: d.text });
    const edits = [...script.edits, ...(d.data.edits === TO_BE_FILLED ? [] : d.data.edits)];
    const report = {
      ...d.report,
      ...(script.script && { script: script.script }),
      removed: [...script.removed, ...d.report.removed],
      changed: [...script.edits.map((e) => e.note), ...d.report.changed],
    };
    return { id, data: { ...d.data, id, edits }, body: d.body, text: d.text, report: { ...report, idRule: rule, nearDuplicates } };
  });
}

/** The whole MDX file: YAML frontmatter (keys in schema order) and the body. */
export function toMdx(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

/** The contract (src/importer/types.ts): a decoded source in, its documents out. */
export function importDocuments(source: SourceText, options: ImportOptions): ImportedDocument[] {
  return proposeDocuments(source, options).map((p) => ({ id: p.id, mdx: toMdx(p.data, p.body), report: p.report }));
}
