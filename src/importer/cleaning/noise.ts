/**
 * Rule: strip site chrome and other noise lines (CORPUS.md, "Noise to remove").
 * The seeds were collected from 范文 websites; these lines are the sites' navigation,
 * download widgets and advertisements, never part of a document.
 */

/** Patterns of whole lines that are site chrome. Matched against the trimmed line. */
const NOISE_LINE_PATTERNS: readonly RegExp[] = [
  /^手机版$/,
  /^您的当前位置[:：]/,
  /^来源[:：].*时间[:：]/,
  /^分享$/,
  /^下载文档$/,
  /^ID[:：]\d+$/,
  /^大小[:：]/,
  /^页数[:：]/,
  /^格式[:：]/,
  /^时间[:：]\d{4}-\d{2}-\d{2}$/,
  /^收藏\s*分享赚钱$/,
  /^温馨提示[:：]?$/,
  /^网站客服[:：]/,
  /^此文档下载收益归作者所有$/,
  /^你可能关注的文档$/,
  /^收起$/,
  /^展开$/,
  /^推荐访问[:：]/,
  /^十九范文网\s*www\./,
  /^Copyright\s/i,
  /^Top$/,
  /^预览阅读已结束/,
  /^请点击👉.*👈联系老师$/u,
];

/** Strings that must never appear in a cleaned document (used by the content QA tests). */
export const NOISE_STRINGS: readonly string[] = [
  '手机版',
  '您的当前位置',
  '来源:网友投稿',
  '下载文档',
  '收藏 分享赚钱',
  '分享赚钱',
  '温馨提示',
  '网站客服',
  '2023 区委 宣传部 年度 精神文明 工作方案',
  '此文档下载收益归作者所有',
  '你可能关注的文档',
  '推荐访问',
  '十九范文网',
  'www.ib19.com',
  'Copyright',
  '预览阅读已结束',
  '联系老师',
  '👉',
  '👈',
  '##paidbegin##',
  '##paidend##',
  '汇文网',
  '下面是小编为大家整理的',
];

/** True when a line (trimmed) is site chrome. */
export function isNoiseLine(line: string, extra: readonly RegExp[] = []): boolean {
  const t = line.trim();
  return [...NOISE_LINE_PATTERNS, ...extra].some((re) => re.test(t));
}

/** Removes site-chrome lines; `extra` adds patterns for one source (e.g. its keyword line). */
export function stripNoiseLines(lines: readonly string[], extra: readonly RegExp[] = []): string[] {
  return lines.filter((line) => !isNoiseLine(line, extra));
}

