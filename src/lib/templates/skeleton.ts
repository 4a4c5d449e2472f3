/**
 * The skeleton of a document type, derived from the library's documents of that type
 * (never written by hand): their top-level parts, grouped by role, in their usual order,
 * with how many documents use each and links to the real sections by their anchors.
 *
 * Input is each document's headings as rendering collected them (`render(doc).headings`:
 * the ids set by src/plugins/rehype-structural-anchors.ts, so links are the permanent
 * anchors of src/lib/anchors/derive.ts, not a second derivation).
 *
 * Grouping, in this order:
 *   1. a heading whose words name a role (src/lib/templates/roles.ts) joins that role's part;
 *   2. otherwise, a heading worded the same (after its numbering) in two or more documents, and
 *      in at least a tenth of them, is a part of its own, named by that wording (the share keeps
 *      the number of parts bounded in a large library);
 *   3. the rest, the parts each document names after its own fields of work, form one part
 *      “各篇自拟的工作内容” per document, however many headings it has in a row.
 * Consecutive top-level headings of one document in the same part count once for it.
 * Versions of one text (same `versionGroup`) count as one document: the first one given stands
 * for the text, the others are left out, so two versions of one speech do not make its own
 * headings look common.
 * A document of several types (a 总结 that closes with next year's 计划) gives a type's skeleton
 * only the parts that documents of that type have: a part whose role belongs to other types
 * (`PartRole.types`: 下一步工作打算 is a 总结's) is left out, unless a document of this type
 * alone has it too. So a 计划 outline does not list 下一步工作打算.
 * Order: by the mean relative position of the part in the documents that use it.
 * A part is usual when at least half of the documents with headings have it, and at least two
 * of them once two or more have headings: with two documents, a part only one of them has is
 * that document's own, not the type's.
 */
import { formatNumbering } from '../numbering.ts';
import { partTitle, roleOf } from './roles.ts';

interface SkeletonHeading {
  depth: number;
  /** The heading's id on the page. */
  slug: string;
  text: string;
}

export interface SkeletonDoc {
  id: string;
  title: string;
  headings: readonly SkeletonHeading[];
  /** Same value for versions of one text (frontmatter `version`, tied by `related`); absent for a text with one version. */
  versionGroup?: string | undefined;
  /** The document's types (frontmatter `types`); read only when the skeleton's `type` is given. */
  types?: readonly string[] | undefined;
}

type PartKind = 'role' | 'shared-title' | 'own-content';

interface SectionRef {
  docId: string;
  docTitle: string;
  /** Anchor id of the section in its document. */
  anchor: string;
  text: string;
}

export interface SkeletonPart {
  /** Stable within one skeleton: role key, "title:<words>" or "own-content". */
  key: string;
  kind: PartKind;
  label: string;
  /** Role keywords (kind "role"), to say on the page how parts were grouped. */
  keywords: readonly string[];
  /** Documents that have this part. */
  docCount: number;
  /** Used by at least half of the documents with headings, and by two or more when two or more have headings. */
  usual: boolean;
  /** Mean relative position, 0 (start) … 1 (end). */
  position: number;
  /** Median number of headings this part takes in a document (own-content spans several). */
  headingsPerDoc: number;
  /** Whether most of its sections are divided into sub-sections. */
  hasSubsections: boolean;
  /** The real sections, in the order of the documents given, at most `maxSections`. */
  sections: SectionRef[];
  /** All sections, listed or not. */
  sectionCount: number;
}

export interface Skeleton {
  /** Texts the skeleton is drawn from (versions of one text count once). */
  docCount: number;
  /** Documents left out as another version of a text already counted. */
  versionsLeftOut: number;
  /** Of those, documents without any heading (they contribute no part). */
  withoutHeadings: number;
  parts: SkeletonPart[];
}

export const OWN_CONTENT_LABEL = '各篇自拟的工作内容';

interface Occurrence {
  key: string;
  headings: SkeletonHeading[];
  subsectioned: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
}

