/**
 * What the import command tells the keeper: a folder's entries it does not import, each with why;
 * the command it prints for linking a near-duplicate, which works exactly as printed; and the .docx
 * size guard, which counts the bytes really inflated, never the sizes a zip declares.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph } from 'docx';
import { Deflate } from 'fflate';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/importer/cli.ts';
import { MAX_DOCX_UNPACKED, readDocx, unpackedSize } from '../../src/importer/docx.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { wordFile } from './docx-numbering.ts';
import { PLAN, importWorkspace } from './import-workspace.ts';

const { dir, run } = importWorkspace('wenku-messages-');
/** The plan with a section more: a near-duplicate, not the same text. */
const LONGER = `${PLAN}\n三、加强组织领导\n各社区要明确专人负责，把精神文明建设纳入年度考核，定期督查通报。`;

describe('a folder import lists what it skips, and why', () => {
  it('names subfolders, .doc, .pdf, .md, Word lock files, hidden and other files, and counts them in the summary', async () => {
    writeFileSync(join(dir(), 'in', 'plan.txt'), PLAN);
    mkdirSync(join(dir(), 'in', 'old'));
    for (const name of ['a.doc', 'b.pdf', 'c.md', 'd.jpg', '~$plan.docx', '.DS_Store', 'README']) writeFileSync(join(dir(), 'in', name), 'x');
    symlinkSync(join(dir(), 'nowhere.txt'), join(dir(), 'in', 'gone.txt'));
    const r = await run(['in', '--out', 'out', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      [
        '跳过 9 项（文件夹里不导入的）：',
        '  - in/.DS_Store：隐藏文件',
        '  - in/README：没有扩展名的文件：只导入 .txt 和 .docx',
        '  - in/a.doc：旧版 Word（.doc）文件：请用 Word 或 WPS 打开，另存为 .docx',
        '  - in/b.pdf：PDF 文件：请先把文字复制到 .txt 文件（或另存为 .docx）',
        '  - in/c.md：Markdown（.md）文件：不导入；如是文献正文，请另存为 .txt',
        '  - in/d.jpg：“.jpg”文件：只导入 .txt 和 .docx',
        '  - in/gone.txt：链接指向的文件不存在',
        '  - in/old/：子文件夹：不读取子文件夹里的文件（要导入，请另外给出这个文件夹）',
        '  - in/~$plan.docx：Word 打开文档时生成的临时文件',
      ].join('\n'),
    );
    expect(r.out).toContain('导入：试运行，未写入任何文件；读取 1 个文件，失败 0 个，跳过 9 项');
    expect(r.err).toBe('');
  });
});

/** The words of a printed command line (single quotes as the shell reads them). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
}

/** The command printed after a near-duplicate, as arguments for runImport. */
function printedCommand(out: string): string[] {
  const line = /如确为同一文本的另一版本：(npm run import -- .*)$/m.exec(out)?.[1];
  expect(line).toBeDefined();
  const words = shellWords(line!);
  expect(words.slice(0, 4)).toEqual(['npm', 'run', 'import', '--']);
  return words.slice(4);
}

const frontmatter = (file: string) => parseYaml(splitFrontmatter(readFileSync(file, 'utf8'))!.yaml) as Record<string, unknown>;

describe('the command printed for a near-duplicate works exactly as printed', () => {
  it('after the document was written (--force --version-of, with the --out given): it links the two, nothing else written', async () => {
    const out = '文库 输出';
    writeFileSync(join(dir(), 'in', 'plan.txt'), PLAN);
    writeFileSync(join(dir(), 'in', "new plan's.txt"), LONGER);
    expect((await run(['in/plan.txt', '--out', out])).code).toBe(0);
    const first = await run(["in/new plan's.txt", '--out', out]);
    expect(first.code).toBe(0);
    const argv = printedCommand(first.out);
    expect(argv).toContain('--force');
    const files = readdirSync(join(dir(), out)).sort();
    expect(files).toHaveLength(2);

    const again = await run(argv);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(again.out).toContain('已链接为版本');
    expect(readdirSync(join(dir(), out)).sort()).toEqual(files);
    const [a, b] = files.map((f) => frontmatter(join(dir(), out, f)));
    expect(a!['related']).toEqual([{ id: b!['id'], relation: 'version' }]);
    expect(b!['related']).toEqual([{ id: a!['id'], relation: 'version' }]);
  });

  it('after a dry run (nothing written yet): the printed command links without --force', async () => {
    writeFileSync(join(dir(), 'in', 'plan.txt'), PLAN);
    writeFileSync(join(dir(), 'in', 'new.txt'), LONGER);
    await run(['in/plan.txt', '--out', 'out']);
    const dry = await run(['in/new.txt', '--out', 'out', '--dry-run']);
    const argv = printedCommand(dry.out);
    expect(argv).not.toContain('--force');
    const again = await run(argv);
    expect(again.code).toBe(0);
    expect(again.out).toContain('已链接为版本');
    expect(readdirSync(join(dir(), 'out'))).toHaveLength(2);
  });

  it('quotes for the shell only what needs it', () => {
    expect(shellWord('in/a.txt')).toBe('in/a.txt');
    expect(shellWord('in/新 计划.txt')).toBe("'in/新 计划.txt'");
    expect(shellWords(shellWord("it's"))).toEqual(["it's"]);
  });
});

/**
 * A DEFLATE stream of `mib` MiB of zeros, made cheaply: one MiB compressed up to a sync flush (a
 * byte boundary; its matches only look back at zeros) repeated, then an empty final stored block.
 */
function zerosDeflated(mib: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => chunks.push(chunk));
  deflate.push(new Uint8Array(1 << 20), false);
  deflate.flush(true);
  const segment = concat(chunks);
  return concat([...Array<Uint8Array>(mib).fill(segment), new Uint8Array([0x01, 0x00, 0x00, 0xff, 0xff])]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** A zip of one part whose declared sizes say `declared` bytes, holding `mib` MiB of zeros DEFLATEd. */
function lyingZip(name: string, mib: number, declared: number): Uint8Array {
  const data = zerosDeflated(mib);
  const fileName = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declared, true);
  local.setUint16(26, fileName.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declared, true);
  central.setUint16(28, fileName.length, true);
  const centralAt = 30 + fileName.length + data.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + fileName.length, true);
  end.setUint32(16, centralAt, true);
  return concat([new Uint8Array(local.buffer), fileName, data, new Uint8Array(central.buffer), fileName, new Uint8Array(end.buffer)]);
}

