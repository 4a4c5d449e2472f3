/**
 * The `permalinks` frontmatter field: how a document keeps old links working
 * (pinned anchor ids, anchor aliases, former document ids). See docs/anchors.md.
 */
import { z } from 'astro/zod';
import { ANCHOR_ID_PATTERN } from './derive.ts';

const anchorId = z.string().regex(ANCHOR_ID_PATTERN, 'must be ASCII letters, digits, "-" or "_", starting with a letter (e.g. "s2-3")');

/** Built from the document id pattern so this module need not import the main schema. */
export function permalinksSchema(docIdPattern: RegExp) {
  return z
    .object({
      pins: z
        .record(anchorId, anchorId)
        .default({})
        .describe('Anchor ids fixed by hand: derived id (e.g. "su1") → id to use instead (e.g. "plan-2022"). Pinned ids win.'),
      aliases: z
        .record(anchorId, anchorId)
        .default({})
        .describe('Anchors that moved: old id that links may still use → current id. The old id keeps resolving on the page.'),
      formerIds: z
        .array(z.string().regex(docIdPattern))
        .default([])
        .describe('Earlier ids of this document; /docs/<former id>/ serves a redirect page to this one.'),
    })
    .strict()
    .default({ pins: {}, aliases: {}, formerIds: [] })
    .describe('Keeping published links working: pinned anchor ids, anchor aliases and former document ids (see docs/anchors.md).');
}