function topLevel(headings: readonly SkeletonHeading[]): { heading: SkeletonHeading; hasChildren: boolean }[] {
  if (headings.length === 0) return [];
  const top = Math.min(...headings.map((h) => h.depth));
  return headings.flatMap((heading, i) => (heading.depth === top ? [{ heading, hasChildren: (headings[i + 1]?.depth ?? top) > top }] : []));
}

export interface SkeletonOptions {
  /** At most this many sections listed per part (default 12). */
  maxSections?: number;
  /** The type the skeleton is of: parts of other types are left out of documents of several types. */
  type?: string;
}

/** Whether the role (if any) of a top-level heading belongs to `type`, or documents of that type alone have it. */
function ofType(type: string | undefined, ownRoles: ReadonlySet<string>) {
  return (heading: SkeletonHeading): boolean => {
    const role = roleOf(heading.text);
    return !type || !role?.types || (role.types as readonly string[]).includes(type) || ownRoles.has(role.key);
  };
}

export function deriveSkeleton(docs: readonly SkeletonDoc[], options: SkeletonOptions = {}): Skeleton {
  const { maxSections = 12, type } = options;
  const groups = new Set<string>();
  const texts = docs.filter((d) => {
    if (d.versionGroup === undefined) return true;
    if (groups.has(d.versionGroup)) return false;
    groups.add(d.versionGroup);
    return true;
  });
  // Roles found in documents of this type alone: a document of several types may give those too.
  const alone = (d: SkeletonDoc) => !d.types || d.types.length <= 1;
  const ownRoles = new Set(texts.filter(alone).flatMap((d) => topLevel(d.headings).flatMap(({ heading }) => roleOf(heading.text)?.key ?? [])));
  const keep = ofType(type, ownRoles);
  const tops = texts.map((d) => ({ doc: d, tops: topLevel(d.headings).filter(({ heading }) => alone(d) || keep(heading)) }));
  const withHeadings = tops.filter((t) => t.tops.length > 0);
  const n = withHeadings.length;
  const sharedMin = Math.max(2, Math.ceil(n / 10));

  // Wordings shared by two or more documents (rule 2).
  const titleDocs = new Map<string, Set<string>>();
  for (const { doc, tops: ts } of withHeadings) {
    for (const { heading } of ts) {
      if (roleOf(heading.text)) continue;
      const title = partTitle(heading.text);
      titleDocs.set(title, (titleDocs.get(title) ?? new Set()).add(doc.id));
    }
  }

  interface Acc {
    part: Omit<SkeletonPart, 'docCount' | 'usual' | 'position' | 'headingsPerDoc' | 'hasSubsections' | 'sections' | 'sectionCount'>;
    positions: number[];
    headingCounts: number[];
    subsectioned: number;
    sections: SectionRef[];
  }
  const parts = new Map<string, Acc>();

  for (const { doc, tops: ts } of withHeadings) {
    const occurrences: Occurrence[] = [];
    for (const { heading, hasChildren } of ts) {
      const role = roleOf(heading.text);
      const title = partTitle(heading.text);
      let key: string;
      if (role) key = role.key;
      else if ((titleDocs.get(title)?.size ?? 0) >= sharedMin) key = `title:${title}`;
      else key = 'own-content';
      if (!parts.has(key)) {
        const part: Acc['part'] = role
          ? { key, kind: 'role', label: role.label, keywords: role.keywords }
          : key === 'own-content'
            ? { key, kind: 'own-content', label: OWN_CONTENT_LABEL, keywords: [] }
            : { key, kind: 'shared-title', label: title, keywords: [] };
        parts.set(key, { part, positions: [], headingCounts: [], subsectioned: 0, sections: [] });
      }
      const last = occurrences[occurrences.length - 1];
      if (last && last.key === key) {
        last.headings.push(heading);
        if (hasChildren) last.subsectioned++;
      } else {
        occurrences.push({ key, headings: [heading], subsectioned: hasChildren ? 1 : 0 });
      }
    }
    // A part used twice, apart, in one document counts once, at its first place.
    const seen = new Set<string>();
    occurrences.forEach((occ, i) => {
      const acc = parts.get(occ.key)!;
      for (const h of occ.headings) acc.sections.push({ docId: doc.id, docTitle: doc.title, anchor: h.slug, text: h.text });
      acc.subsectioned += occ.subsectioned;
      if (seen.has(occ.key)) {
        acc.headingCounts[acc.headingCounts.length - 1]! += occ.headings.length;
        return;
      }
      seen.add(occ.key);
      acc.positions.push((i + 0.5) / occurrences.length);
      acc.headingCounts.push(occ.headings.length);
    });
  }

  const out: SkeletonPart[] = [...parts.values()].map((acc) => ({
    ...acc.part,
    docCount: acc.positions.length,
    usual: acc.positions.length * 2 >= n && acc.positions.length >= Math.min(2, n),
    position: acc.positions.reduce((a, b) => a + b, 0) / acc.positions.length,
    headingsPerDoc: Math.max(1, median(acc.headingCounts)),
    hasSubsections: acc.subsectioned * 2 > acc.sections.length,
    sections: acc.sections.slice(0, maxSections),
    sectionCount: acc.sections.length,
  }));
  out.sort((a, b) => a.position - b.position || b.docCount - a.docCount || (a.key < b.key ? -1 : 1));
  return { docCount: texts.length, versionsLeftOut: docs.length - texts.length, withoutHeadings: texts.length - n, parts: out };
}

