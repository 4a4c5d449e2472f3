/** Small DOM helpers of the search page's browser scripts. */
import type { ExcerptPart } from '../../lib/search/excerpt.ts';

/** Resolves in a new task, so the browser can paint and answer input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Text parts in a span, the matches in <mark>. */
export function marked(cls: string, parts: ExcerptPart[]): HTMLSpanElement {
  const span = el('span', { class: cls });
  for (const part of parts) span.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
  return span;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
