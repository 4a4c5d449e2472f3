/**
 * Loads the wording rules from src/data/wording/rules.yaml (the data, with its field notes) and
 * checks every field, so a slip in the data stops the build naming the rule. Build and Node
 * only (it reads a file); a page that matches text gets the rules as data (the 起草自查 page
 * embeds them), never this module.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { RULE_CATEGORIES, type RuleEntry, type WordingRule } from './rule.ts';

/** Relative to the project root, where every build, test and script runs (as content/docs). */
const RULES_FILE = 'src/data/wording/rules.yaml';

const KINDS = ['period', 'anniversary', 'plenums', 'never', 'span'] as const;

function fail(id: string, message: string): never {
  throw new Error(`${RULES_FILE}: rule "${id}": ${message}`);
}

function checkEntry(raw: unknown, index: number, ids: Set<string>): RuleEntry {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${RULES_FILE}: entry ${index + 1} is not a rule`);
  const r = raw as Record<string, unknown>;
  const id = typeof r['id'] === 'string' ? r['id'] : `#${index + 1}`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(id, 'id must be lowercase ASCII words joined by "-"');
  if (ids.has(id)) fail(id, 'id used twice');
  ids.add(id);
  if (!RULE_CATEGORIES.includes(r['category'] as never)) fail(id, `category must be one of ${RULE_CATEGORIES.join(', ')}`);
  if (!KINDS.includes(r['kind'] as never)) fail(id, `kind must be one of ${KINDS.join(', ')}`);
  for (const key of ['label', 'hint', 'source'] as const) {
    if (typeof r[key] !== 'string' || !/[\u4e00-\u9fff]/.test(r[key])) fail(id, `${key} must be Chinese text`);
  }
  if (!Array.isArray(r['patterns']) || r['patterns'].length === 0 || !r['patterns'].every((p) => typeof p === 'string'))
    fail(id, 'patterns must be a list of strings');
  if (r['cite'] === undefined && r['unverified'] === undefined && r['kind'] !== 'span')
    fail(id, 'needs cite (where the date was checked) or unverified (why it could not be)');
  const years = (key: string) => {
    if (r[key] !== undefined && !Number.isInteger(r[key])) fail(id, `${key} must be a year`);
  };
  years('from');
  years('to');
  if (r['kind'] === 'anniversary' && !Number.isInteger(r['base'])) fail(id, 'an anniversary needs base (the year counted from)');
  if (r['kind'] === 'plenums') {
    const held = r['held'];
    if (typeof held !== 'object' || held === null || !Object.values(held).every(Number.isInteger)) fail(id, 'plenums need held: number → year');
  }
  const cases = r['cases'] as RuleEntry['cases'] | undefined;
  if (!cases || !Array.isArray(cases.hits) || cases.hits.length === 0) fail(id, 'needs cases.hits (at least one text the rule must flag)');
  if (!Array.isArray(cases.misses) || cases.misses.length === 0) fail(id, 'needs cases.misses (at least one text it must leave alone)');
  return r as unknown as RuleEntry;
}

/** Every rule of the file, with its citations and cases, checked. */
export function loadRuleEntries(file = RULES_FILE): RuleEntry[] {
  const data = parse(readFileSync(resolve(file), 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of rules`);
  const ids = new Set<string>();
  const entries = data.map((raw, i) => checkEntry(raw, i, ids));
  for (const e of entries) {
    if (e.kind === 'period' && e.unlessNotIn && !ids.has(e.unlessNotIn)) fail(e.id, `unlessNotIn "${e.unlessNotIn}" is no rule id`);
  }
  return entries;
}

/** The rules as matching needs them: without citations and cases. */
export function toRules(entries: readonly RuleEntry[]): WordingRule[] {
  return entries.map(({ cite: _cite, unverified: _unverified, cases: _cases, ...rule }) => rule as WordingRule);
}

let loaded: WordingRule[] | undefined;

/** The site's rules, read once per process. */
export function wordingRules(): WordingRule[] {
  return (loaded ??= toRules(loadRuleEntries()));
}
