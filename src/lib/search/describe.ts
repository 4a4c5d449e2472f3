/**
 * How the search page names what the reader searched for, in Chinese typography
 * (GB/T 15834): each term in “”, quotes inside a term as ‘’, and a list of terms written
 * “甲”“乙”和“丙” (no mark between quoted items, 和 before the last). Kept small: it ships
 * with the search page (bench/budgets.json).
 */

/** Quotes a reader may type, Chinese or ASCII. */
const MARKS = `"'“”‘’「」『』`;
const QUOTE = new RegExp(`[${MARKS}]`, 'gu');
/** A term quoted whole, with no quote inside: its quotes are the ones added here. */
const WRAPPED = new RegExp(`^[${MARKS}]([^${MARKS}]+)[${MARKS}]$`, 'u');

/** One term as the reader sees it named: 增强"四个意识" → “增强‘四个意识’”, “十四五” → “十四五”. */
export function quoteTerm(term: string): string {
  const t = term.trim();
  let open = true;
  return `“${(WRAPPED.exec(t)?.[1] ?? t).replace(QUOTE, (mark) => {
    // A Chinese mark says which side it is; an ASCII one opens, then closes.
    if (mark !== '"' && mark !== "'") open = '“‘「『'.includes(mark);
    open = !open;
    return open ? '’' : '‘';
  })}”`;
}

/**
 * What the status line says was looked for: the terms as typed, quoted and joined
 * (包含“以学铸魂”“以学增智”和“以学正风”的文献), or 符合条件的文献 without a query.
 */
export function searchedFor(input?: string): string {
  const items = (input ?? '').split(/\s+/u).filter(Boolean).map(quoteTerm);
  const last = items.pop();
  return last ? `包含${items.length ? `${items.join('')}和` : ''}${last}的文献` : '符合条件的文献';
}
