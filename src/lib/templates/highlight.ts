/**
 * The one Shiki setup of the site: the 公文 grammar (gongwen.tmLanguage.json) for the 模板视图,
 * plus whatever languages a page adds (MDX and YAML on /about/adding/), with class-based
 * output: no `style` attribute ever reaches the page (a strict CSP without 'unsafe-inline'
 * is coming), colours live in /styles/highlight.css, generated from `tokenClasses` below.
 *
 * How: the Shiki theme is built from `tokenClasses` (each class its own colour), and a
 * transformer replaces each token's `style="color:…"` with the class of that colour.
 * Runs at build time and in the browser (the 模板视图 loads it on demand, with the
 * JavaScript regex engine: no WebAssembly, nothing fetched).
 */
import { createHighlighterCore, type HighlighterCore, type LanguageInput, type ShikiTransformer, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { numberingPattern } from '../numbering.ts';
import gongwenGrammar from './gongwen.tmLanguage.json';

export interface TokenClass {
  className: string;
  /** TextMate scopes coloured this way (most specific selector wins, as in any theme). */
  scopes: string[];
  color: string;
  background?: string;
  bold?: boolean;
  /** Shown in the 模板视图 legend (公文 classes only). */
  label?: string;
}

/** Page and code-block backgrounds every colour is checked against (WCAG AA, 4.5:1). */
export const BACKGROUNDS = { page: '#ffffff', block: '#f6f5f1' } as const;
export const FOREGROUND = '#1d2127';

export const tokenClasses: readonly TokenClass[] = [
  // 公文 text (gongwen grammar)
  { className: 'gw-fill', scopes: ['markup.inserted.fill-in'], color: '#6b2a00', background: '#ffe7a3', bold: true, label: '需要填写' },
  { className: 'gw-num', scopes: ['keyword.control.numbering'], color: '#174a8b', bold: true, label: '序号' },
  { className: 'gw-date', scopes: ['constant.numeric.date'], color: '#0b6345', label: '日期' },
  { className: 'gw-quote', scopes: ['string.quoted.slogan'], color: '#8a1f5c', label: '引号中的提法' },
  // MDX, Markdown and YAML examples
  { className: 'hl-comment', scopes: ['comment', 'punctuation.definition.comment'], color: '#5a6170' },
  { className: 'hl-key', scopes: ['entity.name.tag', 'support.type.property-name'], color: '#a3231b' },
  { className: 'hl-string', scopes: ['string', 'markup.inline.raw'], color: '#2d6212' },
  { className: 'hl-constant', scopes: ['constant', 'variable.other.constant'], color: '#7a4600' },
  { className: 'hl-keyword', scopes: ['keyword', 'storage', 'punctuation.definition.tag', 'punctuation.definition.list'], color: '#6a3aa8' },
  { className: 'hl-heading', scopes: ['markup.heading', 'entity.name.section', 'punctuation.definition.heading'], color: '#0d4f8a', bold: true },
  { className: 'hl-attr', scopes: ['entity.other.attribute-name'], color: '#8a4b00' },
];

const theme: ThemeRegistration = {
  name: 'wenku',
  type: 'light',
  colors: { 'editor.background': BACKGROUNDS.block, 'editor.foreground': FOREGROUND },
  tokenColors: tokenClasses.map((t) => ({ scope: t.scopes, settings: { foreground: t.color } })),
};

const classOfColor = new Map(tokenClasses.map((t) => [t.color.toLowerCase(), t.className]));

/** Replaces Shiki's inline colours with classes; the block gets class "hl" and no style. */
const classTransformer: ShikiTransformer = {
  name: 'wenku:classes',
  pre(node) {
    delete node.properties['style'];
    delete node.properties['tabindex'];
    this.addClassToHast(node, 'hl');
  },
  span(node) {
    const style = node.properties['style'];
    delete node.properties['style'];
    if (typeof style !== 'string') return;
    const color = /(?:^|;)\s*color:\s*(#[0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
    const className = color && classOfColor.get(color);
    if (className) this.addClassToHast(node, className);
  },
};

/**
 * Options for every codeToHtml/codeToHast call: our theme and classes. Shiki gives up on a
 * line after 500 ms by default and leaves its rest plain; a long paragraph on a slow office PC
 * (or the first line, which pays for compiling the grammar) may take longer.
 */
export const highlightOptions: { theme: string; transformers: ShikiTransformer[]; tokenizeTimeLimit: number } = {
  theme: 'wenku',
  transformers: [classTransformer],
  tokenizeTimeLimit: 10_000,
};

/** The CSS for the classes (served as /styles/highlight.css). */
export function highlightCss(): string {
  const rules = [
    `.hl { color: ${FOREGROUND}; background: ${BACKGROUNDS.block}; }`,
    ...tokenClasses.map(
      (t) => `.${t.className} { color: ${t.color};${t.background ? ` background: ${t.background};` : ''}${t.bold ? ' font-weight: 700;' : ''} }`,
    ),
  ];
  return `/* Generated from src/lib/templates/highlight.ts (tokenClasses). */\n${rules.join('\n')}\n`;
}

/**
 * The grammar with its numbering rule made from the one numbering parser (src/lib/numbering.ts),
 * so the 模板视图 marks exactly the forms the anchors and the importer read: at the start of a
 * line, after any indent, as a paragraph may start with them ("1.5倍" is no number).
 */
const gongwen = {
  ...gongwenGrammar,
  name: 'gongwen',
  repository: { ...gongwenGrammar.repository, numbering: { ...gongwenGrammar.repository.numbering, match: `^[\\s\\u3000]*${numberingPattern()}` } },
} as unknown as LanguageInput;

const cache = new Map<string, Promise<HighlighterCore>>();

/** A highlighter with the 公文 grammar and the given extra languages (cached per set). */
export function getHighlighter(extraLangs: LanguageInput[] = [], key = 'gongwen'): Promise<HighlighterCore> {
  let h = cache.get(key);
  if (!h) {
    h = createHighlighterCore({ themes: [theme], langs: [gongwen, ...extraLangs], engine: createJavaScriptRegexEngine() });
    cache.set(key, h);
  }
  return h;
}
