/**
 * The layouts real 范文 pages arrive in, one fixture each, written for this test in our own
 * words (no third-party text): compilation headers, page labels, site chrome, previews and
 * paywalls, Markdown, run-on previews, outlines. Each goes through the real pipeline; the test
 * checks the documents it yields, their titles, what must be gone and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { proposeDocuments, type Proposal } from '../../src/importer/pipeline.ts';
import { TO_BE_FILLED } from '../../src/lib/schema.ts';

interface Layout {
  name: string;
  lines: string[];
  /** The documents' titles, in order. */
  titles: string[];
  /** Strings no document's title or body may hold (the chrome). */
  gone?: string[];
  /** Strings some document's body must hold. */
  kept?: string[];
  /** The first document's years; [] for 待填写. */
  years?: number[];
  /** The first document's level; null for 待填写. */
  level?: string | null;
  truncated?: boolean;
}

const BODY_A = [
  '为进一步提升居民文明素质，推动社区精神文明建设再上新台阶，结合本社区实际，制定本计划。',
  '一、指导思想',
  '坚持以习近平新时代中国特色社会主义思想为指导，深入践行社会主义核心价值观。',
  '二、主要措施',
  '组织开展邻里互助、文明劝导和理论宣讲等活动，全年不少于十二场。',
];
const BODY_B = [
  '今年以来，我镇围绕文明村镇创建目标，扎实推进各项工作，取得了较好成效。',
  '一、工作开展情况',
  '全镇新建新时代文明实践站三个，注册志愿者增加四百余人。',
  '二、存在的不足',
  '部分村群众参与的积极性还不够高，活动形式有待丰富。',
];

