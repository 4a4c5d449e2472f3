/** A result card of the search page: its title, facts, matching sections and 全部 N 处. */
import type { PagefindData, PagefindResult, SearchOutcome } from '../../lib/search/engine.ts';
import { analyse, placesNotShown, type Analysis, type Place, type Section } from '../../lib/search/excerpt.ts';
import { basketPassage } from '../../lib/search/passage.ts';
import { facet as facetOf, orderValues, type FacetKey } from '../../lib/facets.ts';
import { yearOf } from '../../lib/facets.ts';
import { formatYears } from '../../lib/years.ts';
import { displayTitle } from '../../lib/labels.ts';
import { basketButton } from './basket.ts';
import { el, marked } from './dom.ts';

/** Matching sections shown on a card before its 全部 N 处 list. */
const SECTIONS_SHOWN = 3;

/** Builds the entries of a card's 全部 N 处 list, kept until it is first opened. */
const placeLists = new WeakMap<HTMLButtonElement, () => HTMLLIElement[]>();

function resultHref(data: PagefindData, outcome: SearchOutcome, id = ''): string {
  const q = outcome.query.input;
  const base = data.url.split('#')[0]!;
  return `${base}${q && outcome.mode === 'query' ? `?highlight=${encodeURIComponent(q)}` : ''}${id ? `#${id}` : ''}`;
}

export function renderResult(
  result: PagefindResult,
  data: PagefindData,
  outcome: SearchOutcome,
  known: Analysis | undefined,
  held: ReadonlySet<string>,
): HTMLLIElement | null {
  let analysis: Analysis | undefined;
  if (outcome.mode === 'query') {
    analysis = known ?? analyse(data, outcome.query);
    if (!analysis.confirmed) return null;
  }
  const sections: Section[] = analysis?.sections ?? [];
  const places: Place[] = analysis?.places ?? [];
  const li = el('li', { class: 'search-result', 'data-result-id': result.id });
  const h = el('h2', { class: 'search-result-title' });
  const title = data.meta['title'] ?? data.url;
  const version = data.meta['version'];
  h.append(el('a', { href: resultHref(data, outcome, sections[0]?.id ?? '') }, displayTitle(version ? { title, version } : { title })));
  li.append(h);
  const facts = el('p', { class: 'search-result-facts' });
  const own = outcome.facets.get(result.id);
  const fact = (facet: FacetKey, values: string[]) =>
    values.length ? facts.append(el('span', { 'data-fact': facet }, values.map((v) => facetOf(facet).valueLabel(v)).join('、'))) : undefined;
  fact('year', orderValues('year', own?.year ?? []).reverse());
  fact('level', own?.level ?? []);
  fact('type', orderValues('type', own?.type ?? []));
  if (analysis?.occurrences) facts.append(el('span', { class: 'search-result-hits' }, `出现 ${analysis.occurrences} 次`));
  li.append(facts);
  if (!sections.length) return li;
  const years = (own?.year ?? []).flatMap((v) => yearOf(v) ?? []);
  const source = { url: data.url, title, year: years.length ? formatYears(years) : undefined };
  /** The 加入写作篮 button of a place (none for the title, which has no anchor of its own). */
  const button = (place: Place | undefined, what?: string) => {
    const passage = place && basketPassage(place, source);
    return passage ? [basketButton(passage, held, what)] : [];
  };
  const ul = el('ul', { class: 'search-sections' });
  for (const s of sections.slice(0, SECTIONS_SHOWN)) {
    const item = el('li');
    const a = el('a', { href: resultHref(data, outcome, s.id), class: 'search-section' });
    // A match in the heading: the heading itself, marked, and under it the excerpt of its
    // section's body when that matches too (analyse keeps them one entry).
    a.append(
      s.headingParts.length ? marked('search-section-heading', s.headingParts) : el('span', { class: 'search-section-heading' }, s.heading || '正文开头'),
    );
    if (s.parts.length) a.append(marked('search-excerpt', s.parts));
    // A heading shown over an excerpt of its body: two passages, each button says which.
    const both = s.headingPlace >= 0 && s.partsPlace >= 0;
    item.append(a, ...button(places[s.headingPlace], both ? '小标题' : undefined), ...button(places[s.partsPlace], both ? '本段' : undefined));
    ul.append(item);
  }
  li.append(ul);
  if (places.length > 1) {
    const more = placesNotShown(sections, SECTIONS_SHOWN);
    const line = el('p', { class: 'search-more-sections' }, more ? `另有 ${more} 处未列出。` : '');
    const list = el('ol', { class: 'search-places', id: `search-places-${result.id}`, hidden: '' });
    const toggle = el('button', { type: 'button', 'data-search-all': '', 'aria-expanded': 'false', 'aria-controls': list.id }, `全部 ${places.length} 处`);
    placeLists.set(toggle, () => places.map((p) => placeItem(p, data, outcome, button(p))));
    line.append(toggle);
    li.append(line, list);
  }
  return li;
}

/** One entry of a card's 全部 N 处: the section label, the whole block marked, its link and 加入写作篮. */
function placeItem(p: Place, data: PagefindData, outcome: SearchOutcome, buttons: HTMLButtonElement[]): HTMLLIElement {
  const item = el('li');
  const a = el('a', { href: resultHref(data, outcome, p.target), class: 'search-place' });
  const label = [p.cite, p.heading ? '' : p.section].filter(Boolean).join(' · ') || p.section || '正文开头';
  a.append(el('span', { class: 'search-place-label' }, label), marked('search-place-text', p.parts));
  item.append(a, ...buttons);
  return item;
}

/** Opens or closes a card's 全部 N 处 (built on first opening); `root` holds the cards. */
export function togglePlaces(root: HTMLElement, toggle: HTMLButtonElement): void {
  const list = root.querySelector<HTMLOListElement>(`[id="${toggle.getAttribute('aria-controls')}"]`);
  if (!list) return;
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  if (open && !list.childElementCount) list.append(...(placeLists.get(toggle)?.() ?? []));
  list.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
}
