/**
 * 复制提纲 as HTML (the clipboard's text/html beside text/plain): each line a heading, 一、 as
 * <h2> and （一） as <h3> like the site's document pages, so Word and WPS paste them as 标题 2 and
 * 标题 3 (the navigation pane shows the outline) in the 公文 heading fonts, not as body lines.
 * Styles are inline: pasted HTML carries no stylesheet.
 */
import { FONTS, PT } from '../export/gbt9704.ts';
import type { OutlineLine } from './skeleton.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE: Record<OutlineLine['level'], string> = {
  1: `font-family:${FONTS.heading1.name},${FONTS.heading1.fallback}`,
  2: `font-family:${FONTS.heading2.name},${FONTS.heading2.fallback}`,
};

export function outlineHtml(lines: readonly OutlineLine[]): string {
  const body = lines
    .map((l) => {
      const tag = l.level === 1 ? 'h2' : 'h3';
      return `<${tag} style="${STYLE[l.level]};font-size:${PT.三号}pt;font-weight:normal;color:#000;text-indent:2em;margin:0">${escape(l.text)}</${tag}>`;
    })
    .join('\n');
  return `<html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>`;
}