const LAYOUTS: Layout[] = [
  {
    name: 'compilation: <title> 篇1 under a （通用15篇） heading and a 小编 intro',
    lines: [
      '下面是小编为大家整理的社区精神文明建设工作计划，供大家参考。',
      '社区精神文明建设工作计划（通用15篇）',
      '社区精神文明建设工作计划 篇1',
      ...BODY_A,
      '社区精神文明建设工作计划 篇2',
      ...BODY_B,
    ],
    titles: ['社区精神文明建设工作计划', '社区精神文明建设工作计划'],
    gone: ['小编', '通用15篇', '篇1', '篇2'],
  },
  {
    name: 'compilation: <title>篇一 with （精选28篇）',
    lines: ['乡镇文明创建工作总结（精选28篇）', '乡镇文明创建工作总结篇一', ...BODY_B, '乡镇文明创建工作总结篇二', ...BODY_A],
    titles: ['乡镇文明创建工作总结', '乡镇文明创建工作总结'],
    gone: ['精选28篇', '篇一', '篇二'],
  },
  {
    name: 'compilation: 第1篇 <title>, each part with its own title line',
    lines: ['第1篇 河湾社区精神文明建设工作计划', ...BODY_A, '第2篇 柳林镇文明创建工作总结', ...BODY_B],
    titles: ['河湾社区精神文明建设工作计划', '柳林镇文明创建工作总结'],
    gone: ['第1篇', '第2篇'],
  },
  {
    name: 'compilation: <title>第1篇',
    lines: ['河湾社区精神文明建设工作计划第1篇', ...BODY_A, '柳林镇文明创建工作总结第2篇', ...BODY_B],
    titles: ['河湾社区精神文明建设工作计划', '柳林镇文明创建工作总结'],
  },
  {
    name: 'compilation: 篇【一】 standing alone, the title on the next line',
    lines: ['篇【一】', '河湾社区精神文明建设工作计划', ...BODY_A, '篇【二】', '柳林镇文明创建工作总结', ...BODY_B],
    titles: ['河湾社区精神文明建设工作计划', '柳林镇文明创建工作总结'],
    gone: ['篇【'],
  },
  {
    name: 'compilation: <title>（1） under a heading announcing 3 texts',
    lines: ['（3篇）城乡文明创建工作汇报', '城乡文明创建工作汇报（1）', ...BODY_B, '城乡文明创建工作汇报（2）', ...BODY_A],
    titles: ['城乡文明创建工作汇报', '城乡文明创建工作汇报'],
    gone: ['3篇'],
  },
  {
    name: 'compilation: <title>1, <title>2',
    lines: ['学校精神文明建设工作计划1', ...BODY_A, '学校精神文明建设工作计划2', ...BODY_B],
    titles: ['学校精神文明建设工作计划', '学校精神文明建设工作计划'],
  },
  {
    name: 'compilation: <title>一： … <title>二：',
    lines: ['精神文明建设工作计划一：', ...BODY_A, '精神文明建设工作计划二：', ...BODY_B],
    titles: ['精神文明建设工作计划', '精神文明建设工作计划'],
  },
  {
    name: 'compilation: 1、<title> repeating the page heading (one part visible)',
    lines: ['文明单位创建实施方案精选', '1、文明单位创建实施方案精选', ...BODY_A],
    titles: ['文明单位创建实施方案'],
    gone: ['精选'],
  },
  {
    name: 'a body heading "1、…工作计划" never splits a document',
    lines: [
      '河湾社区精神文明建设工作要点',
      '一、重点任务',
      '1、制定年度宣传工作计划',
      '围绕重要节点，组织开展主题宣传活动，营造良好氛围。',
      '2、完善志愿服务实施方案',
      '健全志愿服务激励机制，推动志愿服务常态化。',
    ],
    titles: ['河湾社区精神文明建设工作要点'],
    kept: ['制定年度宣传工作计划'],
  },
  {
    name: 'page labels: （实用32篇）（3870字）三篇 赏析八篇 are never in a title',
    lines: ['青山街道文明实践工作方案（实用32篇）（3870字）', ...BODY_A],
    titles: ['青山街道文明实践工作方案'],
  },
  {
    name: 'page labels: 三篇, 赏析八篇',
    lines: ['青山街道文明实践工作方案三篇', '青山街道文明实践工作方案赏析八篇', ...BODY_A],
    titles: ['青山街道文明实践工作方案'],
    gone: ['三篇', '赏析'],
  },
  {
    name: 'a year only in a labelled heading over an undated text is not the year',
    lines: [
      '2025年社区精神文明建设工作计划（通用9篇）',
      '为做好20XX年精神文明建设工作，结合本社区实际，制定本计划。',
      '一、指导思想',
      '坚持以社会主义核心价值观为引领，持续深化文明创建。',
    ],
    titles: ['2025年社区精神文明建设工作计划'],
    years: [],
  },
  {
    name: 'chrome: breadcrumb without ">", site name, publication line with a leading date, 小编 intro',
    lines: [
      '首页 优秀范文 工作计划 正文',
      '2024-03-15 09:12 来源：某某文秘网 点击：',
      '下面是小编为大家收集的社区文明创建工作计划，希望对大家有所帮助。',
      '河湾社区文明创建工作计划',
      ...BODY_A,
    ],
    titles: ['河湾社区文明创建工作计划'],
    gone: ['首页', '来源', '小编', '点击'],
  },
  {
    name: 'chrome: 當前位置 breadcrumb and a 繁体 page',
    lines: [
      '當前位置：首頁 > 範文 > 工作計劃',
      '河灣社區精神文明建設工作計劃',
      '為進一步提升居民文明素質，推動社區精神文明建設再上新臺階，結合本社區實際，制定本計劃。',
      '一、指導思想',
      '堅持以社會主義核心價值觀為引領，深入開展群眾性精神文明創建活動。',
    ],
    titles: ['河湾社区精神文明建设工作计划'],
    gone: ['當前位置', '首頁'],
    kept: ['群众性精神文明创建活动'],
  },
  {
    name: 'chrome: 时间/作者/投稿/更新时间 lines and a trailing-separator breadcrumb',
    lines: [
      '当前位置：首页 > 专题范文 > 工作总结 >',
      '更新时间：2024-06 来源：网友投稿',
      '作者：佚名 时间：2024-06-01 点击：1.2W',
      '柳林镇文明创建工作总结',
      ...BODY_B,
    ],
    titles: ['柳林镇文明创建工作总结'],
    gone: ['当前位置', '网友投稿', '佚名'],
  },
  {
    name: 'chrome: a download page (ID/大小/页数/格式, • 28.00 KB, 温馨提示 with QQ), shop and VIP buttons, an ad line',
    lines: [
      '购物车',
      '我的足迹',
      '加入Vip免费下载 立即下载',
      '河湾社区志愿服务工作方案.doc',
      'ID：48213',
      '大小：28.00 KB',
      '页数：6页',
      '格式：doc',
      '• 28.00 KB',
      '公文写作神器！立即了解',
      '河湾社区志愿服务工作方案',
      ...BODY_A,
      '温馨提示：',
      '1.本文档由用户上传，如有问题请联系客服QQ：123456789',
      '2.下载后请用WPS或Word打开',
    ],
    titles: ['河湾社区志愿服务工作方案'],
    gone: ['购物车', '足迹', 'Vip', 'KB', '写作神器', '温馨提示', 'QQ', 'ID：'],
  },
  {
    name: 'chrome: a credit inside a sentence, image.png, a page-image list',
    lines: [
      '河湾社区文明创建工作总结_第1页',
      '河湾社区文明创建工作总结_第2页',
      '河湾社区文明创建工作总结',
      '今年以来，社区坚持创建为民（摘自www.fanwen-demo.net），扎实开展各项创建活动。',
      'image.png',
      '一、主要做法',
      '社区组织开展了文明家庭评选和邻里节活动，群众参与踊跃。',
    ],
    titles: ['河湾社区文明创建工作总结'],
    gone: ['摘自', 'fanwen-demo', 'image.png', '_第1页'],
    kept: ['今年以来，社区坚持创建为民，扎实开展各项创建活动。'],
  },
  {
    name: 'chrome: a 提纲 outline before a speech is removed, not turned into headings',
    lines: [
      '在全县文明创建推进会上的讲话',
      '提纲',
      '一、认清形势，增强责任感',
      '二、突出重点，推动提质增效',
      '同志们：',
      '今天召开全县文明创建推进会，主要任务是总结去年工作，部署今年任务。',
      '一、认清形势，增强责任感',
      '过去一年，全县上下齐心协力，文明创建工作取得了明显成效。',
      '二、突出重点，推动提质增效',
      '今年要重点抓好三个方面的工作，确保各项任务落到实处。',
    ],
    titles: ['在全县文明创建推进会上的讲话'],
    gone: ['提纲'],
  },
  {
    name: 'preview: page counters run into the text and 全文预览已结束 (truncated, gap)',
    lines: [
      '第1页共5页河湾社区文明创建实施方案一、工作目标通过一年努力，社区文明程度明显提升。二、工作措施开展文明家庭评选活动。第2页共5页三、保障措施成立工作专班，明确责任分工。',
      '全文预览已结束',
      '下载本文档',
      '相关推荐',
      '2024年社区工作总结',
    ],
    titles: ['河湾社区文明创建实施方案'],
    gone: ['第1页', '第2页', '全文预览已结束', '下载', '相关推荐'],
    truncated: true,
  },
  {
    name: 'paywall: 此处隐藏4260个字 in the middle (a gap where it stood)',
    lines: ['柳林镇文明创建工作总结', ...BODY_B.slice(0, 3), '……此处隐藏4260个字……', '二、存在的不足', '部分村群众参与的积极性还不够高，活动形式有待丰富。'],
    titles: ['柳林镇文明创建工作总结'],
    gone: ['隐藏4260'],
    kept: ['活动形式有待丰富'],
    truncated: true,
  },
  {
    name: 'paywall: 省略673字,正式会员可完整阅读 and [此文共5020字]',
    lines: ['[此文共5020字]', '柳林镇文明创建工作总结', ...BODY_B.slice(0, 3), '省略673字，正式会员可完整阅读。'],
    titles: ['柳林镇文明创建工作总结'],
    gone: ['此文共', '省略673字', '会员'],
    truncated: true,
  },
  {
    name: 'a text that ends mid-sentence is truncated',
    lines: ['柳林镇文明创建工作总结', ...BODY_B.slice(0, 3), '下一步，我们将继续加大宣传力度，进一步完善志愿服务体系，推动文明创建工作向'],
    titles: ['柳林镇文明创建工作总结'],
    truncated: true,
  },
  {
    name: 'Markdown from an AI-written page: ###, ** and a repeated title below a section name',
    lines: [
      '写作助手',
      '河湾社区精神文明建设工作计划',
      '工作计划',
      '### 河湾社区精神文明建设工作计划',
      '#### 一、指导思想',
      '坚持以习近平新时代中国特色社会主义思想为指导。',
      '#### 二、主要措施',
      '1. **开展文明礼仪宣传**：每季度举办一次文明礼仪讲座。',
      '2. **推进志愿服务**：组建社区志愿服务队，定期开展服务。',
    ],
    titles: ['河湾社区精神文明建设工作计划'],
    gone: ['\\#', '**', '\\*', '写作助手', '\n工作计划\n'],
    kept: ['开展文明礼仪宣传：每季度举办一次文明礼仪讲座。'],
  },
  {
    name: 'pinyin glosses inside words are removed',
    lines: [
      '社區(qū)精神文明建設(shè)工作計(jì)劃',
      '為進一步推動社區(qū)精神文明建設(shè)，結合實際，制定本計劃。',
      '一、主要活動(dòng)',
      '組織開展文明實踐活動(dòng)，豐富居民精神文化生活。',
    ],
    titles: ['社区精神文明建设工作计划'],
    gone: ['(qū)', '(shè)', '(dòng)'],
  },
  {
    name: 'a title below leftover lines (site slogan, section name) and a speaker before a colon',
    lines: [
      '精选优质文档-倾情为你奉上',
      '讲话稿',
      '王某某同志：在全市文明城市创建动员会上的讲话',
      '同志们：',
      '今天我们召开全市文明城市创建动员会，目的是统一思想、明确任务、压实责任。',
    ],
    titles: ['王某某同志：在全市文明城市创建动员会上的讲话'],
    gone: ['倾情', '\n讲话稿\n'],
  },
  {
    name: 'a download page: file name, uploader line, 由会员分享 blurb; the file name stands in for a missing title',
    lines: [
      '河湾社区精神文明建设工作要点.docx',
      '上传人：张** 文档编号：12345678 上传时间：2024-09-11 格式：DOCX 页数：4 大小：16.34KB',
      '点击查看更多>>',
      '《河湾社区精神文明建设工作要点.docx》由会员分享，可在线阅读，更多相关文档请在某某文库网站上搜索。',
      '做好今年社区精神文明建设工作，要坚持以社会主义核心价值观为引领，持续深化文明创建。',
      '一、深化理论武装',
      '组织开展理论宣讲进小区活动，全年不少于十场。',
    ],
    titles: ['河湾社区精神文明建设工作要点'],
    gone: ['.docx', '上传人', '由会员分享', '查看更多'],
  },
  {
    name: 'a site name and section before the title, a page stamp to the second, a （原创） label',
    lines: ['某某美文网 资料文库 柳林镇文明创建工作总结（原创）', '时间：2024-06-04 03:26:56', ...BODY_B],
    titles: ['柳林镇文明创建工作总结'],
    gone: ['美文网', '资料文库', '03:26:56', '原创'],
  },
  {
    name: 'a hospital speaking of itself (我院) is a 基层单位; the preview ad after 预览阅读已结束 goes with it',
    lines: [
      '人民医院精神文明建设工作总结',
      '今年以来，我院坚持以病人为中心，扎实开展文明创建活动，服务质量明显提升。',
      '一、主要做法',
      '全院开展文明科室评比，设立志愿服务岗。',
      '预览阅读已结束，若您需要全文请联系客服。',
    ],
    titles: ['人民医院精神文明建设工作总结'],
    level: 'unit',
    gone: ['预览阅读', '联系客服'],
    truncated: true,
  },
  {
    name: 'a title run into its text on one line',
    lines: [
      '2024年创建文明城市情况汇报今年以来，我们紧紧围绕创建目标，扎实开展各项工作，现将有关情况汇报如下：一、主要工作开展了环境整治行动。二、下一步打算持续巩固创建成果。',
    ],
    titles: ['2024年创建文明城市情况汇报'],
    kept: ['今年以来，我们紧紧围绕创建目标'],
  },
];

const textOf = (p: Proposal) => `${String(p.data.title)}\n${p.body}`;

describe('the layouts real pages arrive in', () => {
  for (const layout of LAYOUTS) {
    it(layout.name, () => {
      const docs = proposeDocuments({ path: 'in/page.txt', format: 'txt', encoding: 'UTF-8', text: layout.lines.join('\n') }, { existing: [] });
      expect(docs.map((d) => d.data.title)).toEqual(layout.titles);
      for (const s of layout.gone ?? []) for (const d of docs) expect(textOf(d), `“${s}” left in`).not.toContain(s);
      for (const s of layout.kept ?? [])
        expect(
          docs.some((d) => d.body.includes(s)),
          `“${s}” lost`,
        ).toBe(true);
      if (layout.level !== undefined) expect(docs[0]!.data.level).toBe(layout.level ?? TO_BE_FILLED);
      if (layout.years) expect(docs[0]!.data.years).toEqual(layout.years.length ? layout.years : TO_BE_FILLED);
      if (layout.truncated !== undefined) {
        expect(docs[0]!.data.completeness).toBe(layout.truncated ? 'truncated' : 'complete');
        if (layout.truncated) expect(docs[0]!.body).toContain('<SourceGap');
      }
    });
  }
});
