/**
 * Rules that read a source page as a whole: which lines are the site's chrome (removed and
 * reported), which site and page title it names, whether it is a preview, and where a
 * compilation page (篇一…篇七, and several 方案 inside one 篇) splits into documents.
 */
import { type ClutterKind, isBareRelatedHead, isBreadcrumbLine, isNoiseLine, isTitleListLine, stripPaywallMarkers, templateClutter } from './cleaning/index.ts';
import { CHROME_LABEL, chromeKind, stripInlineCredits } from './cleaning/chrome.ts';
import { CUT_LINE, endsPreview, findCutMarker, isCutLine } from './cleaning/cutoff.ts';
import { findPartHeaders } from './compilation.ts';
import { stripPageLabels } from './page-labels.ts';
import { isTitleLike, titleText } from './title.ts';
import { docTypeWords } from '../lib/taxonomy.ts';

export interface Chunk {
  /** Where in the source, when it holds several documents, e.g. "篇三", "篇六（方案篇一）". */
  part?: string;
  /** The title line the compilation gave this part ("22 年精神文明建设工作方案" from "… 篇一"). */
  titleLine?: string;
  /**
   * The title the part header carries ("社区工作计划" from "社区工作计划 篇1"), used only when the
   * part's own lines hold no title: the site wrote it, so a year in it is not proof of the text's year.
   */
  headerTitle?: string;
  /**
   * The lines of this document (title lines first), chrome removed; an empty line where the
   * source had blank lines between two lines (it separates paragraphs, see removePageMarkers).
   */
  lines: string[];
}

export interface Page {
  /** The website the page names (十九范文网, 汇文网), if any. */
  site?: string | undefined;
  /** The page's own title (a compilation's heading, a download page's file name), if any. */
  pageTitle?: string | undefined;
  /** Pages of the whole document when the site shows only a preview ("页数:15页"). */
  previewPages?: number | undefined;
  chunks: Chunk[];
  /** What was removed, one report line each (Chinese). */
  removed: string[];
}

/** A line of keywords separated by spaces ("2023 区委 宣传部 年度 精神文明 工作方案"). */
const KEYWORD_LINE = /^[\p{Script=Han}0-9A-Za-z]{1,6}(?: [\p{Script=Han}0-9A-Za-z]{1,6}){3,}$/u;
/** A download page's file name standing alone ("2023年区委宣传部年度精神文明工作方案.doc"). */
const FILE_NAME_LINE = /^\S+\.(?:docx?|pdf|wps|txt)$/i;
const TYPE_WORDS = Object.values(docTypeWords).flat();
const PAGE_OF = /第\s*\d{0,3}\s*[页頁]\s*[,，/／]?\s*共\s*\d{0,3}\s*[页頁]/gu;

function siteOf(lines: readonly string[]): string | undefined {
  for (const l of lines) {
    const m = /^(\S{2,8}?网)\s*www\./.exec(l.trim()) ?? /(?:^|[,，])(\S{2,8}?网)负责整理/.exec(l) ?? /^您的当前位置[:：]\s*(\S{2,8}?网)\s*>/.exec(l.trim());
    if (m) return m[1];
  }
  return undefined;
}

const CLUTTER_LABEL: Record<ClutterKind, string> = {
  credit: '网页转载说明',
  copyright: '网页版权声明',
  download: '网页下载按钮',
  tool: '网页工具按钮',
  'prev-next': '网页“上一篇/下一篇”链接',
  related: '网页“相关推荐”列表',
  publication: '网页发布信息',
};

