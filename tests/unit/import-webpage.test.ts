/**
 * End to end: `npm run import` on a GBK .txt saved from a 范文 site, shaped like the one a
 * reviewer tried (breadcrumb, credit line, publication info, download button, a heading cut by
 * a page marker, a 落款, 上一篇/下一篇). The real command runs on a real file; the MDX it writes
 * and the report it prints are checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const PAGE = [
  '首页 > 工作计划 > 正文',
  '本文由某某范文网整理，转载请注明出处',
  'XX街道2025年精神文明建设工作计划',
  '发布时间：2025-01-08 来源：某某范文网',
  '点击下载完整版',
  '2025年，XX街道精神文明建设工作坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，扎实推进文明创建工作。',
  '一、指导思想',
  '坚持以习近平新时代中国特色社会主义思想为指导，以社会主义核心价值观为引领，持续深化群众性精神文明创建活动。',
  '二、主要任务',
  '（一）深化理论武装。',
  '依托新时代文明实践所（站），组织开展理论宣讲活动不少于12场次。',
  '（二）深化新时代文明实践和志愿',
  '— 2 —',
  '服务。',
  '全年开展"学雷锋"志愿服务活动不少于20次，注册志愿者人数达到辖区常住人口的15%。',
  '三、保障措施',
  '街道成立精神文明建设工作领导小组，由党工委书记任组长，统筹推进各项工作。',
  'XX街道办事处',
  '2025年1月6日',
  '上一篇：2024年社区工作总结',
  '下一篇：2025年志愿服务工作方案',
].join('\r\n');

let work: string;
let stdout: string;
let mdx: string;
let status: number | null;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wenku-webpage-'));
  const file = join(work, '2025街道计划.txt');
  writeFileSync(file, iconv.encode(PAGE, 'gbk'));
  const r = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), file, '--out', join(work, 'out')], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
  });
  status = r.status;
  stdout = r.stdout;
  const written = readdirSync(join(work, 'out'));
  expect(written).toHaveLength(1);
  mdx = readFileSync(join(work, 'out', written[0]!), 'utf8');
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const frontmatter = () => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as Record<string, unknown>;
const body = () => mdx.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('import of a GBK web page saved as .txt', () => {
  it('succeeds and reads GB18030', () => {
    expect(status).toBe(0);
    expect(stdout).toContain('（GB18030）');
  });

  it('finds the title, year and type; the site from the 来源 line', () => {
    const data = frontmatter();
    expect(data.title).toBe('XX街道2025年精神文明建设工作计划');
    expect(data.years).toEqual([2025]);
    expect(data.types).toEqual(['plan']);
    expect((data.source as { site: string }).site).toBe('某某范文网');
    expect(stdout).toContain('标题：XX街道2025年精神文明建设工作计划');
    expect(stdout).toContain('年份：2025');
  });

  it('the body opens with the document’s first paragraph, without the site’s clutter', () => {
    const paragraphs = body().split('\n\n');
    expect(paragraphs[0]).toBe('2025年，XX街道精神文明建设工作坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，扎实推进文明创建工作。');
    for (const clutter of ['本文由', '转载请注明', '发布时间', '来源：', '点击下载', '上一篇', '下一篇', '首页']) expect(body()).not.toContain(clutter);
  });

  it('the heading cut by the page marker is whole again; the 落款 stays two lines at the end', () => {
    const paragraphs = body().trimEnd().split('\n\n');
    expect(paragraphs).toContain('### （二）深化新时代文明实践和志愿服务。');
    expect(paragraphs).not.toContain('服务。');
    expect(paragraphs.slice(-2)).toEqual(['XX街道办事处', '2025年1月6日']);
  });

  it('the report lists each removed line, the page marker, and where the one join was made', () => {
    for (const line of [
      '网页转载说明：“本文由某某范文网整理，转载请注明出处”（据此把来源网站记为“某某范文网”，见 source.site）',
      '网页发布信息：“发布时间：2025-01-08 来源：某某范文网”',
      '网页下载按钮：“点击下载完整版”',
      '网页“上一篇/下一篇”链接：“上一篇：2024年社区工作总结”',
      '网页“上一篇/下一篇”链接：“下一篇：2025年志愿服务工作方案”',
      '网页导航路径 1 行（“首页 > 工作计划 > 正文”）',
      '分页标记“— 2 —”（在“…新时代文明实践和志愿”与“服务。”之间）',
      '原文因分页或换行把一句话断成两段，整理时接合了1处，文字未改。',
      '接合（分页处）：“（二）深化新时代文明实践…”一段，“…代文明实践和志愿”接“服务。”',
    ]) {
      expect(stdout).toContain(line);
    }
    expect(stdout).not.toContain('待填写：\n    - title');
  });
});
