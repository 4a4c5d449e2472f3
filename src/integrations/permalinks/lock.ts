/**
 * The anchor lock: every document URL and passage anchor the site has ever published,
 * one `docId` or `docId#anchor<TAB>text` a line, sorted by entry (anchors.lock at the
 * repository root). The text is a fingerprint of the passage the anchor pointed to when it
 * was locked: the first FINGERPRINT_LENGTH characters of its plain text, whitespace
 * collapsed, readable in a diff.
 *
 * A build fails when a locked entry no longer resolves, naming the document and the id,
 * unless the document says where it went: `permalinks.aliases` (old anchor → new anchor)
 * or `permalinks.formerIds` (old document id → this document, served as a redirect page).
 * It also fails when a locked anchor still resolves but now points at another passage (an
 * inserted, removed, split or joined paragraph renumbers the ones after it): the passage
 * found there must read like the recorded text, up to small edits (textSimilarity ≥
 * SIMILARITY_THRESHOLD). An aliased anchor is compared at its alias target; an alias to a
 * different passage stands for a removed passage and is accepted while the recorded text is
 * nowhere else on the page.
 * A heading is one passage with its section: reworded alone (一、工作目标 → 一、总体目标) it still
 * passes while it keeps its number and the passage after it (its first paragraph or
 * sub-heading) is still the recorded one; the build then names the new wording and the
 * command that records it.
 * The lock only grows, and only when asked (`npm run lock:update`, which also records the
 * text of locked lines that have none yet, never changing a recorded one); a recorded text
 * changes only by `npm run lock:accept -- <doc>#<anchor>` (acceptLock: the passage at that
 * anchor is the same one, reworded), which shows in review; entries leave it by a hand edit.
 */
import { parseNumbering } from '../../lib/numbering.ts';

export interface PublishedDoc {
  id: string;
  /** Ids of the passages (headings and paragraphs) on the page. */
  anchors: string[];
  /** Old anchor → current anchor, as the page serves them. */
  aliases: Record<string, string>;
  /** Passage id → fingerprint of its text (see fingerprint()); passages without text are absent. */
  texts?: Record<string, string>;
  /** Ids of the passages that are headings (a heading survives its own rewording, see checkLock). */
  headings?: string[];
}

export interface PublishedSite {
  docs: PublishedDoc[];
  /** Former document id → current document id. */
  formerIds: Record<string, string>;
}

export interface LockProblem {
  entry: string;
  message: string;
}

/** One line of the lock: an entry (`docId` or `docId#anchor`) and, for anchors, the recorded text. */
export interface LockLine {
  entry: string;
  text?: string;
}

/** Characters of a passage's plain text kept in the lock. */
const FINGERPRINT_LENGTH = 16;

/**
 * Below this similarity (0…1) the passage at a locked anchor counts as another passage.
 * Measured on the 420 passages of content/docs (every passage has 4 or more letters): one
 * changed, inserted or deleted character scores ≥ 0.6 (≥ 0.76 in a full 16-character
 * fingerprint, where two separate fixes still score ≥ 0.61); a width change scores 1. Two
 * different paragraphs of one section score at most 0.44 (“四要实施城市治理……” against
 * “六要实施功能品质……”), two sibling headings at most 0.57 (“一、“十四五”精神文明建设面临的”
 * against “二、……”). tests/unit/lock.test.ts replays these real snippets.
 */
export const SIMILARITY_THRESHOLD = 0.6;

/** The lock's fingerprint of a passage: its first characters, whitespace collapsed. */
export function fingerprint(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return Array.from(flat).slice(0, FINGERPRINT_LENGTH).join('').trimEnd();
}

/** What two fingerprints are compared on: width-folded (NFKC), no whitespace or punctuation. */
function comparable(text: string): string[] {
  return Array.from(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  );
}

