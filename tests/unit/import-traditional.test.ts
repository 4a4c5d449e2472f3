/**
 * 繁体 sources (src/importer/traditional.ts) and a broken converter's pinyin glosses
 * (src/importer/cleaning/glosses.ts): measured conversion to 简体 before the page rules, Taiwan
 * vocabulary only where proven, disclosure in 整理说明 and the report, --keep-traditional, and
 * duplicates found across 简/繁. Fixtures are our own sentences, laid out as 范文 pages are.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { describe, expect, it } from 'vitest';
import { removePinyinGlosses } from '../../src/importer/cleaning/glosses.ts';
import { USAGE } from '../../src/importer/cli.ts';
import { proposeDocuments } from '../../src/importer/pipeline.ts';
import { formatReport } from '../../src/importer/report.ts';
import { TAIWAN_ONLY, TRADITIONAL_SHARE, comparableText, measureTraditional, prepareScript } from '../../src/importer/traditional.ts';
import type { SourceText } from '../../src/importer/types.ts';
import type { DocEdit } from '../../src/lib/schema.ts';
import { editKindLabels } from '../../src/lib/labels.ts';
import { importWorkspace } from './import-workspace.ts';
import { editSchema } from '../../src/lib/schema.ts';

const txt = (path: string, text: string): SourceText => ({ path, format: 'txt', encoding: 'UTF-8', text });

const SIMPLIFIED = [
  'XX社区2025年精神文明建设工作计划',
  '为进一步提升居民文明素质，营造和谐向上的社区氛围，结合本社区实际，制定本计划。',
  '一、指导思想',
  '坚持以社会主义核心价值观为引领，广泛开展群众性精神文明创建活动，推动文明新风进楼院、进家庭。',
  '二、主要任务',
  '（一）加强思想道德建设。利用社区宣传栏和居民微信群，每月发布一期文明提示，组织志愿者开展邻里互助。',
  '（二）丰富文化生活。依托社区文化活动室，举办读书会、书画展和广场舞比赛，让居民在参与中受到教育。',
  '三、保障措施',
  '建立健全工作机制，明确责任分工，把创建任务落实到网格和楼长，确保各项工作按时完成。',
];
/** The same text as a 范文 site shows it: 繁体 with the variants 爲, 羣, 衆, 裏. */
const TRADITIONAL = [
  'XX社區2025年精神文明建設工作計劃',
  '爲進一步提升居民文明素質，營造和諧向上的社區氛圍，結合本社區實際，制定本計劃。',
  '一、指導思想',
  '堅持以社會主義核心價值觀爲引領，廣泛開展羣衆性精神文明創建活動，推動文明新風進樓院、進家庭。',
  '二、主要任務',
  '（一）加強思想道德建設。利用社區宣傳欄和居民微信羣，每月發佈一期文明提示，組織志願者開展鄰裏互助。',
  '（二）豐富文化生活。依託社區文化活動室，舉辦讀書會、書畫展和廣場舞比賽，讓居民在參與中受到教育。',
  '三、保障措施',
  '建立健全工作機制，明確責任分工，把創建任務落實到網格和樓長，確保各項工作按時完成。',
];
/** 繁体 chrome around it, as saved from a site: breadcrumb, publication line, download button. */
/** The 简体 text as the importer reads it (run-in headings split …): what a 繁体 page must give. */
const bodyOf = (text: string) => proposeDocuments(txt('in/s.txt', text), { existing: [] })[0]!.text;
const kinds = (edits: DocEdit[] | string) => (edits as DocEdit[]).map((e) => e.kind);
const PAGE = [
  '當前位置：首頁 > 範文 > 工作計劃',
  ...TRADITIONAL.slice(0, 1),
  '發佈時間：2025-01-08 來源：某某範文網',
  ...TRADITIONAL.slice(1),
  '點擊下載完整版',
].join('\n');

