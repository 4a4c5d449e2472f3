/**
 * Rule: a 目录/提纲 outline before the text ("提纲" then "一、…" "二、…" "三、…", then the speech,
 * whose headings repeat them) is the page's or the author's table of contents, not a section: it
 * is removed, not turned into headings. It counts only when most of its entries recur below it.
 */
const OUTLINE_HEAD = /^[-•·]?\s*(?:目\s*录|提\s*纲|目\s*次|内容提纲|讲话提纲|发言提纲)\s*[:：]?$/u;
/** Where the outline head may stand: among the first lines. */
const HEAD_WITHIN = 12;

const key = (s: string) => s.replace(/[-•·]\s*/u, '').replace(/[\s\p{P}]/gu, '');

export interface OutlineResult {
  lines: string[];
  /** The report line, when an outline was removed. */
  removed?: string;
}

export function removeOutline(lines: readonly string[]): OutlineResult {
  const firstLines = lines.flatMap((l, i) => (l.trim().length > 0 ? [i] : [])).slice(0, HEAD_WITHIN);
  const head = firstLines.find((i) => OUTLINE_HEAD.test(lines[i]!.trim()));
  if (head === undefined) return { lines: [...lines] };
  const entries: number[] = [];
  let end = head + 1;
  for (; end < lines.length; end++) {
    const t = lines[end]!.trim();
    if (t.length === 0) continue;
    if (t.length > 60 || /[。；！？]$/u.test(t)) break;
    entries.push(end);
  }
  if (entries.length < 2) return { lines: [...lines] };
  const below = lines
    .slice(end)
    .map(key)
    .filter((k) => k.length > 0);
  // Entries are often cut short; a line below that starts with the entry counts.
  const recurring = entries.filter((i) => {
    const k = key(lines[i]!);
    return k.length > 0 && below.some((b) => b.startsWith(k) || k.startsWith(b));
  });
  if (recurring.length * 2 < entries.length) return { lines: [...lines] };
  // Entries that do not recur after the last recurring one are the text itself.
  const last = recurring[recurring.length - 1]!;
  const gone = entries.filter((i) => i <= last);
  const out = lines.filter((_l, i) => i !== head && !gone.includes(i));
  return { lines: out, removed: `正文前的“${lines[head]!.trim().replace(/^[-•·]\s*/u, '')}”（${gone.length} 条，正文中都有相应的标题）` };
}
