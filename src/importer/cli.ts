/**
 * `npm run import -- <file or folder>... [--out content/docs] [--dry-run] [--force] [--id <id>] [--version-of <id>]`
 *
 * For each input: read it (.txt: decode.ts, .docx: docx.ts), turn it into library documents
 * with the text rules (src/importer/pipeline.ts, passed in as `pipeline`), check and write
 * them (write.ts), and print a report per document (report.ts). A document with the same text
 * as one already in <out> (similarity.ts, DUPLICATE) is refused unless --force replaces that one
 * (its id and file, keeping what the keeper filled in) or --version-of links it. One input's
 * failure writes nothing for it, is reported in Chinese with the file and the problem
 * ("错误：<file>：<problem>"), and makes the exit code 1 (2 for a usage error); the other inputs
 * are still imported. Never throws.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unescapeMdxText } from './cleaning/mdx.ts';
import { toChineseNumber } from '../lib/numbering.ts';
import { MAX_TXT_BYTES, readTxt } from './decode.ts';
import { MAX_DOCX_BYTES, readDocx } from './docx.ts';
import { formatReport } from './report.ts';
import { DUPLICATE, sameTextSimilarity, textSketch, type TextSketch } from './similarity.ts';
import { comparableText } from './traditional.ts';
import { ImportInputError, type ExistingDocument, type ImportedDocument, type ImportOptions, type SourceText } from './types.ts';
import { CONTENT_DIR, readLibraryFiles } from '../lib/content-dir.ts';
import { frontmatterData, splitFrontmatter } from '../lib/frontmatter.ts';
import { addVersionLink, keepKeeperFields, mdxSafetyProblems, setId, type PendingWrite, targetPath, writeAll } from './write.ts';

export type Pipeline = (source: SourceText, options: ImportOptions) => ImportedDocument[] | Promise<ImportedDocument[]>;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Paths are resolved against this directory and shown relative to it. */
  cwd: string;
}

export const USAGE = `用法：npm run import -- <文件或文件夹>... [选项]

把 .txt（UTF-8、带 BOM 的 UTF-16、GB18030/GBK）和 .docx 文件导入为文库文献（每篇一个 MDX 文件），
并逐篇打印报告。

选项：
  --out <文件夹>        写入并比对文献的文件夹（默认 content/docs）
  --dry-run            只打印报告，不写任何文件
  --force              替换已存在的文献：同一 id 的文件，或内容相同（相似度 ≥ ${DUPLICATE}）的文献
  --version-of <id>    导入的（唯一一篇）文献是文献 <id> 的另一版本：
                       互相链接为版本（related: version）并加版本标签
  --version-label <l>  新文献的版本标签（默认 版本二、版本三……）
  --id <id>            导入的（唯一一篇）文献的 id，代替按文件名或元数据拟定的 id
                       （用连字符连接的小写英文词或数字）
  --keep-traditional   繁体原文保留繁体（默认用 OpenCC 转为简体，并在整理说明中注明）
  -h, --help           显示本说明`;

const READABLE = new Set(['.txt', '.docx']);
const OUT_DEFAULT = CONTENT_DIR;