describe('measureTraditional and prepareScript: a mostly 繁体 text is converted, a 简体 one is not', () => {
  it('measures the share of Han characters that t→cn changes', () => {
    const m = measureTraditional(TRADITIONAL.join('\n'));
    expect(m.converted).toBe(SIMPLIFIED.join('\n'));
    expect(m.share).toBeGreaterThan(0.25);
    expect(measureTraditional(SIMPLIFIED.join('\n'))).toMatchObject({ changed: 0, share: 0 });
  });

  it('converts a 繁体 text, variants included (爲羣衆裏裡臺), characters only when no Taiwan word proves more', () => {
    const r = prepareScript(`${TRADITIONAL.join('\n')}\n臺上臺下，家裡家外，爲羣衆辦實事。`, false);
    expect(r.text).toBe(`${SIMPLIFIED.join('\n')}\n台上台下，家里家外，为群众办实事。`);
    expect(r.edits).toEqual([{ kind: 'simplified', note: '原文为繁体，已用 OpenCC 转为简体（只转换字形，用词未改）。' }]);
    expect(r.script).toMatch(/^原文为繁体（繁体字占汉字的 \d+%），已用 OpenCC 转为简体（只转换字形，用词未改）$/);
  });

  it('leaves a 简体 text quoting a few 繁体 characters (a 书法 title) as it is, and says so', () => {
    const text = `${SIMPLIFIED.join('\n')}\n活动室展出居民书法作品《寧靜致遠》和《厚德載物》。`;
    const r = prepareScript(text, false);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual([]);
    expect(r.script).toMatch(/^含少量繁体字（繁体字占汉字的 \d+%，不到 12%），未转换$/);
    expect(prepareScript(SIMPLIFIED.join('\n'), false)).toEqual({ text: SIMPLIFIED.join('\n'), edits: [], removed: [] });
  });

  it('converts exactly when the measured share reaches the threshold (a 简体 text with a 繁体 passage of any length)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TRADITIONAL.length }), fc.integer({ min: 1, max: SIMPLIFIED.length }), (t, s) => {
        const text = [...TRADITIONAL.slice(0, t), ...SIMPLIFIED.slice(SIMPLIFIED.length - s)].join('\n');
        const share = measureTraditional(text).share;
        const r = prepareScript(text, false);
        expect(r.text !== text).toBe(share >= TRADITIONAL_SHARE);
        if (r.text !== text) expect(r.text).toBe([...SIMPLIFIED.slice(0, t), ...SIMPLIFIED.slice(SIMPLIFIED.length - s)].join('\n'));
      }),
    );
  });

  it('keepTraditional: the rules read the 简体 form, their output maps back to the 繁体 characters', () => {
    const r = prepareScript(TRADITIONAL.join('\n'), true);
    expect(r.text).toBe(SIMPLIFIED.join('\n'));
    expect(r.restore!(r.text)).toBe(TRADITIONAL.join('\n'));
    // Rejoined lines, split headings, escapes and words the rules wrote themselves.
    expect(r.restore!('## （一）加强思想道德建设。\n\n社区\\>文明提示原文到此中断')).toBe('## （一）加強思想道德建設。\n\n社區\\>文明提示原文到此中断');
    expect(r.edits).toEqual([]);
    expect(r.script).toMatch(/按 --keep-traditional 保留繁体$/);
  });
});

describe('Taiwan vocabulary: converted only where the text proves it, and only words no mainland text writes', () => {
  const taiwan = '本中心透過網路與軟體協助志工媒合，並以核心指標檢視執行成效，相關文件請自行列印，建立檔案後以滑鼠點選確認。';
  it('converts the Taiwan words it finds and names them; 核心, 指標, 文件, 執行, 建立 keep their sense', () => {
    const r = prepareScript(taiwan, false);
    expect(r.text).toBe('本中心透过网络与软件协助志工媒合，并以核心指标检视执行成效，相关文件请自行打印，建立档案后以鼠标点选确认。');
    expect(r.edits[0]).toEqual({
      kind: 'simplified',
      note: '原文为繁体，已用 OpenCC 转为简体（台湾用词转大陆用词：網路→网络、軟體→软件、列印→打印、滑鼠→鼠标）。',
    });
  });
  it('a mainland text in 繁体 has none of those words: character conversion only, its own words kept', () => {
    const r = prepareScript('建立健全執行機制，把核心指標寫進文件，組織資料整理和程序審查。', false);
    expect(r.text).toBe('建立健全执行机制，把核心指标写进文件，组织资料整理和程序审查。');
    expect(r.edits[0]!.note).toContain('只转换字形');
  });
  it('every TAIWAN_ONLY word is a Taiwan phrase of OpenCC (TWPhrasesRev)', () => {
    const keys = new Set(TWPhrasesRev.split('|').map((e) => e.split(' ')[0]));
    for (const w of TAIWAN_ONLY) expect(keys.has(w), w).toBe(true);
  });
});

