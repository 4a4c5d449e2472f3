/**
 * Rule: Markdown left in a .txt by AI-written pages ("### 社区工作计划", "#### 一、指导思想",
 * "1. **开展活动**：…", "---"). The markers become structure or go: a `#` line is a heading hint
 * (read like a Word heading, see hints.ts) with its level from the number of `#`; bold and list
 * markers and rules are removed. Only a text that shows Markdown (two `#` headings, or two bold
 * list items) is read so, and a `**` that stands for a digit ("20**年", "党的**届") is kept.
 */
import type { SourceText } from './types.ts';

const HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/u;
const BOLD_ITEM = /^\s*(?:[-*+]|\d{1,2}[.、．])\s*\*\*[^*]+\*\*/u;
const RULE = /^\s*(?:[-*_]\s*){3,}$/u;
const BULLET = /^\s*[-*+]\s+(?=\S)/u;
const QUOTE = /^\s*>\s?/u;
/** A bold pair: not after a digit or `*`, not before 年/届/月/日 (a "20**年" placeholder). */
const BOLD = /(?<![\d*])\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*(?![*年届月日号])/gu;
const ITALIC_UNDERSCORE = /(?<![\w_])__(?=\S)([^_\n]+?)(?<=\S)__(?![\w_])/gu;

/** True when a text is written in Markdown. */
function isMarkdown(text: string): boolean {
  const lines = text.split('\n');
  return lines.filter((l) => HEADING.test(l)).length >= 2 || lines.filter((l) => BOLD_ITEM.test(l)).length >= 2;
}

export interface MarkdownResult {
  source: SourceText;
  /** What was done, one report line each (Chinese). */
  changed: string[];
}

/** The source with its Markdown markers turned into heading hints or removed. */
export function fromMarkdown(source: SourceText): MarkdownResult {
  if (source.format !== 'txt' || !isMarkdown(source.text)) return { source, changed: [] };
  const hints = new Map<number, number>();
  let headings = 0;
  let marks = 0;
  const lines = source.text.split('\n').map((line, i) => {
    if (RULE.test(line)) {
      marks++;
      return '';
    }
    const h = HEADING.exec(line);
    let text = line;
    if (h) {
      hints.set(i, h[1]!.length);
      headings++;
      text = h[2]!;
    } else {
      const before = text;
      text = text.replace(QUOTE, '').replace(BULLET, '');
      if (text !== before) marks++;
    }
    return text
      .replace(BOLD, (_m, inner: string) => {
        marks++;
        return inner;
      })
      .replace(ITALIC_UNDERSCORE, (_m, inner: string) => {
        marks++;
        return inner;
      });
  });
  const changed = [`原文为 Markdown 格式：${headings} 个“#”标题按标题处理${marks > 0 ? `，去掉加粗、列表等标记 ${marks} 处` : ''}`];
  return { source: { ...source, text: lines.join('\n'), headingHints: hints }, changed };
}