/** A word of a printed command line, quoted for the shell when it needs to be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
const REFUSED: Record<string, string> = {
  '.doc': '旧版 Word（.doc）文件：请用 Word 或 WPS 打开，另存为 .docx',
  '.wps': 'WPS 文件：请另存为 .docx',
  '.pdf': 'PDF 文件：请先把文字复制到 .txt 文件（或另存为 .docx）',
  '.rtf': 'RTF 文件：请另存为 .docx',
  '.mdx': '已经是 MDX 文献',
};

/** Body text of an MDX document without markup (table rows as their cells), for near-duplicate detection. */
export function plainBody(body: string): string {
  return (
    body
      .split('\n')
      .filter((l) => !/^<SourceGap\b/.test(l) && !/^\|(?: *:?-+:? *\|)+$/.test(l))
      // A table row: its cells, split at the pipes that are not escaped.
      .map((l) =>
        /^\|.*\|$/.test(l)
          ? l
              .slice(1, -1)
              .split(/(?<!\\)\|/)
              .map((c) => unescapeMdxText(c.trim()))
              .filter(Boolean)
              .join(' ')
          : unescapeMdxText(l.replace(/^#{1,6} /, '')),
      )
      .join('\n')
      .trim()
  );
}

interface LibraryDoc extends ExistingDocument {
  file: string;
  mdx: string;
  version?: string;
  versionLinks: number;
}

/** The documents already in <out>: the library the new ones are compared with. */
function readLibrary(out: string): LibraryDoc[] {
  const docs: LibraryDoc[] = [];
  for (const { name, file, mdx } of readLibraryFiles(out)) {
    const parts = splitFrontmatter(mdx);
    // A broken file still counts for id uniqueness; the build names its problem.
    const data = frontmatterData(mdx) ?? {};
    const related = Array.isArray(data['related']) ? (data['related'] as { relation?: unknown }[]) : [];
    docs.push({
      id: typeof data['id'] === 'string' ? data['id'] : name.replace(/\.mdx$/, ''),
      title: typeof data['title'] === 'string' ? data['title'] : '',
      text: plainBody(parts?.body ?? mdx),
      file,
      mdx,
      ...(typeof data['version'] === 'string' && { version: data['version'] }),
      versionLinks: related.filter((r) => r.relation === 'version').length,
    });
  }
  return docs;
}

/** Why a folder's entry is not imported, in Chinese. */
function skipReason(name: string, isDirectory: boolean): string {
  if (isDirectory) return '子文件夹：不读取子文件夹里的文件（要导入，请另外给出这个文件夹）';
  if (name.startsWith('~$')) return 'Word 打开文档时生成的临时文件';
  if (name.startsWith('.')) return '隐藏文件';
  const ext = extname(name).toLowerCase();
  if (REFUSED[ext]) return REFUSED[ext];
  if (ext === '.md') return 'Markdown（.md）文件：不导入；如是文献正文，请另存为 .txt';
  return ext ? `“${ext}”文件：只导入 .txt 和 .docx` : '没有扩展名的文件：只导入 .txt 和 .docx';
}

/** A folder's entries the import leaves alone, each with why (listed for the keeper). */
interface Skipped {
  path: string;
  why: string;
}

/** The files an argument names: itself, or a folder's .txt and .docx files (not its subfolders); `skipped` gets the rest of a folder. */
function expandInput(arg: string, cwd: string, skipped: Skipped[] = []): string[] {
  const path = resolve(cwd, arg);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ImportInputError(arg, '没有这个文件或文件夹');
  }
  if (stat.isDirectory()) {
    const files: string[] = [];
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = join(arg, entry.name);
      // A link is read as what it points to.
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(resolve(cwd, file));
          [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
        } catch {
          skipped.push({ path: file, why: '链接指向的文件不存在' });
          continue;
        }
      }
      const readable = isFile && !entry.name.startsWith('.') && !entry.name.startsWith('~$') && READABLE.has(extname(entry.name).toLowerCase());
      if (readable) files.push(file);
      else skipped.push({ path: isDirectory ? `${file}/` : file, why: isFile || isDirectory ? skipReason(entry.name, isDirectory) : '不是普通文件' });
    }
    if (files.length === 0) throw new ImportInputError(arg, '文件夹里没有可导入的文件（没有 .txt 或 .docx 文件）');
    return files;
  }
  if (!stat.isFile()) throw new ImportInputError(arg, '不是普通文件');
  return [arg];
}

/** Reads one input file into the text the rules read. */
async function readSource(file: string, cwd: string): Promise<SourceText & { notes?: string[] }> {
  const ext = extname(file).toLowerCase();
  if (!READABLE.has(ext)) {
    throw new ImportInputError(file, REFUSED[ext] ? `这是${REFUSED[ext]}` : `不能导入${ext ? `“${ext}”文件` : '没有扩展名的文件'}：只读取 .txt 和 .docx`);
  }
  const path = resolve(cwd, file);
  const limit = ext === '.txt' ? MAX_TXT_BYTES : MAX_DOCX_BYTES;
  const size = statSync(path).size;
  // Refuse before reading: a huge file is never loaded.
  if (size > limit) throw new ImportInputError(file, `文件有 ${size} 字节，超过 ${ext} 的上限 ${limit} 字节（${limit / 1024 / 1024} MiB）`);
  const bytes = readFileSync(path);
  return ext === '.txt' ? readTxt(file, bytes) : readDocx(file, bytes);
}