/** The parts an outline lists, and which parts they were drawn from. */
export interface OutlineParts {
  /** In outline order; 主要任务 stands for the documents' own fields of work when both are there. */
  parts: SkeletonPart[];
  /**
   * "usual": the usual parts; "all": no part is usual (no part is shared by two documents, or
   * none by half of them), so the outline merges every part of every document.
   */
  from: 'usual' | 'all';
  /** The most documents any one part is found in (1: no part is shared by two documents). */
  mostShared: number;
}

/**
 * What the outline lists: the usual parts, or every part when none is usual. The documents' own
 * fields of work are left out when the outline has a 主要任务 part: they are its tasks under
 * another name, so that part stands for them (with （一）（二） lines). The outline, the type page
 * and the /templates/ index all take their parts from here.
 */
export function outlineParts(skeleton: Skeleton): OutlineParts {
  const usual = skeleton.parts.filter((p) => p.usual);
  const from = usual.length ? 'usual' : 'all';
  let parts = from === 'usual' ? usual : skeleton.parts;
  const tasks = parts.find((p) => p.key === 'tasks');
  if (tasks && parts.some((p) => p.kind === 'own-content')) {
    parts = parts.filter((p) => p.kind !== 'own-content').map((p) => (p === tasks ? { ...p, hasSubsections: true } : p));
  }
  return { parts, from, mostShared: Math.max(0, ...skeleton.parts.map((p) => p.docCount)) };
}

/** One line of an outline: a part (level 1, 一、) or a sub-part (level 2, （一）). */
export interface OutlineLine {
  level: 1 | 2;
  text: string;
}

/**
 * The skeleton as an outline in 公文 numbering, ready to paste into Word or WPS:
 * the parts of `outlineParts` as 一、二、…; a part the documents divide gets （一）（二） lines;
 * the documents' own fields of work become as many 自拟 headings as a document usually has.
 */
export function outlineLines(skeleton: Skeleton): OutlineLine[] {
  const lines: OutlineLine[] = [];
  let n = 0;
  for (const part of outlineParts(skeleton).parts) {
    const repeat = part.kind === 'own-content' ? part.headingsPerDoc : 1;
    for (let i = 0; i < repeat; i++) {
      const label = part.kind === 'own-content' ? '（按本单位工作领域自拟标题）' : part.label;
      lines.push({ level: 1, text: `${formatNumbering('cn', ++n)}${label}` });
      if (part.hasSubsections) lines.push({ level: 2, text: `${formatNumbering('paren-cn', 1)}……` }, { level: 2, text: `${formatNumbering('paren-cn', 2)}……` });
    }
  }
  return lines;
}

/** The outline as plain text, one line each (what 复制提纲 writes as text/plain). */
export function outlineText(skeleton: Skeleton): string {
  return outlineLines(skeleton)
    .map((l) => l.text)
    .join('\n');
}
