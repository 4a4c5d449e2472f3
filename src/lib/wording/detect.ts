/**
 * Finds wording that belongs to a period (rules: src/data/wording/rules.yaml, loaded by
 * ./rules.ts) and says for which years it fits. Matching does not depend on a year: the build
 * records each match with its years once, and the page (or the year picker) compares them
 * with a year. The rules are passed in, so a page script can match without reading files.
 */
import type { WordingRule } from './rule.ts';
import { CN_NUM, parseNumber } from '../numbering.ts';
import type { Validity } from './validity.ts';

export interface WordingMatch {
  rule: string;
  /** The matched text, as it stands in the passage. */
  phrase: string;
  index: number;
  valid: Validity;
}

/** Arabic or Chinese numerals as written in anniversaries: 98, 九十八, 一百零三, 百. */
const NUMBER = `(?<n>\\d{1,3}|${CN_NUM})`;
const SENTENCE_END = /[。！？；!?;\n]/;

interface Compiled {
  rule: WordingRule;
  patterns: RegExp[];
  unless?: RegExp;
  /** Patterns of the rule named by `unlessNotIn`: their matches are blanked before `unless`. */
  unlessNotIn?: RegExp[];
}

const cache = new WeakMap<readonly WordingRule[], Compiled[]>();

function patternsOf(rule: WordingRule): RegExp[] {
  return rule.patterns.map((p) => {
    try {
      return new RegExp(p.replaceAll('{N}', NUMBER), 'gu');
    } catch (e) {
      throw new Error(`src/data/wording/rules.yaml: rule "${rule.id}" has an invalid pattern ${JSON.stringify(p)}: ${(e as Error).message}`);
    }
  });
}

function compile(rules: readonly WordingRule[]): Compiled[] {
  let compiled = cache.get(rules);
  if (!compiled) {
    compiled = rules.map((rule) => {
      const c: Compiled = { rule, patterns: patternsOf(rule) };
      if (rule.kind === 'period' && rule.unlessSentence) {
        c.unless = new RegExp(rule.unlessSentence, 'u');
        if (rule.unlessNotIn) {
          const other = rules.find((r) => r.id === rule.unlessNotIn);
          if (!other) throw new Error(`src/data/wording/rules.yaml: rule "${rule.id}" has unlessNotIn "${rule.unlessNotIn}", which is no rule id`);
          c.unlessNotIn = patternsOf(other);
        }
      }
      return c;
    });
    cache.set(rules, compiled);
  }
  return compiled;
}

/** Whether the sentence has `unless` wording outside the matches of `unlessNotIn`. */
function cancelled(sentence: string, unless: RegExp, notIn: readonly RegExp[] = []): boolean {
  // Blank (same length, no CJK) what the other rule matches, so 迎接党的二十大 hides its 二十大.
  let rest = sentence;
  for (const re of notIn) rest = rest.replace(re, (m) => '\u3000'.repeat(m.length));
  return unless.test(rest);
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b]!)) b++;
  return text.slice(a, b);
}

function validityOf(rule: WordingRule, m: RegExpExecArray): Validity | undefined {
  switch (rule.kind) {
    case 'period':
      return { ...(rule.from !== undefined ? { from: rule.from } : {}), ...(rule.to !== undefined ? { to: rule.to } : {}) };
    case 'anniversary': {
      const n = parseNumber(m.groups?.['n'] ?? '');
      if (n === undefined) return undefined;
      return { from: rule.base + n, to: rule.base + n };
    }
    case 'never':
      return { never: true };
    case 'plenums': {
      // The last plenum named decides: the list fits from the year it was held to the year of the next.
      const named = [...(m.groups?.['list'] ?? '').matchAll(/([一二三四五六七])中/gu)].map((x) => parseNumber(x[1]!) ?? 0);
      const last = Math.max(0, ...named);
      const from = rule.held[last];
      if (from === undefined) return undefined; // a plenum the data does not know yet
      const next = rule.held[last + 1];
      return next === undefined ? { from } : { from, to: next };
    }
    case 'span': {
      const a = Number(m.groups?.['a']);
      const b = Number(m.groups?.['b']);
      return b > a ? undefined : { never: true };
    }
  }
}

/** Every match of every rule in one passage's text, in text order. */
export function findWording(text: string, rules: readonly WordingRule[]): WordingMatch[] {
  const found: WordingMatch[] = [];
  for (const { rule, patterns, unless, unlessNotIn } of compile(rules)) {
    const seen = new Set<number>();
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        if (seen.has(m.index)) continue;
        if (unless && cancelled(sentenceAround(text, m.index, m.index + m[0].length), unless, unlessNotIn)) continue;
        const valid = validityOf(rule, m);
        if (!valid) continue;
        seen.add(m.index);
        found.push({ rule: rule.id, phrase: m[0], index: m.index, valid });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
