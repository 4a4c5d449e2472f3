/**
 * The importer's text rules (src/importer/), one or more tests per rule on snippets of the
 * seeds, and the pipeline end to end: ids, undecided fields, near-duplicates, the report.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairQuotes, toFullStops, toSeparatorDots } from '../../src/importer/cleaning/index.ts';
import { cleanBody, restoreLostFirstNumber, splitRunInItems } from '../../src/importer/body.ts';
import { proposeIssuer, proposeLevel, proposeTopics, proposeTypes, proposeYears } from '../../src/importer/metadata.ts';
import { readPage } from '../../src/importer/page.ts';
import { importDocuments, proposeDocuments, proposeId } from '../../src/importer/pipeline.ts';
import { similarity, lcsSimilarity } from '../../src/importer/similarity.ts';
import { buildBlocks, renderBody } from '../../src/importer/cleaning/index.ts';
import { findTitle, isTitleLike, normalizeTitle } from '../../src/importer/title.ts';
import { ImportInputError, type SourceText } from '../../src/importer/types.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { TO_BE_FILLED } from '../../src/lib/schema.ts';
import { topicWords, topics } from '../../src/lib/taxonomy.ts';

const root = resolve(import.meta.dirname, '../..');
const seed = (file: string) => readFileSync(join(root, 'content', 'sources', file), 'utf8');
const txt = (path: string, text: string): SourceText => ({ path, format: 'txt', encoding: 'UTF-8', text });

describe('toSeparatorDots: a dot between the parts of a quoted name becomes the 间隔号 ·', () => {
  it('changes a dot inside a quoted name or slogan', () => {
    expect(toSeparatorDots('局机关举办“快乐运动.凝聚你我”职工趣味运动会').text).toBe('局机关举办“快乐运动·凝聚你我”职工趣味运动会');
    expect(toSeparatorDots('开展“欢度中秋.健康同行”趣味运动会，“我们的节日.春节”').count).toBe(2);
    expect(toSeparatorDots('举办了“迎新春•中国年”新春联欢会').text).toBe('举办了“迎新春·中国年”新春联欢会');
  });
  it('leaves a dot outside quotes, and decimals, numbering and addresses inside them', () => {
    for (const t of ['今年以来工作扎实.各项任务完成', '“满意率达98.5%”', '“1.坚持”', '“www.wenming.cn”', '“Vol.2”'])
      expect(toSeparatorDots(t)).toEqual({ text: t, count: 0 });
  });
});

describe('pairQuotes: straight quotes in Chinese text become “ ”, mismatched pairs mended', () => {
  it('mends the issue’s example (002 篇三)', () => {
    expect(pairQuotes('常态化开展“我为群众办实事"实践活动，持续解决好').text).toBe('常态化开展“我为群众办实事”实践活动，持续解决好');
  });
  it('pairs a text that uses only straight quotes, next to curly ones (002 篇七)', () => {
    expect(pairQuotes('强调"中国式现代化，是物质文明和精神文明相协调的现代化"“要把精神文明建设贯穿改革开放全过程"').text).toBe(
      '强调“中国式现代化，是物质文明和精神文明相协调的现代化”“要把精神文明建设贯穿改革开放全过程”',
    );
    expect(pairQuotes('用好"学习强国"“蓉城先锋"以及创新思维月讲坛').text).toBe('用好“学习强国”“蓉城先锋”以及创新思维月讲坛');
  });
  it('leaves text without Chinese alone', () => {
    expect(pairQuotes('say "hello"').text).toBe('say "hello"');
  });
});

describe('toFullStops: a half-width "." that ends a Chinese sentence', () => {
  it('after a quote or a number in Chinese text', () => {
    expect(toFullStops('理论“飞入寻常百姓家”.').text).toBe('理论“飞入寻常百姓家”。');
    expect(toFullStops('惠企政策落地“最后一公里”.要持续').text).toBe('惠企政策落地“最后一公里”。要持续');
    expect(toFullStops('在今年的全国文明城市评比中进入前10.为创建打下基础').text).toBe('在今年的全国文明城市评比中进入前10。为创建打下基础');
  });
  it('never in a decimal, a numbering label or an address', () => {
    for (const s of ['总得分为87.75分', '1.坚持党的领导。', '十九范文网 www.ib19.com', '“快乐运动.凝聚你我”']) {
      expect(toFullStops(s).text).toBe(s);
    }
  });
});

describe('normalizeTitle: titles take the body’s punctuation', () => {
  it('"(扩大)" → "（扩大）"', () => {
    expect(normalizeTitle('在2022年市精神文明建设委员会(扩大)会议上的讲话')).toBe('在2022年市精神文明建设委员会（扩大）会议上的讲话');
  });
});

describe('readPage: chrome, site, page title, compilation parts', () => {
  it('removes the download page’s chrome of 003 and finds the site, title and preview', () => {
    const page = readPage(seed('003_afb55255690c921b.txt'));
    expect(page.site).toBe('汇文网');
    expect(page.pageTitle).toBe('2023年区委宣传部年度精神文明工作方案.doc');
    expect(page.previewPages).toBe(15);
    const text = page.chunks.map((c) => c.lines.join('\n')).join('\n');
    for (const noise of ['温馨提示', '部分包含数学公式', '网站客服', '2023 区委 宣传部 年度 精神文明 工作方案', '你可能关注的文档', '下载文档']) {
      expect(text).not.toContain(noise);
    }
    expect(page.chunks).toHaveLength(1);
  });
  it('keeps one empty line where the source had blank lines, none at either end', () => {
    expect(readPage('\n\n2026年某社区工作计划\n\n\n开展志愿服务活动\n  \n开展理论宣讲活动\n\n').chunks[0]!.lines).toEqual([
      '2026年某社区工作计划',
      '',
      '开展志愿服务活动',
      '',
      '开展理论宣讲活动',
    ]);
  });
  it('splits 002 into its seven articles, and 篇六 into its three 方案', () => {
    const page = readPage(seed('002_7632ef7902941c7c.txt'));
    expect(page.site).toBe('十九范文网');
    expect(page.pageTitle).toBe('2023年精神文明建设工作要点7篇');
    expect(page.chunks.map((c) => c.part)).toEqual([
      '篇一',
      '篇二',
      '篇三',
      '篇四',
      '篇五',
      '篇六（方案篇一）',
      '篇六（方案篇二）',
      '篇六（方案篇三）',
      '篇七',
    ]);
    expect(page.chunks[5]!.titleLine).toBe('22 年精神文明建设工作方案');
  });
  it('keeps a single text whole and reports the paywall markers (000)', () => {
    const page = readPage(seed('000_f15a235f9087776c.txt'));
    expect(page.chunks).toHaveLength(1);
    expect(page.removed.join()).toContain('付费标记');
    expect(page.chunks[0]!.lines.join()).not.toContain('##paid');
  });
});

describe('readPage and the pipeline: breadcrumbs', () => {
  const page = (crumb: string) =>
    [
      crumb,
      '2024年XX社区精神文明建设工作计划',
      '为推进精神文明建设，制定本计划。',
      '一、工作目标',
      '群众满意率>95%，投诉率<1%。',
      '首页 > 在首页醒目位置设置专栏，及时发布创建动态。',
    ].join('\n');

  it.each([
    '首页 > 工作计划 > 正文',
    '当前位置：首页 > 范文 > 工作总结',
    '您现在的位置：首页 > 心得体会',
    '首页 ＞ 范文 ＞ 工作计划',
    '首页 » 范文',
    '首页 → 工作计划',
    '首页/工作计划/正文',
  ])('removes “%s” and says so under removed; a body line holding “>” stays, escaped', (crumb) => {
    expect(readPage(page(crumb)).chunks[0]!.lines[0]).toBe('2024年XX社区精神文明建设工作计划');
    const [doc] = proposeDocuments(txt('in/page.txt', page(crumb)), { existing: [] });
    expect(doc!.data.title).toBe('2024年XX社区精神文明建设工作计划');
    expect(doc!.report.removed).toContain(`网页导航路径 1 行（“${crumb}”）`);
    expect(doc!.body).not.toContain('正文\n');
    expect(doc!.body).toContain('群众满意率\\>95%，投诉率\\<1%。');
    expect(doc!.body).toContain('首页 \\> 在首页醒目位置设置专栏，及时发布创建动态。');
    expect(doc!.text.split('\n')[0]).toBe('为推进精神文明建设，制定本计划。');
  });
});

describe('readPage and the pipeline: a 范文 site’s clutter lines', () => {
  const body = [
    '2025年，XX街道精神文明建设工作坚持以习近平新时代中国特色社会主义思想为指导。',
    '一、指导思想',
    '坚持以社会主义核心价值观为引领，持续深化群众性精神文明创建活动。',
  ];
  const page = (head: string[], tail: string[] = []) => [...head, ...body, ...tail].join('\n');

  it('removes each clutter line, lists it under removed, and finds the title, year and type', () => {
    const text = page(
      [
        '首页 > 工作计划 > 正文',
        '本文由某某范文网整理，转载请注明出处',
        'XX街道2025年精神文明建设工作计划',
        '发布时间：2025-01-08 来源：某某范文网',
        '点击下载完整版',
      ],
      ['上一篇：2024年社区工作总结', '下一篇：2025年志愿服务工作方案'],
    );
    const [doc] = proposeDocuments(txt('in/page.txt', text), { existing: [] });
    expect(doc!.data.title).toBe('XX街道2025年精神文明建设工作计划');
    expect(doc!.data.years).toEqual([2025]);
    expect(doc!.data.types).toEqual(['plan']);
    expect(doc!.text.split('\n')).toEqual(body);
    expect(doc!.report.removed).toEqual([
      '网页转载说明：“本文由某某范文网整理，转载请注明出处”（据此把来源网站记为“某某范文网”，见 source.site）',
      '网页发布信息：“发布时间：2025-01-08 来源：某某范文网”',
      '网页下载按钮：“点击下载完整版”',
      '网页“上一篇/下一篇”链接：“上一篇：2024年社区工作总结”',
      '网页“上一篇/下一篇”链接：“下一篇：2025年志愿服务工作方案”',
      '网页导航路径 1 行（“首页 > 工作计划 > 正文”）',
    ]);
    expect(doc!.data.source.site).toBe('某某范文网');
  });

  it('the site comes from a 来源 line naming one; without one it stays 未注明', () => {
    const named = proposeDocuments(txt('a.txt', page(['XX街道2025年精神文明建设工作计划', '作者：佚名 来源：某某范文网 浏览次数：128'])), { existing: [] })[0]!;
    expect(named.data.source.site).toBe('某某范文网');
    expect(named.report.removed).toEqual(['网页发布信息：“作者：佚名 来源：某某范文网 浏览次数：128”（据此把来源网站记为“某某范文网”，见 source.site）']);
    const unnamed = proposeDocuments(txt('b.txt', page(['XX街道2025年精神文明建设工作计划', '发布时间：2025-01-08 来源：网络'])), { existing: [] })[0]!;
    expect(unnamed.data.source.site).toBe('未注明');
  });

  it('a list of titles under 相关推荐 at the end goes with its head; a list that is not all titles stays', () => {
    const listed = proposeDocuments(txt('a.txt', page(['XX街道2025年精神文明建设工作计划'], ['相关推荐', '2024年社区工作总结', '1. 2025年志愿服务工作方案'])), {
      existing: [],
    })[0]!;
    expect(listed.text.split('\n')).toEqual(body);
    expect(listed.report.removed).toEqual([
      '网页“相关推荐”列表：“相关推荐”',
      '网页“相关推荐”列表中的标题：“2024年社区工作总结”',
      '网页“相关推荐”列表中的标题：“1. 2025年志愿服务工作方案”',
    ]);
    const doubtful = proposeDocuments(txt('b.txt', page(['XX街道2025年精神文明建设工作计划'], ['猜你喜欢', '2024年社区工作总结', '各单位要按时报送材料。'])), {
      existing: [],
    })[0]!;
    expect(doubtful.text).toContain('2024年社区工作总结');
    expect(doubtful.text).toContain('各单位要按时报送材料。');
    expect(doubtful.report.removed).toEqual(['网页“相关推荐”列表：“猜你喜欢”', '（“相关推荐”等字样处及其后的 2 行不全像网页的标题列表，未删除，请核对）']);
    const two = proposeDocuments(
      txt(
        'c.txt',
        page(['XX街道2025年精神文明建设工作计划'], ['相关推荐', '2024年社区工作总结', '热门推荐：', '2025年志愿服务工作方案', '上一篇：2024年社区工作总结']),
      ),
      { existing: [] },
    )[0]!;
    expect(two.text.split('\n')).toEqual(body);
    expect(two.report.removed).toHaveLength(5);
  });

  it('a reading list in the text (推荐阅读：《…》) stays whole', () => {
    const lines = ['二、学习安排', '推荐阅读：《习近平谈治国理政》第四卷', '各支部每月组织一次集中学习。'];
    const [doc] = proposeDocuments(txt('a.txt', page(['XX街道2025年精神文明建设工作计划'], lines)), { existing: [] });
    expect(doc!.text).toContain('推荐阅读：《习近平谈治国理政》第四卷');
    expect(doc!.report.removed).toEqual(['（“相关推荐”等字样处及其后的 2 行不全像网页的标题列表，未删除，请核对）']);
  });

  it('keeps body lines that mention 下载, 来源 or 版权', () => {
    const lines = [
      '数据来源：区统计局',
      '各单位可在区政府门户网站下载本文附件，按要求填报。',
      '加强版权保护宣传，打击侵权盗版行为。',
      '时间：2025年3月5日上午9:00',
    ];
    const [doc] = proposeDocuments(txt('a.txt', page(['XX街道2025年精神文明建设工作计划'], lines)), { existing: [] });
    expect(doc!.text).toContain('数据来源：区统计局');
    expect(doc!.text).toContain('下载本文附件');
    expect(doc!.text).toContain('加强版权保护宣传');
    expect(doc!.text).toContain('时间：2025年3月5日上午9:00');
    expect(doc!.report.removed).toEqual([]);
  });
});

describe('findTitle: the title at the top of a document', () => {
  it('a title run into the first paragraph (002 篇五)', () => {
    const r = findTitle(['2022 年度精神文明创建工作计划 2022 年是党的二十大召开之年，做好全年精神文明建设工作意义重大。']);
    expect(r.title).toBe('2022年度精神文明创建工作计划');
    expect(r.body[0]).toBe('2022 年是党的二十大召开之年，做好全年精神文明建设工作意义重大。');
  });
  it('a flattened text: the page header (recurring before 第N页) is not the title (003)', () => {
    const r = findTitle([
      '区委宣传部年度精神文明工作方案 区委宣传部2023年度精神文明工作方案 为扎实抓好精神文明建设各项任务，铺张浪费,倡导文明健区委宣传部年度精神文明工作方案第2页 康向上的娱乐活动',
    ]);
    expect(r.title).toBe('区委宣传部2023年度精神文明工作方案');
    expect(r.runningHeaders).toEqual(['区委宣传部年度精神文明工作方案']);
  });
  it('several title lines: the first is the title, the others are reported (002 篇二)', () => {
    const r = findTitle([
      ' 2022 年国有企业精神文明建设“十四五”规划',
      ' 公司精神文明建设工作计划安排(2022 年)',
      ' 2022 年国有企业精神文明建设“十四五”规划',
      ' “十四五”时期是我国开启全面建设社会主义现代化国家新征程的第一个五年。',
    ]);
    expect(r.title).toBe('2022年国有企业精神文明建设“十四五”规划');
    expect(r.body).toHaveLength(1);
    expect(r.edits[0]!.note).toContain('公司精神文明建设工作计划安排（2022年）');
  });
  it('web residue ">" and a year that lost its leading digits', () => {
    expect(findTitle([' >2024>年精神文明建设工作总结', '2024年，市xx局按照要求开展工作。']).title).toBe('2024年精神文明建设工作总结');
    const r = findTitle(['022 年全区精神文明建设工作要点', '做好 2022 年全区精神文明建设工作，要坚持以习近平新时代中国特色社会主义思想为指导。']);
    expect(r.title).toBe('2022年全区精神文明建设工作要点');
    expect(r.edits.map((e) => e.kind)).toEqual(['restored-text']);
  });
  it('no title line: none is invented', () => {
    expect(findTitle(['今年以来，我们认真贯彻落实上级部署。']).title).toBeUndefined();
  });
  it('a numbered line is no title, whatever form numbering.ts reads; a year is no numbering', () => {
    for (const l of ['一、2025年工作计划', '一.2025年工作计划', '（二）2025年工作计划', '3.2025年工作计划', '第二部分 2025年工作计划'])
      expect(isTitleLike(l)).toBe(false);
    expect(isTitleLike('2024、2025年精神文明建设工作计划')).toBe(true);
  });
});

describe('restoreLostFirstNumber: a lost "1." where the numbering proves it (004)', () => {
  const lines = [
    '（一）以文明城市创建为抓手，开创精神文明建设新局面',
    'X区综合运用制度手段、智慧手段、督查手段。',
    '推动全国文明城市创建常态长效',
    '一是为推动巩固提升工作到边到底。',
    '2. 优化城市管理与服务',
  ];
  it('restores it on the one short unnumbered line before "2."', () => {
    expect(restoreLostFirstNumber(lines).lines[2]).toBe('1.推动全国文明城市创建常态长效');
  });
  it('restores nothing when a "1." is there, or when two lines could be it', () => {
    const withOne = [...lines.slice(0, 2), '1.推动全国文明城市创建常态长效', ...lines.slice(3)];
    expect(restoreLostFirstNumber(withOne).restored).toEqual([]);
    const ambiguous = [...lines.slice(0, 4), '另一条短行', lines[4]!];
    expect(restoreLostFirstNumber(ambiguous).restored).toEqual([]);
  });
});

describe('splitRunInItems: a numbered item run into the previous paragraph (001)', () => {
  it('splits "……小使者。（七）以人为本……" after a （六）', () => {
    const r = splitRunInItems(['（六）积极推进未成年人思想道德建设。做绿化美化城市的小使者。（七）以人为本、关爱职工，激发干部职工精神动力。']);
    expect(r.lines).toEqual(['（六）积极推进未成年人思想道德建设。做绿化美化城市的小使者。', '（七）以人为本、关爱职工，激发干部职工精神动力。']);
  });
  it('leaves a number that does not continue the list', () => {
    expect(splitRunInItems(['（一）甲。乙。（五）丙。']).lines).toHaveLength(1);
  });
});

describe('buildBlocks: each list has one form', () => {
  const render = (lines: string[]) => renderBody(buildBlocks(lines, new Map()).blocks);
  it('all items titled: all headings (h2, h3, and a 1. under 一、 at h3)', () => {
    expect(render(['一、工作任务', '（一）强化思想武装。开展学习。', '1、抓建阵地。建立活动室。', '2、抓活动。组织文体活动。'])).toBe(
      '## 一、工作任务\n\n### （一）强化思想武装。\n\n开展学习。\n\n#### 1、抓建阵地。\n\n建立活动室。\n\n#### 2、抓活动。\n\n组织文体活动。\n',
    );
  });
  it('one item without a title (003): the whole list stays numbered paragraphs', () => {
    const body = render([
      '（一）强化思想武装，加大干部职工教育力度',
      '1、认真抓好部领导班子建设，在思想上提高科学理论武装水平，在政治上坚定不移地贯彻执行党的思想路线、方针、政策；在行动上始终代表最广大人民群众的根本利益。',
      '2、抓好保持共产党员先进性教育活动。按照区委的统一部署开展。',
    ]);
    expect(body).toBe(
      '## （一）强化思想武装，加大干部职工教育力度\n\n1、认真抓好部领导班子建设，在思想上提高科学理论武装水平，在政治上坚定不移地贯彻执行党的思想路线、方针、政策；在行动上始终代表最广大人民群众的根本利益。\n\n2、抓好保持共产党员先进性教育活动。按照区委的统一部署开展。\n',
    );
  });
  it('a 59-character sentence is no heading (003)', () => {
    const body = render([
      '（三）加强干部思想道德建设。',
      '1、以纪念抗日战争胜利60周年活动为契机，广泛深入开展爱国主义教育和民族精神教育，广泛宣传普及“二十字”公民基本道德规范。弘扬雷锋精神。',
      '2、开展移风易俗活动。倡导喜事新办。',
    ]);
    expect(body.match(/^#+ /gm)).toHaveLength(1);
  });
  it('normalises heading markers and records it', () => {
    const r = buildBlocks(['(一)、强化思想武装', '2. 优化城市管理'], new Map());
    expect(r.blocks.map((b) => (b.type === 'heading' ? b.marker : ''))).toEqual(['（一）', '2.']);
    expect(r.edits.map((e) => e.kind)).toEqual(['normalized', 'normalized']);
  });
});

describe('cleanBody: 繁简 fixes only where the text proves the faulty conversion', () => {
  it('fixes 003-like text (two traces) and lists each fix', () => {
    const r = cleanBody(['全心全意为人民效劳，以身作那么，坚持平安生产。'], []);
    expect(r.lines[0]).toBe('全心全意为人民服务，以身作则，坚持安全生产。');
    expect(r.edits.filter((e) => e.kind === 'conversion-error').map((e) => e.to)).toEqual(['为人民服务', '以身作则', '安全生产']);
  });
  it('leaves an ordinary text alone ("平安生产" may be meant)', () => {
    expect(cleanBody(['坚持平安生产，为人民效劳。'], []).lines[0]).toBe('坚持平安生产，为人民效劳。');
  });
  it('marks an empty section and drops its lone colon (003)', () => {
    const r = cleanBody(['一、指导思想 :', '二、工作目标'], []);
    expect(r.lines[0]).toBe('一、指导思想');
    expect(r.emptySections).toEqual([0]);
  });
  it('removes PDF spaces and page markers, rejoins the broken paragraph', () => {
    const r = cleanBody(['继去年 9 月召开市深化全国文明城市创建', '— 2 — 暨争创全国文明典范城市推进大会以来，成效明显。'], []);
    expect(r.lines).toEqual(['继去年9月召开市深化全国文明城市创建暨争创全国文明典范城市推进大会以来，成效明显。']);
  });
});

describe('page breaks, joins and the 落款 through the pipeline', () => {
  const doc = (lines: string[]) => proposeDocuments(txt('in/plan.txt', ['XX街道2025年精神文明建设工作计划', ...lines].join('\n')), { existing: [] })[0]!;

  it('a heading cut at a page marker is rejoined, the marker and the join reported', () => {
    const d = doc(['一、主要任务', '（二）深化新时代文明实践和志愿', '— 2 —', '服务。', '全年开展志愿服务活动不少于20次。']);
    expect(d.body).toContain('### （二）深化新时代文明实践和志愿服务。\n\n全年开展志愿服务活动不少于20次。');
    expect(d.report.removed).toEqual(['分页标记“— 2 —”（在“…新时代文明实践和志愿”与“服务。”之间）']);
    expect(d.report.changed).toContain('接合（分页处）：“（二）深化新时代文明实践…”一段，“…代文明实践和志愿”接“服务。”');
  });

  it('without a page marker a heading and a short line stay apart (nothing proves a break)', () => {
    const d = doc(['一、主要任务', '（二）深化新时代文明实践和志愿', '服务。', '全年开展志愿服务活动不少于20次。']);
    expect(d.body).toContain('### （二）深化新时代文明实践和志愿\n');
    expect(d.report.changed.join('\n')).not.toContain('接合');
  });

  it('a sentence cut at a marker opening the next line is joined and located (002 篇三 form)', () => {
    const d = doc(['继去年9月召开市深化全国文明城市创建', '— 2 — 暨争创全国文明典范城市推进大会以来，成效明显。']);
    expect(d.text).toBe('继去年9月召开市深化全国文明城市创建暨争创全国文明典范城市推进大会以来，成效明显。');
    expect(d.report.removed).toEqual(['分页标记“— 2 —”（在“…深化全国文明城市创建”与“暨争创全国文明典范城…”之间）']);
    expect(d.report.changed).toContain('接合（分页处）：“继去年9月召开市深化全国…”一段，“…全国文明城市创建”接“暨争创全国文明典…”');
  });

  it('the 落款 at the end renders as two paragraphs; nothing is reported as joined', () => {
    const d = doc(['一、保障措施', '将精神文明建设纳入年度目标考核，实行月调度、季通报、年考评。', 'XX街道办事处', '2025年1月6日']);
    expect(d.body.trimEnd().endsWith('年考评。\n\nXX街道办事处\n\n2025年1月6日')).toBe(true);
    expect(d.report.changed.join('\n')).not.toContain('接合');
    expect(JSON.stringify(d.data.edits)).not.toContain('joined-paragraphs');
  });

  it('lines separated by blank lines stay paragraphs: nothing is joined', () => {
    const source = '2026年某社区精神文明建设工作计划\n\n开展志愿服务活动\n\n开展理论宣讲活动\n\n组织我们的节日活动\n';
    const [d] = proposeDocuments(txt('in/plan.txt', source), { existing: [] });
    expect(d!.text).toBe('开展志愿服务活动\n开展理论宣讲活动\n组织我们的节日活动');
    expect(d!.report.changed.join('\n')).not.toContain('接合');
    expect(JSON.stringify(d!.data.edits)).not.toContain('joined-paragraphs');
  });

  it('a paragraph hard-wrapped at a fixed width (no blank lines) is joined, at 换行处', () => {
    const d = doc(['全年开展“学雷锋”志愿服务活动不少于', '20次，组织理论宣讲活动不少于10场。', '', '开展我们的节日活动。']);
    expect(d.text).toBe('全年开展“学雷锋”志愿服务活动不少于20次，组织理论宣讲活动不少于10场。\n开展我们的节日活动。');
    expect(d.report.changed.filter((c) => c.startsWith('接合'))).toEqual([
      '接合（换行处）：“全年开展“学雷锋”志愿服…”一段，“…愿服务活动不少于”接“20次，组织理论…”',
    ]);
  });

  it('blank lines around a page marker: the sentence cut there is joined, at 分页处', () => {
    const d = doc(['开展志愿服务活动', '', '— 2 —', '', '不少于20次。']);
    expect(d.text).toBe('开展志愿服务活动不少于20次。');
    expect(d.report.changed.join('\n')).toContain('接合（分页处）');
  });

  it('cleanBody: a break index is kept through empty and marker lines', () => {
    const r = cleanBody(['（二）深化新时代文明实践和志愿', '', '服务。'], [], undefined, new Set([2]));
    expect(r.lines).toEqual(['（二）深化新时代文明实践和志愿服务。']);
    expect(r.joins).toHaveLength(1);
  });
});

describe('metadata: proposed from the text, with the words that decided', () => {
  it('years: every year of the title; a 规划 covers its span', () => {
    expect(proposeYears('XX工委2023年精神文明建设工作总结及2024年工作计划', ['summary', 'plan'])).toEqual([2023, 2024]);
    expect(proposeYears('2022年国有企业精神文明建设“十四五”规划', ['program'])).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(proposeYears('区“五大创建”城乡精神文明建设工作汇报', ['report'])).toEqual([]);
  });
  it('types from the title’s words, in order', () => {
    expect(proposeTypes('XX工委2023年精神文明建设工作总结及2024年工作计划')).toEqual(['summary', 'plan']);
    expect(proposeTypes('在2022年市精神文明建设委员会（扩大）会议上的讲话')).toEqual(['speech']);
  });
  it('level and issuer from the first cue in the title, then the opening', () => {
    expect(proposeIssuer('区委宣传部2023年度精神文明工作方案', '')?.slug).toBe('propaganda-dept');
    expect(proposeLevel('区委宣传部2023年度精神文明工作方案', '')?.slug).toBe('district');
    expect(proposeIssuer('2024年精神文明建设工作总结', '2024年，市xx局按照市文明委《xx市2024年精神文明建设工作要点》')).toEqual({
      slug: 'government-dept',
      words: ['市xx局'],
    });
    expect(proposeLevel('2022年精神文明建设工作方案', '为进一步加强我村精神文明建设')?.slug).toBe('village');
    expect(proposeLevel('某某镇2025年精神文明建设工作计划', '')?.slug).toBe('township');
    expect(proposeLevel('2024年精神文明建设工作总结', '今年以来，我镇坚持以习近平新时代中国特色社会主义思想为指导')?.slug).toBe('township');
    expect(proposeLevel('XX街道党工委2023年精神文明建设工作要点', '')?.slug).toBe('township');
    expect(proposeLevel('2023年精神文明建设工作要点', '全县上下要坚持')?.slug).toBe('district');
    // Not a town: 城乡, 乡村振兴, 街道整洁 say nothing of the issuer.
    expect(proposeLevel('2023年精神文明建设工作要点', '推进城乡环境整治，助力乡村振兴，保持街道整洁')).toBeUndefined();
    expect(proposeIssuer('工作汇报', '近年来，统筹推进。')).toBeUndefined();
  });
  it('topics: the taxonomy’s words, counted, with the words that decided', () => {
    const t = proposeTopics('深入开展志愿服务，组建志愿者队伍，推进新时代文明实践。加强诚信建设。');
    expect(t.map((x) => x.slug)).toEqual(['civilization-practice']);
    expect(t[0]!.words).toEqual(['新时代文明实践×1', '志愿服务×1', '志愿者×1']);
  });
  it('every topic of the taxonomy has words', () => {
    for (const slug of topics.slugs) expect(topicWords[slug].length, slug).toBeGreaterThan(0);
  });
});

describe('similarity', () => {
  it('lcsSimilarity: 2·LCS/(|a|+|b|)', () => {
    expect(lcsSimilarity('abcd', 'abcd')).toBe(1);
    expect(lcsSimilarity('abcd', 'abxd')).toBe(0.75);
    expect(lcsSimilarity('', '')).toBe(1);
  });
  it('shingle containment finds a shorter version of a text', () => {
    const long = '各级各部门要主动对标文明典范城市测评体系，从问题中找差距，从差距中找方向，补短板强弱项。';
    expect(similarity(long, long.slice(0, 30))).toBe(1);
    expect(similarity(long, '今年要重点选择有丰厚文化底蕴的乡村，建设一两个有特色多功能的文化中心。')).toBeLessThan(0.2);
  });
});

describe('importDocuments: the contract', () => {
  it('makes the nine documents of 002, ids from the file name, speech B a near-duplicate of speech A', () => {
    const docs = importDocuments(txt('seeds/002_7632ef7902941c7c.txt', seed('002_7632ef7902941c7c.txt')), { existing: [] });
    expect(docs.map((d) => d.id)).toEqual(Array.from({ length: 9 }, (_, i) => `002-7632ef7902941c7c-${i + 1}`));
    expect(docs[8]!.report.nearDuplicates).toEqual([{ id: '002-7632ef7902941c7c-3', similarity: expect.any(Number) }]);
    expect(docs[8]!.report.nearDuplicates[0]!.similarity).toBeGreaterThan(0.9);
    expect(docs[1]!.report.cutOffs.join()).toContain('原文到此中断');
    expect(docs[1]!.mdx).toMatch(/<SourceGap note="原文到此中断[^"]*" \/>\n$/);
  });
  it('writes undecided fields as 待填写 and lists them; never derives an id from Chinese', () => {
    const text = '关于开展文明创建活动的总结\n今年以来，我们认真开展文明创建活动，组织志愿服务，开展志愿者培训，推进新时代文明实践。';
    const [doc] = importDocuments(txt('文明创建总结.txt', text), { existing: [{ id: 'summary', title: '甲', text: '乙' }] });
    expect(doc!.id).toBe('summary-2');
    expect(doc!.report.undecided).toEqual(expect.arrayContaining(['summary', 'level', 'issuer', 'topics']));
    expect(doc!.mdx).toContain(`summary: ${TO_BE_FILLED}`);
    expect(doc!.mdx).toContain(`level: ${TO_BE_FILLED}`);
    expect(doc!.report.title).toBe('关于开展文明创建活动的总结');
  });
  it("years: none in the title but some in the text is the keeper's call (待填写); none anywhere is 年份不详 ([])", () => {
    const undated = '工作汇报\n近年来，我区统筹推进文明创建工程。';
    expect(proposeDocuments(txt('a.txt', undated), { existing: [] })[0]!.data.years).toEqual([]);
    const [p] = proposeDocuments(txt('b.txt', '工作汇报\n2022年以来，我区统筹推进文明创建工程。'), { existing: [] });
    expect(p!.data.years).toBe(TO_BE_FILLED);
    expect(p!.report.undecided).toContain('years');
  });
  it('re-importing a seed finds the library document it duplicates, and takes a new id', () => {
    const committed = readFileSync(join(root, 'content', 'docs', 'district-five-creations-report.mdx'), 'utf8');
    const text = splitFrontmatter(committed)!.body.replace(/^#+ /gm, '');
    const existing = [{ id: '004-27c1367abb880441', title: '区“五大创建”城乡精神文明建设工作汇报', text }];
    const [doc] = importDocuments(txt('004_27c1367abb880441.txt', seed('004_27c1367abb880441.txt')), { existing });
    expect(doc!.id).toBe('004-27c1367abb880441-2');
    expect(doc!.report.nearDuplicates).toEqual([{ id: '004-27c1367abb880441', similarity: 1 }]);
  });
  it('proposeId: ASCII from the file name, unique against the library', () => {
    const meta = { years: [2022], types: ['scheme'] };
    expect(proposeId('x/003_AFB55.txt', 0, 1, new Set(), meta).id).toBe('003-afb55');
    expect(proposeId('x/plan.txt', 1, 3, new Set(['plan-2']), meta).id).toBe('plan-2-2');
    expect(proposeId('x/方案.txt', 0, 1, new Set(), meta).id).toBe('2022-scheme');
  });
  it('is deterministic', () => {
    const s = txt('004_27c1367abb880441.txt', seed('004_27c1367abb880441.txt'));
    expect(importDocuments(s, { existing: [] })).toEqual(importDocuments(s, { existing: [] }));
  });
  it('an empty text or pure chrome is a clear error naming the file', () => {
    expect(() => importDocuments(txt('empty.txt', '  \n'), { existing: [] })).toThrow(ImportInputError);
    expect(() => importDocuments(txt('chrome.txt', '手机版\n分享\n下载文档\n'), { existing: [] })).toThrow('chrome.txt：只有网页导航等页面元素，没有找到正文');
  });
  it('the report says what was removed and changed, per document (003)', () => {
    const [p] = proposeDocuments(txt('003_afb55255690c921b.txt', seed('003_afb55255690c921b.txt')), { existing: [] });
    expect(p!.report.removed.join('\n')).toMatch(/网页栏目/);
    expect(p!.report.removed.join('\n')).toContain('页眉“区委宣传部年度精神文明工作方案”');
    expect(p!.report.removed).toContain('分页标记：页眉后的页码 1 处（“第2页”）');
    expect(p!.report.removed).toContain('网页栏目、下载提示、广告：“网站客服:3074922707”');
    expect(p!.report.changed.join('\n')).toContain('以身作那么 → 以身作则');
    expect(p!.report.changed).toContain('“1、”至“4、”一组：1条没有简短的小标题，整组作带编号的段落，不作标题');
    expect(p!.report.cutOffs).toHaveLength(2);
    expect(p!.data.completeness).toBe('truncated');
  });
});