/** Character bigrams (a multiset), with start and end marks so that short texts count. */
function bigrams(chars: readonly string[]): Map<string, number> {
  const marked = ['\u0002', ...chars, '\u0003'];
  const grams = new Map<string, number>();
  for (let i = 1; i < marked.length; i++) {
    const g = marked[i - 1]! + marked[i]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two passage fingerprints are, 0…1: the Dice coefficient of their character
 * bigrams, after folding width and dropping whitespace and punctuation. One changed
 * character costs two of a fingerprint's ~16 bigrams, so small edits stay near 1, while
 * another passage shares only a few common words.
 */
export function textSimilarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x.join('') === y.join('')) return 1;
  if (!x.length || !y.length) return 0;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const n of gx.values()) total += n;
  for (const [g, n] of gy) {
    total += n;
    shared += Math.min(n, gx.get(g) ?? 0);
  }
  return (2 * shared) / total;
}

/** Whether the passage now at a locked anchor is still the one recorded (small edits allowed). */
function samePassage(recorded: string, now: string): boolean {
  return textSimilarity(recorded, now) >= SIMILARITY_THRESHOLD;
}

const LOCK_HEADER = [
  '# Published document URLs (/docs/<id>/) and passage anchors (/docs/<id>/#<anchor>), each anchor with',
  '# the start of the passage it points to after a tab (every build checks that it still points there).',
  '# Generated by `npm run lock:update`; a reworded passage is recorded by `npm run lock:accept -- <id>#<anchor>`.',
  '# Never remove a line to make a build pass: declare permalinks.aliases, permalinks.pins or',
  '# permalinks.formerIds in the document instead (docs/anchors.md).',
];

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lock lines (sorted, unique) for what a site publishes now. */
export function lockEntries(site: PublishedSite): string[] {
  return lockLines(site).map((l) => l.entry);
}

/** The passage an anchor of a document resolves to now (itself, or its alias target). */
function passageOf(doc: PublishedDoc, anchor: string): string | undefined {
  if (doc.anchors.includes(anchor)) return anchor;
  return doc.aliases[anchor];
}

function line(entry: string, text: string | undefined): LockLine {
  return text ? { entry, text } : { entry };
}

/** Lock lines for what a site publishes now, each anchor with the text of its passage. */
export function lockLines(site: PublishedSite): LockLine[] {
  const out = new Map<string, LockLine>();
  for (const doc of site.docs) {
    out.set(doc.id, { entry: doc.id });
    for (const a of [...doc.anchors, ...Object.keys(doc.aliases)]) {
      const at = passageOf(doc, a);
      out.set(`${doc.id}#${a}`, line(`${doc.id}#${a}`, at === undefined ? undefined : doc.texts?.[at]));
    }
  }
  return sortLines(out.values());
}

function sortLines(lines: Iterable<LockLine>): LockLine[] {
  return [...lines].sort((a, b) => byCodePoint(a.entry, b.entry));
}

/** Every line of a lock file, in file order. */
export function parseLockLines(text: string): LockLine[] {
  const out: LockLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    const tab = l.indexOf('\t');
    out.push(tab < 0 ? { entry: l } : line(l.slice(0, tab).trim(), l.slice(tab + 1).trim()));
  }
  return out;
}

/** The entries (`docId`, `docId#anchor`) of a lock file, without their texts. */
export function parseLock(text: string): string[] {
  return parseLockLines(text).map((l) => l.entry);
}

const asLine = (l: string | LockLine): LockLine => (typeof l === 'string' ? { entry: l } : l);

export function formatLock(lines: Iterable<string | LockLine>): string {
  const unique = new Map<string, LockLine>();
  for (const l of [...lines].map(asLine)) if (!unique.get(l.entry)?.text) unique.set(l.entry, l);
  const body = sortLines(unique.values()).map((l) => (l.text ? `${l.entry}\t${l.text}` : l.entry));
  return `${LOCK_HEADER.join('\n')}\n${body.join('\n')}\n`;
}

/** Where a locked entry points now: document and passage id, following renames and aliases. */
function resolveEntry(site: PublishedSite, docs: ReadonlyMap<string, PublishedDoc>, entry: string): { doc: PublishedDoc; passage: string } | undefined {
  const hash = entry.indexOf('#');
  if (hash < 0) return undefined;
  const target = resolveDocId(site, entry.slice(0, hash));
  const doc = target === undefined ? undefined : docs.get(target);
  const passage = doc && passageOf(doc, entry.slice(hash + 1));
  return doc && passage !== undefined ? { doc, passage } : undefined;
}

