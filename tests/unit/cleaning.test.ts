/**
 * One or more tests per cleaning rule (src/importer/cleaning/), on real snippets of the seeds.
 */
import { createProcessor } from '@mdx-js/mdx';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
  HEADING_KINDS,
  HeadingLevels,
  formatNumbering,
  type HeadingKind,
  detectNumbering,
  escapeMdxText,
  fixConversionErrors,
  hasCjkDigitSpace,
  hasPageMarker,
  joinBrokenLines,
  continueHeadingAcrossBreak,
  isDateLine,
  removePageMarkers,
  runsOnAcrossBlank,
  signatureLines,
  normalizeMarker,
  removeCjkSpacing,
  sourceGapTag,
  splitFlattened,
  titleOf,
  splitRunTogetherHeading,
  toFullWidthPunctuation,
  isBreadcrumbLine,
  isBareRelatedHead,
  isTitleListLine,
  publicationInfo,
  stripNoiseLines,
  templateClutter,
  stripPageMarkers,
  stripPaywallMarkers,
  unescapeMdxText,
} from '../../src/importer/cleaning/index.ts';

describe('stripNoiseLines: site chrome', () => {
  it('drops the chrome around 002 and keeps the text', () => {
    const lines = [
      '手机版',
      '您的当前位置: 十九范文网 > 专题范文 > 工作要点 > 2023年精神文明建设工作要点7篇',
      '来源:网友投稿 时间:2023-03-12',
      ' 2022 年是党的二十大召开之年,是进入全面建设社会主义现代化国家……',
      '推荐访问:2022年精神文明建设工作要点 精神文明建设 工作要点',
      '十九范文网 www.ib19.com',
      'Copyright © 2002-2018 . 十九范文网 版权所有',
    ];
    expect(stripNoiseLines(lines)).toEqual([' 2022 年是党的二十大召开之年,是进入全面建设社会主义现代化国家……']);
  });

  it('drops the download widget of 003 and the advertisement of 004', () => {
    const lines = [
      '分享',
      '下载文档',
      'ID:528241',
      '大小:22KB',
      '页数:15页',
      '格式:DOC',
      '时间:2023-04-08',
      '收藏 分享赚钱',
      '温馨提示:',
      '网站客服:3074922707',
      '此文档下载收益归作者所有',
      '你可能关注的文档',
      '收起',
      '展开',
      '预览阅读已结束,若您需要全文或代笔。',
      '请点击👉 mooonya 👈联系老师',
    ];
    expect(stripNoiseLines(lines)).toEqual([]);
  });

  it('keeps text lines that merely contain a chrome word', () => {
    const line = '一是搭建交流平台。定期组织文明单位之间开展经验交流活动,分享成功经验和做法。';
    expect(stripNoiseLines([line])).toEqual([line]);
  });
});

describe('isBreadcrumbLine: a web page’s breadcrumb, with any separator', () => {
  it.each([
    '首页 > 工作计划 > 正文',
    '当前位置：首页 > 范文 > 工作总结',
    '您现在的位置：首页 > 心得体会',
    '您的位置: 首页 ＞ 工作总结 ＞ 单位工作总结',
    '当前位置：首页 » 范文大全 » 工作计划',
    '首页→工作方案→实施方案',
    '首页 / 范文 / 工作总结',
    '网站首页>>工作要点',
    '所在位置：首页 &gt; 讲话稿',
    'Home > 工作总结',
    '某某范文网 > 工作总结 > 年终总结',
  ])('%s', (line) => {
    expect(isBreadcrumbLine(line)).toBe(true);
  });

  it.each([
    '群众满意率>95%',
    '满意率>95%，投诉率<1%。',
    '比较：a > b > c',
    '一、坚持“以人民为中心”>“以物为中心”的理念',
    '首页',
    '当前位置：首页',
    '首页 > 在首页醒目位置设置专栏，及时发布创建动态。',
    '文明程度 > 去年 > 前年',
    '2023 > 2022',
    '位置：城区东部 > 北部',
    '互联网 > 传统媒体',
  ])('not: %s', (line) => {
    expect(isBreadcrumbLine(line)).toBe(false);
  });
});

