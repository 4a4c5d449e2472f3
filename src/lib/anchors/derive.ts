/**
 * Structural anchors: the `id` of every heading and body paragraph of a document,
 * derived from the 公文 numbering and the position in the outline, never from wording.
 *
 * Scheme (documented for editors in docs/anchors.md):
 *   - A heading's id is its parent's id plus one segment; top-level ids start with "s".
 *     The segment is the heading's own number: "二、" → s2, its "（三）" → s2-3,
 *     "1." under that → s2-3-1, "（2）" → s2-3-1-2. All numbering forms (一、 （一） (一)
 *     1. 1． 1、 （1） (1) ① 第一部分) give their number.
 *   - A heading without a number gets "u" + its rank among the unnumbered headings of the
 *     same parent: the first unnumbered top-level heading is su1, one inside s2 is s2-u1.
 *   - A paragraph's id is the id of the section it stands in plus "p" + its rank among that
 *     section's own paragraphs (before any sub-heading): s2-3-p4. Paragraphs before the
 *     first heading are p1, p2, …
 *   - If a derived id is already taken on the page (a number repeated, e.g. when numbering
 *     restarts), the later one gets a letter: s1, s1b, s1c …; its children follow it (s1b-2).
 *   - A document may pin ids by hand (frontmatter `permalinks.pins`: derived id → id to use).
 *     Pinned ids win; children and paragraphs keep deriving from the derived id, so pinning
 *     one id never moves another.
 * Editing wording changes no id; adding, removing or renumbering sections does (the anchor
 * lock then asks for an alias).
 *
 * Each anchor also gets a citation label in the document's own numbering
 * (第二部分（三）第4段), computed here at build time for the in-page 复制引用 tool.
 */
import { citeLabel, parseNumbering } from '../numbering.ts';

export type Block = { type: 'heading'; depth: number; text: string } | { type: 'paragraph'; text: string };

export interface Anchor {
  /** The id used on the page (pinned or derived). */
  id: string;
  /** The id the structure gives, whether or not it was pinned. */
  derivedId: string;
  /** Where the passage is, in the document's own numbering, e.g. 第二部分（三）第4段. */
  cite: string;
}

export interface AnchorOptions {
  /** Derived id → id to use instead. */
  pins?: Record<string, string> | undefined;
  /** Names the document in error messages (e.g. its file). */
  source?: string | undefined;
}

/** Ids a document may pin or alias: ASCII, start with a letter, safe in a URL fragment. */
export const ANCHOR_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

class AnchorError extends Error {
  override name = 'AnchorError';
}

interface Frame {
  depth: number;
  /** Derived id of this section ('' for the document itself). */
  id: string;
  cite: string[];
  paragraphs: number;
  unnumbered: number;
}

/** Joins citation pieces: 第二部分 + （三） + 第1项 + 第4段 (every piece is full-width, see citeLabel). */
function joinCite(pieces: readonly string[]): string {
  return pieces.join('');
}

function suffix(n: number): string {
  // 2 → b, 3 → c … 26 → z, then z27, z28 (never reached in practice; "-27" could be a child id).
  return n <= 26 ? String.fromCharCode(96 + n) : `z${n}`;
}

export function deriveAnchors(blocks: readonly Block[], options: AnchorOptions = {}): Anchor[] {
  const where = options.source ? `${options.source}: ` : '';
  const hasHeadings = blocks.some((b) => b.type === 'heading');
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${suffix(n)}`;
    taken.add(id);
    return id;
  };

  const root: Frame = { depth: 0, id: '', cite: [], paragraphs: 0, unnumbered: 0 };
  const stack: Frame[] = [root];
  const derived: Omit<Anchor, 'id'>[] = [];

  for (const block of blocks) {
    if (block.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= block.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const numbering = parseNumbering(block.text);
      const segment = numbering ? String(numbering.value) : `u${++parent.unnumbered}`;
      const id = unique(parent.id ? `${parent.id}-${segment}` : `s${segment}`);
      // An unnumbered heading is cited by its words, quoted; runs of spaces go (pasted into a 公文).
      const piece = numbering ? citeLabel(numbering, parent.cite.length === 0) : `“${block.text.replace(/\s+/g, '')}”`;
      const frame: Frame = { depth: block.depth, id, cite: [...parent.cite, piece], paragraphs: 0, unnumbered: 0 };
      stack.push(frame);
      derived.push({ derivedId: id, cite: joinCite(frame.cite) });
    } else {
      const section = stack[stack.length - 1]!;
      const n = ++section.paragraphs;
      const id = unique(section.id ? `${section.id}-p${n}` : `p${n}`);
      // A paragraph that opens with its own number ("1.明确职责……") is cited by it.
      const numbering = parseNumbering(block.text, true);
      let cite: string;
      if (numbering && numbering.kind !== 'ordinal') cite = joinCite([...section.cite, citeLabel(numbering, section.cite.length === 0)]);
      else if (section === root) cite = `${hasHeadings ? '开头' : ''}第${n}段`;
      else cite = joinCite([...section.cite, `第${n}段`]);
      derived.push({ derivedId: id, cite });
    }
  }

  const pins = options.pins ?? {};
  const derivedIds = new Set(derived.map((d) => d.derivedId));
  for (const [from, to] of Object.entries(pins)) {
    if (!derivedIds.has(from)) {
      throw new AnchorError(`${where}pinned anchor "${from}" → "${to}": this document has no passage with derived id "${from}"`);
    }
    if (!ANCHOR_ID_PATTERN.test(to)) {
      throw new AnchorError(`${where}pinned anchor "${from}" → "${to}": an id must be ASCII letters, digits, "-" or "_", starting with a letter`);
    }
  }

  const anchors: Anchor[] = derived.map((d) => ({ ...d, id: pins[d.derivedId] ?? d.derivedId }));
  const seen = new Map<string, string>();
  for (const a of anchors) {
    const other = seen.get(a.id);
    if (other !== undefined) {
      throw new AnchorError(`${where}anchor id "${a.id}" is used twice (derived ids "${other}" and "${a.derivedId}"); change the pin`);
    }
    seen.set(a.id, a.derivedId);
  }
  return anchors;
}

/**
 * Checks a document's anchor aliases (old id → id it moved to) against its anchors and
 * returns them sorted. An old id must not be in use; the new id must exist on the page.
 */
export function checkAliases(anchors: readonly Anchor[], aliases: Record<string, string> | undefined, source?: string): [string, string][] {
  const where = source ? `${source}: ` : '';
  const ids = new Set(anchors.map((a) => a.id));
  const out: [string, string][] = [];
  for (const [from, to] of Object.entries(aliases ?? {})) {
    if (!ANCHOR_ID_PATTERN.test(from)) throw new AnchorError(`${where}anchor alias "${from}": not a valid anchor id`);
    if (ids.has(from)) throw new AnchorError(`${where}anchor alias "${from}" → "${to}": "${from}" is still an anchor of this document; remove the alias`);
    if (!ids.has(to)) throw new AnchorError(`${where}anchor alias "${from}" → "${to}": this document has no anchor "${to}"`);
    out.push([from, to]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
