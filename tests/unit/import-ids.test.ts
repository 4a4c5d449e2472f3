/**
 * Ids and metadata cues of imported documents, as a keeper meets them: a file named in Chinese
 * ("2025街道计划.txt", "XX局2024年总结.docx") gets an ASCII id made of the proposed metadata slugs,
 * never of Chinese text, and the report says which rule made it; a cue inside "在…指导下" names
 * someone else, not the author; a 街道 before a year or in the signature is 乡镇街道级; one topic
 * found stays in the file next to 待填写, and the report says why.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/importer/docx.ts';
import { proposeIssuer, proposeLevel, withoutOthers } from '../../src/importer/metadata.ts';
import { fileNameSlug, importDocuments, metadataSlug, proposeDocuments, proposeId } from '../../src/importer/pipeline.ts';
import { formatReport } from '../../src/importer/report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { TO_BE_FILLED, docSchema } from '../../src/lib/schema.ts';

const txt = (path: string, text: string) => ({ path, format: 'txt' as const, encoding: 'UTF-8', text });

describe('ids: ASCII, from the file name or else from the metadata slugs', () => {
  it('a file name counts when it has two ASCII letters besides placeholder x’s', () => {
    expect(fileNameSlug('in/003_AFB55.txt')).toBe('003-afb55');
    expect(fileNameSlug('in/street-plan.txt')).toBe('street-plan');
    expect(fileNameSlug('in/XX局plan.docx')).toBe('xx-plan');
    for (const name of ['2025街道计划.txt', 'XX局2024年总结.docx', 'xx-2024.txt', 'u16.txt', '方案.txt', 'XXX镇2025.docx']) {
      expect(fileNameSlug(`in/${name}`), name).toBeUndefined();
    }
  });

  it('metadata slugs in the library’s order: who, years, what', () => {
    expect(metadataSlug({ level: 'township', years: [2025], types: ['plan'] }).slug).toBe('township-2025-plan');
    expect(metadataSlug({ issuer: 'government-dept', years: [2024], types: ['summary'] }).slug).toBe('government-dept-2024-summary');
    expect(metadataSlug({ level: 'district', issuer: 'propaganda-dept', years: [2023], types: ['scheme'] }).slug).toBe('district-propaganda-dept-2023-scheme');
    expect(metadataSlug({ level: 'village', issuer: 'village', years: [], types: ['scheme'] }).slug).toBe('village-scheme');
    expect(metadataSlug({ level: 'unit', years: [2021, 2022, 2023, 2024, 2025], types: ['program'] }).slug).toBe('unit-2021-2025-program');
    expect(metadataSlug({ years: [2023, 2024], types: ['summary', 'plan'] }).slug).toBe('2023-2024-summary-plan');
    expect(metadataSlug({ years: [2025], types: [] }).slug).toBe('document-2025');
  });

  it('proposeId says which rule made the id, and how it was made unique', () => {
    const meta = { level: 'township', years: [2025], types: ['plan'] };
    expect(proposeId('in/2025街道计划.txt', 0, 1, new Set(), meta)).toEqual({
      id: 'township-2025-plan',
      rule: '文件名“2025街道计划.txt”没有可用的英文词，按级别、年份、类型生成',
    });
    expect(proposeId('in/2025街道计划.txt', 0, 1, new Set(['township-2025-plan']), meta)).toEqual({
      id: 'township-2025-plan-2',
      rule: '文件名“2025街道计划.txt”没有可用的英文词，按级别、年份、类型生成；已有 township-2025-plan，加“-2”',
    });
    expect(proposeId('in/street_plan.txt', 0, 1, new Set(), meta)).toEqual({ id: 'street-plan', rule: '取自文件名“street_plan.txt”' });
    expect(proposeId('in/方案.txt', 0, 1, new Set(), { years: [], types: [] }).id).toBe('document');
  });

  it('a Chinese file name imports under a readable id, stated in the report', () => {
    const text = [
      'XX街道2025年精神文明建设工作计划',
      '为深入推进精神文明建设，结合实际，制定本计划。',
      '一、加强理论武装',
      '组织理论学习，开展理论宣讲。',
    ].join('\n');
    const [doc] = importDocuments(txt('in/2025街道计划.txt', text), { existing: [] });
    expect(doc!.id).toBe('township-2025-plan');
    expect(doc!.mdx).toContain('\nid: township-2025-plan\n');
    expect(formatReport(doc!.report, { target: 'out/township-2025-plan.mdx', status: '已写入' })).toContain(
      '  id：township-2025-plan（文件名“2025街道计划.txt”没有可用的英文词，按级别、年份、类型生成）',
    );
  });
});

describe('a 社区 or village names itself through its committee or as 本社区 / 本村', () => {
  it('level and issuer 村（社区）', () => {
    const plan = ['2026年社区精神文明建设工作计划', '持续推进社区精神文明建设，结合本社区实际，制定本计划。'] as const;
    expect(proposeLevel(...plan)).toEqual({ slug: 'village', words: ['本社区'] });
    expect(proposeIssuer(...plan)).toEqual({ slug: 'village', words: ['本社区'] });
    // Only the signature says who wrote it.
    const signed = ['2026年精神文明建设工作计划', '为推进精神文明建设，制定本计划。', ['XX社区居民委员会', '2026年1月10日']] as const;
    expect(proposeLevel(...signed)).toEqual({ slug: 'village', words: ['居民委员会'] });
    expect(proposeIssuer(...signed)).toEqual({ slug: 'village', words: ['居民委员会'] });
    expect(proposeLevel('2025年工作总结', '2025年，XX村民委员会组织全体村民开展移风易俗。')?.slug).toBe('village');
    // A 社区 named as the place of work is not the author.
    expect(proposeLevel('2025年工作总结', '2025年，我镇组织各社区开展文明实践。')?.slug).toBe('township');
  });
});

describe('cues inside 在…指导下 name someone else, not the author', () => {
  it('blanks the phrase, keeping its length', () => {
    const opening = '2024年，XX局在市文明委的指导下，坚持以习近平新时代中国特色社会主义思想为指导。';
    expect(withoutOthers(opening)).not.toContain('文明委');
    expect(withoutOthers(opening)).toHaveLength(opening.length);
    const [led, supported] = ['在区委区政府的坚强领导下', '在市文明办的大力支持下'];
    const blank = (s: string) => '\u3000'.repeat(s.length);
    expect(withoutOthers(`${led}，${supported}，我镇`)).toBe(`${blank(led)}，${blank(supported)}，我镇`);
  });

  it('for issuer and level', () => {
    expect(proposeIssuer('2024年工作总结', '2024年，我们在市文明委的指导下，扎实推进文明创建。')).toBeUndefined();
    expect(proposeLevel('2024年工作总结', '2024年，我们在市文明委的指导下，扎实推进文明创建。')).toBeUndefined();
    expect(proposeLevel('2024年工作总结', '在区委区政府的坚强领导下，我镇扎实推进文明创建。')).toEqual({ slug: 'township', words: ['我镇'] });
    expect(proposeIssuer('2024年工作总结', '在县委宣传部的关心下，我局机关扎实推进文明创建。')).toEqual({ slug: 'government-dept', words: ['我局'] });
    // 根据…部署 names the body whose deployment is followed: someone else too (metadata.ts, FOLLOWED).
    expect(proposeIssuer('2024年工作总结', '根据市文明委的部署，扎实推进文明创建。')).toBeUndefined();
    // Without such a phrase the same words still decide.
    expect(proposeIssuer('2024年工作总结', '今年，市文明委扎实推进文明创建。')).toBeUndefined(); // weak alone: usually the body above
    expect(proposeIssuer('市文明委2024年工作总结', '今年，市文明委扎实推进文明创建。')?.slug).toBe('civilization-committee');
  });

  it('a 局’s own summary (.docx): the title’s 局 is the issuer; 市文明委 who guided it decides nothing', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'XX局2024年精神文明建设工作总结', heading: HeadingLevel.TITLE }),
              new Paragraph('2024年，XX局在市文明委的指导下，坚持以习近平新时代中国特色社会主义思想为指导，扎实推进文明单位创建。现将有关情况总结如下。'),
              new Paragraph({ text: '一、强化理论武装', heading: HeadingLevel.HEADING_1 }),
              new Paragraph('局党组理论学习中心组全年开展集中学习12次。'),
            ],
          },
        ],
      }),
    );
    const source = await readDocx('in/XX局2024年总结.docx', new Uint8Array(bytes));
    const [p] = proposeDocuments(source, { existing: [] });
    expect(p!.data.issuer).toBe('government-dept');
    expect(p!.report.issuer).toBe('government-dept（XX局）');
    expect(p!.data.level).toBe(TO_BE_FILLED);
    expect(p!.report.undecided).toContain('level');
    expect(p!.id).toBe('government-dept-2024-summary');
  });
});

describe('街道 and 社区', () => {
  it('a 街道 or 社区 before a year in the title, or 我街道 in the opening', () => {
    expect(proposeLevel('XX街道2025年精神文明建设工作计划', '')).toEqual({ slug: 'township', words: ['XX街道'] });
    expect(proposeLevel('朝阳街道2025年精神文明建设工作计划', '')).toEqual({ slug: 'township', words: ['朝阳街道'] });
    expect(proposeLevel('2025年精神文明建设工作计划', '今年，我街道将继续')?.slug).toBe('township');
    expect(proposeLevel('XX社区2025年精神文明建设工作计划', '')).toEqual({ slug: 'village', words: ['XX社区'] });
    // A 社区 or a 辖区 is not a 区 (district).
    expect(proposeLevel('2025年工作计划', '推动党的创新理论进社区、进企业')).toBeUndefined();
    expect(proposeLevel('2025年工作计划', '组织辖区内各单位开展志愿服务')).toBeUndefined();
    expect(proposeLevel('2025年工作计划', '保持街道整洁，美化街道环境')).toBeUndefined();
  });

  it('a signature at the end, read after the title and the opening', () => {
    const closing = ['各社区要把精神文明建设纳入年度考核。', 'XX街道办事处', '2025年1月6日'];
    expect(proposeLevel('2025年精神文明建设工作计划', '为推进精神文明建设，制定本计划。', closing)).toEqual({ slug: 'township', words: ['街道办事处'] });
    expect(proposeLevel('2025年精神文明建设工作计划', '为推进精神文明建设，制定本计划。', ['XX街道办事处 2025年1月6日'])?.slug).toBe('township');
    // The title and the signature both name the author: when they disagree, neither decides; a closing sentence is no signature.
    expect(proposeLevel('区委宣传部2025年工作计划', '', closing)).toBeUndefined();
    expect(proposeLevel('区委宣传部2025年工作计划', '', ['区委宣传部', '2025年1月6日'])?.slug).toBe('district');
    expect(proposeLevel('2025年工作计划', '', ['请各街道办事处认真贯彻落实。'])).toBeUndefined();
  });
});

describe('one topic found', () => {
  const text = [
    'XX镇2025年精神文明建设工作要点',
    '为深入学习贯彻习近平新时代中国特色社会主义思想，结合实际，制定本要点。',
    '一、强化理论武装',
    '抓好理论学习中心组学习，开展理论宣讲。',
  ].join('\n');

  it('is kept in the file next to 待填写, which the schema refuses with the field’s name', () => {
    const [doc] = importDocuments(txt('in/town.txt', text), { existing: [] });
    const data = parseYaml(splitFrontmatter(doc!.mdx)!.yaml) as Record<string, unknown>;
    expect(data['topics']).toEqual(['theory', TO_BE_FILLED]);
    const parsed = docSchema.safeParse({ ...data, summary: '测试摘要，一句话说明文献内容。' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      `topics: "topics" is to be filled (${TO_BE_FILLED}): the importer could not decide it; write it by hand`,
    );
  });

  it('the report says why topics is to be filled', () => {
    const [doc] = importDocuments(txt('in/town.txt', text), { existing: [] });
    const report = formatReport(doc!.report, { target: 'out/town.mdx', status: '已写入' });
    expect(report).toContain('  主题：理论武装（theory），依据：');
    expect(report).toContain(`    - topics（只找到1个主题：theory，至少需要2个；已写入 theory，请把“${TO_BE_FILLED}”换成第二个主题）`);
    const [none] = importDocuments(txt('in/none.txt', 'XX镇2025年工作要点\n一、总体安排\n做好各项工作。'), { existing: [] });
    expect(none!.mdx).toContain(`topics: ${TO_BE_FILLED}\n`);
    expect(formatReport(none!.report, { target: 'out/none.mdx', status: '已写入' })).toContain(
      '    - topics（没有找到主题：一个主题的词至少出现3次才算；至少需要2个，请填写）',
    );
  });
});
