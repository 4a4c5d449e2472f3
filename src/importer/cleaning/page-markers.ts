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

/** A line that is only a page number in another form: "- 2 -", "–3–", "第 2 页 共 5 页", "第2页/共5页". */
const PAGE_LINE = /^(?:[-－–]\s*\d{1,3}\s*[-－–]|第\s*\d{1,3}\s*页\s*[,，/／]?\s*共\s*\d{1,3}\s*页)$/u;

/** A page marker removed from the text, with the text on either side (for the report). */
export interface RemovedMarker {
  marker: string;
  before?: string;
  after?: string;
}

/**
 * Rule: remove "— 2 —" page markers from a document's lines and say where the pages broke.
 * `breaks` holds the index (in `lines`) of each line a page break stands before: the line after
 * a marker-only line, a line that starts with a marker, or the line after one that ends with it.
 * A marker inside a line (the text already runs on) breaks nothing.
 * `blankBefore` holds the index of each line a blank line and no page break stand before: there a
 * sentence runs on only where the text shows it (see runsOnAcrossBlank).
 */
export function removePageMarkers(input: readonly string[]): { lines: string[]; breaks: Set<number>; blankBefore: Set<number>; markers: RemovedMarker[] } {
  const lines: string[] = [];
  const breaks = new Set<number>();
  const blankBefore = new Set<number>();
  const found: { marker: string; at: number; where: 'line' | 'start' | 'end' | 'inside' }[] = [];
  let pending = false;
  let blank = false;
  for (const raw of input) {
    const text = raw.trim();
    if (text.length === 0) {
      blank = lines.length > 0;
      continue;
    }
    if (PAGE_LINE.test(text)) {
      found.push({ marker: text, at: lines.length, where: 'line' });
      pending = true;
      continue;
    }
    // DASH_MARKER is global; matchAll works on a copy of it, so its lastIndex is never shared.
    const markers = [...text.matchAll(DASH_MARKER)];
    const stripped = stripPageMarkers(text).trim();
    if (stripped.length === 0) {
      if (markers.length > 0) {
        for (const m of markers) found.push({ marker: m[0].trim(), at: lines.length, where: 'line' });
        pending = true;
      }
      continue;
    }
    const first = markers[0];
    const startsWith = first !== undefined && first.index === 0;
    const endsWith = markers.length > 0 && markers[markers.length - 1]!.index + markers[markers.length - 1]![0].length === text.length;
    for (const m of markers) {
      const where = m.index === 0 ? 'start' : m.index + m[0].length === text.length ? 'end' : 'inside';
      found.push({ marker: m[0].trim(), at: where === 'end' ? lines.length + 1 : lines.length, where });
    }
    if (pending || startsWith) breaks.add(lines.length);
    else if (blank) blankBefore.add(lines.length);
    lines.push(stripped);
    pending = endsWith;
    blank = false;
  }
  const clipEnd = (s: string | undefined) => (s === undefined ? undefined : s.length > 10 ? `…${s.slice(-10)}` : s);
  const clipStart = (s: string | undefined) => (s === undefined ? undefined : s.length > 10 ? `${s.slice(0, 10)}…` : s);
  const markers = found.map(({ marker, at, where }) => {
    if (where === 'inside') return { marker };
    const before = clipEnd(lines[at - 1]);
    const after = clipStart(lines[at]);
    return { marker, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
  });
  return { lines, breaks, blankBefore, markers };
}
