/**
 * Turns one manifest entry and its seed text into the MDX of a library document.
 * Pure and deterministic: the same seed and manifest always give the same bytes, so a
 * unit test can re-run the conversion and compare it with the committed content/docs.
 */
import { stringify } from 'yaml';
import {
  HEADING_KINDS,
  HeadingLevels,
  escapeMdxText,
  fixConversionErrors,
  joinBrokenLines,
  normalizeMarker,
  removeCjkSpacing,
  toFullWidthPunctuation,
  sourceGapTag,
  splitFlattened,
  splitHeadingLead,
  splitRunTogetherHeading,
  stripNoiseLines,
  stripPageMarkers,
  stripPaywallMarkers,
  type Block,
  type HeadingKind,
} from '../src/lib/cleaning/index.ts';
import type { DocEdit } from '../src/lib/schema.ts';
import type { SeedDocument } from './seed-manifest.ts';

/** An error that names the manifest entry (and so the output file) and the problem. */
export class ImportError extends Error {
  constructor(doc: Pick<SeedDocument, 'id' | 'seed'>, problem: string) {
    super(`content/docs/${doc.id}.mdx (from ${doc.seed}): ${problem}`);
    this.name = 'ImportError';
  }
}

const ALL_KINDS: HeadingKind[] = [...HEADING_KINDS];

type BodyBlock = Block | { type: 'gap'; note: string };

function countOf(haystack: string, needle: string): number {
  return needle.length === 0 ? 0 : haystack.split(needle).length - 1;
}

/** Cleans the seed lines of one document and returns its body blocks and edits. */
export function cleanDocument(doc: SeedDocument, seedText: string): { blocks: BodyBlock[]; edits: DocEdit[] } {
  const all = seedText.replace(/\r\n?/g, '\n').split('\n');
  const [first, last] = doc.lines;
  if (first < 1 || last > all.length || first > last) {
    throw new ImportError(doc, `line range ${first}–${last} is outside the seed (${all.length} lines)`);
  }
  const edits: DocEdit[] = [...(doc.edits ?? [])];

  // Noise: site chrome lines, paywall and page markers.
  let lines = stripNoiseLines(all.slice(first - 1, last)).map((l) =>
    stripPageMarkers(stripPaywallMarkers(l), doc.runningHeaders ?? []),
  );

  // The title is shown from frontmatter; drop it where it shares a line with the body.
  if (doc.dropPrefix !== undefined) {
    const i = lines.findIndex((l) => l.trim().length > 0);
    const head = (lines[i] ?? '').trimStart();
    if (!head.startsWith(doc.dropPrefix)) {
      throw new ImportError(doc, `dropPrefix ${JSON.stringify(doc.dropPrefix)} is not at the start of line ${first}`);
    }
    lines[i] = head.slice(doc.dropPrefix.length);
  }

  if (doc.flattened) {
    lines = splitFlattened(lines.join(' '));
    edits.push({
      kind: 'restored-structure',
      note: '原文正文被压成一行，整理时按“一、”“(一)”“1、”等编号恢复分段和标题层次，文字未改。',
    });
  }

  if (doc.joinLines) {
    const joined = joinBrokenLines(lines, doc.headingKinds);
    lines = joined.lines;
    if (joined.joins > 0) {
      edits.push({
        kind: 'joined-paragraphs',
        note: `原文因分页或换行把一句话断成两段，整理时接合了 ${joined.joins} 处，文字未改。`,
      });
    }
  } else {
    lines = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  }

  // Headings run together with their body on one line.
  let runTogether = 0;
  lines = lines.flatMap((l) => {
    const parts = splitRunTogetherHeading(l);
    runTogether += parts.length - 1;
    return parts;
  });
  if (runTogether > 0) {
    edits.push({
      kind: 'split-paragraphs',
      note: `原文标题与其后的正文或下一级标题挤在同一行、以空格隔开，整理时拆开 ${runTogether} 处，文字未改。`,
    });
  }

  lines = lines.map(removeCjkSpacing);


  if (doc.conversion) {
    const fixed = fixConversionErrors(lines.join('\n'));
    lines = fixed.text.split('\n');
    for (const f of fixed.fixes) {
      edits.push({
        kind: 'conversion-error',
        from: f.from,
        to: f.to,
        note: `繁简转换错误：${conversionChange(f.wrong, f.right)}${f.count > 1 ? `（${f.count} 处）` : ''}。`,
      });
    }
  }

  // Per-document fixes, each recorded as an edit. `from` must occur exactly `count` times.
  for (const fix of doc.fixes ?? []) {
    const text = lines.join('\n');
    const expected = fix.count ?? 1;
    const found = countOf(text, fix.from);
    if (found !== expected) {
      throw new ImportError(doc, `fix ${JSON.stringify(fix.from)} found ${found} times, expected ${expected}`);
    }
    lines = text.split(fix.from).join(fix.to).split('\n');
    edits.push({
      kind: fix.kind,
      from: fix.from.replace(/\n/g, ' ').trim(),
      to: fix.to.replace(/\n/g, ' ').trim(),
      note: fix.note,
    });
  }

  let widened = 0;
  lines = lines.map((l) => {
    const r = toFullWidthPunctuation(l);
    widened += r.count;
    return r.text;
  });
  if (widened > 0) {
    edits.push({
      kind: 'normalized',
      from: ', ; : ? ! ( )',
      to: '， ； ： ？ ！ （ ）',
      note: `原文中文句子里夹用半角标点，整理时统一为全角，共 ${widened} 处；数字和外文中的标点不动。`,
    });
  }

  // Headings by 公文 numbering.
  const kinds = doc.headingKinds ?? ALL_KINDS;
  let leadSplits = 0;
  const blocks: BodyBlock[] = lines.flatMap((l) => {
    const b = splitHeadingLead(l, kinds);
    if (b.length > 1) leadSplits += 1;
    return b;
  });
  if (leadSplits > 0) {
    edits.push({
      kind: 'split-paragraphs',
      note: `原文小标题与正文同在一段（如“（一）××××。正文……”），整理时把小标题单列为标题、正文另起一段，共 ${leadSplits} 处；标题末尾的句号照原文保留，文字未改。`,
    });
  }

  // Normalise numbering markers of headings and count each kind of change.
  const normalized = new Map<string, number>();
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    const to = normalizeMarker(b.marker);
    if (to !== b.marker) {
      const key = `${markerShape(b.marker)}→${markerShape(to)}`;
      normalized.set(key, (normalized.get(key) ?? 0) + 1);
      b.marker = to;
    }
  }
  for (const [key, n] of normalized) {
    const [from, to] = key.split('→') as [string, string];
    edits.push({
      kind: 'normalized',
      from,
      to,
      note:
        from.trimEnd() === to
          ? `标题编号后多余的空格去掉（“${from}”写作“${to}”），共 ${n} 处。`
          : `标题编号“${from}”统一写作“${to}”，共 ${n} 处。`,
    });
  }

  // Gaps where the source is cut off.
  for (const gap of doc.gaps ?? []) {
    const gapBlock: BodyBlock = { type: 'gap', note: gap.note };
    if (gap.after === 'end') {
      blocks.push(gapBlock);
      continue;
    }
    const at = blocks.flatMap((b, i) =>
      b.type !== 'gap' && (b.type === 'heading' ? b.marker + b.text : b.text).endsWith(gap.after) ? [i] : [],
    );
    if (at.length !== 1) {
      throw new ImportError(doc, `gap after ${JSON.stringify(gap.after)} matches ${at.length} blocks, expected 1`);
    }
    blocks.splice(at[0]! + 1, 0, gapBlock);
  }

  return { blocks, edits };
}