/** node:util parseArgs's errors, in the keeper's language. */
function argsProblem(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(--?[^' ]+)/.exec(e.message ?? '')?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `没有 ${option} 这个选项`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(e.message ?? '') ? `选项 ${option} 不带取值` : `选项 ${option} 缺少取值`;
  }
  return `命令行有误（${message(error)}）`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runImport(argv: string[], io: CliIo, pipeline: Pipeline): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: OUT_DEFAULT },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'version-of': { type: 'string' },
        'version-label': { type: 'string' },
        id: { type: 'string' },
        'keep-traditional': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`导入：${argsProblem(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err(`导入：没有给出文件或文件夹\n\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'];
  const outArg = values.out;
  const out = resolve(io.cwd, outArg);
  const show = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel.startsWith('..') ? p : rel || '.';
  };
  try {
    if (lstatSync(out).isFile()) {
      io.err(`导入：--out ${outArg} 是文件，不是文件夹`);
      return 2;
    }
  } catch {
    // Does not exist yet: created before the first write.
  }
  const library = readLibrary(out);
  const versionOf = values['version-of'];
  const versionTarget = versionOf === undefined ? undefined : library.find((d) => d.id === versionOf);
  if (versionOf !== undefined && !versionTarget) {
    io.err(`导入：--version-of ${versionOf}：${outArg} 里没有这个 id 的文献`);
    return 2;
  }

  let files: string[] = [];
  let failed = 0;
  const skipped: Skipped[] = [];
  for (const arg of positionals) {
    try {
      files.push(...expandInput(arg, io.cwd, skipped));
    } catch (error) {
      io.err(`错误：${message(error)}`);
      failed++;
    }
  }
  files = [...new Set(files)];
  if (skipped.length > 0) {
    io.out(`跳过 ${skipped.length} 项（文件夹里不导入的）：\n${skipped.map((s) => `  - ${s.path}：${s.why}`).join('\n')}\n`);
  }
  if (versionTarget && files.length !== 1) {
    io.err(`导入：--version-of 只能链接一篇导入的文献，却给了 ${files.length} 个文件`);
    return 2;
  }
  if (values.id !== undefined && files.length !== 1) {
    io.err(`导入：--id 只能指定一篇导入的文献，却给了 ${files.length} 个文件`);
    return 2;
  }

  // Documents of this run count as existing for the next inputs (ids, near-duplicates, duplicates).
  const existing: ExistingDocument[] = library.map(({ id, title, text }) => ({ id, title, text }));
  const fileOf = new Map(library.map((d) => [d.id, d.file]));
  let written = 0;
  for (const file of files) {
    try {
      const source = await readSource(file, io.cwd);
      const docs = await pipeline(source, { existing, keepTraditional: values['keep-traditional'] });
      if (docs.length === 0) throw new ImportInputError(file, '文字里没有找到文献');
      if (versionTarget && docs.length !== 1) throw new ImportInputError(file, `--version-of 只能链接一篇文献，这个文件里有 ${docs.length} 篇`);
      if (values.id !== undefined) {
        if (docs.length !== 1) throw new ImportInputError(file, `--id 只能指定一篇文献，这个文件里有 ${docs.length} 篇`);
        docs[0] = { ...docs[0]!, id: values.id, mdx: setId(docs[0]!.mdx, values.id, file), report: { ...docs[0]!.report, idRule: '由 --id 指定' } };
      }

      // The same text as a document already there: refused, unless the keeper replaces that
      // document (--force: the new text takes its id and file) or links it as a version.
      const replaced = new Map<number, string>();
      // The bodies as compared; replacing a document below changes its frontmatter only.
      const bodies = docs.map((doc) => plainBody(splitFrontmatter(doc.mdx)?.body ?? ''));
      for (const [i, doc] of docs.entries()) {
        const dup = findDuplicate(bodies[i]!, existing);
        if (!dup || (versionTarget && dup.id === versionTarget.id)) continue;
        const where = show(fileOf.get(dup.id) ?? targetPath(out, dup.id, file));
        const figure = dup.similarity.toFixed(2);
        if (!values.force) {
          throw new ImportInputError(
            file,
            `文献“${doc.id}”与已有的 ${where} 内容相同（相似度 ${figure}），未写入。要用这次导入替换它：加 --force；如是它的另一版本：加 --version-of ${dup.id}`,
          );
        }
        if (values.id !== undefined && values.id !== dup.id) {
          throw new ImportInputError(
            file,
            `--force 会替换内容相同的 ${where}（相似度 ${figure}），沿用它的 id ${dup.id}；--id ${values.id} 会另存一份重复的文献`,
          );
        }
        const oldFile = fileOf.get(dup.id);
        const { mdx, kept } = keepKeeperFields(setId(doc.mdx, dup.id, file), oldFile && lstatExists(oldFile) ? readFileSync(oldFile, 'utf8') : '', file);
        docs[i] = {
          ...doc,
          id: dup.id,
          mdx,
          report: { ...doc.report, idRule: `沿用被替换文献的 id：内容相同，相似度 ${figure}` },
        };
        replaced.set(i, `${where}（内容相同，相似度 ${figure}；--force）${kept.length ? `；保留原文献中填写的 ${kept.join('、')}` : ''}`);
      }
      // A document replaced under its own id (--force, or --id with --force) is this one now,
      // not a near-duplicate of it to link as a version.
      for (const [i, doc] of docs.entries()) {
        docs[i] = { ...doc, report: { ...doc.report, nearDuplicates: doc.report.nearDuplicates.filter((d) => d.id !== doc.id) } };
      }

      const writes: PendingWrite[] = [];
      const seen = new Set<string>();
      for (const doc of docs) {
        const problems = mdxSafetyProblems(doc.mdx);
        if (problems.length) {
          throw new ImportInputError(
            file,
            `文献“${doc.id}”：生成的 MDX 可能运行代码或使构建失败，未写入（这是整理规则的缺陷，请报告）：\n  ${problems.join('\n  ')}`,
          );
        }
        if (seen.has(doc.id)) throw new ImportInputError(file, `有两篇文献的 id 都是“${doc.id}”`);
        seen.add(doc.id);
        writes.push({ path: fileOf.get(doc.id) ?? targetPath(out, doc.id, file), content: doc.mdx, replace: values.force });
      }
      const linked: string[] = [];
      if (versionTarget) {
        const doc = docs[0]!;
        if (doc.id === versionTarget.id) throw new ImportInputError(file, `--version-of ${versionTarget.id}：这是本文献自己的 id`);
        const own = versionTarget.version === undefined ? 1 : versionTarget.versionLinks + 1;
        const label = values['version-label'] ?? `版本${toChineseNumber(own + 1)}`;
        writes[0]!.content = addVersionLink(doc.mdx, { id: versionTarget.id, label }, file);
        writes.push({
          path: versionTarget.file,
          content: addVersionLink(versionTarget.mdx, { id: doc.id, label: `版本${toChineseNumber(1)}` }, show(versionTarget.file)),
          replace: true,
        });
        linked.push(versionTarget.id);
      }
      if (!dryRun) {
        mkdirSync(out, { recursive: true });
        writeAll(writes, file);
        written += docs.length;
      } else {
        // The same checks as a real run, without writing.
        for (const w of writes)
          if (!w.replace && lstatExists(w.path)) throw new ImportInputError(file, `${show(w.path)} 已存在，未覆盖（要替换它，请加 --force）`);
      }
      for (const [i, doc] of docs.entries()) {
        const status = dryRun ? '试运行，未写入' : '已写入';
        io.out(
          formatReport(doc.report, {
            target: show(writes[i]!.path),
            status,
            ...(source.notes && { readNotes: source.notes }),
            linkedVersions: linked,
            ...(replaced.has(i) && { replaced: replaced.get(i)! }),
          }),
        );
        // The link command works for a library document and a file holding one document.
        const libraryIds = new Set(existing.map((e) => e.id));
        const unlinked = doc.report.nearDuplicates.filter((d) => !linked.includes(d.id) && libraryIds.has(d.id));
        if (unlinked.length && docs.length === 1) {
          // Exactly the command that works now: once this document is written, importing the file
          // again is the same text, so it must replace it (--force) while linking it.
          const again = [
            file,
            ...(outArg !== OUT_DEFAULT ? ['--out', outArg] : []),
            ...(values.id !== undefined ? ['--id', values.id] : []),
            ...(!dryRun || values.force ? ['--force'] : []),
            '--version-of',
            unlinked[0]!.id,
          ];
          io.out(`  如确为同一文本的另一版本：npm run import -- ${again.map(shellWord).join(' ')}`);
        }
        io.out('');
        if (!replaced.has(i)) existing.push({ id: doc.id, title: doc.report.title, text: bodies[i]! });
        fileOf.set(doc.id, writes[i]!.path);
      }
    } catch (error) {
      failed++;
      const text = error instanceof ImportInputError ? error.message : `${file}：内部错误，这个文件什么也没有写（${message(error)}）`;
      io.err(`错误：${text}`);
    }
  }
  const skippedNote = skipped.length > 0 ? `，跳过 ${skipped.length} 项` : '';
  io.out(
    dryRun
      ? `导入：试运行，未写入任何文件；读取 ${files.length} 个文件，失败 ${failed} 个${skippedNote}`
      : `导入：已写入 ${written} 篇文献到 ${show(out)}；读取 ${files.length} 个文件，失败 ${failed} 个${skippedNote}`,
  );
  return failed ? 1 : 0;
}

/** Each library document's sketch, made once per run (the library is compared with every input). */
const sketches = new WeakMap<ExistingDocument, TextSketch>();

/** The existing document with the same text (DUPLICATE or more alike), the most alike first. */
function findDuplicate(text: string, existing: readonly ExistingDocument[]): { id: string; similarity: number } | undefined {
  let best: { id: string; similarity: number } | undefined;
  // Compared in 简体: a 繁体 copy of a library text is the same text (traditional.ts).
  const sketch = textSketch(comparableText(text));
  for (const e of existing) {
    let other = sketches.get(e);
    if (!other) sketches.set(e, (other = textSketch(comparableText(e.text))));
    const figure = sameTextSimilarity(sketch, other);
    if (figure >= DUPLICATE && (!best || figure > best.similarity)) best = { id: e.id, similarity: figure };
  }
  return best;
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
