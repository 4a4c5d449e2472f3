/**
 * The one query layer over the document collection. Pages import from here and never
 * call getCollection themselves: sorting, grouping and lookups happen once, in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir';
import { valueDescription } from './facet-descriptions';
import { facets, type Facet, type FacetKey } from './facets';
import { groupByFacet, sortNewestFirst } from './grouping';

export type Doc = CollectionEntry<'docs'>;

/** One value of a facet (a year, a level, a type or a topic) with its documents, newest first. */
export interface FacetValue {
  facet: FacetKey;
  /** URL key: the year, "unknown", or the taxonomy slug. */
  slug: string;
  label: string;
  description: string;
  docs: Doc[];
}

export interface Catalog {
  /** Every document, newest first. */
  docs: Doc[];
  byId: Map<string, Doc>;
  /** For each id, the documents whose `related` names it (reverse links). */
  referrers: Map<string, { doc: Doc; relation: RelatedDoc['relation'] }[]>;
  /** Every value of each facet, in display order (see getFacet). */
  facets: Record<FacetKey, FacetValue[]>;
  /**
   * For each document that has versions (`related` with relation "version", either side), the
   * key of its version group: the smallest id among the versions. Texts with one version are absent.
   */
  versionGroups: Map<string, string>;
}

let loading: Promise<Catalog> | undefined;

/** Loads the collection once per build and derives every list from it. */
export function getCatalog(): Promise<Catalog> {
  loading ??= getCollection('docs').then(buildCatalog);
  return loading;
}

function facetValues(f: Facet, docs: Doc[]): FacetValue[] {
  return groupByFacet(f, docs).map(([v, group]) => ({ facet: f.key, slug: v, label: f.valueLabel(v), description: valueDescription(f.key, v), docs: group }));
}

function buildCatalog(entries: Doc[]): Catalog {
  const docs = sortNewestFirst(entries);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const referrers: Catalog['referrers'] = new Map();
  for (const doc of docs) {
    for (const rel of doc.data.related) {
      if (!byId.has(rel.id)) {
        throw new Error(`${contentDir()}/${doc.id}.mdx: field "related" names "${rel.id}", which is not a document id`);
      }
      const list = referrers.get(rel.id) ?? [];
      list.push({ doc, relation: rel.relation });
      referrers.set(rel.id, list);
    }
  }
  return {
    docs,
    byId,
    referrers,
    versionGroups: versionGroups(docs),
    facets: Object.fromEntries(facets.map((f) => [f.key, facetValues(f, docs)])) as Catalog['facets'],
  };
}

/** Connected versions (a links b, b links c: one text), each keyed by its smallest id. */
function versionGroups(docs: readonly Doc[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const doc of docs) {
    for (const rel of doc.data.related) {
      if (rel.relation !== 'version') continue;
      const [a, b] = [find(doc.id), find(rel.id)];
      parent.set(a, a);
      parent.set(b, b);
      // biome-ignore lint/complexity/useMathMinMax: ids are strings; Math.max would compare NaN
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/** All values of one facet, in display order (years newest first, terms in taxonomy order). */
export async function getFacet(key: FacetKey): Promise<FacetValue[]> {
  return (await getCatalog()).facets[key];
}

export interface RelatedDoc {
  doc: Doc;
  relation: Doc['data']['related'][number]['relation'];
  note: string | undefined;
}

/**
 * Documents tied to this one: those it names in `related`, plus those that name it
 * (so a link declared on one side only still shows on both pages).
 */
export async function getRelated(doc: Doc): Promise<RelatedDoc[]> {
  const { byId, referrers } = await getCatalog();
  const out = new Map<string, RelatedDoc>();
  for (const rel of doc.data.related) {
    const target = byId.get(rel.id);
    if (target && target.id !== doc.id) out.set(target.id, { doc: target, relation: rel.relation, note: rel.note });
  }
  for (const back of referrers.get(doc.id) ?? []) {
    if (!out.has(back.doc.id) && back.doc.id !== doc.id) out.set(back.doc.id, { ...back, note: undefined });
  }
  return [...out.values()];
}