/** "“广阔”应为“广大”"; a punctuation mark is named without quotes around it, which would confuse. */
function conversionChange(wrong: string, right: string): string {
  return /^\p{P}$/u.test(wrong) ? `引号 ${wrong} 应为 ${right}` : `“${wrong}”应为“${right}”`;
}

/** "(三)、" -> "(一)、", "12. " -> "1. ": the shape of a marker, for counting normalisations. */
function markerShape(marker: string): string {
  return marker.replace(/[一二三四五六七八九十]+/u, '一').replace(/\d+/u, '1');
}

/** Renders body blocks as MDX: headings by numbering, escaped text, SourceGap tags. */
export function renderBody(blocks: readonly BodyBlock[]): string {
  const levels = new HeadingLevels();
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      const level = levels.next(b.kind);
      out.push(`${'#'.repeat(level)} ${escapeMdxText(b.marker + b.text)}`);
    } else if (b.type === 'paragraph') {
      out.push(escapeMdxText(b.text));
    } else {
      out.push(sourceGapTag(b.note));
    }
  }
  return out.join('\n\n') + '\n';
}

/** The frontmatter object, keys in schema order. */
export function frontmatter(doc: SeedDocument, edits: readonly DocEdit[]): Record<string, unknown> {
  return {
    id: doc.id,
    title: doc.title,
    ...(doc.version ? { version: doc.version } : {}),
    years: doc.years,
    level: doc.level,
    issuer: doc.issuer,
    types: doc.types,
    topics: doc.topics,
    summary: doc.summary,
    source: doc.source,
    completeness: doc.completeness,
    related: doc.related ?? [],
    edits,
    notes: doc.notes ?? [],
    ...(doc.permalinks ? { permalinks: doc.permalinks } : {}),
  };
}

/** The whole MDX file for one document. */
export function buildDocument(doc: SeedDocument, seedText: string): string {
  const { blocks, edits } = cleanDocument(doc, seedText);
  const yaml = stringify(frontmatter(doc, edits), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${renderBody(blocks)}`;
}
