import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/lib/export/docx-builder';
import { outlineBlocks, skeletonDraft } from '../../src/lib/export/skeleton-draft';
import { outlineText, type Skeleton } from '../../src/lib/templates/skeleton';

const outline = ['一、指导思想', '二、（按本单位工作领域自拟标题）', '（一）……', '（二）……', '三、保障措施'].join('\n');

describe('skeletonDraft()', () => {
  it('turns the outline into 公文 headings with a paragraph to write under each innermost one', () => {
    const blocks = outlineBlocks(outline);
    expect(blocks.map((b) => [b.level, b.runs.map((r) => (r.fill ? `[${r.text}]` : r.text)).join('')])).toEqual([
      [1, '一、指导思想'],
      [0, '[……]'],
      [1, '二、[（按本单位工作领域自拟标题）]'],
      [2, '（一）[……]'],
      [0, '[……]'],
      [2, '（二）[……]'],
      [0, '[……]'],
      [1, '三、保障措施'],
      [0, '[……]'],
    ]);
  });

  it('opens with the type’s usual title and first paragraph, spots to fill highlighted, and ends with 落款 and date', async () => {
    const draft = skeletonDraft('计划', outline);
    expect(draft.title).toBe('XX单位20XX年精神文明建设工作计划');
    expect(draft.sources).toBe('none');
    const opening = draft.sections[0]!.blocks[0]!;
    expect(opening.runs.map((r) => r.text).join('')).toBe('为……，根据……，结合我单位实际，制定本计划。');
    expect(opening.runs.filter((r) => r.fill)).toHaveLength(2);
    const doc = strFromU8(unzipSync(await buildDocx(draft))['word/document.xml']!);
    const highlighted = [...doc.matchAll(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted.slice(0, 2)).toEqual(['XX', '20XX']);
    expect(highlighted).toContain('（按本单位工作领域自拟标题）');
    expect(highlighted.slice(-2)).toEqual(['（发文机关署名）', '20XX年X月X日']);
    expect(doc).not.toContain('原文链接');
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(3);
  });

  it('a speech opens with its 称谓, flush left', async () => {
    const doc = strFromU8(unzipSync(await buildDocx(skeletonDraft('讲话', outline)))['word/document.xml']!);
    expect(doc).toContain('<w:pStyle w:val="Addressee"/></w:pPr><w:r><w:t xml:space="preserve">同志们：</w:t>');
  });

  it('reads what outlineText writes', () => {
    const skeleton = { docCount: 2, withoutHeadings: 0, versionsLeftOut: 0, parts: [] } as unknown as Skeleton;
    expect(outlineBlocks(outlineText(skeleton))).toEqual([]);
  });
});
