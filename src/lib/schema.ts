/**
 * The frontmatter schema of a library document (`content/docs/<id>.mdx`).
 * Every field says what it means and which values are allowed; a file that breaks
 * the schema fails the build with the file, the field and the problem.
 */
import { z } from 'astro/zod';
import { docTypes, issuers, levels, topics } from './taxonomy.ts';
import { permalinksSchema } from './anchors/schema.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The importer's placeholder ids: "document", "document-2" … and "document-2025" (proposeId in
 * src/importer/pipeline.ts, when neither the file name nor the metadata gives words). They say nothing
 * about the document and would be locked as published URLs, so the build refuses them.
 */
const PLACEHOLDER_ID = /^document(?:-\d+)*$/;
export const isPlaceholderId = (id: string): boolean => PLACEHOLDER_ID.test(id);

/**
 * What the importer writes for a field it could not decide (src/importer/). The schema
 * refuses it with a message naming the field, so the build names file, field and "to be filled"
 * instead of publishing a silent guess.
 */
export const TO_BE_FILLED = '待填写';

/** Whether a frontmatter value still holds TO_BE_FILLED, alone or in a list. */
export const isToBeFilled = (value: unknown): boolean => value === TO_BE_FILLED || (Array.isArray(value) && value.includes(TO_BE_FILLED));

/** How the build names such a field. */
export const toBeFilled = (field: string): string => `"${field}" is to be filled (${TO_BE_FILLED})`;

/** A field the importer may leave as TO_BE_FILLED: that value fails with its own message. */
function fillable<T extends z.ZodType>(field: string, inner: T) {
  return z.preprocess((value, ctx) => {
    if (isToBeFilled(value)) {
      ctx.addIssue({ code: 'custom', message: `${toBeFilled(field)}: the importer could not decide it; write it by hand` });
      return z.NEVER;
    }
    return value;
  }, inner);
}

const editKinds = [
  'conversion-error',
  'simplified',
  'restored-structure',
  'restored-numbering',
  'restored-text',
  'joined-paragraphs',
  'split-paragraphs',
  'normalized',
  'typo',
  'title',
] as const;

export const editSchema = z
  .object({
    kind: z
      .enum(editKinds)
      .describe(
        'What sort of change: conversion-error (faulty 繁简 conversion fixed), simplified (a 繁体 source converted to 简体 with OpenCC), restored-structure (headings or paragraphs rebuilt from a flattened source), restored-numbering (a lost 公文 number put back), restored-text (a character lost in extraction put back), joined-paragraphs / split-paragraphs, normalized (punctuation or width normalised), typo, title (title taken or adjusted from the source).',
      ),
    from: z.string().optional().describe('The source wording, exactly as in the seed text.'),
    to: z.string().optional().describe('The wording in the library.'),
    note: z.string().min(1).describe('One sentence in Chinese, shown to readers in 整理说明, saying what changed and why.'),
  })
  .strict();

export const docSchema = z
  .object({
    id: z
      .string()
      .regex(ID_PATTERN, 'must be lowercase ASCII words joined by hyphens, e.g. "2023-district-propaganda-scheme"')
      .refine((id) => !isPlaceholderId(id), { message: "is the importer's placeholder (document, document-2 …): rename the file and the id" })
      .describe('Stable ASCII key and URL segment (/docs/<id>/). Chosen by hand, never derived from the title; equals the file name.'),
    title: fillable('title', z.string().min(2)).describe('The document title as it stands in the text (placeholders such as XX kept).'),
    version: z
      .string()
      .min(2)
      .max(20)
      .optional()
      .describe(
        'Short Chinese label that tells versions of one text apart (e.g. 版本一：地名隐去). Required when the document has a related version; shown with the title everywhere.',
      ),
    years: fillable('years', z.array(z.number().int().min(1949).max(2100))).describe(
      'Every year the document covers, ascending (a 2021–2025 规划 lists all five). Empty when the text states no year (shown as 年份不详).',
    ),
    level: fillable('level', z.enum(levels.slugs)).describe(`Administrative level of the issuing body: ${levels.slugs.join(', ')}.`),
    issuer: fillable('issuer', z.enum(issuers.slugs)).describe(`Kind of body that issued the document: ${issuers.slugs.join(', ')}.`),
    types: fillable('types', z.array(z.enum(docTypes.slugs)).min(1)).describe(`Document types, one or more of: ${docTypes.slugs.join(', ')}.`),
    topics: fillable('topics', z.array(z.enum(topics.slugs)).min(2)).describe(
      `At least two topics from the controlled vocabulary: ${topics.slugs.join(', ')}.`,
    ),
    summary: fillable('summary', z.string().min(10).max(120)).describe('One line in Chinese (at most 120 characters) shown in browse lists.'),
    source: z
      .object({
        site: fillable('source.site', z.string().min(1)).describe('The website the text was collected from, as it names itself.'),
        title: fillable('source.title', z.string().min(1)).describe('The title of the page or article as published there (shown to readers as 来源 《…》).'),
        file: z
          .string()
          .regex(/^[^/\\]+\.(?:txt|docx)$/, 'must be the file name of a .txt or .docx (no folder)')
          .describe('The file the text was imported from (for the seeds: content/sources/, a copy of shared/seeds/).'),
        part: z.string().optional().describe('Where in that file, when it holds several documents (e.g. 篇三).'),
      })
      .strict()
      .describe('Where the text was published.'),
    completeness: z
      .enum(['complete', 'truncated'])
      .describe('complete: the whole text is here; truncated: the source stops before the end (the page marks the point).'),
    related: z
      .array(
        z
          .object({
            id: z.string().regex(ID_PATTERN).describe('Id of the related document.'),
            relation: z.enum(['version']).describe('version: another version of the same text.'),
            note: z.string().optional().describe('How the two differ, in Chinese.'),
          })
          .strict(),
      )
      .default([])
      .describe('Other documents this one is tied to (each must exist; versions link both ways).'),
    edits: z.array(editSchema).default([]).describe('Every editorial change beyond removing noise, shown as 整理说明.'),
    notes: z.array(z.string()).default([]).describe('Remarks for readers about the text itself (e.g. a year that does not match its content).'),
    permalinks: permalinksSchema(ID_PATTERN),
  })
  .strict();

export type DocData = z.infer<typeof docSchema>;
export type DocEdit = z.infer<typeof editSchema>;
