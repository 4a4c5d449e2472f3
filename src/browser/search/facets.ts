/** The search page's filters with their counts and the chart of matches per year. */
import type { SearchOutcome } from '../../lib/search/engine.ts';
import { facet as facetOf, FACET_KEYS, orderValues } from '../../lib/facets.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { el } from './dom.ts';

export function renderFacets(box: HTMLElement, outcome: SearchOutcome, state: SearchState): void {
  const focused = document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = focused ? `${focused.dataset['facet']}=${focused.value}` : '';
  box.replaceChildren();
  for (const facet of FACET_KEYS) {
    const counts = outcome.counts[facet];
    const selected = state.filters[facet];
    const values = orderValues(facet, [...new Set([...Object.keys(counts), ...selected])]);
    const fs = el('fieldset', { class: 'search-facet', 'data-facet-group': facet });
    fs.append(el('legend', {}, facetOf(facet).label));
    const ul = el('ul');
    for (const value of values) {
      const n = counts[value] ?? 0;
      const checked = selected.includes(value);
      if (n === 0 && !checked && outcome.mode !== 'empty') continue;
      const li = el('li');
      const label = el('label');
      const box2 = el('input', { type: 'checkbox', 'data-facet': facet, value });
      box2.checked = checked;
      label.append(box2, facetOf(facet).valueLabel(value), el('span', { class: 'search-facet-count', 'data-count': String(n) }, `（${n}）`));
      li.append(label);
      ul.append(li);
      if (`${facet}=${value}` === focusKey) queueMicrotask(() => box2.focus());
    }
    if (!ul.childElementCount) continue;
    fs.append(ul);
    box.append(fs);
  }
}

/**
 * The number of matching documents per year, newest first like the year filter: the years
 * from the newest to the oldest with a match, a bar for each year with documents (a year
 * in between without any shows its 0 and no bar); one year only is a sentence, not a chart.
 */
export function renderChart(parts: { chart: HTMLElement; bars: HTMLOListElement; line: HTMLElement }, outcome: SearchOutcome): void {
  const { chart, bars, line } = parts;
  bars.replaceChildren();
  const withDocs = orderValues(
    'year',
    Object.keys(outcome.years).filter((y) => (outcome.years[y] ?? 0) > 0),
  );
  chart.hidden = outcome.mode !== 'query' || withDocs.length === 0;
  if (chart.hidden) return;
  if (withDocs.length === 1) {
    const year = withDocs[0]!;
    bars.hidden = true;
    line.hidden = false;
    line.textContent = `都是${facetOf('year').valueLabel(year)}的文献（${outcome.years[year]} 篇）。`;
    return;
  }
  bars.hidden = false;
  line.hidden = true;
  const known = withDocs.filter((y) => Number(y) > 0).map(Number);
  const span: string[] = [];
  if (known.length) for (let y = Math.max(...known); y >= Math.min(...known); y--) span.push(String(y));
  const shown = [...span, ...withDocs.filter((y) => !(Number(y) > 0))];
  const max = Math.max(...withDocs.map((y) => outcome.years[y] ?? 0));
  for (const year of shown) {
    const n = outcome.years[year] ?? 0;
    const li = el('li', { 'data-year': year });
    li.append(el('span', { class: 'year-chart-label' }, facetOf('year').valueLabel(year)));
    if (n > 0) {
      const bar = el('span', { class: 'year-chart-bar', 'aria-hidden': 'true' });
      bar.style.setProperty('--share', String(n / max));
      li.append(bar);
    } else li.append(el('span', { 'aria-hidden': 'true' }));
    li.append(el('span', { class: 'year-chart-count' }, `${n} 篇`));
    bars.append(li);
  }
}
