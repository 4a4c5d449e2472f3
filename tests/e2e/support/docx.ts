/**
 * Downloading a Word file from a document page and reading it back: the .docx is unzipped
 * with fflate and its XML parts are queried with the browser's DOMParser (namespace-aware).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Downloaded {
  name: string;
  path: string;
  bytes: Uint8Array;
  parts: Record<string, string>;
}

/** Presses a download button and returns the file it produced. */
export async function downloadFrom(page: Page, button: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  const bytes = new Uint8Array(readFileSync(path));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  return { name: download.suggestedFilename(), path, bytes, parts };
}

/** What the tests read from the parts, computed in the page with DOMParser. */
type Maybe = string | undefined;

export interface DocxFacts {
  pgSz: Record<string, string>;
  pgMar: Record<string, string>;
  docGrid: Record<string, string>;
  evenAndOdd: boolean;
  styles: Record<string, { font: Maybe; size: Maybe; line: Maybe; lineRule: Maybe; outline: Maybe }>;
  defaults: { font: Maybe; size: Maybe; line: Maybe; lineRule: Maybe };
  altNames: Record<string, string>;
  paragraphs: { style: string; text: string }[];
  highlighted: string[];
  footers: { text: string; instr: string; align: string }[];
  links: string[];
}

export async function readFacts(page: Page, parts: Record<string, string>): Promise<DocxFacts> {
  return page.evaluate(
    ({ parts, W, R }) => {
      const parse = (name: string) => new DOMParser().parseFromString(parts[name] ?? '<x/>', 'application/xml');
      const attrs = (el: Element | null | undefined) => Object.fromEntries([...(el?.attributes ?? [])].map((a) => [a.localName, a.value]));
      const one = (root: Element | Document, tag: string): Element | undefined => root.getElementsByTagNameNS(W, tag)[0];
      const all = (root: Element | Document, tag: string) => [...root.getElementsByTagNameNS(W, tag)];
      const val = (root: Element | undefined, tag: string, attr = 'val') => (root ? (one(root, tag)?.getAttributeNS(W, attr) ?? undefined) : undefined);
      const doc = parse('word/document.xml');
      const styles = parse('word/styles.xml');
      const sect = one(doc, 'sectPr')!;
      const styleFacts: DocxFacts['styles'] = {};
      for (const s of all(styles, 'style')) {
        const id = s.getAttributeNS(W, 'styleId')!;
        styleFacts[id] = {
          font: val(s, 'rFonts', 'eastAsia'),
          size: val(s, 'sz'),
          line: val(one(s, 'pPr'), 'spacing', 'line'),
          lineRule: val(one(s, 'pPr'), 'spacing', 'lineRule'),
          outline: val(s, 'outlineLvl'),
        };
      }
      const defaults = one(styles, 'docDefaults');
      const fonts = parse('word/fontTable.xml');
      const rels = parse('word/_rels/document.xml.rels');
      const footerNames = Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n));
      return {
        pgSz: attrs(one(sect, 'pgSz')),
        pgMar: attrs(one(sect, 'pgMar')),
        docGrid: attrs(one(sect, 'docGrid')),
        evenAndOdd: Boolean(one(parse('word/settings.xml'), 'evenAndOddHeaders')),
        styles: styleFacts,
        defaults: {
          font: val(defaults, 'rFonts', 'eastAsia'),
          size: val(defaults, 'sz'),
          line: val(defaults && one(defaults, 'pPr'), 'spacing', 'line'),
          lineRule: val(defaults && one(defaults, 'pPr'), 'spacing', 'lineRule'),
        },
        altNames: Object.fromEntries(all(fonts, 'font').map((f) => [f.getAttributeNS(W, 'name')!, val(f, 'altName') ?? ''])),
        paragraphs: all(one(doc, 'body')!, 'p').map((p) => ({
          style: val(p, 'pStyle') ?? '',
          text: all(p, 't')
            .map((t) => t.textContent)
            .join(''),
        })),
        highlighted: all(doc, 'r')
          .filter((r) => val(r, 'highlight') === 'yellow')
          .map((r) =>
            all(r, 't')
              .map((t) => t.textContent)
              .join(''),
          ),
        footers: footerNames.map((n) => {
          const f = parse(n);
          return {
            text: all(f, 't')
              .map((t) => t.textContent)
              .join(''),
            instr: all(f, 'instrText')
              .map((t) => t.textContent!.trim())
              .join(' '),
            align: val(f.documentElement, 'jc') ?? '',
          };
        }),
        // Word keeps a link's #fragment in w:anchor and the rest in the relationship's target.
        links: all(doc, 'hyperlink').map((h) => {
          const rel = [...rels.getElementsByTagName('Relationship')].find((r) => r.getAttribute('Id') === h.getAttributeNS(R, 'id'));
          const anchor = h.getAttributeNS(W, 'anchor');
          return `${rel?.getAttribute('Target') ?? ''}${anchor ? `#${anchor}` : ''}`;
        }),
      };
    },
    { parts, W, R },
  );
}

export interface Footnote {
  id: string;
  text: string;
  /** The links in it, #fragment put back (see `links` above). */
  links: string[];
}

/** The body's footnote references in order, and the footnotes they point to (word/footnotes.xml). */
export async function readFootnotes(page: Page, parts: Record<string, string>): Promise<{ refs: string[]; notes: Footnote[] }> {
  return page.evaluate(
    ({ parts, W, R }) => {
      const parse = (name: string) => new DOMParser().parseFromString(parts[name] ?? '<x/>', 'application/xml');
      const all = (root: Element | Document, tag: string) => [...root.getElementsByTagNameNS(W, tag)];
      const rels = parse('word/_rels/footnotes.xml.rels');
      const refs = all(parse('word/document.xml'), 'footnoteReference').map((r) => r.getAttributeNS(W, 'id')!);
      const notes = all(parse('word/footnotes.xml'), 'footnote')
        .filter((f) => !f.getAttributeNS(W, 'type'))
        .map((f) => ({
          id: f.getAttributeNS(W, 'id')!,
          text: all(f, 't')
            .map((t) => t.textContent)
            .join(''),
          links: all(f, 'hyperlink').map((h) => {
            const rel = [...rels.getElementsByTagName('Relationship')].find((r) => r.getAttribute('Id') === h.getAttributeNS(R, 'id'));
            const anchor = h.getAttributeNS(W, 'anchor');
            return `${rel?.getAttribute('Target') ?? ''}${anchor ? `#${anchor}` : ''}`;
          }),
        }));
      return { refs, notes };
    },
    { parts, W, R },
  );
}