describe('templateClutter: whole lines a 范文 site adds around a document', () => {
  it.each([
    ['本文由某某范文网整理，转载请注明出处', 'credit'],
    ['本文由某某范文网整理', 'credit'],
    ['本文来自网友投稿', 'credit'],
    ['本篇文章由小编收集整理，仅供参考', 'credit'],
    ['本文由好范文网提供，欢迎下载', 'credit'],
    ['转载请注明出处', 'copyright'],
    ['（如需转载请注明来源：www.example.com）', 'copyright'],
    ['版权归原作者所有', 'copyright'],
    ['本文版权归某某范文网所有，未经许可不得转载', 'copyright'],
    ['温馨提示：本文仅供参考，如有侵权请联系删除', 'copyright'],
    ['声明：本站文章均来自网络，如有侵权请联系我们删除。', 'copyright'],
    ['免责声明：本文内容由网友上传，仅供学习交流。', 'copyright'],
    ['点击下载完整版', 'download'],
    ['点击下载文档', 'download'],
    ['点击此处下载Word文档', 'download'],
    ['（点击查看）', 'download'],
    ['【点击查看全文】', 'download'],
    ['下载本文', 'download'],
    ['下载本文档', 'download'],
    ['免费下载', 'download'],
    ['文档下载', 'download'],
    ['下载Word版', 'download'],
    ['【字体：大 中 小】', 'tool'],
    ['字号：【大】【中】【小】', 'tool'],
    ['打印本页 关闭窗口', 'tool'],
    ['【打印】【关闭】', 'tool'],
    ['分享到：', 'tool'],
    ['返回顶部', 'tool'],
    ['上一篇：2024年社区工作总结', 'prev-next'],
    ['下一篇：2025年志愿服务工作方案', 'prev-next'],
    ['上一篇：2024年社区工作总结 下一篇：2025年志愿服务工作方案', 'prev-next'],
    ['相关推荐', 'related'],
    ['猜你喜欢：', 'related'],
    ['【热门推荐】', 'related'],
    ['相关文章：2024年社区工作总结', 'related'],
    ['发布时间：2025-01-08 来源：某某范文网', 'publication'],
    ['发布时间：2025-01-08', 'publication'],
    ['作者：佚名 来源：网络 浏览次数：128', 'publication'],
    ['时间：2024年3月1日 来源：某某范文网', 'publication'],
    ['来源：某某范文网', 'publication'],
    ['来源：www.example.com', 'publication'],
    ['更新时间：2025/01/08 12:30 阅读：35次', 'publication'],
    ['浏览次数：128', 'publication'],
  ])('%s → %s', (line, kind) => {
    expect(templateClutter(line)?.kind).toBe(kind);
  });

  it.each([
    // Body sentences that merely mention 下载, 来源, 版权, 转载, 点击, 发布, 推荐.
    '各单位可在区政府门户网站下载本文附件，按要求填报。',
    '下载本文附件后，请于3月底前报送区文明办。',
    '数据来源：区统计局',
    '来源：区统计局',
    '资金来源：区级财政专项资金。',
    '时间：2025年3月5日上午9:00',
    '时间：2025年3月5日 地点：区会议中心',
    '日期：2025年3月5日',
    '作者：张三',
    '阅读：每周组织一次集中阅读活动',
    '点击：各村（社区）文明实践站',
    '本文件由区文明办负责解释。',
    '本方案由XX街道办事处负责解释。',
    '本计划自印发之日起施行。',
    '加强版权保护宣传，打击侵权盗版行为。',
    '转载量、点击量等网络传播指标纳入考核。',
    '点击量超过10万次的作品给予表彰。',
    '相关部门要密切配合，形成工作合力。',
    '相关文章要及时在网站发布，接受群众监督。',
    '推荐阅读书目由区图书馆统一印发。',
    '上一篇文章中提到的问题，本文不再重复。',
    '声明：各单位报送的材料须真实准确。',
    '温馨提示：文明出行，礼让行人。',
    '（二）加强版权归属管理',
    '发布时间：每月5日前',
    '关闭违规经营场所3处。',
    '打印宣传资料5000份，发放到户。',
    '分享到朋友圈的文明故事，由区文明办择优推送。',
    '字体规范、版面整洁。',
    '二、免费下载服务',
  ])('keeps: %s', (line) => {
    expect(templateClutter(line)).toBeUndefined();
  });

  it('names the site a credit or 来源 line gives', () => {
    expect(templateClutter('本文由某某范文网整理，转载请注明出处')?.site).toBe('某某范文网');
    expect(publicationInfo('发布时间：2025-01-08 来源：某某范文网')?.site).toBe('某某范文网');
    expect(publicationInfo('作者：佚名 来源：网络 浏览次数：128')?.site).toBeUndefined();
    expect(publicationInfo('发布时间：2025-01-08 来源：某某范文网')?.fields.map((f) => f.name)).toEqual(['发布时间', '来源']);
  });

  it('isBareRelatedHead: a head no document writes alone; a reading list may', () => {
    expect(isBareRelatedHead('相关推荐')).toBe(true);
    expect(isBareRelatedHead('【猜你喜欢】')).toBe(true);
    expect(isBareRelatedHead('热门推荐：')).toBe(true);
    expect(isBareRelatedHead('推荐阅读')).toBe(false);
    expect(isBareRelatedHead('相关文章：2024年社区工作总结')).toBe(false);
    expect(isBareRelatedHead('相关部门要密切配合')).toBe(false);
  });

  it('isTitleListLine: a line of a list of other pages, not a sentence', () => {
    expect(isTitleListLine('2024年社区工作总结')).toBe(true);
    expect(isTitleListLine('1. 2025年志愿服务工作方案')).toBe(true);
    expect(isTitleListLine('· 文明单位创建实施方案')).toBe(true);
    expect(isTitleListLine('街道成立精神文明建设工作领导小组，由党工委书记任组长。')).toBe(false);
    expect(isTitleListLine('XX街道办事处'.repeat(9))).toBe(false);
  });
});

