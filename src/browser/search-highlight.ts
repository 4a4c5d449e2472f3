/**
 * On a document page opened from a search result (…/docs/x/?highlight=以学铸魂#s1-p2):
 * marks every occurrence of the search terms in the document body, with the same folding
 * as the search (width, case, whitespace and line breaks never prevent a match), and
 * brings the first mark in the linked section into view.
 */
import { fold, parseQuery } from '../lib/search/encoding.ts';

interface Unit {
  node: Text;
  start: number;
  end: number;
  folded: string;
}

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, pre, figcaption, caption';

function blockOf(node: Node, root: Element): Element {
  return node.parentElement?.closest(BLOCK_SELECTOR) ?? root;
}

/** Folded characters of each block with their places in the text nodes. */
function collect(root: Element): Unit[][] {
  const blocks: Unit[][] = [];
  let current: Unit[] = [];
  let currentBlock: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (text.parentElement?.closest('script, style, mark[data-search-highlight]')) continue;
    const block = blockOf(text, root);
    if (block !== currentBlock) {
      if (current.length) blocks.push(current);
      current = [];
      currentBlock = block;
    }
    let offset = 0;
    for (const ch of text.data) {
      // The search's own folding (width, spaces, either kind of quotes), character by character.
      const folded = fold(ch).toLowerCase();
      for (const f of Array.from(folded)) current.push({ node: text, start: offset, end: offset + ch.length, folded: f });
      offset += ch.length;
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function wrap(node: Text, start: number, end: number): HTMLElement {
  const tail = node.splitText(start);
  tail.splitText(end - start);
  const mark = document.createElement('mark');
  mark.dataset['searchHighlight'] = '';
  tail.replaceWith(mark);
  mark.append(tail);
  return mark;
}

function highlight(root: Element, query: string): HTMLElement[] {
  const terms = parseQuery(query).terms.map((t) => Array.from(t.text));
  const spans: { node: Text; start: number; end: number }[] = [];
  for (const units of collect(root)) {
    const taken = new Array<boolean>(units.length).fill(false);
    for (const term of terms) {
      for (let i = 0; i + term.length <= units.length; i++) {
        if (!term.every((c, j) => units[i + j]!.folded === c)) continue;
        for (let j = 0; j < term.length; j++) taken[i + j] = true;
      }
    }
    // One span per run of marked characters within one text node.
    for (let i = 0; i < units.length; i++) {
      if (!taken[i]) continue;
      const u = units[i]!;
      const last = spans[spans.length - 1];
      if (last && last.node === u.node && last.end >= u.start) last.end = Math.max(last.end, u.end);
      else spans.push({ node: u.node, start: u.start, end: u.end });
    }
  }
  // Wrap from the end so earlier offsets in the same node stay valid.
  const marks: HTMLElement[] = [];
  for (const s of spans.reverse()) marks.unshift(wrap(s.node, s.start, s.end));
  return marks;
}

function run(): void {
  const query = new URLSearchParams(location.search).get('highlight');
  if (!query) return;
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return;
  const marks = highlight(root, query);
  if (!marks.length) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const first = (target && marks.find((m) => target.contains(m) || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0]!;
  first.classList.add('search-highlight-current');
  first.style.outline = '2px solid #d97706';
  first.scrollIntoView({ block: 'center' });
}

run();
