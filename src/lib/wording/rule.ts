/**
 * What a wording rule is (the data: src/data/wording/rules.yaml, loaded and checked by
 * ./rules.ts). Types only, so the page scripts that match text can import them without the
 * loader, which reads files.
 */

/** The categories of findings a rule makes (the 起草自查 page adds its own, src/lib/check/). */
export const RULE_CATEGORIES = ['outdated', 'nonstandard', 'anniversary', 'year'] as const;
type RuleCategory = (typeof RULE_CATEGORIES)[number];

export type WordingRule =
  | (RuleBase & { kind: 'period'; from?: number; to?: number; unlessSentence?: string; unlessNotIn?: string })
  | (RuleBase & { kind: 'anniversary'; base: number })
  | (RuleBase & { kind: 'plenums'; held: Record<number, number> })
  | (RuleBase & { kind: 'never' })
  | (RuleBase & { kind: 'span' });

interface RuleBase {
  id: string;
  category: RuleCategory;
  /** Short Chinese name of what the rule looks for, shown with each finding. */
  label: string;
  patterns: readonly string[];
  /** What a writer should do instead (Chinese, shown to readers). */
  hint: string;
  /** Why the years are what they are: the event and its date (Chinese, shown to readers). */
  source: string;
}

/** A case the tests run: `phrase` is found in `text`, out of date for `outdated`, fitting `fits` (null: no year). */
interface RuleHit {
  text: string;
  phrase: string;
  outdated: number;
  fits: number | null;
}

/** A rule as the data file holds it: with where its dates were checked and its test cases. */
export type RuleEntry = WordingRule & {
  cite?: string[];
  unverified?: string;
  cases: { hits: RuleHit[]; misses: string[] };
};