describe('stripPaywallMarkers', () => {
  it('removes ##paidbegin## inside a sentence of 000 and a lone ##paidend##', () => {
    expect(stripPaywallMarkers('通过线上转发、ED显示屏滚动播放、宣传栏##paidbegin##标语悬挂等方式')).toBe(
      '通过线上转发、ED显示屏滚动播放、宣传栏标语悬挂等方式',
    );
    expect(stripPaywallMarkers('##paidend##')).toBe('');
  });
});

describe('stripPageMarkers', () => {
  it('removes "— 2 —" and "mdash; 1 —" (002 篇三)', () => {
    expect(stripPageMarkers('  — 2 — 示范区为统领,要在践行绿水青山就是金山银山理念')).toBe('  示范区为统领,要在践行绿水青山就是金山银山理念');
    expect(stripPageMarkers('mdash; 1 — 在 2022 年市精神文明建设委员会 (扩大)会议上的讲话')).toBe('在 2022 年市精神文明建设委员会 (扩大)会议上的讲话');
  });

  it('removes a running header with its page number (003) so the word it split is whole again', () => {
    expect(stripPageMarkers('倡导文明健区委宣传部年度精神文明工作方案第2页 康向上的娱乐活动', ['区委宣传部年度精神文明工作方案'])).toBe(
      '倡导文明健康向上的娱乐活动',
    );
  });

  it('hasPageMarker finds leftovers', () => {
    expect(hasPageMarker('推动党的创新 — 5 — 理论')).toBe(true);
    expect(hasPageMarker('推动党的创新理论“飞入寻常百姓家”。')).toBe(false);
  });
});

describe('removePageMarkers: markers gone, the page breaks remembered', () => {
  it('a marker line, a marker opening a line, one ending a line and one inside a line', () => {
    const r = removePageMarkers([
      '（二）深化新时代文明实践和志愿',
      '— 2 —',
      '服务。',
      '  — 3 — 示范区为统领。',
      '推动党的创新 — 4 —',
      '理论宣讲。',
      '高效— 5 —发展。',
    ]);
    expect(r.lines).toEqual(['（二）深化新时代文明实践和志愿', '服务。', '示范区为统领。', '推动党的创新', '理论宣讲。', '高效发展。']);
    expect([...r.breaks]).toEqual([1, 2, 4]);
    expect(r.markers).toEqual([
      { marker: '— 2 —', before: '…新时代文明实践和志愿', after: '服务。' },
      { marker: '— 3 —', before: '服务。', after: '示范区为统领。' },
      { marker: '— 4 —', before: '推动党的创新', after: '理论宣讲。' },
      { marker: '— 5 —' },
    ]);
  });
  it('a line that is only a page number in another form: "- 2 -", "第 2 页 共 5 页"', () => {
    const r = removePageMarkers(['推动党的创新', '- 2 -', '理论宣讲。', '第 3 页 共 5 页', '各单位', '第4页/共5页', '要抓好落实。']);
    expect(r.lines).toEqual(['推动党的创新', '理论宣讲。', '各单位', '要抓好落实。']);
    expect([...r.breaks]).toEqual([1, 2, 3]);
    expect(r.markers.map((m) => m.marker)).toEqual(['- 2 -', '第 3 页 共 5 页', '第4页/共5页']);
    // Not page numbers: a list dash, a count in a sentence.
    expect(removePageMarkers(['- 2 项任务 -', '共完成第 3 页的校对。']).lines).toHaveLength(2);
  });
  it('a text without markers is unchanged and has no breaks', () => {
    const lines = ['一、指导思想', '坚持以习近平新时代中国特色社会主义思想为指导。', '2025年1月6日'];
    expect(removePageMarkers(lines)).toEqual({ lines, breaks: new Set(), blankBefore: new Set(), markers: [] });
  });
  it('remembers a blank line before a line, unless a page marker stood there too', () => {
    const r = removePageMarkers(['', '开展志愿服务活动', '', '', '开展理论宣讲活动', '开展“我们的节日”活动，', '', '— 2 —', '', '每月一次。']);
    expect(r.lines).toEqual(['开展志愿服务活动', '开展理论宣讲活动', '开展“我们的节日”活动，', '每月一次。']);
    expect([...r.blankBefore]).toEqual([1]);
    expect([...r.breaks]).toEqual([3]);
  });
});

