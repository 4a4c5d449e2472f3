/**
 * 与文库相同 and the library side of 他单位名称, in the page: looks the draft's shingle hashes and
 * place names up in the library index (./shingles.ts), then confirms every candidate on the
 * document's own page. The requests carry only shard numbers and document ids: never the draft.
 */
import { type IndexManifest, MIN_MATCH, fingerprints, foldedUnits, lookupShard, placeKey, shardName, shardOf } from './shingles.ts';
import type { CheckFinding } from './types.ts';

/** A library document as the check sees it: its passages (anchor id and text). */
export interface LibraryDoc {
  id: string;
  title: string;
  href: string;
  passages: { id: string; text: string }[];
}

/** What the check needs from the site: the index files and document pages, by relative path. */
export interface LibrarySource {
  manifest(): Promise<IndexManifest>;
  shard(name: string): Promise<Uint8Array>;
  list(name: string): Promise<[string, string][]>;
  /** A document's page, read into passages. */
  doc(id: string, title: string): Promise<LibraryDoc>;
}

/** Candidate documents checked per draft, most shared hashes first. */
const MAX_CANDIDATES = 8;

/** The documents the index lists for each key, and their ids and titles. */
async function lookup(source: LibrarySource, keys: Iterable<number>): Promise<Map<number, { id: string; title: string }[]>> {
  const manifest = await source.manifest();
  const wanted = [...new Set(keys)];
  const shards = new Map<string, Promise<Uint8Array>>();
  for (const k of wanted) {
    const name = shardName(shardOf(k, manifest.bits), manifest.bits);
    if (!shards.has(name)) shards.set(name, source.shard(name));
  }
  const docsOf = new Map<number, number[]>();
  for (const k of wanted) {
    const docs = lookupShard(await shards.get(shardName(shardOf(k, manifest.bits), manifest.bits))!, k);
    if (docs.length) docsOf.set(k, docs);
  }
  const lists = new Map<number, Promise<[string, string][]>>();
  for (const docs of docsOf.values()) {
    for (const d of docs) {
      const l = Math.floor(d / manifest.perList);
      if (!lists.has(l)) lists.set(l, source.list(`docs-${l}.json`));
    }
  }
  const out = new Map<number, { id: string; title: string }[]>();
  for (const [k, docs] of docsOf) {
    const named: { id: string; title: string }[] = [];
    for (const d of docs) {
      const entry = (await lists.get(Math.floor(d / manifest.perList))!)[d % manifest.perList];
      if (entry) named.push({ id: entry[0], title: entry[1] });
    }
    out.set(k, named);
  }
  return out;
}

/** Runs of at least MIN_MATCH units of `units` that occur in one of the document's passages. */
function sharedRuns(units: readonly string[], doc: LibraryDoc): { from: number; to: number; passage: string }[] {
  const grams = new Map<string, string>();
  for (const p of doc.passages) {
    const u = foldedUnits(p.text).units;
    for (let i = 0; i + MIN_MATCH <= u.length; i++) {
      const g = u.slice(i, i + MIN_MATCH).join('');
      if (!grams.has(g)) grams.set(g, p.id);
    }
  }
  const runs: { from: number; to: number; passage: string }[] = [];
  for (let i = 0; i + MIN_MATCH <= units.length; i++) {
    const passage = grams.get(units.slice(i, i + MIN_MATCH).join(''));
    if (passage === undefined) continue;
    const last = runs.at(-1);
    if (last && last.to >= i + MIN_MATCH - 1) last.to = i + MIN_MATCH;
    else runs.push({ from: i, to: i + MIN_MATCH, passage });
  }
  return runs;
}

/**
 * 与文库相同 findings (one per stretch of at least 30 identical characters, linked to the first
 * document that has it) and, for the place names given, the library document that also names
 * each one.
 */
export async function checkLibrary(
  paragraphs: readonly string[],
  places: readonly string[],
  source: LibrarySource,
): Promise<{ findings: CheckFinding[]; placeDocs: Map<string, { title: string; href: string }> }> {
  const folded = paragraphs.map((p) => foldedUnits(p));
  const prints = folded.map((f) => fingerprints(f.units));
  const placeKeys = new Map(places.map((p) => [p, placeKey(p)]));
  const found = await lookup(source, [...prints.flat().map((f) => f.hash), ...placeKeys.values()]);

  // Candidates: documents by the number of the draft's hashes they share.
  const score = new Map<string, { title: string; n: number }>();
  for (const f of prints.flat()) {
    for (const d of found.get(f.hash) ?? []) {
      const s = score.get(d.id);
      if (s) s.n++;
      else score.set(d.id, { title: d.title, n: 1 });
    }
  }
  const candidates = [...score].sort((a, b) => b[1].n - a[1].n).slice(0, MAX_CANDIDATES);
  const pages = new Map<string, Promise<LibraryDoc>>();
  const page = (id: string, title: string) => {
    if (!pages.has(id)) pages.set(id, source.doc(id, title));
    return pages.get(id)!;
  };

  const findings: CheckFinding[] = [];
  const covered = folded.map(() => [] as [number, number][]);
  for (const [id, { title }] of candidates) {
    const doc = await page(id, title);
    folded.forEach((f, paragraph) => {
      for (const run of sharedRuns(f.units, doc)) {
        if (covered[paragraph]!.some(([a, b]) => run.from < b && a < run.to)) continue;
        covered[paragraph]!.push([run.from, run.to]);
        const start = f.at[run.from]!;
        const lastUnit = f.at[run.to - 1]!;
        const end = lastUnit + (paragraphs[paragraph]!.codePointAt(lastUnit)! > 0xffff ? 2 : 1);
        findings.push({
          category: 'library',
          paragraph,
          start,
          end,
          text: paragraphs[paragraph]!.slice(start, end),
          why: `有 ${run.to - run.from} 个字与文库《${doc.title}》相同`,
          advice: '核对这段借用的文字是否符合本单位、本年度的实际，该改的改写。',
          doc: { title: doc.title, href: `${doc.href}#${run.passage}` },
        });
      }
    });
  }

  const placeDocs = new Map<string, { title: string; href: string }>();
  for (const [name, key] of placeKeys) {
    for (const d of (found.get(key) ?? []).slice(0, 3)) {
      const doc = await page(d.id, d.title);
      const passage = doc.passages.find((p) => p.text.includes(name));
      if (passage) {
        placeDocs.set(name, { title: doc.title, href: `${doc.href}#${passage.id}` });
        break;
      }
    }
  }
  return { findings, placeDocs };
}
