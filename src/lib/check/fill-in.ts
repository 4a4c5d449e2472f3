/** 待填写: placeholders left in a draft (XX, ××, 20xx, *** …), found as the templates find them (src/lib/templates/placeholders.ts). */
import { fillInKindLabels, findPlaceholders } from '../templates/placeholders.ts';
import type { CheckFinding } from './types.ts';

export function fillInFindings(paragraphs: readonly string[]): CheckFinding[] {
  return paragraphs.flatMap((text, paragraph) =>
    findPlaceholders(text).map((s) => ({
      category: 'fill-in' as const,
      paragraph,
      start: s.start,
      end: s.end,
      text: s.text,
      why: `待填写的${fillInKindLabels[s.kind]}还留在文中`,
      advice: '填上实际内容，或删去。',
    })),
  );
}