describe('continueHeadingAcrossBreak: a heading cut by a page break', () => {
  it('joins the heading’s end on the next page', () => {
    expect(continueHeadingAcrossBreak('（二）深化新时代文明实践和志愿', '服务。')).toBe('（二）深化新时代文明实践和志愿服务。');
    expect(continueHeadingAcrossBreak('2.加强宣讲队伍', '建设。组建“百姓宣讲团”。')).toBe('2.加强宣讲队伍建设。组建“百姓宣讲团”。');
  });
  it.each([
    ['（二）深化新时代文明实践和志愿服务。', '全年开展志愿服务活动。'], // the heading is complete
    ['（二）深化新时代文明实践和志愿服务', '全年开展“学雷锋”志愿服务活动不少于20次。'], // a body sentence, not the heading's end
    ['（二）深化新时代文明实践和志愿', '1.完善志愿服务体系。'], // a numbered line
    ['（二）深化新时代文明实践和志愿', '服务'], // no end: cannot be proved
    ['（二）深化新时代文明实践和志愿', '服务，全年开展活动。'], // a comma: a sentence
    ['全年开展志愿服务活动不少于', '20次。'], // not a heading (the ordinary join rule handles it)
  ])('not: %s + %s', (heading, next) => {
    expect(continueHeadingAcrossBreak(heading, next)).toBeUndefined();
  });
});

describe('signatureLines and joinBrokenLines: a closing 落款 stays two lines', () => {
  it('issuer and date at the end are not joined', () => {
    const lines = ['将精神文明建设纳入年度目标考核，实行月调度、季通报、年考评。', 'XX街道办事处', '2025年1月6日'];
    expect([...signatureLines(lines)].sort()).toEqual([1, 2]);
    expect(joinBrokenLines(lines)).toEqual({ lines, joins: 0, points: [] });
  });
  it('two issuers, a Chinese-numeral date, a 盖章 note; after a sentence that does not end', () => {
    const lines = ['各单位要抓好落实', '中共XX区委宣传部', 'XX区文明办（盖章）', '二〇二五年一月六日'];
    expect([...signatureLines(lines)].sort()).toEqual([1, 2, 3]);
    expect(joinBrokenLines(lines).lines).toEqual(lines);
  });
  it('two issuers on one line', () => {
    const lines = ['各单位要抓好落实。', '中共XX街道工作委员会 XX街道办事处', '2025年1月6日'];
    expect([...signatureLines(lines)].sort()).toEqual([1, 2]);
  });
  it('isDateLine: only a whole date', () => {
    expect(isDateLine('2025年1月6日')).toBe(true);
    expect(isDateLine(' 2025 年 1 月 6 日 ')).toBe(true);
    expect(isDateLine('2025年1月6日召开推进会。')).toBe(false);
    expect(isDateLine('2025年')).toBe(false);
  });
  it.each([
    [['会议定于', '2025年1月6日召开。']], // a date opening a sentence's second half: joined
    [['各单位要抓好落实', '推进文明创建工作。']], // no date at the end
  ])('not a signature: %j', (lines) => {
    expect(signatureLines(lines).size).toBe(0);
    expect(joinBrokenLines(lines).lines).toHaveLength(1);
  });
  it('a sentence broken before the issuer-like words is still joined when no date follows', () => {
    expect(joinBrokenLines(['请各单位将材料报送至', '区文明办']).lines).toEqual(['请各单位将材料报送至区文明办']);
  });
  it('says where each join was made', () => {
    const r = joinBrokenLines(['市第十四次党代会提出以建设践行新发展理念的公园城市', '示范区为统领,要在践行绿水青山就是金山银山理念。']);
    expect(r.points).toEqual([
      {
        paragraph: '市第十四次党代会提出以建设践行新发展理念的公园城市示范区为统领,要在践行绿水青山就是金山银山理念。',
        before: '市第十四次党代会提出以建设践行新发展理念的公园城市',
        after: '示范区为统领,要在践行绿水青山就是金山银山理念。',
        line: 1,
      },
    ]);
  });
});

