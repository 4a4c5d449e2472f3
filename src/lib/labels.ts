/** Chinese labels for the enumerated frontmatter values that are not taxonomy terms. */
import type { DocData, DocEdit } from './schema';

export const editKindLabels: Record<DocEdit['kind'], string> = {
  'conversion-error': '繁简转换错误',
  simplified: '繁体转为简体',
  'restored-structure': '恢复层次结构',
  'restored-numbering': '补回序号',
  'restored-text': '补回脱字',
  'joined-paragraphs': '合并断开的段落',
  'split-paragraphs': '拆分粘连的段落',
  normalized: '规范标点或格式',
  typo: '订正错字',
  title: '标题',
};

export const completenessLabels: Record<DocData['completeness'], string> = {
  complete: '全文完整',
  truncated: '原文不完整，缺失处已在正文中标出',
};

export const relationLabels: Record<DocData['related'][number]['relation'], string> = {
  version: '同一文本的另一版本',
};

/** A document's title as shown in lists, tab titles and search results: with its version label, if any. */
export function displayTitle(data: Pick<DocData, 'title' | 'version'>): string {
  return data.version ? `${data.title}（${data.version}）` : data.title;
}
