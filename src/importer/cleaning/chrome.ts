/**
 * Rule: more of a 范文 site's chrome, as whole lines (noise.ts holds the first rules). Each kind
 * is the site's own wording, never a document's: the site's persona 小编 and its intros, a
 * download page's file facts, shop and membership buttons, ads for writing tools, image file
 * names, a preview's list of page images, a breadcrumb written with spaces. When in doubt a line
 * is kept.
 */

export type ChromeKind = 'intro' | 'download' | 'shop' | 'ad' | 'image' | 'page-list' | 'breadcrumb' | 'contact';

export const CHROME_LABEL: Record<ChromeKind, string> = {
  intro: '网页导语（小编的话）',
  download: '网页下载信息',
  shop: '网页会员和购物按钮',
  ad: '网页广告',
  image: '网页图片文件名',
  'page-list': '网页预览的分页列表',
  breadcrumb: '网页导航路径',
  contact: '网页客服联系方式',
};

/** The site speaking of itself: 小编, 本站, "希望对大家有所帮助", "供大家参考". */
const INTRO =
  /小编|本站为(?:您|你|大家)|(?:希望|但愿)(?:能|可以)?(?:对|给|帮助)(?:大家|您|你)|(?:仅)?供(?:大家|您|你)(?:参考|阅读|借鉴)|欢迎(?:大家)?(?:阅读|借鉴|参考|收藏|下载)[。！!]?$|精心(?:整理|收集|搜集|准备)(?:了|的)/u;
/** A download page: "• 28.00 KB", "文档大小：1.2M", "下载积分：5", "共5页", "文档简介", "下载本文档". */
const DOWNLOAD = [
  /^[•·●▪]?\s*\d+(?:\.\d+)?\s*(?:KB|MB|K|M|B)$/iu,
  /^(?:文档|文件)?(?:大小|格式|类型|页数|字数|下载积分|下载次数|浏览次数|上传时间|上传者|贡献者|文档分类)\s*[:：]/u,
  /^(?:文档简介|文档介绍|内容简介|下载本文档|下载文档|立即下载|免费下载|下载此文档|下载word|举报|纠错|收藏|分享|评论|打印|举报该文档)$/iu,
  /^版权说明\s*[:：]/u,
  /^(?:资源描述|文档描述|内容预览|查看更多|更多>+|展开阅读全文)$/u,
  /^[•·●]\s*(?:\d+\s*页|当前文档由用户上传\S*)/u,
  // A page's date with a section name or a count ("2022-06-10 工作总结", "2025-08-04 07:03:52 121").
  /^\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[\p{Script=Han}]{2,6}|\d{1,7})?$/u,
  /^本文已影响\s*[\d.]+\s*[wW万]?\s*人$/u,
  /^(?:word|docx?|pdf|wps)\s*(?:文档|格式)?$/iu,
  /^已阅读\s*\d+\s*页[,，]?\s*还剩\s*\d+\s*页未读/u,
  /^(?:继续)?(?:免费)?阅读(?:全文|更多)?$/u,
];
/** A numbered item of a download page's notice ("1、本文档共23页，可阅读全部内容。", "- 3、本站所有内容均由…"). */
const DOWNLOAD_NOTICE = /^(?:[-•·]\s*|\d{1,2}\.\s*)?\d{1,2}\s*[、.．]\s*.*(?:本文档|该文档|本站|VIP文档|用户上传|上传人|下载权益|版权申诉)/u;
/** Download facts that run long: "上传人：… 文档编号：… 格式：DOCX 页数：4", "《….docx》由会员分享…". */
const DOWNLOAD_LONG = [/^上传人\s*[:：]/u, /^《[^》]{2,80}\.(?:docx?|pdf|wps)》由会员分享/iu, /^(?:文档编号|文档ID|资料编号)\s*[:：]/u];
/** Shop and membership: 购物车, 我的足迹, 加入Vip免费下载, 登录, 注册, 会员中心, 开通VIP. */
const SHOP =
  /^(?:[【[]?(?:购物车|我的足迹|我的收藏|会员中心|个人中心|登录|注册|退出|开通(?:VIP|会员)|加入(?:VIP|会员)\S{0,8}|VIP\S{0,8}|充值|我的订单|(?:免费|立即)?下载)[】\]]?\s*[|｜/]?\s*){1,6}$/iu;