describe('joinBrokenLines: paragraphs cut by page breaks', () => {
  it('re-joins a sentence cut at a page break (002 篇三) but not a heading and its body', () => {
    const { lines, joins } = joinBrokenLines([
      '一、提高政治站位,不断深化创建文明典范城市的思想认识',
      '市第十四次党代会提出以建设践行新发展理念的公园城市',
      '示范区为统领,要在践行绿水青山就是金山银山理念。',
      '二、坚持问题导向目标导向,持续夯实创建文明典范城市的工作基础',
    ]);
    expect(joins).toBe(1);
    expect(lines).toEqual([
      '一、提高政治站位,不断深化创建文明典范城市的思想认识',
      '市第十四次党代会提出以建设践行新发展理念的公园城市示范区为统领,要在践行绿水青山就是金山银山理念。',
      '二、坚持问题导向目标导向,持续夯实创建文明典范城市的工作基础',
    ]);
  });

  it('joins after an opening quote left open (002 篇四) and never before a numbered line', () => {
    const { lines } = joinBrokenLines(['(四)深化文明家庭创建。开展“好家庭 好家教 好家风”', '主题宣传活动,广泛开展基层宣讲。', '(五)深化文明校园创建。']);
    expect(lines).toEqual(['(四)深化文明家庭创建。开展“好家庭 好家教 好家风”主题宣传活动,广泛开展基层宣讲。', '(五)深化文明校园创建。']);
  });

  it('a short numbered line is a title only where that kind may be a heading (village scoring items)', () => {
    const input = ['9、积极参加我村的公益活动,同事之间团结友善、互帮', '互助、家庭和谐、邻里和睦,共同搞好我村环境建设的,得10 分。'];
    expect(joinBrokenLines(input).lines).toHaveLength(2);
    expect(joinBrokenLines(input, ['cn']).lines).toEqual([
      '9、积极参加我村的公益活动,同事之间团结友善、互帮互助、家庭和谐、邻里和睦,共同搞好我村环境建设的,得10 分。',
    ]);
  });

  it('treats a half-width full stop after a quote as a sentence end (002 篇七)', () => {
    const { joins } = joinBrokenLines(['推动党的创新理论"飞入寻常百姓家".', '二要实施文明素养培塑行动。']);
    expect(joins).toBe(0);
  });
});

describe('joinBrokenLines: a blank line separates paragraphs', () => {
  it('short lines without punctuation, each after a blank line, stay paragraphs', () => {
    const lines = ['开展志愿服务活动', '开展理论宣讲活动', '组织我们的节日活动'];
    expect(joinBrokenLines(lines, undefined, undefined, new Set([1, 2]))).toEqual({ lines, joins: 0, points: [] });
  });
  it('the same lines hard-wrapped (no blank line between them) are still joined', () => {
    expect(joinBrokenLines(['开展志愿服务活动', '开展理论宣讲活动', '组织我们的节日活动']).lines).toEqual([
      '开展志愿服务活动开展理论宣讲活动组织我们的节日活动',
    ]);
  });
  it('a double-spaced text cut mid-sentence (002, its page markers gone) is still joined', () => {
    const r = joinBrokenLines(
      [
        '4、严格执行重大事项报告制度。得6分。未执行的，每',
        '次扣2分。',
        '市第xx次党代会提出以建设践行新发展理念的公园城市示范区为统',
        '领，要在践行绿水青山就是金山银山理念。',
      ],
      ['cn'],
      undefined,
      new Set([1, 2, 3]),
    );
    expect(r.lines).toEqual([
      '4、严格执行重大事项报告制度。得6分。未执行的，每次扣2分。',
      '市第xx次党代会提出以建设践行新发展理念的公园城市示范区为统领，要在践行绿水青山就是金山银山理念。',
    ]);
  });
  it.each([
    ['开展志愿服务活动', '开展理论宣讲活动', false], // two list items
    ['工作目标', '到2025年，全区文明程度明显提升。', false], // a subheading before its text
    ['开展理论宣讲活动，每月一次', '组织我们的节日活动', false], // the next line is no running text
    ['未执行的，每', '次扣2分。', true], // running text cut mid-sentence
    ['公园城市示范区为统', '领，要在践行绿水青山就是金山银山理念。', true], // the next line opens with a word's last character
  ])('runsOnAcrossBlank(%s, %s) is %s', (before, next, runsOn) => {
    expect(runsOnAcrossBlank(before, next)).toBe(runsOn);
  });
});

