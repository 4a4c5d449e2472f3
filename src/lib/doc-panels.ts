/**
 * Ids of the headings of the panels after a document's text, which the links at the top of the
 * page (src/components/DocJumps.astro) lead to: defined once, used by the panels and the links.
 */
export const WORDING_PANEL_ID = 'wording-title';
export const EXPORT_PANEL_ID = 'export-title';
