/**
 * What a Word draft is made of: sections of one or more documents, each a run of headings
 * and paragraphs with their permanent links. Read from a rendered page by ./from-dom.ts,
 * turned into a .docx by ./docx-builder.ts, so a later feature can assemble sections of
 * several documents into one draft.
 */

/** A stretch of text; `fill` marks a placeholder to fill in (mark.fill-in on the page). */
export interface ExportRun {
  text: string;
  fill?: boolean;
  /** A Word comment on this stretch (highlighted too): out-of-date wording, a 起草自查 finding. */
  comment?: string;
}

export interface ExportBlock {
  /** 0 for a body paragraph; 1 for 一、, 2 for （一）, 3 for 1., 4 for （1） (h2…h5 on the page). */
  level: number;
  runs: ExportRun[];
  /** The passage's anchor id (docs/anchors.md), when it has one. */
  anchor?: string;
  /** A note of the library's, not the text's: where the source is cut off (`<SourceGap />`). */
  gap?: boolean;
  /** A table (from a Word table the importer kept): rows of cell texts, the first the head; `runs` is empty. */
  table?: string[][];
}

export interface ExportSection {
  /** Title of the document the passages come from. */
  docTitle: string;
  /** Citation label of what was taken: 全文, or the section's, e.g. 第二部分. */
  cite: string;
  /** Permanent link: the document's URL, with #anchor for a section. */
  sourceUrl: string;
  /** The document's years as the site shows them (2022年), named in a footnote. */
  year?: string;
  blocks: ExportBlock[];
}

export interface ExportDraft {
  /** The draft's title (2号小标宋 at the top); its placeholders (XX, 20XX) are highlighted. */
  title: string;
  sections: ExportSection[];
  /**
   * How the sources are named: one closing note (a document or a section of it), or a Word
   * footnote after each section (the 写作篮's draft of passages from several documents), or
   * none (a skeleton, which is no one's text).
   */
  sources?: 'note' | 'footnotes' | 'none';
}
