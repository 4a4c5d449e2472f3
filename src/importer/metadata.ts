/**
 * Metadata the importer proposes by reading the text: years, types, level, issuer and topics,
 * each with the words that decided it. What no rule decides stays undefined, and is written
 * as "to be filled" so the build names it.
 */
import { docTypeWords, topicWords, type DocTypeSlug, type IssuerSlug, type LevelSlug, type TopicSlug } from '../lib/taxonomy.ts';
import type { TopicProposal } from './types.ts';

/** Five-year plans by name. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

/**
 * Years from the title: every year it names ("2023年……总结及2024年……计划"); a 规划 covers each
 * year of its span ("十四五" → 2021–2025; "2021—2025年"). Without a year in the title, none.
 */
export function proposeYears(title: string, types: readonly DocTypeSlug[]): number[] {
  const years = new Set<number>();
  for (const m of title.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(Number(m[1]));
  const range = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})/.exec(title);
  let span: [number, number] | undefined = range ? [Number(range[1]), Number(range[2])] : undefined;
  if (!span && types.includes('program')) {
    const plan = Object.entries(FIVE_YEAR_PLANS).find(([name]) => title.includes(name));
    if (plan) span = [plan[1], plan[1] + 4];
  }
  if (span && span[1] >= span[0] && span[1] - span[0] <= 10) {
    years.clear(); // the span is what the document covers; a year in a compilation's label is not
    for (let y = span[0]; y <= span[1]; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Types from the document-type words of the title, in title order ("……总结及……计划" → summary, plan). */
export function proposeTypes(title: string): DocTypeSlug[] {
  const found: { slug: DocTypeSlug; at: number }[] = [];
  for (const [slug, words] of Object.entries(docTypeWords) as [DocTypeSlug, readonly string[]][]) {
    const at = Math.min(...words.map((w) => title.indexOf(w)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ slug, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.slug);
}

interface Cue<S> {
  slug: S;
  re: RegExp;
}

/** Who issues, from the title and then the opening: the cue found first in the text decides. */
const ISSUER_CUES: Cue<IssuerSlug>[] = [
  // The village or 社区 itself: its committee (村民委员会, 社区居民委员会, 居委会), 本村, 本社区.
  { slug: 'village', re: /我村|本村|村党支部|村委会|村民委员会|村干部|我社区|本社区|社区(?:党委|党总支|党支部)|居委会|居民委员会/ },
  { slug: 'civilization-committee', re: /文明委|精神文明建设委员会|全区精神文明建设/ },
  { slug: 'propaganda-dept', re: /宣传部/ },
  { slug: 'enterprise', re: /公司|国有企业|集团/ },
  { slug: 'party-committee', re: /工委|党委(?!宣传部)/ },
  // 某某局2024年…, 某某局关于…: the title names a 局 as its author; 我局 in the opening.
  {
    slug: 'government-dept',
    re: /[市区县州][xX\p{Script=Han}]{0,4}局|税务|局各科室|局机关|局党组|我局|(?:[xX]{2,}|\p{Script=Han}{0,4}\p{Script=Han}(?<![大格布全当结时政]))局(?=(?:19|20)\d\d年|[xX]{2,}年|关于)/u,
  },
];

/** Level of the issuing body, by the same reading. */
const LEVEL_CUES: Cue<LevelSlug>[] = [
  // 某某社区2025年…, 我社区, 社区党委: a 社区 is 村社区级 like a village.
  {
    slug: 'village',
    re: /我村|本村|村党支部|村委会|村民委员会|村干部|我社区|本社区|社区(?:党委|党总支|党支部)|居委会|居民委员会|(?:[xX]{2,}|\p{Script=Han}{1,4})(?:村|社区)(?=(?:19|20)\d\d年|[xX]{2,}年)/u,
  },
  { slug: 'unit', re: /公司|国有企业|集团|机关各科室/ },
  { slug: 'municipal', re: /我市|全市|市委|市[xX\p{Script=Han}]{0,4}局|市精神文明建设委员会|市文明委/u },
  { slug: 'district', re: /我区|全区|区委|区政府|开发区|工委|[xX\p{Script=Han}](?<![地社景小校园辖片街厂矿营])区(?!域)|我县|全县|县委|县政府|县人民政府/u },
  // 某某镇2025年…, 某某街道2025年…, 我镇, 镇党委, 街道党工委: a town or a 街道 (not 街道整洁, 城乡).
  {
    slug: 'township',
    re: /我[镇乡]|全[镇乡]|我街道|全街道|[镇乡](?:党委|政府|人民政府)|街道(?:党工委|办事处)|(?:[xX]{2,}|\p{Script=Han}{1,4})(?:[镇乡]|街道)(?=(?:19|20)\d\d年|[xX]{2,}年)/u,
  },
  { slug: 'provincial', re: /我省|全省|省委|自治区党委/ },
];

/**
 * "在市文明委的指导下", "在区委区政府的坚强领导下": whoever guides, leads, cares for or supports
 * is someone else, not the author; such a phrase is blanked out (same length) before the cues read.
 */
const SOMEONE_ELSE = /在[^，。；！？：\n]{1,30}?(?:的)?(?:坚强|正确|亲切|大力|精心|悉心|具体|有力|统一)?(?:指导|领导|关心|支持|帮助|关怀|带领|部署|督导)下/gu;

export function withoutOthers(text: string): string {
  return text.replace(SOMEONE_ELSE, (m) => '\u3000'.repeat(m.length));
}

function firstCue<S>(cues: readonly Cue<S>[], texts: readonly string[]): { slug: S; words: string[] } | undefined {
  for (const raw of texts) {
    const text = withoutOthers(raw);
    let best: { slug: S; words: string[]; at: number } | undefined;
    for (const cue of cues) {
      const m = cue.re.exec(text);
      if (m && (!best || m.index < best.at)) best = { slug: cue.slug, words: [m[0]], at: m.index };
    }
    if (best) return { slug: best.slug, words: best.words };
  }
  return undefined;
}

/**
 * A signature at the end ("某某街道办事处", then "2025年1月8日"): of the last two paragraphs, those
 * that are short and hold no sentence punctuation name the author; read after the title and opening.
 */
export function signatureOf(closing: readonly string[]): string {
  return closing
    .slice(-2)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= 40 && !/[。；！？，、：]/.test(l))
    .join(' ');
}

export function proposeIssuer(title: string, opening: string, closing: readonly string[] = []): { slug: IssuerSlug; words: string[] } | undefined {
  return firstCue(ISSUER_CUES, [title, opening, signatureOf(closing)]);
}

export function proposeLevel(title: string, opening: string, closing: readonly string[] = []): { slug: LevelSlug; words: string[] } | undefined {
  return firstCue(LEVEL_CUES, [title, opening, signatureOf(closing)]);
}

/** How often a topic's words must occur for the topic to be proposed. */
export const TOPIC_MIN_HITS = 3;

/**
 * Topics by reading for the taxonomy's words (src/lib/taxonomy.ts, topicWords): a topic whose
 * words occur at least TOPIC_MIN_HITS times, most-mentioned first, with the words and counts
 * that decided it. A word inside a longer word of the same topic is counted once.
 */
export function proposeTopics(text: string): TopicProposal[] {
  const scored: { slug: TopicSlug; hits: number; words: string[] }[] = [];
  for (const [slug, words] of Object.entries(topicWords) as [TopicSlug, readonly string[]][]) {
    let rest = text;
    const found: string[] = [];
    let hits = 0;
    // Longest words first, each occurrence blanked out so a shorter word does not count it again.
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const n = rest.split(w).length - 1;
      if (n === 0) continue;
      hits += n;
      found.push(`${w}×${n}`);
      rest = rest.split(w).join('\u0000');
    }
    if (hits >= TOPIC_MIN_HITS) scored.push({ slug, hits, words: found });
  }
  return scored.sort((a, b) => b.hits - a.hits).map(({ slug, words }) => ({ slug, words }));
}