describe('removeCjkSpacing', () => {
  it('removes spaces between Chinese and digits or Latin letters', () => {
    expect(removeCjkSpacing('贯彻 2022 年全国文明办主任会议')).toBe('贯彻2022年全国文明办主任会议');
    expect(removeCjkSpacing('要聚焦 XX 文化创造性转化')).toBe('要聚焦XX文化创造性转化');
    expect(removeCjkSpacing('加快建设“15 分钟公共服务圈”')).toBe('加快建设“15分钟公共服务圈”');
    expect(removeCjkSpacing('做好税务系统 QQ 群、微信群')).toBe('做好税务系统QQ群、微信群');
    expect(removeCjkSpacing('占比从 29%提高到了 40%')).toBe('占比从29%提高到了40%');
  });

  it('removes a space before an opening quote', () => {
    expect(removeCjkSpacing('适时举办文化文艺展演,开展 “两优一先”表彰大会')).toBe('适时举办文化文艺展演,开展“两优一先”表彰大会');
  });

  it('keeps spaces between Chinese characters (slogans, blanks for names)', () => {
    expect(removeCjkSpacing('开展“好家庭 好家教 好家风”')).toBe('开展“好家庭 好家教 好家风”');
    expect(removeCjkSpacing('由任组长,党支部书记 副组长')).toBe('由任组长,党支部书记 副组长');
  });

  it('hasCjkDigitSpace detects what is left', () => {
    expect(hasCjkDigitSpace('2022 年')).toBe(true);
    expect(hasCjkDigitSpace('2022年')).toBe(false);
  });
});

describe('numbering: detect and normalise 公文 numbering', () => {
  it('detects the four levels', () => {
    expect(detectNumbering('一、坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂')?.kind).toBe('cn');
    expect(detectNumbering('（一）持续深入开展政治理论学习。')?.kind).toBe('paren-cn');
    expect(detectNumbering('(十一)加强干部队伍素质建设。')?.kind).toBe('paren-cn');
    expect(detectNumbering('(一)、强化思想武装')?.marker).toBe('(一)、');
    expect(detectNumbering('1.明确职责切实保障任务落实。')?.kind).toBe('arabic');
    expect(detectNumbering('2. 优化城市管理与服务')?.marker).toBe('2. ');
    expect(detectNumbering('1、认真抓好部领导班子建设')?.kind).toBe('arabic');
    expect(detectNumbering('（1）加强组织领导')?.kind).toBe('paren-arabic');
  });

  it('does not read 一是/一要 runs or numbers in text as numbering', () => {
    expect(detectNumbering('一是以理论学习中心组、“三会一课”、专题党课等形式')).toBeUndefined();
    expect(detectNumbering('一要实施思想政治引领行动')).toBeUndefined();
    expect(detectNumbering('2022年是党的二十大召开之年')).toBeUndefined();
    expect(detectNumbering('3.15消费者权益日')).toBeUndefined();
  });

  it('normalises half-width brackets, a redundant 、 and the space after "2."', () => {
    expect(normalizeMarker('(一)')).toBe('（一）');
    expect(normalizeMarker('(一)、')).toBe('（一）');
    expect(normalizeMarker('（三）')).toBe('（三）');
    expect(normalizeMarker('2. ')).toBe('2.');
    expect(normalizeMarker('1、')).toBe('1、');
  });
});

describe('formatNumbering: the canonical form of each kind, read back by the one parser', () => {
  it('writes 一、（一）1.（1） and parses them back to the same kind and value', () => {
    expect(['cn', 'paren-cn', 'arabic', 'paren-arabic'].map((k) => formatNumbering(k as HeadingKind, 12))).toEqual(['十二、', '（十二）', '12.', '（12）']);
    for (const kind of HEADING_KINDS) {
      for (const value of [1, 2, 10, 11, 20, 99]) {
        const n = detectNumbering(`${formatNumbering(kind, value)}加强组织领导`);
        expect([n?.kind, n?.value, n?.rest]).toEqual([kind, value, '加强组织领导']);
      }
    }
  });
});

