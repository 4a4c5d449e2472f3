/**
 * Rule: strip page markers left by PDF/Word extraction ("— 2 —", "mdash; 1 —",
 * "<running header>第2页") and re-join the paragraph a page break split.
 */

/** A page number between dashes, or the HTML-entity residue "mdash; 1 —". */
const DASH_MARKER = /(?:&?mdash;|—|－)\s*\d{1,3}\s*—\s*/g;

/**
 * Removes page markers from a line. `runningHeaders` are page headers that precede a
 * page number, e.g. "区委宣传部年度精神文明工作方案" for "…工作方案第2页".
 */
export function stripPageMarkers(text: string, runningHeaders: readonly string[] = []): string {
  let out = text.replace(DASH_MARKER, '');
  for (const header of runningHeaders) {
    const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`${escaped}第\\d{1,3}页\\s*`, 'g'), '');
  }
  return out;
}

/** True when the text still holds a page marker (for QA). */
export function hasPageMarker(text: string): boolean {
  return /(?:mdash;|—)\s*\d{1,3}\s*—/.test(text) || /第\d{1,3}页\s/.test(text);
}