/**
 * The lock after an update: every line it had (a recorded text is never changed; a missing
 * one is filled in from the passage the entry resolves to now), plus everything published now.
 */
export function mergeLock(locked: readonly (string | LockLine)[], site: PublishedSite): LockLine[] {
  const docs = new Map(site.docs.map((d) => [d.id, d]));
  const out = new Map<string, LockLine>();
  for (const l of lockLines(site)) out.set(l.entry, l);
  for (const l of locked.map(asLine)) {
    if (l.text) {
      out.set(l.entry, l);
      continue;
    }
    const at = resolveEntry(site, docs, l.entry);
    out.set(l.entry, line(l.entry, at && at.doc.texts?.[at.passage]));
  }
  return sortLines(out.values());
}

/** Entries published now that the lock does not list yet. */
export function unlockedEntries(locked: readonly (string | LockLine)[], site: PublishedSite): string[] {
  const have = new Set(locked.map((l) => asLine(l).entry));
  return lockEntries(site).filter((e) => !have.has(e));
}

/** Locked anchors without a recorded text (locked before texts were recorded). */
export function untextedEntries(locked: readonly (string | LockLine)[]): string[] {
  return locked
    .map(asLine)
    .filter((l) => l.entry.includes('#') && !l.text)
    .map((l) => l.entry);
}

/**
 * Problems with the site's own redirects: a former id that is also a live document, or
 * that two documents claim.
 */
export function checkFormerIds(site: PublishedSite, sourceOf: (id: string) => string = (id) => id): LockProblem[] {
  const live = new Set(site.docs.map((d) => d.id));
  const problems: LockProblem[] = [];
  for (const [former, to] of Object.entries(site.formerIds)) {
    if (live.has(former)) {
      problems.push({ entry: former, message: `${sourceOf(to)}: permalinks.formerIds lists "${former}", but a document with that id exists` });
    }
    if (!live.has(to)) {
      problems.push({ entry: former, message: `${sourceOf(to)}: permalinks.formerIds lists "${former}" for a document that is not published` });
    }
  }
  return problems;
}