/** "当前位置：", "您现在的位置：", "您的位置：", "所在位置：" before a breadcrumb. */
const CRUMB_PREFIX = /^(?:您(?:现在|当前)?的(?:当前|所在)?位置|您(?:当前|现在)(?:所在)?位置|(?:当前|所在|现在)(?:所在)?位置)\s*[:：]\s*/u;
/** The separators sites put between breadcrumb steps: > ＞ » › → / (and ">>", "&gt;"). */
const CRUMB_SEPARATOR = /\s*(?:&gt;|[>＞»›→/／])+\s*/u;
/** A breadcrumb's first step when no prefix names it as one. */
const CRUMB_HOME = /^(?:网站首页|首页|主页|返回首页|home)$/iu;
/** A breadcrumb step: a short name, with a letter or Han character, no sentence punctuation. */
const CRUMB_STEP = /^(?=.*[\p{L}])[^。，；！？,;!?：:“”"]{1,30}$/u;

/**
 * Rule: a web page's breadcrumb ("首页 > 工作计划 > 正文", "当前位置：首页 > 范文 > 工作总结",
 * "您现在的位置：首页 > 心得体会"), with any of the separators > ＞ » › → /. It is one only when the
 * whole line is steps: named by a position prefix (then at least two steps), or opening with
 * 首页 (at least two steps) or a site name ending in 网 (at least three). So a sentence that
 * merely holds ">" ("满意率>95%", "a > b") is never one.
 */
export function isBreadcrumbLine(line: string): boolean {
  const t = line.trim();
  const prefix = CRUMB_PREFIX.exec(t);
  const steps = t
    .slice(prefix ? prefix[0].length : 0)
    .split(CRUMB_SEPARATOR)
    .map((s) => s.trim());
  // A trailing separator ("首页 > 专题范文 > 工作要点 >") leaves an empty last step.
  if (steps.length > 2 && steps[steps.length - 1] === '') steps.pop();
  if (steps.length < 2) return false;
  // Named by its prefix, the last step may be the page's title, quotes and all.
  if (prefix) return steps.slice(0, -1).every((s) => CRUMB_STEP.test(s)) && CRUMB_LAST.test(steps[steps.length - 1]!);
  if (!steps.every((s) => CRUMB_STEP.test(s))) return false;
  if (CRUMB_HOME.test(steps[0]!) || (steps.length >= 3 && /^\S{1,7}网$/u.test(steps[0]!))) return true;
  // Four steps or more, all short names: no sentence is written so.
  return steps.length >= 4 && steps.every((s) => s.length <= 20);
}

/** The last step of a breadcrumb named by its prefix: a page title, no sentence. */
const CRUMB_LAST = /^[^。；！？;!?]{1,60}$/u;

/** Rule: strip the paywall markers `##paidbegin##` / `##paidend##` wherever they stand. */
export function stripPaywallMarkers(text: string): string {
  return text.replace(/##paid(?:begin|end)##/g, '');
}

/*
 * Template-site clutter (范文网 pages): whole lines a site adds around a document. Each rule
 * matches a WHOLE short line of the site's own wording, never a phrase inside a sentence, so a
 * body sentence that mentions 下载, 来源 or 版权 stays. When in doubt a line is kept.
 */

/** Sentence punctuation: a line holding it is a sentence, not a widget. */
const SENTENCE_MARK = /[。；！？;!?]/u;

/** "本文由某某范文网整理，转载请注明出处", "本文来自网友投稿", "本篇文章由小编收集整理". */
const CREDIT_LINE =
  /^本(?:文|篇(?:文章|范文)?|文档)(?:由|来自|来源于|系)\s*\S{0,16}?(?:网|网站|小编|网友|用户|会员|作者|站长)\S{0,4}?(?:整理|提供|收集|编辑|发布|投稿|原创|上传|分享)(?:[，,、]?\s*(?:仅供参考|转载请注明(?:出处|来源)|如需转载[^。]{0,12}|版权归[^。]{0,16}所有|欢迎(?:阅读|下载|分享)))*[。！!]?$/u;
/** "转载请注明出处", "（如需转载请注明来源：www.xxx.com）". */
const REPRINT_LINE = /^[（(【[]?(?:如需|如要|欢迎)?转载(?:请|须|时请)(?:注明|保留)(?:出处|来源|原文链接|本文链接|原文地址)[^。；]{0,40}?[）)】\]]?[。!！]?$/u;
/** "版权归原作者所有", "本文版权归某某范文网所有，未经许可不得转载". */
const COPYRIGHT_LINE =
  /^(?:本文|本站|文章)?版权(?:归|属于?)\S{1,20}?所有(?:[，,]\s*(?:未经[^。]{0,20}|侵权必究|转载请注明(?:出处|来源)|如有侵权[^。]{0,16}))*[。!！]?$/u;
/** "温馨提示：本文仅供参考…如有侵权请联系删除", "声明：本站文章均来自网络…", "免责声明：…". */
const NOTICE_LINE = /^[【[]?(?:温馨提示|友情提示|特别提示|特别声明|声明|免责声明|版权声明|郑重声明)[】\]]?\s*[:：]/u;
const NOTICE_WORDS = /版权|侵权|转载|删除|本站|本网|网友|仅供参考|下载|联系我们|作者所有|来自网络|学习交流/u;
/** "点击下载完整版", "（点击查看）", "点击此处下载Word文档", "下载本文", "免费下载", "文档下载". */
const CLICK_LINE = /^[【[（(]?\s*(?:点击|单击)(?:此处|这里|本文)?(?:下载|查看|阅读|获取|进入|浏览)[^。，,；]{0,16}?\s*[】\]）)]?$/u;
const DOWNLOAD_LINE =
  /^[【[（(]?\s*(?:下载本文(?:档)?|本文(?:档)?下载|免费下载|下载全文|全文下载|下载完整版|完整版下载|文档下载|下载(?:word|WORD|Word)(?:文档|版)?|(?:word|WORD|Word)(?:文档|版)下载)[^。，,；]{0,16}?\s*[】\]）)]?$/u;
/** Page tools: "【字体：大 中 小】", "打印本页 关闭窗口", "【打印】【关闭】", "分享到：". */
const FONT_SIZE_LINE = /^[【[]?字[体号]\s*[:：]\s*(?:[【[]?[大中小][】\]]?\s*){3}[】\]]?$/u;
const TOOL_LINE = /^(?:[【[]?(?:打印本页|打印此文|打印|关闭窗口|关闭本页|关闭|返回顶部|返回列表|收藏本文|加入收藏)[】\]]?\s*){1,4}$/u;
const SHARE_LINE = /^分享到\s*[:：]?[^。，,；;！？!?]{0,30}$/u;
/** "上一篇：2024年社区工作总结", "下一篇：…" (also both on one line). */
const PREV_NEXT_LINE = /^[【[]?(?:上一篇|下一篇|上一页|下一页|上篇|下篇)[】\]]?\s*[:：]/u;
/** "相关推荐", "猜你喜欢：", "相关文章：2024年社区工作总结": the head of a list of other pages. */
const RELATED_HEAD =
  /^[【[]?(?:相关推荐|相关文章|相关阅读|相关范文|热门推荐|热门文章|猜你喜欢|推荐阅读|延伸阅读|精彩推荐|精品推荐|最新文章|最新推荐|更多相关(?:文章|范文)?|你可能(?:还)?(?:喜欢|感兴趣)|您可能(?:还)?感兴趣)[】\]]?\s*(?:[:：].*)?$/u;

/** A related-pages head no document writes as a line of its own ("相关推荐", "【猜你喜欢】"); 推荐阅读 and 延伸阅读 may head a reading list. */
export function isBareRelatedHead(line: string): boolean {
  const t = line.trim();
  return RELATED_HEAD.test(t) && !/[:：]./u.test(t) && !/推荐阅读|延伸阅读/u.test(t);
}

/** Fields of a page's publication-info line, by the value each must have. */
const DATE_FIELDS = ['发布时间', '发布日期', '更新时间', '更新日期', '发表时间', '发表日期', '上传时间', '上传日期', '时间', '日期'];
const COUNT_FIELDS = [
  '热度',
  '浏览次数',
  '浏览量',
  '浏览',
  '阅读次数',
  '阅读量',
  '阅读',
  '点击次数',
  '点击量',
  '点击数',
  '点击',
  '人气',
  '访问量',
  '访问次数',
  '字数',
];
const NAME_FIELDS = ['投稿人', '投稿', '文章来源', '信息来源', '来源', '作者', '责任编辑', '编辑', '发布者', '发布人', '录入', '供稿', '栏目', '分类'];
/** Fields no document text uses alone as a line: a single one of them is a publication-info line. */
const WEB_ONLY_FIELDS = new Set([
  ...DATE_FIELDS.filter((f) => f !== '时间' && f !== '日期'),
  ...COUNT_FIELDS.filter((f) => f !== '阅读' && f !== '点击' && f !== '字数'),
]);
const SOURCE_FIELDS = new Set(['文章来源', '信息来源', '来源']);
const FIELD = new RegExp(
  `[【\\[]?(${[...DATE_FIELDS, ...COUNT_FIELDS, ...NAME_FIELDS].sort((a, b) => b.length - a.length).join('|')})[】\\]]?\\s*[:：]\\s*`,
  'gu',
);
const DATE_VALUE = /^(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const COUNT_VALUE = /^(?:\d[\d,]*(?:\.\d+)?\s*(?:[wW万kK千]\+?)?\s*(?:次|人次|人|字)?|加载中\S{0,3}|-+|)$/u;
const LEADING_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+/u;
const NAME_VALUE = /^[^\s。；！？，,;!?:：]{1,24}$/u;
/** A value naming a website: "某某范文网", "www.xxx.com", "xx网站". */
const SITE_VALUE = /^(?:\S{2,14}?网(?:站)?|(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?)$/iu;

export interface PublicationInfo {
  fields: { name: string; value: string }[];
  /** The website the 来源 field names (来源：某某范文网), if any. */
  site?: string;
}

/**
 * Rule: a web page's publication-info line ("发布时间：2025-01-08 来源：某某范文网",
 * "作者：佚名 来源：网络 浏览次数：128"). The whole line must be fields of the set, each with a
 * value of its kind (a date, a count, a short name). Two or more such fields make one; a single
 * field only when no document uses it alone ("发布时间：2025-01-08", "浏览次数：35") or when it is a
 * 来源 naming a website. So "时间：2025年3月5日" (an activity's time), "数据来源：统计局" and
 * "来源：区统计局" stay.
 */
export function publicationInfo(line: string): PublicationInfo | undefined {
  // A bare date and time before the fields ("2023-11-30 06:44 来源：某某网 点击：") is the page's.
  const lead = LEADING_DATE.exec(line.trim());
  // A bare view count after the fields ("来源：某某网 1.76W") is the page's too.
  const t = line
    .trim()
    .slice(lead ? lead[0].length : 0)
    .replace(/\s+\d+(?:\.\d+)?\s*[wW万kK]\+?$/u, '');
  if (lead && t.length === 0) return undefined;
  const marks = [...t.matchAll(FIELD)];
  if (marks.length === 0 || marks[0]!.index !== 0) return undefined;
  const fields: { name: string; value: string }[] = [];
  for (const [k, m] of marks.entries()) {
    const end = marks[k + 1]?.index ?? t.length;
    const value = t.slice(m.index + m[0].length, end).trim();
    const name = m[1]!;
    const ok = DATE_FIELDS.includes(name) ? DATE_VALUE.test(value) : COUNT_FIELDS.includes(name) ? COUNT_VALUE.test(value) : NAME_VALUE.test(value);
    if (!ok) return undefined;
    fields.push({ name, value });
  }
  const source = fields.find((f) => SOURCE_FIELDS.has(f.name) && SITE_VALUE.test(f.value));
  const info = source && /网(?:站)?$/u.test(source.value) ? { fields, site: source.value } : { fields };
  if (fields.length >= 2 || lead) return info;
  // A time to the second ("时间：2022-06-04 03:26:56") is a page's stamp, not an activity's date.
  const stamped = /\d{1,2}:\d{2}:\d{2}$/.test(fields[0]!.value);
  return WEB_ONLY_FIELDS.has(fields[0]!.name) || source || stamped ? info : undefined;
}

/** What a clutter line is, for the report. */
export type ClutterKind = 'credit' | 'copyright' | 'download' | 'tool' | 'prev-next' | 'related' | 'publication';

/**
 * Rule: a whole line of template-site clutter, or undefined. `site` is the website a credit or
 * 来源 line names ("本文由某某范文网整理" → 某某范文网).
 */
export function templateClutter(line: string): { kind: ClutterKind; site?: string } | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return undefined;
  if (CREDIT_LINE.test(t)) {
    const site = /^本\S{0,3}?(?:由|来自|来源于|系)\s*(\S{2,14}?网(?:站)?)(?=\S{0,4}?(?:整理|提供|收集|编辑|发布|投稿|原创|上传|分享))/u.exec(t)?.[1];
    return site ? { kind: 'credit', site } : { kind: 'credit' };
  }
  if (REPRINT_LINE.test(t) || COPYRIGHT_LINE.test(t)) return { kind: 'copyright' };
  if (NOTICE_LINE.test(t) && NOTICE_WORDS.test(t)) return { kind: 'copyright' };
  if (!SENTENCE_MARK.test(t) && (CLICK_LINE.test(t) || DOWNLOAD_LINE.test(t))) return { kind: 'download' };
  if (FONT_SIZE_LINE.test(t) || TOOL_LINE.test(t) || SHARE_LINE.test(t)) return { kind: 'tool' };
  if (PREV_NEXT_LINE.test(t)) return { kind: 'prev-next' };
  if (RELATED_HEAD.test(t) && !SENTENCE_MARK.test(t)) return { kind: 'related' };
  const info = publicationInfo(t);
  if (info) return info.site ? { kind: 'publication', site: info.site } : { kind: 'publication' };
  return undefined;
}

/**
 * A line of a list of other pages' titles (under 相关推荐, at a page's end): short, no sentence
 * punctuation, perhaps numbered or bulleted ("1. 2024年社区工作总结", "· 志愿服务方案").
 */
export function isTitleListLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 50 && !/[。；！？，,;!?：:]/u.test(t.replace(/^(?:\d{1,2}[.．、]|[·•▪●◆■\-*])\s*/u, ''));
}