describe('removePinyinGlosses: a broken converter’s pinyin after characters', () => {
  it('removes glosses in ASCII and full-width parentheses, in 繁体 and 简体 texts', () => {
    expect(removePinyinGlosses('淺談社區(qū)精神文明建設(shè)工作計(jì)劃範文').text).toBe('淺談社區精神文明建設工作計劃範文');
    expect(removePinyinGlosses('活動（dòng）由街道領(lǐng)導(dǎo)帶隊，組織學（xué)習(xí)').text).toBe('活動由街道領導帶隊，組織學習');
    const r = removePinyinGlosses('社区(qū)活动(dòng)丰富，大家的(de)热情很高');
    expect(r).toEqual({ text: '社区活动丰富，大家的热情很高', count: 3, examples: ['区(qū)', '动(dòng)', '的(de)'] });
  });
  it('keeps parenthesised Latin text that is not a gloss, even beside glosses', () => {
    const kept = '世界卫生组织(WHO)发布指南，附(PPT)课件，（A）类指标，第(2)项，时长(min)，条款(a)，数字信号处理(digital signal processing)';
    expect(removePinyinGlosses(`社區(qū)建設(shè)：${kept}`).text).toBe(`社區建設：${kept}`);
    expect(removePinyinGlosses(kept)).toEqual({ text: kept, count: 0, examples: [] });
  });
  it('a single reading note is an author’s, not the converter’s: it stays', () => {
    expect(removePinyinGlosses('不要把曝(pù)光读错').text).toBe('不要把曝(pù)光读错');
  });

  const han = fc.constantFrom(...'社區区精神文明建設设活動动領领導导學学習习計计劃划');
  const gloss = fc.tuple(
    fc.constantFrom('(', '（'),
    fc.constantFrom('qū', 'shè', 'dòng', 'lǐng', 'dǎo', 'xué', 'xí', 'jì', 'huà', 'lǜ', 'de', 'men'),
    fc.constantFrom(')', '）'),
  );
  const latin = fc.constantFrom('(WHO)', '(PPT)', '（A）', '(2)', '(10%)', '(min)', '(kg)', '(a)', '(digital signal)', '（GDP）', '(App)');
  it('property: removing the glosses gives the text without them; Latin in parentheses is never touched', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(han, fc.option(gloss), fc.option(latin)), { minLength: 1, maxLength: 40 }), (parts) => {
        const toned = parts.filter(([, g]) => g && /[^a-z]/.test(g[1])).length;
        const source = parts.map(([c, g, l]) => c + (g ? g.join('') : '') + (l ?? '')).join('');
        const clean = parts.map(([c, , l]) => c + (l ?? '')).join('');
        const r = removePinyinGlosses(source);
        if (toned >= 2) expect(r.text).toBe(clean);
        else expect(r.text).toBe(source);
        for (const [, , l] of parts) if (l) expect(r.text).toContain(l);
      }),
    );
  });
});

describe('the pipeline: conversion before the page rules, disclosed', () => {
  it('a 繁体 page: 繁体 chrome removed by the 简体 rules, title and body in 简体, 整理说明 and report say so', () => {
    const [doc] = proposeDocuments(txt('in/page.txt', PAGE), { existing: [] });
    expect(doc!.data.title).toBe('XX社区2025年精神文明建设工作计划');
    expect(doc!.text).toBe(bodyOf(SIMPLIFIED.join('\n')));
    expect(doc!.data.source.site).toBe('某某范文网');
    expect(doc!.report.removed).toEqual(expect.arrayContaining(['网页下载按钮：“点击下载完整版”', '网页导航路径 1 行（“当前位置：首页 > 范文 > 工作计划”）']));
    expect(doc!.data.edits).toContainEqual({ kind: 'simplified', note: '原文为繁体，已用 OpenCC 转为简体（只转换字形，用词未改）。' });
    expect(doc!.report.script).toMatch(/已用 OpenCC 转为简体/);
    expect(doc!.report.changed).toContain('原文为繁体，已用 OpenCC 转为简体（只转换字形，用词未改）。');
    const printed = formatReport({ ...doc!.report, nearDuplicates: [] }, { target: 'out/x.mdx', status: '试运行，未写入' });
    expect(printed).toMatch(/\n {2}繁简：原文为繁体（繁体字占汉字的 \d+%），已用 OpenCC 转为简体（只转换字形，用词未改）\n/);
  });

  it('glosses and 繁体 together: 淺談社區(qū)… becomes 浅谈社区…, the removal reported and listed in 整理说明', () => {
    const page = TRADITIONAL.map((l) => l.replace(/區/g, '區(qū)').replace(/設/g, '設(shè)').replace(/動/g, '動(dòng)')).join('\n');
    const [doc] = proposeDocuments(txt('in/glossed.txt', page), { existing: [] });
    expect(doc!.data.title).toBe('XX社区2025年精神文明建设工作计划');
    expect(doc!.text).toBe(bodyOf(SIMPLIFIED.join('\n')));
    expect(doc!.report.removed[0]).toMatch(/^网页转换时夹在字后的拼音注音 \d+ 处（“區\(qū\)”“設\(shè\)”“動\(dòng\)”等）$/);
    expect(kinds(doc!.data.edits)).toEqual(expect.arrayContaining(['simplified', 'conversion-error']));
  });

  it('a 简体 text with glosses: glosses removed, nothing converted', () => {
    const page = SIMPLIFIED.map((l) => l.replace(/区/g, '区(qū)').replace(/动/g, '动(dòng)')).join('\n');
    const [doc] = proposeDocuments(txt('in/s.txt', page), { existing: [] });
    expect(doc!.text).toBe(bodyOf(SIMPLIFIED.join('\n')));
    expect(kinds(doc!.data.edits)).not.toContain('simplified');
    expect(doc!.report.script).toBeUndefined();
  });

  it('--keep-traditional keeps the text 繁体; the report says why', () => {
    const [doc] = proposeDocuments(txt('in/t.txt', TRADITIONAL.join('\n')), { existing: [], keepTraditional: true });
    expect(doc!.data.title).toBe('XX社區2025年精神文明建設工作計劃');
    expect(doc!.text.split('\n')).toEqual([
      ...TRADITIONAL.slice(1, 5),
      '（一）加強思想道德建設。',
      '利用社區宣傳欄和居民微信羣，每月發佈一期文明提示，組織志願者開展鄰裏互助。',
      '（二）豐富文化生活。',
      '依託社區文化活動室，舉辦讀書會、書畫展和廣場舞比賽，讓居民在參與中受到教育。',
      ...TRADITIONAL.slice(7),
    ]);
    expect(comparableText(doc!.text)).toBe(bodyOf(SIMPLIFIED.join('\n')));
    expect(doc!.body).toContain('## 一、指導思想');
    expect(doc!.data.types).toEqual(['plan']);
    expect(kinds(doc!.data.edits)).not.toContain('simplified');
    expect(doc!.report.script).toMatch(/按 --keep-traditional 保留繁体$/);
  });

  it('the new edit kind is in the schema, with a label', () => {
    expect(editSchema.parse({ kind: 'simplified', note: '原文为繁体，已转为简体。' }).kind).toBe('simplified');
    expect(editKindLabels.simplified).toBe('繁体转为简体');
  });
});