/** A removed line as the report quotes it: whole up to 40 characters. */
function clip(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}……` : line;
}

/** Reads a page: chrome removed, site and title found, split into one chunk per document. */
export function readPage(text: string): Page {
  const all = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const removed: string[] = [];
  let pageTitle: string | undefined;
  let previewPages: number | undefined;

  const kept: string[] = [];
  /** Every chrome line removed, in order, with what it is (one report line each). */
  const chrome: { label: string; line: string }[] = [];
  const crumbs: string[] = [];
  let clutterSite: { site: string; at: number } | undefined;
  /** Where (in `kept`) a 相关推荐 head stood: the titles after it are a list of other pages. */
  let related: number | undefined;
  let inNotice = false;
  /** Set after a marker that ends a preview: what follows is the site's, if it reads so. */
  let previewEnd: number | undefined;
  /** The document's name as a download page gives it (its file name, its page images). */
  let fileTitle: string | undefined;
  for (const input of all) {
    // A preview's page counter, in a line or run into it ("第1页共4页", "第页共页").
    const line = input.replace(PAGE_OF, (m) => {
      chrome.push({ label: '网页预览的页码', line: m });
      return '';
    });
    if (line.trim().length === 0 && input.trim().length > 0) continue;
    // A preview or paywall marker goes; a cut line stands where it was (see cutoff.ts).
    const cut = findCutMarker(line);
    const raw = line;
    if (cut) {
      chrome.push({ label: '网页预览或付费提示', line: cut.marker });
      if (cut.rest.length > 0) kept.push(cut.rest);
      kept.push(CUT_LINE + cut.marker);
      if (endsPreview(cut.marker)) previewEnd ??= kept.length;
      continue;
    }
    const t = raw.trim();
    const crumb = /^您的当前位置[:：].*>\s*([^>]+?)\s*$/.exec(t);
    if (crumb) pageTitle = crumb[1];
    const pages = /^页数[:：]\s*(\d+)\s*页$/.exec(t);
    if (pages) previewPages = Number(pages[1]);
    // The numbered list under 温馨提示 belongs to the notice, not to the text.
    if (/^温馨提示[:：]?$/.test(t)) inNotice = true;
    else if (inNotice && !/^\d+[.．、]/.test(t)) inNotice = false;
    if (t.length === 0) {
      kept.push('');
      continue;
    }
    if (inNotice || isNoiseLine(t) || KEYWORD_LINE.test(t)) {
      chrome.push({ label: '网页栏目、下载提示、广告', line: t });
      continue;
    }
    const clutter = templateClutter(t);
    if (clutter) {
      if (clutter.site && !clutterSite) clutterSite = { site: clutter.site, at: chrome.length };
      if (clutter.kind === 'related') {
        // Decided below, with what follows it.
        related ??= kept.length;
        kept.push(raw);
        continue;
      }
      chrome.push({ label: CLUTTER_LABEL[clutter.kind], line: t });
      continue;
    }
    if (isBreadcrumbLine(t)) {
      crumbs.push(t);
      continue;
    }
    const kind = chromeKind(t);
    if (kind === 'page-list') {
      pageTitle ??= t.replace(/[_＿]\s*第\s*\d+\s*[页頁]$/u, '');
      fileTitle ??= pageTitle.replace(/\.(?:docx?|pdf|wps|txt)$/iu, '');
    }
    if (kind) {
      chrome.push({ label: CHROME_LABEL[kind], line: t });
      continue;
    }
    if (FILE_NAME_LINE.test(t)) {
      // The page's title as published (the file name, extension and all); the name stands in for a title.
      pageTitle ??= t;
      fileTitle ??= t.replace(/\.[a-z]+$/iu, '');
      chrome.push({ label: '网页上的文件名', line: t });
      continue;
    }
    const credit = stripInlineCredits(raw);
    for (const c of credit.credits) chrome.push({ label: '句中的网站出处', line: c });
    if (credit.text.trim().length > 0) kept.push(credit.text);
  }
  // After a preview's end, lines that all read as the site's (short titles, widgets) go with it.
  if (previewEnd !== undefined) {
    const tail = kept
      .slice(previewEnd)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (tail.length > 0 && tail.every((l) => isTitleListLine(l) || isCutLine(l))) {
      kept.splice(previewEnd);
      removed.push(`预览结束后的网页内容 ${tail.length} 行（“${clip(tail[0]!)}”${tail.length > 1 ? '等' : ''}）`);
    }
  }
  // A list of other pages' titles under 相关推荐 goes with its head only when it runs to the end of
  // the page and every line of it reads as a title (or is another such head). Otherwise the lines
  // stay; only a bare head no document writes ("相关推荐", "猜你喜欢") goes, and the report says so.
  const listed: { head: boolean; line: string }[] = [];
  let doubtful = 0;
  if (related !== undefined) {
    const tail = kept
      .slice(related)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    const isHead = (l: string) => templateClutter(l)?.kind === 'related';
    if (tail.every((l) => isHead(l) || isTitleListLine(l))) {
      listed.push(...tail.map((line) => ({ head: isHead(line), line })));
      kept.splice(related);
    } else {
      const rest = kept.splice(related);
      for (const l of rest) {
        if (isBareRelatedHead(l)) listed.push({ head: true, line: l.trim() });
        else kept.push(l);
      }
      doubtful = kept.slice(related).filter((l) => l.trim().length > 0).length;
    }
  }
  const siteFound = siteOf(all);
  const site = siteFound ?? clutterSite?.site;
  chrome.forEach(({ label, line }, i) => {
    const note = siteFound === undefined && clutterSite?.at === i ? `（据此把来源网站记为“${clutterSite.site}”，见 source.site）` : '';
    removed.push(`${label}：“${clip(line)}”${note}`);
  });
  for (const { head, line } of listed) removed.push(`${CLUTTER_LABEL.related}${head ? '' : '中的标题'}：“${clip(line)}”`);
  if (doubtful > 0) {
    removed.push(`（“相关推荐”等字样处及其后的 ${doubtful} 行不全像网页的标题列表，未删除，请核对）`);
  }
  if (crumbs.length > 0) removed.push(`网页导航路径 ${crumbs.length} 行（“${crumbs[0]}”${crumbs.length > 1 ? '等' : ''}）`);
  const paywall = kept.filter((l) => /##paid(?:begin|end)##/.test(l)).length;
  if (paywall > 0) removed.push(`付费标记（##paidbegin##/##paidend##）${paywall} 处`);
  // A line that held only a paywall marker goes; a blank line of the source stays.
  const lines = kept.flatMap((l) => {
    const text = stripPaywallMarkers(l);
    return text.trim().length > 0 || l.trim().length === 0 ? [text] : [];
  });

  // A compilation: its parts, in any of the forms compilation.ts knows.
  const headers = findPartHeaders(lines);
  if (headers.length === 0) {
    // Without a breadcrumb, a page's title is its first line (the document's title).
    // A download page's file name stands in for a title the text does not have.
    const headerTitle = fileTitle !== undefined ? titleText(fileTitle)?.title : undefined;
    return { site, pageTitle, previewPages, chunks: [{ lines: trimBlank(lines), ...(headerTitle ? { headerTitle } : {}) }], removed };
  }
  const first = headers[0]!.at;
  if (first > 0) {
    const head = lines.slice(0, first).filter((l) => l.trim().length > 0);
    pageTitle ??= head.find((l) => isTitleLike(stripPageLabels(l).text))?.trim();
    if (head.length > 0) removed.push(`合集页面的标题和导语 ${head.length} 行（“${clip(head[0]!.trim())}”${head.length > 1 ? '等' : ''}）`);
  }
  removed.push(`合集各篇前的栏目标题 ${headers.length} 行（“${clip(lines[first]!.trim())}”${headers.length > 1 ? '等' : ''}）`);
  const chunks: Chunk[] = [];
  headers.forEach((h, k) => {
    const body = trimBlank(lines.slice(h.at + 1, headers[k + 1]?.at ?? lines.length));
    chunks.push(...splitSubDocuments(h.label, h.title, body));
  });
  return { site, pageTitle, previewPages, chunks, removed };
}

/**
 * A part holding several documents, each headed in another form ("<title> 篇一" inside 篇六): one
 * chunk each, when the part opens with the first of them.
 */
function splitSubDocuments(part: string, headerTitle: string | undefined, lines: string[]): Chunk[] {
  const subs = findPartHeaders(lines).filter((s) => s.title !== undefined);
  if (subs.length < 2 || subs[0]!.at !== 0) return [{ part, ...(headerTitle ? { headerTitle } : {}), lines }];
  return subs.map((s, k) => {
    const title = s.title!;
    const type = TYPE_WORDS.find((w) => title.replace(/\s/g, '').endsWith(w)) ?? '';
    return {
      part: `${part}（${type}${s.label}）`,
      titleLine: title,
      lines: trimBlank(lines.slice(s.at + 1, subs[k + 1]?.at ?? lines.length)),
    };
  });
}

/** A chunk's lines without blank lines at either end, a run of blank lines made one empty line. */
function trimBlank(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.trim().length > 0) out.push(l);
    else if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  }
  if (out[out.length - 1] === '') out.pop();
  return out;
}