/** An ad line: "AI写作神器！立即了解", "一键生成工作总结 免费试用". */
const AD =
  /(?:立即(?:了解|体验|使用|咨询|下载|生成)|马上(?:体验|使用)|免费(?:试用|体验|生成)|一键生成|写作(?:神器|助手|工具|软件)|AI\s*写作|点击(?:进入|了解|咨询))[!！。]?$/iu;
/** "image.png", "图片1.jpg", "[图片]". */
const IMAGE = /^(?:\S{0,20}\.(?:png|jpe?g|gif|webp|bmp)|[【[]?图片[】\]]?)$/iu;
/** A preview's page images: "<title>_第1页", "<title>_第2頁". */
const PAGE_LIST = /^\S.{0,80}?[_＿]\s*第\s*\d{1,3}\s*页$/u;
/** A breadcrumb written with spaces: "首页 优秀范文 工作计划 正文". */
const SPACED_CRUMB = /^(?:网站首页|首页|主页)(?:\s+[^\s。，；！？,;!?：:>＞»›→/]{1,10}){1,6}$/u;
/** Contact lines of a download notice: "客服QQ：123456", "QQ：123456", "微信：xxx". */
const CONTACT = /^(?:\d+[.、．]\s*)?.{0,20}?(?:QQ|qq|客服)\s*(?:号|群)?\s*[:：]?\s*[0-9a-zA-Z@._-]{5,}/u;

/** What kind of site chrome a whole line is, or undefined. */
export function chromeKind(line: string): ChromeKind | undefined {
  const t = line.trim();
  if (t.length === 0) return undefined;
  // The site's persona speaks only for the site, however long the line it sits in.
  if (/小编/u.test(t) || (t.length <= 200 && INTRO.test(t))) return 'intro';
  if (t.length <= 300 && DOWNLOAD_NOTICE.test(t)) return 'download';
  if (t.length <= 300 && DOWNLOAD_LONG.some((re) => re.test(t))) return 'download';
  if (t.length > 60) return undefined;
  if (DOWNLOAD.some((re) => re.test(t))) return 'download';
  if (SHOP.test(t)) return 'shop';
  if (AD.test(t) && !/[。；]/.test(t.slice(0, -1))) return 'ad';
  if (IMAGE.test(t)) return 'image';
  if (PAGE_LIST.test(t)) return 'page-list';
  if (SPACED_CRUMB.test(t)) return 'breadcrumb';
  if (CONTACT.test(t)) return 'contact';
  return undefined;
}

/** A credit inside a sentence: "（摘自某某范文网）", "摘自www.xxx.com", "（来源：www.xx.net）". */
const SITE_OR_URL = String.raw`(?:\S{2,14}?(?:范文|文库|美文|作文|写作|资料)\S{0,6}?网(?:站)?|(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w./-]*)?)`;
const INLINE_CREDIT = new RegExp(
  String.raw`[（(【\[]\s*(?:摘自|转自|来源|来自|出自|选自)\s*[:：]?\s*${SITE_OR_URL}\s*[）)】\]]|(?:摘自|转自|选自)\s*[:：]?\s*${SITE_OR_URL}`,
  'giu',
);

/** The line without credits to a website inside it, and the credits removed. */
export function stripInlineCredits(line: string): { text: string; credits: string[] } {
  const credits: string[] = [];
  const text = line.replace(INLINE_CREDIT, (m) => {
    credits.push(m.trim());
    return '';
  });
  return { text, credits };
}
