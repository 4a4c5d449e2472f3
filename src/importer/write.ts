/**
 * Writing imported documents, safely:
 *   - a document's file is `<out>/<id>.mdx`, the id checked against the schema's ID_PATTERN
 *     and the resolved path checked to lie directly in <out> (nothing is written elsewhere);
 *   - the MDX is checked before it is written: its body may hold no ESM (import/export), no
 *     `{expression}` and no JSX but the `<SourceGap note="…" />` marker, and must parse; so
 *     imported text can never run code or break the build, whatever the text rules produced;
 *   - all files of one input are written as temporary files first, then renamed into place:
 *     a failure leaves no half-written file and none of that input's files.
 * Linking a new document to an existing one as versions edits the existing file's frontmatter
 * as text, adding only the lines needed, and checks that nothing else changed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { PluggableList } from 'unified';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { ID_PATTERN, TO_BE_FILLED } from '../lib/schema.ts';
import { rehypePlugins, remarkPlugins } from '../plugins/index.ts';
import { ImportInputError } from './types.ts';

/** The one JSX element imported text may contain: the cut-off marker, with string attributes only. */
const ALLOWED_JSX = new Set(['SourceGap']);

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; offset?: number } };
}

/**
 * The site's MDX processor as far as the text goes: the same remark/rehype plugins (GFM
 * included) from the one list astro.config.mjs uses, so text the check passes builds.
 */
let processor: ReturnType<typeof createProcessor> | undefined;
function siteProcessor(): ReturnType<typeof createProcessor> {
  processor ??= createProcessor({ format: 'mdx', remarkPlugins: remarkPlugins as PluggableList, rehypePlugins: rehypePlugins as PluggableList });
  return processor;
}

/**
 * Problems that would let the MDX run code or break the build, each with its line in the file;
 * empty when the file is safe. The body is parsed and compiled as the site does it.
 */
