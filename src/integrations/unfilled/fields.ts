/**
 * What the importer could not decide, across the whole library, named all at once, file by file,
 * instead of Astro's first schema error only (../unfilled.ts stops the build with it):
 *   - fields left as 待填写 (TO_BE_FILLED), top-level ones and the source's (source.title: a page
 *     would otherwise show 来源 《待填写》 to readers);
 *   - an id that is only the importer's placeholder (document, document-2 …, see proposeId in
 *     src/importer/pipeline.ts), which `npm run lock:update` would otherwise lock into anchors.lock
 *     as a published URL.
 * One line per problem, each naming the file.
 */
import { basename } from 'node:path';
import { readLibraryFiles } from '../../lib/content-dir.ts';
import { frontmatterData } from '../../lib/frontmatter.ts';
import { isPlaceholderId, isToBeFilled, toBeFilled } from '../../lib/schema.ts';

export interface Unfilled {
  file: string;
  /** Fields still holding TO_BE_FILLED ("summary", "source.title"). */
  fields: string[];
  /** The placeholder id the file carries (its name, or its frontmatter id), if any. */
  placeholderId?: string;
}

/** What readers see of a field, when that is worth saying in the message. */
const FIELD_HINTS: Partial<Record<string, string>> = {
  'source.title': '页面“来源”一栏显示为《…》：填原网页或文章的标题，查不到就填文献标题',
};

/** The fields of one MDX file's frontmatter that still hold TO_BE_FILLED (alone or in a list), source.* included. */
export function unfilledFields(mdx: string): string[] {
  const data = frontmatterData(mdx);
  if (!data) return [];
  const fields: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (isToBeFilled(v)) fields.push(k);
    else if (k === 'source' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [sk, sv] of Object.entries(v as Record<string, unknown>)) if (isToBeFilled(sv)) fields.push(`source.${sk}`);
    }
  }
  return fields;
}

/** The placeholder id of a file: its name (the id is the file name), else its frontmatter id. */
function placeholderIdOf(file: string, mdx: string): string | undefined {
  const name = basename(file).replace(/\.mdx$/, '');
  if (isPlaceholderId(name)) return name;
  const id = frontmatterData(mdx)?.['id'];
  return typeof id === 'string' && isPlaceholderId(id) ? id : undefined;
}

export function unfilledInLibrary(dir: string): Unfilled[] {
  return readLibraryFiles(dir)
    .map(({ file, mdx }): Unfilled => {
      const placeholderId = placeholderIdOf(file, mdx);
      return { file, fields: unfilledFields(mdx), ...(placeholderId ? { placeholderId } : {}) };
    })
    .filter((u) => u.fields.length > 0 || u.placeholderId !== undefined);
}

/** The line naming a placeholder id. */
function placeholderIdProblem(file: string, id: string): string {
  return `${file}: id "${id}" is a placeholder: rename the file (导入器在文件名和元数据都给不出 id 时暂用 document、document-2……；请把文件改名为说明文献的英文 id，如 district-2024-plan.mdx，并把 id 改成同一个名字：id 就是网址 /docs/<id>/，npm run lock:update 锁定后就不能再随意改)`;
}

export function unfilledMessage(list: readonly Unfilled[]): string {
  const lines: string[] = [];
  for (const u of list) {
    if (u.placeholderId !== undefined) lines.push(`  ${placeholderIdProblem(u.file, u.placeholderId)}`);
    for (const f of u.fields) lines.push(`  ${u.file}: ${toBeFilled(f)}${FIELD_HINTS[f] ? `: ${FIELD_HINTS[f]}` : ''}`);
  }
  const filled = list.filter((u) => u.fields.length > 0).length;
  const named = list.filter((u) => u.placeholderId !== undefined).length;
  const head = [
    ...(filled ? [`${filled} document(s) have fields the importer could not decide; write them by hand`] : []),
    ...(named ? [`${named} document(s) have the importer's placeholder id; name them before \`npm run lock:update\` locks their URLs`] : []),
  ].join('; ');
  return [`${head} (${lines.length} problem(s)):`, ...lines].join('\n');
}
