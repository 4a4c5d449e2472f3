/**
 * The contract between the importer's two halves:
 *   - reading (scripts/import.ts, src/importer/decode.ts, docx.ts, write.ts): files in, decoded
 *     text out; MDX files written safely; the report printed;
 *   - the text rules (src/importer/pipeline.ts, src/importer/cleaning/, src/lib/numbering.ts): one decoded
 *     source in, one or more library documents out (a compilation page yields several).
 * The seed import (scripts/import-seeds.ts) is a use of the same pipeline.
 */
import type { DocData } from '../lib/schema.ts';

/** One input file, decoded. */
export interface SourceText {
  /** The path as the keeper gave it, for messages and the report. */
  path: string;
  format: 'txt' | 'docx';
  /** The encoding detected for a .txt (e.g. "UTF-8", "UTF-16LE", "GB18030"); "docx" for a .docx. */
  encoding: string;
  /**
   * The text, one paragraph per line. A .docx's headings and list items carry their numbering as
   * text ("一、", "（一）", "1."), so the same rules read both formats.
   */
  text: string;
  /** Paragraph indices (0-based lines of `text`) that the .docx marked as headings, with their level 1–6. */
  headingHints?: ReadonlyMap<number, number>;
  /** The paragraph (0-based line of `text`) in Word's Title style, if any (it is also a level-1 hint). */
  titleLine?: number;
}

/** A library document already published, for id uniqueness and near-duplicate detection. */
export interface ExistingDocument {
  id: string;
  title: string;
  /** Body text with markup removed. */
  text: string;
}

export interface ImportOptions {
  existing: readonly ExistingDocument[];
  /** Keep a 繁体 source in 繁体 (--keep-traditional); by default it is converted (traditional.ts). */
  keepTraditional?: boolean;
}

/** A topic the importer proposes, with the words in the text that decided it. */
export interface TopicProposal {
  slug: DocData['topics'][number];
  words: string[];
}

export interface ImportReport {
  source: string;
  encoding: string;
  /** Where in the source, when it holds several documents (e.g. 篇三). */
  part?: string;
  title: string;
  years: number[];
  types: string[];
  level?: string;
  issuer?: string;
  topics: TopicProposal[];
  /** What was removed (site chrome, paywall, page markers…), one line each, in Chinese or English. */
  removed: string[];
  /** What was changed (punctuation, rejoined paragraphs, restored numbering…), one line each. */
  changed: string[];
  /** Where the text is cut off. */
  cutOffs: string[];
  /** Frontmatter fields the importer could not decide; written as "to be filled" so the build names them. */
  undecided: string[];
  /** How the id was made, in Chinese (取自文件名, 按元数据生成…, 由 --id 指定). */
  idRule?: string;
  /** Why an undecided field is undecided, in Chinese, by field (e.g. topics: 只找到1个主题…). */
  undecidedWhy?: Partial<Record<string, string>>;
  /** Whether the source was 繁体 and what was done (converted, kept), in Chinese; absent for a 简体 source. */
  script?: string;
  /** Library documents this one closely resembles. */
  nearDuplicates: { id: string; similarity: number }[];
}

export interface ImportedDocument {
  /** Proposed ASCII id (file name without .mdx); never derived from Chinese text. */
  id: string;
  /** The whole MDX file: frontmatter and escaped body. */
  mdx: string;
  report: ImportReport;
}

/** An input the rules cannot turn into a document: the message names the file and the problem. */
export class ImportInputError extends Error {
  // A plain field, not a parameter property: Node runs these modules by stripping types only.
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}：${problem}`);
    this.file = file;
    this.name = 'ImportInputError';
  }
}