describe('HeadingLevels: headings never skip a level', () => {
  it('gives 一、（一）1.（1） the levels 2 3 4 5', () => {
    const h = new HeadingLevels();
    expect([h.next('cn'), h.next('paren-cn'), h.next('arabic'), h.next('paren-arabic')]).toEqual([2, 3, 4, 5]);
  });

  it('places an unnumbered heading by its rank: 2 beside 一、, 2.5 between 一、 and （一）, which then nests one further down', () => {
    const h = new HeadingLevels();
    expect([h.at(2), h.next('cn'), h.at(2.5), h.next('paren-cn'), h.next('arabic'), h.at(2.5), h.at(2), h.next('paren-cn')]).toEqual([2, 2, 3, 4, 5, 3, 2, 3]);
    const deep = new HeadingLevels();
    expect([deep.at(1.5), deep.at(2.5), deep.next('paren-cn'), deep.next('arabic'), deep.next('paren-arabic'), deep.at(5.5)]).toEqual([2, 3, 4, 5, 6, 6]);
  });

  it('puts a 1. directly under 一、 at h3 (000: 五、下一年工作计划 → 1.…)', () => {
    const h = new HeadingLevels();
    expect([h.next('cn'), h.next('arabic'), h.next('arabic'), h.next('cn'), h.next('paren-cn'), h.next('arabic')]).toEqual([2, 3, 3, 2, 3, 4]);
  });

  it('starts at h2 whatever the first numbering is', () => {
    expect(new HeadingLevels().next('arabic')).toBe(2);
  });
});

describe('splitRunTogetherHeading', () => {
  it('splits "(三)基本原则 1.坚持党的领导。" (002 篇二)', () => {
    expect(splitRunTogetherHeading('(三)基本原则 1.坚持党的领导。坚持“两个一以贯之”。')).toEqual(['(三)基本原则', '1.坚持党的领导。坚持“两个一以贯之”。']);
  });

  it('splits a chapter heading from its first section and from its body', () => {
    expect(splitRunTogetherHeading('三、“十四五”精神文明建设保障措施 (一)加强组织领导。各级党组织要切实扛起主体责任。')).toEqual([
      '三、“十四五”精神文明建设保障措施',
      '(一)加强组织领导。各级党组织要切实扛起主体责任。',
    ]);
    expect(splitRunTogetherHeading('二、工作目标 在连续三年“省级文明单位创立〞的根底上,以新的业绩实现争创省级文明单位目标。')).toEqual([
      '二、工作目标',
      '在连续三年“省级文明单位创立〞的根底上,以新的业绩实现争创省级文明单位目标。',
    ]);
  });

  it('leaves a heading with a space inside alone', () => {
    expect(splitRunTogetherHeading('四、考核内容和计分标准(X 分制)')).toEqual(['四、考核内容和计分标准(X 分制)']);
  });
});

describe('splitFlattened: 003 is one long line', () => {
  it('also cuts before "1." and "（1）" items, never inside a decimal', () => {
    expect(splitFlattened('制定方案如下: 一、总体要求 1.坚持党的领导。 (1)加强组织 增长 2.5 倍 （2）健全机制')).toEqual([
      '制定方案如下:',
      '一、总体要求',
      '1.坚持党的领导。',
      '(1)加强组织 增长 2.5 倍',
      '（2）健全机制',
    ]);
  });

  it('cuts before numbering markers that follow a space', () => {
    expect(
      splitFlattened(
        '制定2023年我部精神文明建设工作方案如下: 一、指导思想 : 二、工作目标 在连续三年 三、工作任务 (一)、强化思想武装 1、认真抓好部领导班子建设',
      ),
    ).toEqual([
      '制定2023年我部精神文明建设工作方案如下:',
      '一、指导思想 :',
      '二、工作目标 在连续三年',
      '三、工作任务',
      '(一)、强化思想武装',
      '1、认真抓好部领导班子建设',
    ]);
  });
});

describe('titleOf: the title of a numbered line, if it has one', () => {
  it('a short first sentence followed by the body (001)', () => {
    expect(titleOf('持续深入开展政治理论学习。深入推进“不忘初心、牢记使命”主题教育。')).toEqual({
      title: '持续深入开展政治理论学习。',
      body: '深入推进“不忘初心、牢记使命”主题教育。',
    });
  });

  it('a title-only line', () => {
    expect(titleOf('坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂')).toEqual({ title: '坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂', body: '' });
  });

  it('none for an item with no short first sentence (003)', () => {
    expect(
      titleOf(
        '认真抓好部领导班子建设,在思想上提高科学理论武装水平,在政治上坚决不移地贯彻执行党的思想路线、方针、政策;在行动上始终代表最广阔人民群众的根本利益,全心全意为人民效劳。',
      ),
    ).toBeUndefined();
  });
});