export function mdxSafetyProblems(mdx: string): string[] {
  const parts = splitFrontmatter(mdx);
  if (!parts) return ['开头没有用 --- 行括起的 YAML 元数据'];
  const problems: string[] = [];
  try {
    const data: unknown = parseYaml(parts.yaml);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) problems.push('元数据不是 YAML 键值表');
  } catch (error) {
    problems.push(`元数据不是有效的 YAML（${error instanceof Error ? error.message.split('\n')[0] : String(error)}）`);
  }
  let tree: MdastNode;
  try {
    tree = siteProcessor().parse(parts.body) as MdastNode;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    const line = e.line === undefined ? '' : `（第${e.line + parts.bodyLine - 1}行）`;
    return [...problems, `正文不是有效的 MDX${line}：${e.reason ?? e.message ?? String(error)}`];
  }
  const at = (n: MdastNode) => `第${(n.position?.start.line ?? 1) + parts.bodyLine - 1}行`;
  const walk = (n: MdastNode) => {
    switch (n.type) {
      case 'mdxjsEsm':
        problems.push(`${at(n)}：import/export 语句（会作为代码运行）`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`${at(n)}：{…} 表达式（会作为代码运行）`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const literal = (n.attributes ?? []).every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string');
        if (!n.name || !ALLOWED_JSX.has(n.name) || !literal) problems.push(`${at(n)}：<${n.name ?? ''}> 元素（只允许 <SourceGap note="…" />）`);
        break;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  if (problems.length > 0) return problems;
  // The site's plugins on the tree (anchors, fill-in spots, wording), as the build runs them.
  try {
    let frontmatter: unknown;
    try {
      frontmatter = parseYaml(parts.yaml);
    } catch {
      frontmatter = {};
    }
    // A file's options (unified makes the VFile): the anchors read pins from the frontmatter.
    siteProcessor().runSync(tree as never, { value: parts.body, data: { astro: { frontmatter } } } as never);
  } catch (error) {
    problems.push(`正文按网站的方式编译失败：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return problems;
}

/** `<out>/<id>.mdx`, refusing an id that is not a library id or a path outside <out>. */
export function targetPath(out: string, id: string, source: string): string {
  if (!ID_PATTERN.test(id)) throw new ImportInputError(source, `拟用的 id“${id}”不是用连字符连接的小写英文词或数字`);
  const dir = resolve(out);
  const path = resolve(dir, `${id}.mdx`);
  if (dirname(path) !== dir || !path.startsWith(dir + sep)) throw new ImportInputError(source, `id“${id}”会写到 ${out} 之外`);
  return path;
}

export interface PendingWrite {
  path: string;
  content: string;
  /** May replace an existing file (--force, or a version link added to an existing document). */
  replace: boolean;
}

/**
 * Writes files all or nothing: each to a temporary file next to it (created exclusively, so
 * never through an existing file or link), then each renamed over its target. An error before
 * the renames removes every temporary file and leaves the targets untouched.
 */
export function writeAll(writes: readonly PendingWrite[], source: string): void {
  for (const w of writes) {
    if (!w.replace && existsSync(w.path)) throw new ImportInputError(source, `${w.path} 已存在，未覆盖（要替换它，请加 --force）`);
  }
  const temps: string[] = [];
  try {
    for (const w of writes) {
      const temp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      writeFileSync(temp, w.content, { flag: 'wx' });
      temps.push(temp);
    }
  } catch (error) {
    for (const t of temps) rmSync(t, { force: true });
    throw new ImportInputError(source, `无法写入（${error instanceof Error ? error.message : String(error)}），什么也没有写`);
  }
  writes.forEach((w, i) => renameSync(temps[i]!, w.path));
}

/** The MDX with the keeper's id in place of the proposed one (`--id`); nothing else changes. */
export function setId(mdx: string, id: string, file: string): string {
  if (!ID_PATTERN.test(id)) throw new ImportInputError(file, `--id ${id}：id 须为用连字符连接的小写英文词或数字，如 township-2025-plan`);
  const parts = splitFrontmatter(mdx);
  const line = parts && /^id:.*$/m.exec(parts.yaml);
  if (!parts || !line) throw new ImportInputError(file, '元数据里没有 `id:` 行');
  // An id of digits only ("2025") would read back as a number: quote it.
  const value = parseYaml(`id: ${id}`)?.id === id ? id : JSON.stringify(id);
  const yaml = `${parts.yaml.slice(0, line.index)}id: ${value}${parts.yaml.slice(line.index + line[0].length)}`;
  const before = parseYaml(parts.yaml) as Record<string, unknown>;
  if (!isDeepStrictEqual(parseYaml(yaml), { ...before, id })) throw new ImportInputError(file, '改 id 时元数据无法安全修改');
  return mdx.replace(parts.yaml, () => yaml);
}

/* ------------------------------------------------------------------ version links */

export interface VersionLink {
  /** The other document's id. */
  id: string;
  /** Label of this document's version, used when it has none yet. */
  label: string;
  note?: string;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/**
 * The MDX with `related: [{ id, relation: version }]` (and a `version` label, if it has none)
 * added to its frontmatter, every other byte kept. Throws if the frontmatter cannot be edited
 * that way (then nothing should be written).
 */
export function addVersionLink(mdx: string, link: VersionLink, file: string): string {
  const parts = splitFrontmatter(mdx);
  if (!parts) throw new ImportInputError(file, '开头没有用 --- 行括起的 YAML 元数据');
  const before = parseYaml(parts.yaml) as Record<string, unknown>;
  const related = Array.isArray(before['related']) ? (before['related'] as { id?: unknown; relation?: unknown }[]) : [];
  const already = related.some((r) => r.id === link.id && r.relation === 'version');
  const nl = mdx.includes('\r\n') ? '\r\n' : '\n';
  const lines = parts.yaml.split(/\r?\n/);
  const item = [`  - id: ${link.id}`, '    relation: version', ...(link.note ? [`    note: ${yamlString(link.note)}`] : [])];

  if (!already) {
    const at = lines.findIndex((l) => /^related:/.test(l));
    if (at < 0) {
      // A new top-level key, before the fields that follow `related` in the library's order.
      const next = lines.findIndex((l) => /^(edits|notes|permalinks):/.test(l));
      lines.splice(next < 0 ? lines.length : next, 0, 'related:', ...item);
    } else if (/^related:\s*\[\s*\]\s*$/.test(lines[at]!)) {
      lines.splice(at, 1, 'related:', ...item);
    } else if (/^related:\s*$/.test(lines[at]!)) {
      let end = at + 1;
      while (end < lines.length && (/^\s+\S/.test(lines[end]!) || /^-\s/.test(lines[end]!) || lines[end] === '')) end++;
      while (end > at + 1 && lines[end - 1] === '') end--;
      lines.splice(end, 0, ...item);
    } else {
      throw new ImportInputError(file, '`related:` 的写法（方括号行内格式）导入工具不改：请手工添加版本链接');
    }
  }
  if (before['version'] === undefined) {
    const title = lines.findIndex((l) => /^title:/.test(l));
    if (title < 0) throw new ImportInputError(file, '元数据里没有 `title:` 行');
    let end = title + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++; // a folded title
    lines.splice(end, 0, `version: ${yamlString(link.label)}`);
  }
  const yaml = lines.join(nl);
  const after = parseYaml(yaml) as Record<string, unknown>;
  // Only `related` (one more entry) and `version` (if it was missing) may differ.
  const expected = {
    ...before,
    version: before['version'] ?? link.label,
    related: already ? related : [...related, { id: link.id, relation: 'version', ...(link.note && { note: link.note }) }],
  };
  if (!isDeepStrictEqual(after, expected)) throw new ImportInputError(file, '添加版本链接会改动元数据的其他字段：请手工添加');
  const open = mdx.startsWith('---\r\n') ? '---\r\n' : '---\n';
  return `${open}${yaml}${mdx.slice(open.length + parts.yaml.length)}`;
}

/* ------------------------------------------------------------------ replacing the same text */

/** Fields the keeper fills in by hand after an import (the importer may leave them 待填写). */
const KEEPER_FIELDS = ['title', 'years', 'level', 'issuer', 'types', 'topics', 'summary'] as const;
/** Fields only the keeper writes: links, labels and anchor history of a published document. */
const KEEPER_ONLY = ['version', 'related', 'notes', 'permalinks'] as const;

const unfilled = (v: unknown) => v === undefined || v === TO_BE_FILLED || (Array.isArray(v) && v.includes(TO_BE_FILLED));
const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * The new import of a document's text, replacing the old file (--force on the same text),
 * without losing what the keeper wrote there: the metadata the keeper filled in or reviewed
 * (title, years, level, issuer, types, topics, summary) keeps the old file's value wherever that
 * is filled, and the old version label, related links, notes and permalinks stay; the body,
 * edits, source and completeness are the new import's. Returns the MDX and the fields kept
 * (those whose old value differs from the new proposal).
 */
export function keepKeeperFields(mdx: string, old: string, file: string): { mdx: string; kept: string[] } {
  const parts = splitFrontmatter(mdx);
  const oldParts = splitFrontmatter(old);
  if (!parts) throw new ImportInputError(file, '开头没有用 --- 行括起的 YAML 元数据');
  let before: Record<string, unknown> = {};
  try {
    before = (oldParts && (parseYaml(oldParts.yaml) as Record<string, unknown>)) || {};
  } catch {
    return { mdx, kept: [] }; // a broken old file: nothing to keep
  }
  const data = parseYaml(parts.yaml) as Record<string, unknown>;
  const kept: string[] = [];
  for (const field of KEEPER_FIELDS) {
    if (!unfilled(before[field]) && !isDeepStrictEqual(before[field], data[field])) {
      data[field] = before[field];
      kept.push(field);
    }
  }
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    merged[key] = value;
    if (key === 'title' && before['version'] !== undefined && data['version'] === undefined) {
      merged['version'] = before['version'];
      kept.push('version');
    }
  }
  for (const field of KEEPER_ONLY) {
    if (field === 'version') continue;
    if (!empty(before[field]) && empty(data[field])) {
      merged[field] = before[field];
      kept.push(field);
    }
  }
  if (kept.length === 0) return { mdx, kept };
  return { mdx: `---\n${stringifyYaml(merged, { lineWidth: 0 })}---\n${parts.body}`, kept };
}
