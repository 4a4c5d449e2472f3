/**
 * Findings per passage: what the build records for a document (by the rehype plugin
 * src/plugins/rehype-wording.ts), what the page embeds for the year picker, and what the
 * library report reads back. Kept small: only passages with a match, no passage text.
 */
import type { WordingRule } from './rule.ts';
import { type WordingMatch, findWording } from './detect.ts';
import { type Validity, describeValidity, fitsYear } from './validity.ts';

/** One rule's matches in one passage, with the years they fit. */
export interface PassageFinding {
  /** Passage anchor id (docs/anchors.md), e.g. `s1-1`. */
  passage: string;
  /** The passage's citation label, e.g. 第一部分（一）. */
  cite: string;
  rule: string;
  /** Matched phrases, distinct, in text order. */
  phrases: string[];
  valid: Validity;
}

/** What a rule says, for a reader; only the rules a document's findings use go into its page. */
export interface RuleNote {
  label: string;
  hint: string;
  source: string;
  /** For anniversaries: the year counted from, so the picker can name the right number. */
  base?: number;
}

/** The data a document page embeds for its wording panel. */
export interface WordingData {
  years: number[];
  findings: PassageFinding[];
  rules: Record<string, RuleNote>;
}

function sameValidity(a: Validity, b: Validity): boolean {
  return a.from === b.from && a.to === b.to && a.never === b.never;
}

/** Groups one passage's matches: one finding per rule and validity (98 and 100周年 stay apart). */
function passageFindings(passage: string, cite: string, matches: readonly WordingMatch[]): PassageFinding[] {
  const out: PassageFinding[] = [];
  for (const m of matches) {
    const f = out.find((x) => x.rule === m.rule && sameValidity(x.valid, m.valid));
    if (f) {
      if (!f.phrases.includes(m.phrase)) f.phrases.push(m.phrase);
    } else {
      out.push({ passage, cite, rule: m.rule, phrases: [m.phrase], valid: m.valid });
    }
  }
  return out;
}

/** Findings of a list of passages (in document order). */
export function documentFindings(passages: Iterable<{ id: string; cite: string; text: string }>, rules: readonly WordingRule[]): PassageFinding[] {
  const out: PassageFinding[] = [];
  for (const p of passages) out.push(...passageFindings(p.id, p.cite, findWording(p.text, rules)));
  return out;
}

/** The findings whose wording does not fit `year`. */
export function outdatedFor(findings: readonly PassageFinding[], year: number): PassageFinding[] {
  return findings.filter((f) => !fitsYear(f.valid, year));
}

/** The findings that do not fit at least one of the document's own years, with those years. */
export function outdatedForYears(findings: readonly PassageFinding[], years: readonly number[]): { finding: PassageFinding; years: number[] }[] {
  return findings.map((finding) => ({ finding, years: years.filter((y) => !fitsYear(finding.valid, y)) })).filter((x) => x.years.length > 0);
}

/** The notes of the rules these findings use. */
export function ruleNotes(findings: readonly PassageFinding[], rules: readonly WordingRule[]): Record<string, RuleNote> {
  const notes: Record<string, RuleNote> = {};
  for (const f of findings) {
    if (notes[f.rule]) continue;
    const rule = rules.find((r) => r.id === f.rule);
    if (!rule) throw new Error(`wording finding names an unknown rule "${f.rule}" (src/data/wording/rules.yaml)`);
    notes[f.rule] = { label: rule.label, hint: rule.hint, source: rule.source, ...(rule.kind === 'anniversary' ? { base: rule.base } : {}) };
  }
  return notes;
}

/** For an anniversary finding: what the number would be in `year`, e.g. 2024年为103周年. */
export function anniversaryAdvice(note: RuleNote, year: number): string | undefined {
  if (note.base === undefined || year <= note.base) return undefined;
  return `${year}年为${year - note.base}周年`;
}

/** Findings as the panel shows them: one group per rule and years, its passages linked. */
export interface FindingGroup {
  label: string;
  /** 适用于2017—2022年, plus what an anniversary would be in `year`. */
  years: string;
  hint: string;
  source: string;
  passages: { href: string; cite: string; phrases: string[] }[];
  /** The passages' findings, e.g. to compare with the document's own years. */
  findings: PassageFinding[];
}

/** Groups findings (in document order) by rule and years; the same on the server and in the year picker. */
export function groupFindings(findings: readonly PassageFinding[], notes: Record<string, RuleNote>, year?: number): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const note = notes[f.rule];
    if (!note) throw new Error(`wording panel: no note for rule "${f.rule}"`);
    const key = JSON.stringify([f.rule, f.valid.from, f.valid.to, f.valid.never]);
    let g = groups.get(key);
    if (!g) {
      const advice = year === undefined ? undefined : anniversaryAdvice(note, year);
      g = {
        label: note.label,
        years: describeValidity(f.valid) + (advice ? `（${advice}）` : ''),
        hint: note.hint,
        source: note.source,
        passages: [],
        findings: [],
      };
      groups.set(key, g);
    }
    g.passages.push({ href: `#${f.passage}`, cite: f.cite, phrases: f.phrases });
    g.findings.push(f);
  }
  return [...groups.values()];
}