describe('duplicates across 简/繁: compared in 简体', () => {
  const library = [{ id: 'community-2025-plan', title: SIMPLIFIED[0]!, text: SIMPLIFIED.slice(1).join('\n') }];
  it('a 繁体 copy of a library text is a near-duplicate, converted or kept', () => {
    for (const keepTraditional of [false, true]) {
      const [doc] = proposeDocuments(txt('in/t.txt', TRADITIONAL.join('\n')), { existing: library, keepTraditional });
      expect(doc!.report.nearDuplicates).toEqual([{ id: 'community-2025-plan', similarity: 1 }]);
    }
    expect(comparableText(TRADITIONAL.join('\n'))).toBe(SIMPLIFIED.join('\n'));
    expect(comparableText(SIMPLIFIED.join('\n'))).toBe(SIMPLIFIED.join('\n'));
  });

  const { dir, run } = importWorkspace('wenku-trad-');

  it('import the 简体 text, then its 繁体 page: refused as the same text, with or without --keep-traditional', async () => {
    writeFileSync(join(dir(), 'in', 'plan-s.txt'), SIMPLIFIED.join('\n'));
    writeFileSync(join(dir(), 'in', 'plan-t.txt'), PAGE);
    expect((await run(['in/plan-s.txt', '--out', 'out'])).code).toBe(0);
    for (const flags of [[], ['--keep-traditional']]) {
      const second = await run(['in/plan-t.txt', '--out', 'out', ...flags]);
      expect(second.code).toBe(1);
      expect(second.err).toMatch(/与已有的 out\/plan-s\.mdx 内容相同（相似度 1\.00），未写入/);
    }
    expect(readdirSync(join(dir(), 'out'))).toEqual(['plan-s.mdx']);
  });

  it('in one run: the 繁体 page after the 简体 file is caught too; --keep-traditional writes 繁体', async () => {
    writeFileSync(join(dir(), 'in', 'a-s.txt'), SIMPLIFIED.join('\n'));
    writeFileSync(join(dir(), 'in', 'b-t.txt'), PAGE);
    const both = await run(['in', '--out', 'out', '--dry-run']);
    expect(both.err).toMatch(/b-t\.txt：.*内容相同/);
    const kept = await run(['in/b-t.txt', '--out', 'kept', '--keep-traditional']);
    expect(kept.code).toBe(0);
    expect(readFileSync(join(dir(), 'kept', 'b-t.mdx'), 'utf8')).toContain('title: XX社區2025年精神文明建設工作計劃');
    expect(kept.out).toContain('繁简：原文为繁体');
  });

  it('--help documents --keep-traditional in Chinese', () => {
    expect(USAGE).toMatch(/--keep-traditional +繁体原文保留繁体/);
  });
});