/** Where a (possibly former) document id is published now, following renames. */
function resolveDocId(site: PublishedSite, id: string): string | undefined {
  const live = new Set(site.docs.map((d) => d.id));
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    if (live.has(current)) return current;
    const next = site.formerIds[current];
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

/**
 * Every locked entry that no longer resolves, or that now points at a passage whose text
 * differs from the recorded one, with a message naming the file, the document, the id and
 * the way out. `sourceOf` names a document's file for messages.
 */
export function checkLock(lockedLines: readonly (string | LockLine)[], site: PublishedSite, sourceOf: (id: string) => string = (id) => id): LockProblem[] {
  const locked = lockedLines.map(asLine);
  const lockedIds = new Set(locked.map((l) => l.entry));
  const recordedText = new Map(locked.filter((l) => l.text).map((l) => [l.entry, l.text!]));
  const docs = new Map(site.docs.map((d) => [d.id, d]));
  const problems: LockProblem[] = [];
  for (const { entry, text } of locked) {
    const hash = entry.indexOf('#');
    const docId = hash < 0 ? entry : entry.slice(0, hash);
    const anchor = hash < 0 ? undefined : entry.slice(hash + 1);
    const target = resolveDocId(site, docId);
    if (!target) {
      // Report a vanished document once, not once per anchor.
      if (anchor === undefined || !lockedIds.has(docId)) {
        problems.push({
          entry,
          message: `document "${docId}" (/docs/${docId}/) was published but no longer exists: add "${docId}" to permalinks.formerIds of the document that replaces it`,
        });
      }
      continue;
    }
    if (anchor === undefined) continue;
    const doc = docs.get(target)!;
    const via = target === docId ? '' : ` (document "${docId}" is now "${target}")`;
    const passage = passageOf(doc, anchor);
    if (passage === undefined) {
      problems.push({
        entry,
        message: `${sourceOf(target)}: anchor "#${anchor}" of document "${target}"${via} was published (anchors.lock) but is no longer on the page: add permalinks.aliases { ${anchor}: <id it moved to> } to that file, or restore the passage`,
      });
      continue;
    }
    const now = doc.texts?.[passage];
    if (!text || now === undefined || samePassage(text, now)) continue;
    if (rewordedHeading(doc, passage, text, now, (id) => recordedText.get(`${docId}#${id}`))) continue;
    const moved = whereNow(doc, text, passage);
    // An alias to another passage is a declared redirect for a passage that was removed:
    // accepted while the published text is nowhere on the page, an error when it is (the
    // alias then points past the passage, e.g. after a later shift).
    if (passage !== anchor && moved === undefined) continue;
    const recorded = locked.filter((l) => l.text && l.entry.startsWith(`${docId}#`)).map((l) => l.text!);
    problems.push({ entry, message: shiftMessage(sourceOf(target), doc, anchor, passage, text, now, via, moved, recorded) });
  }
  return problems;
}

/** The number a heading opens with ("一、" → cn 1), "" for an unnumbered one. */
function numberOf(heading: string): string {
  const n = parseNumbering(heading);
  return n ? `${n.kind} ${n.value}` : '';
}

/**
 * Whether the heading at `passage` is the recorded one, reworded: it still opens with the same
 * number, and the passage after it on the page (its first paragraph or sub-heading, or the next
 * section of an empty one) is still the passage the lock recorded there, itself checked the
 * same way. A section moved or replaced brings another first passage, so it still fails.
 */
function rewordedHeading(
  doc: PublishedDoc,
  passage: string,
  recorded: string,
  now: string,
  recordedOf: (id: string) => string | undefined,
  depth = 0,
): boolean {
  if (!doc.headings?.includes(passage) || numberOf(recorded) !== numberOf(now) || depth > 6) return false;
  const next = doc.anchors[doc.anchors.indexOf(passage) + 1];
  const nextRecorded = next === undefined ? undefined : recordedOf(next);
  const nextNow = next === undefined ? undefined : doc.texts?.[next];
  if (next === undefined || nextRecorded === undefined || nextNow === undefined) return false;
  return samePassage(nextRecorded, nextNow) || rewordedHeading(doc, next, nextRecorded, nextNow, recordedOf, depth + 1);
}

/** Locked headings that pass only as reworded (see rewordedHeading): their recorded and current text. */
export function rewordedEntries(lockedLines: readonly (string | LockLine)[], site: PublishedSite): { entry: string; was: string; now: string }[] {
  const locked = lockedLines.map(asLine);
  const recordedText = new Map(locked.filter((l) => l.text).map((l) => [l.entry, l.text!]));
  const docs = new Map(site.docs.map((d) => [d.id, d]));
  const out: { entry: string; was: string; now: string }[] = [];
  for (const { entry, text } of locked) {
    const at = text ? resolveEntry(site, docs, entry) : undefined;
    const now = at?.doc.texts?.[at.passage];
    if (!at || !text || now === undefined || samePassage(text, now)) continue;
    const docId = entry.slice(0, entry.indexOf('#'));
    if (rewordedHeading(at.doc, at.passage, text, now, (id) => recordedText.get(`${docId}#${id}`))) out.push({ entry, was: text, now });
  }
  return out;
}

/**
 * The lock with the current text recorded for each of `entries` (`docId#anchor`): the keeper's
 * word that the passage at that anchor is the one published, reworded. Refused, with a problem
 * per entry, for an entry not in the lock, an anchor no longer on the page (it needs an alias),
 * or a passage whose recorded text is now elsewhere on the page (a shift: pin the ids instead).
 */
export function acceptLock(
  lockedLines: readonly (string | LockLine)[],
  site: PublishedSite,
  entries: readonly string[],
  sourceOf: (id: string) => string = (id) => id,
): { lines: LockLine[]; accepted: { entry: string; was: string | undefined; now: string }[]; problems: LockProblem[] } {
  const lines = lockedLines.map(asLine);
  const docs = new Map(site.docs.map((d) => [d.id, d]));
  const accepted: { entry: string; was: string | undefined; now: string }[] = [];
  const problems: LockProblem[] = [];
  for (const entry of entries) {
    const i = lines.findIndex((l) => l.entry === entry);
    const at = entry.includes('#') ? resolveEntry(site, docs, entry) : undefined;
    const now = at?.doc.texts?.[at.passage];
    const was = lines[i]?.text;
    const moved = at && was ? whereNow(at.doc, was, at.passage) : undefined;
    const problem = !entry.includes('#')
      ? `not a passage: name it as <document id>#<anchor>, e.g. ${entry}#s1`
      : i < 0
        ? 'not in the lock (a new anchor is added by `npm run lock:update`)'
        : !at
          ? 'no longer on the page: declare permalinks.aliases instead (docs/anchors.md)'
          : now === undefined
            ? 'the passage there has no text to record'
            : moved !== undefined && !(was && samePassage(was, now))
              ? `its published text is now at "#${moved}": that is a shift, not a rewording; keep the id with its passage with permalinks.pins { ${moved}: ${at.passage} } in ${sourceOf(at.doc.id)}`
              : undefined;
    if (problem) {
      problems.push({ entry, message: `${entry}: ${problem}` });
      continue;
    }
    lines[i] = { entry, text: now! };
    accepted.push({ entry, was, now: now! });
  }
  return { lines: sortLines(lines), accepted, problems };
}

/** The passage of a document (other than `except`) that reads most like `text`, if any does. */
function whereNow(doc: PublishedDoc, text: string, except: string): string | undefined {
  let found: string | undefined;
  let best = SIMILARITY_THRESHOLD;
  for (const id of doc.anchors) {
    const t = doc.texts?.[id];
    if (id === except || t === undefined) continue;
    const score = textSimilarity(text, t);
    if (score > best || (score === best && found === undefined)) [found, best] = [id, score];
  }
  return found;
}

/**
 * The message for a locked anchor that now points at another passage: what it pointed at,
 * what it points at now, and the way out (indented lines, for the build's problem list).
 * `recorded` holds the texts the lock records for this document, to tell a new passage
 * from a renumbered one.
 */
function shiftMessage(
  file: string,
  doc: PublishedDoc,
  anchor: string,
  passage: string,
  was: string,
  now: string,
  via: string,
  moved: string | undefined,
  recorded: readonly string[],
): string {
  const aliased = passage !== anchor;
  const at = aliased ? `"#${anchor}" (an alias of "#${passage}")` : `"#${anchor}"`;
  const isNew = !recorded.some((t) => samePassage(t, now));
  let remedy: string[];
  if (moved && aliased) {
    remedy = [`its text is now at "#${moved}": point the alias there, permalinks.aliases { ${anchor}: ${moved} } in ${file}.`];
  } else if (moved) {
    remedy = [
      `its text is now at "#${moved}" (a passage inserted, removed, split or joined before it renumbered it).`,
      `Keep the id with its passage: permalinks.pins { ${moved}: ${anchor} } in ${file}; ` +
        (isNew
          ? `the new passage at "#${passage}" then needs an id of its own, e.g. pins { ${passage}: ${passage}-new }.`
          : `the passage now at "#${passage}" gets its own published id back the same way (see its line).`),
      `Or, if "#${anchor}" leaves the page, declare permalinks.aliases { ${anchor}: ${moved} }.`,
    ];
  } else {
    remedy = [
      `its text is not on the page under another id (removed, rewritten, or joined into another passage).`,
      `Declare permalinks.aliases { ${anchor}: <id of the passage that holds that text now> } in ${file}` +
        `, pinning the passage now at "#${passage}" to an id of its own (permalinks.pins).`,
      `If it is the same passage reworded, record its new text: npm run lock:accept -- ${doc.id}#${anchor}`,
    ];
  }
  return [
    `${file}: anchor ${at} of document "${doc.id}"${via} now points at another passage`,
    `published (anchors.lock): ${was}`,
    `now on the page:          ${now}`,
    ...remedy,
    'See docs/anchors.md.',
  ].join('\n      ');
}