describe('the .docx size guard counts the bytes really inflated', () => {
  it('the same count whatever the zip declares, stopping once past the limit', () => {
    for (const declared of [1, 5_000_000, 0xffff_fffe]) {
      expect(unpackedSize(lyingZip('word/document.xml', 3, declared), 10_000_000)).toEqual({ size: 3 << 20, over: false });
      const stopped = unpackedSize(lyingZip('word/document.xml', 3, declared), 1_000_000);
      expect(stopped.over).toBe(true);
      // Stopped within a step (1 KiB of input) of the limit, not after inflating everything.
      expect(stopped.size).toBeLessThan(2_100_000);
    }
  });

  it('refuses a zip bomb that declares a tiny size, naming the file and where it stopped', async () => {
    const bomb = lyingZip('word/document.xml', MAX_DOCX_UNPACKED / (1 << 20) + 5, 100);
    expect(bomb.length).toBeLessThan(300_000);
    const error = (await readDocx('in/bomb.docx', bomb).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^in\/bomb\.docx：这个 \.docx 解压后超过上限 209715200 字节（200 MiB）：解压到 \d+ 字节时已停止，未读取/);
  }, 30_000);

  it('a Word file whose declared sizes lie is refused as damaged, in Chinese, not as too large', async () => {
    const zip = await JSZip.loadAsync(await wordFile([new Paragraph('一、工作目标'), new Paragraph('正文。')]));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 0x7fff_ffff, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fff_ffff, true);
    }
    const error = (await readDocx('in/a.docx', bytes).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('in/a.docx：不是 .docx 文件：word/document.xml 解压不出来（压缩包记录的大小与实际解压出的大小不符：文件已损坏或被改动过）');
  });
});