describe('fixConversionErrors: 繁简 conversion errors, only in context', () => {
  it('fixes the errors CORPUS.md lists', () => {
    const { text } = fixConversionErrors(
      '在连续三年“省级文明单位创立〞的根底上,围绕领导班子坚强、工作成效显著、精神状态良好、科教文体开展、单位秩序井然;在行动上始终代表最广阔人民群众的根本利益,全心全意为人民效劳;使广阔干部职工的政治理论水平有显著提高;求实创新、以身作那么、廉洁奉公;稳固和扩大整改成果',
    );
    expect(text).toBe(
      '在连续三年“省级文明单位创建”的基础上,围绕领导班子坚强、工作成效显著、精神状态良好、科教文体发展、单位秩序井然;在行动上始终代表最广大人民群众的根本利益,全心全意为人民服务;使广大干部职工的政治理论水平有显著提高;求实创新、以身作则、廉洁奉公;巩固和扩大整改成果',
    );
  });

  it('leaves the same words alone where they are right', () => {
    const right = '认真开展学习教育活动,生动活泼的文化活动,协调有关部门做好依法治区、“平安蕉城”,党章这一党内的根本大法,六条文明单位创立标准';
    const { text, fixes } = fixConversionErrors(right.replace('创立标准', '创建标准'));
    expect(text).toBe(right.replace('创立标准', '创建标准'));
    expect(fixes).toEqual([]);
  });

  it('reports every fix with its context and count', () => {
    const { fixes } = fixConversionErrors('宣传方案生育,机关无违反方案生育的人和事');
    expect(fixes).toEqual([{ wrong: '方案', right: '计划', from: '方案生育', to: '计划生育', count: 2 }]);
  });
});

describe('escapeMdxText: placeholders and MDX syntax render literally', () => {
  const mdx = createProcessor({ format: 'mdx' });
  const render = (body: string) => toString(mdx.parse(body));

  it('escapes *** and ** so Markdown does not read emphasis', () => {
    const text = '分公司围绕集团公司“***”战略,是**奋力谱写高质量发展新篇章的重要五年,三次来*考察';
    const escaped = escapeMdxText(text);
    expect(escaped).toBe('分公司围绕集团公司“\\*\\*\\*”战略,是\\*\\*奋力谱写高质量发展新篇章的重要五年,三次来\\*考察');
    expect(render(escaped)).toBe(text);
    expect(unescapeMdxText(escaped)).toBe(text);
  });

  it('escapes braces, angle brackets and a list-like start', () => {
    const text = '2. {x} <b> [a](b) 1_2';
    expect(render(escapeMdxText(text))).toBe(text);
  });

  it('keeps a paragraph opening with "import"/"export" text, not ESM (found by random input)', () => {
    for (const text of ['import x from "y"', 'export const a = 1']) {
      const escaped = escapeMdxText(text);
      expect(render(escaped)).toBe(text);
      expect(unescapeMdxText(escaped)).toBe(text);
      expect(mdx.parse(escaped).children.map((c) => c.type)).toEqual(['paragraph']);
    }
  });

  it('writes a SourceGap tag and refuses notes that would break the attribute', () => {
    expect(sourceGapTag('原文到此为止')).toBe('<SourceGap note="原文到此为止" />');
    expect(() => sourceGapTag('带"引号')).toThrow();
  });
});

describe('toFullWidthPunctuation: Chinese text takes full-width punctuation', () => {
  it('ends on unclosed half-width parentheses (found by random input: it used to loop forever)', () => {
    expect(toFullWidthPunctuation('((甲').text).toBe('((甲');
    expect(toFullWidthPunctuation('(（X_\u0000(工作').text).toBe('(（X_\u0000(工作');
  });

  it('converts commas, semicolons and colons that touch Chinese text (002 篇四)', () => {
    const r = toFullWidthPunctuation('做好2022年全区精神文明建设工作,要坚持以习近平新时代中国特色社会主义思想为指导;主要任务:');
    expect(r.text).toBe('做好2022年全区精神文明建设工作，要坚持以习近平新时代中国特色社会主义思想为指导；主要任务：');
    expect(r.count).toBe(3);
  });
  it('converts parentheses around or against Chinese text', () => {
    expect(toFullWidthPunctuation('在2022年市精神文明建设委员会(扩大)会议上的讲话').text).toBe('在2022年市精神文明建设委员会（扩大）会议上的讲话');
    expect(toFullWidthPunctuation('(1)加强组织领导').text).toBe('（1）加强组织领导');
  });
  it('leaves numbers and Latin text alone', () => {
    const r = toFullWidthPunctuation('共1,000人,9:00开始 (LED) a,b');
    expect(r.text).toBe('共1,000人，9:00开始 (LED) a,b');
    expect(r.count).toBe(1);
  });
});
