/**
 * Metadata the importer proposes by reading the text: years, types, level, issuer and topics,
 * each with the words that decided it. What no rule decides stays undefined, and is written
 * as "to be filled" so the build names it.
 */
import { docTypeWords, issuers, levels, topicWords, type DocTypeSlug, type IssuerSlug, type LevelSlug, type TopicSlug } from '../lib/taxonomy.ts';
import type { TopicProposal } from './types.ts';

/** Five-year plans by name. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Years from the title: every year it names ("2023年……总结及2024年……计划", "二〇二三年……"); a 规划
 * covers each year of its span ("十四五" → 2021–2025; "2021—2025年"). Without a year in the title, none.
 */
export function proposeYears(title: string, types: readonly DocTypeSlug[]): number[] {
  const years = new Set<number>();
  for (const m of title.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(Number(m[1]));
  for (const m of title.matchAll(/[一二]([〇零○一二三四五六七八九]{3})(?=年)/g)) {
    const y = Number([m[0][0]!, ...m[1]!].map((c) => CN_DIGITS[c]).join(''));
    if (y >= 1949 && y <= 2100) years.add(y);
  }
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

/**
 * A year a 范文 site or a template has hidden: 20XX年, 20xx年, 20__年, 20**年, 201X年, 二〇XX年,
 * ××年, **年. Returns each as written.
 */
export function placeholderYears(text: string): string[] {
  const re = /(?:(?:19|20)\d?[xX×＊*_＿]{1,2}|二[〇零○][〇零○一二三四五六七八九]?[xX×＊*_＿]{1,2}|(?<![\dA-Za-z])[xX×＊*_＿]{2,4})(?=\s*年(?![级来]))/g;
  return [...new Set([...text.matchAll(re)].map((m) => `${m[0]}年`))];
}

/** A 范文 site's label for a page of several texts: "（通用15篇）", "精选6篇", "(十六篇)", "合集", "范文". */
const COMPILATION_LABEL = /[（(]?(?:通用|精选|优秀|实用|热门|集合|专业|最新|推荐)?[0-9一二三四五六七八九十百]+篇[）)]?\s*$|合集|范文|大全/;

export interface YearContext {
  /** The document's title. */
  title: string;
  types: readonly DocTypeSlug[];
  /** The document's text, one paragraph a line. */
  text: string;
  /** Other title lines at the top of the document ("2022年度xx镇…总结" over "xx镇2020年…总结"). */
  otherTitles?: readonly string[];
  /** The page's own title (a compilation's label), when it differs from the document's title. */
  pageTitle?: string | undefined;
  /** The title is a heading the compilation gave this part ("…方案 篇二"), not the document's own line. */
  siteHeading?: boolean;
}

/** Years decided, or undecided with the evidence (Chinese) for the report. */
export type YearDecision = { years: number[] } | { why: string };

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('、');

/**
 * The years a document covers, or the reason they are left to the keeper: a year hidden by the site
 * (20XX年) is no year; a title year the text contradicts (another title line, a hidden year in the
 * text) or that only a site's label gives (over a text that names no year) is not proven; a title
 * without a year over a text that names years leaves the choice to the keeper. A title without a year
 * over a text without one is 年份不详 ([]).
 */
export function decideYears(ctx: YearContext): YearDecision {
  const { title, types, text } = ctx;
  const years = proposeYears(title, types);
  const hiddenInTitle = placeholderYears(title);
  const hiddenInText = placeholderYears(text);
  const textYears = [...new Set([...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=\s*年)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  if (years.length === 0) {
    if (hiddenInTitle.length) return { why: `标题中的年份写作${quoted(hiddenInTitle)}，原文隐去了年份；请按原文出处填写，查不到就写 []（年份不详）` };
    if (hiddenInText.length) return { why: `标题没有年份，正文写作${quoted(hiddenInText)}，原文隐去了年份；请按原文出处填写，查不到就写 []（年份不详）` };
    if (textYears.length) return { why: `标题没有年份，正文提到${textYears.map((y) => `${y}年`).join('、')}：文献涵盖哪一年，请核对后填写` };
    return { years: [] };
  }
  const shown = years.length > 2 ? `${years[0]}—${years[years.length - 1]}年` : years.map((y) => `${y}年`).join('、');
  const plan = Object.keys(FIVE_YEAR_PLANS).find((name) => title.includes(name));
  // The title repeated in the text (a compilation's "<title> 篇1" run into the first paragraph) proves nothing.
  const core = title.replace(COMPILATION_LABEL, '').trim();
  const rest = core.length >= 4 ? text.split(core).join('') : text;
  const corroborated = years.some((y) => new RegExp(`(?<!\\d)${y}(?!\\d)`).test(rest)) || (plan !== undefined && rest.includes(plan));
  const others = (ctx.otherTitles ?? []).flatMap((t) => {
    const ys = proposeYears(t, types).filter((y) => !years.includes(y));
    return ys.length ? [`“${t}”写${ys.map((y) => `${y}年`).join('、')}`] : [];
  });
  if (others.length && !corroborated) return { why: `标题“${title}”写${shown}，原文另有标题行${others.join('，')}，两者不一致，正文也没有写明年份` };
  if (hiddenInText.length && !corroborated) {
    return { why: `标题写${shown}，正文却写作${quoted(hiddenInText)}（年份被隐去）：标题的年份可能是网站加的，请核对原文出处` };
  }
  const label = COMPILATION_LABEL.test(title) ? title : ctx.siteHeading ? `${title}（网站给这一篇加的标题）` : undefined;
  if (label && !corroborated) return { why: `${shown}只见于网站的标签${label.startsWith('“') ? label : `“${label}”`}，正文没有写年份：不能当作文献的年份` };
  return { years };
}

/** Words that make a document a reflection on someone else's text, not a document of a type. */
const REFLECTION = /心得|体会|感悟|感想|读后感|学习笔记|研讨材料/;

/** Types decided from the title, with the reason when none could be. */
export function decideTypes(title: string): { types: DocTypeSlug[]; why?: string } {
  // "关于印发《XX区2024年工作要点》的通知": the notice only carries the document; the document is what it prints.
  const carried = /关于(?:印发|转发|下发|发布|公布)(.+?)的通知/.exec(title);
  const own = carried ? carried[1]! : title;
  // "学习…讲话精神": a speech or report whose 精神 is studied is the object, not this document's type.
  const objects = [...own.matchAll(/(讲话|发言|报告|规划|方案|要点|计划|总结)(?=精神)/g)].map((m) => m[1]!);
  const read = own.replace(/(讲话|发言|报告|规划|方案|要点|计划|总结)(?=精神)/g, (m) => '\u3000'.repeat(m.length));
  if (REFLECTION.test(own)) {
    const word = REFLECTION.exec(own)![0];
    const named =
      typesIn(read).length || objects.length
        ? `；标题中的${quoted([...new Set([...objects, ...typesIn(read).map((t) => docTypeWords[t][0]!)])])}是所学习的对象`
        : '';
    return { types: [], why: `标题是“${word}”，不属于总结、计划、要点、方案、规划、讲话、汇报中的任何一类${named}：请选一类或不收录` };
  }
  const types = typesIn(read);
  if (types.length === 0 && objects.length) return { types, why: `标题中的${quoted(objects)}后接“精神”，是学习的对象，不是本文的类型` };
  return { types };
}

function typesIn(title: string): DocTypeSlug[] {
  const found: { slug: DocTypeSlug; at: number }[] = [];
  for (const [slug, words] of Object.entries(docTypeWords) as [DocTypeSlug, readonly string[]][]) {
    const at = Math.min(...words.map((w) => title.indexOf(w)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ slug, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.slug);
}

/**
 * Types from the document-type words of the title, in title order ("……总结及……计划" → summary, plan:
 * the schema takes several types, and such a document is both). See decideTypes.
 */
export function proposeTypes(title: string): DocTypeSlug[] {
  return decideTypes(title).types;
}

interface Cue<S> {
  slug: S;
  re: RegExp;
  /**
   * In the opening, the cue names a body more often someone else than the author (市委, 县委宣传部,
   * 党委: the body whose policy is followed): alone, it does not decide.
   */
  weak?: RegExp;
}

/** Who issues, from the title, the opening and the signature. */
const ISSUER_CUES: Cue<IssuerSlug>[] = [
  // The village or 社区 itself: its committee (村民委员会, 社区居民委员会, 居委会), 本村, 本社区.
  { slug: 'village', re: /我村|本村|村党支部|村委会|村民委员会|村干部|我社区|本社区|社区(?:党委|党总支|党支部)|居委会|居民委员会/ },
  { slug: 'civilization-committee', re: /文明委|精神文明建设委员会|全区精神文明建设/, weak: /文明委|精神文明建设委员会/ },
  { slug: 'propaganda-dept', re: /宣传部|精神文明办|文明办/, weak: /./ },
  { slug: 'enterprise', re: /公司|国有企业|集团/ },
  { slug: 'party-committee', re: /工委|党委(?!宣传部)/, weak: /./ },
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
  // A school, hospital or company speaking of itself (我校, 全院, 本单位) or named as the one that builds (医院精神文明…).
  {
    slug: 'unit',
    re: /公司|国有企业|集团|机关各科室|我校|本校|全校|我院|本院|全院|我单位|本单位|(?:中学|小学|学校|医院|卫生院|幼儿园)(?=精神文明|创建|文明|党支部|党总支|党委)/u,
  },
  { slug: 'municipal', re: /我市|全市|市委|市[xX\p{Script=Han}]{0,4}局|市精神文明建设委员会|市文明委/u, weak: /^(?:市委)$/ },
  {
    slug: 'district',
    re: /我区|全区|区委|区政府|开发区|工委|[xX\p{Script=Han}](?<![地社景小校园辖片街厂矿营])区(?![域委政])|我县|全县|县委|县政府|县人民政府/u,
    weak: /^(?:区委|区政府|县委|县政府|县人民政府)$/,
  },
  // 某某镇2025年…, 某某街道2025年…, 我镇, 镇党委, 街道党工委: a town or a 街道 (not 街道整洁, 城乡).
  {
    slug: 'township',
    re: /我[镇乡]|全[镇乡]|我街道|全街道|[镇乡](?:党委|政府|人民政府)|街道(?:党工委|办事处)|(?:[xX]{2,}|\p{Script=Han}{1,4})(?:[镇乡]|街道)(?=(?:19|20)\d\d年|[xX]{2,}年)/u,
  },
  { slug: 'provincial', re: /我省|全省|省委|自治区党委/, weak: /^(?:省委|自治区党委)$/ },
];

/**
 * "在市文明委的指导下", "在区委区政府的坚强领导下": whoever guides, leads, cares for or supports
 * is someone else, not the author; such a phrase is blanked out (same length) before the cues read.
 */
const SOMEONE_ELSE = /在[^，。；！？：\n]{1,30}?(?:的)?(?:坚强|正确|亲切|大力|精心|悉心|具体|有力|统一)?(?:指导|领导|关心|支持|帮助|关怀|带领|部署|督导)下/gu;

/**
 * "根据市委文明办相关文件要求", "贯彻落实……十三届省委历次全会精神", "围绕市委、市政府制定的各项方针政策",
 * "学习了区委书记……的讲话": the body whose paper, policy or speech is followed is someone else too
 * (the clause up to its last 精神/要求/部署/文件/政策/讲话…), unless the clause names the author (我局, 本村).
 */
const FOLLOWED = /(?:根据|按照|依据|遵照|贯彻|落实|学习|围绕|传达|对照|执行)[^，。；！？\n]{0,60}(?:精神|要求|部署|文件|政策|指示|批示|讲话|通知|意见|规定)/gu;

/** The phrases naming someone else (SOMEONE_ELSE, FOLLOWED), as spans of the text. */
function othersSpans(text: string): { start: number; end: number; phrase: string }[] {
  const spans: { start: number; end: number; phrase: string }[] = [];
  for (const m of text.matchAll(SOMEONE_ELSE)) spans.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
  for (const m of text.matchAll(FOLLOWED)) {
    if (/[我本](?:[镇乡村县区市局委部]|社区|街道|单位|公司)/.test(m[0])) continue;
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function withoutOthers(text: string): string {
  let out = text;
  for (const s of othersSpans(text)) out = out.slice(0, s.start) + '\u3000'.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

type Source = '标题' | '开头' | '落款';
interface Found<S> {
  slug: S;
  word: string;
  source: Source;
  weak: boolean;
}

function firstCue<S>(cues: readonly Cue<S>[], raw: string, source: Source): Found<S> | undefined {
  const text = withoutOthers(raw);
  let best: (Found<S> & { at: number }) | undefined;
  for (const cue of cues) {
    const m = cue.re.exec(text);
    if (m && (!best || m.index < best.at)) best = { slug: cue.slug, word: m[0], source, weak: source === '开头' && !!cue.weak?.test(m[0]), at: m.index };
  }
  return best && { slug: best.slug, word: best.word, source: best.source, weak: best.weak };
}

/** Cues inside a phrase naming someone else, set aside: "“省委”（在“贯彻落实……全会精神”中）". */
function setAside<S>(cues: readonly Cue<S>[], raw: string): string[] {
  const out: string[] = [];
  for (const span of othersSpans(raw)) {
    for (const cue of cues) {
      const m = cue.re.exec(span.phrase);
      if (m) {
        const phrase = span.phrase.length > 24 ? `${span.phrase.slice(0, 12)}……${span.phrase.slice(-8)}` : span.phrase;
        out.push(`“${m[0]}”（在“${phrase}”中，指上级或他人）`);
        break;
      }
    }
  }
  return [...new Set(out)];
}

/**
 * A signature at the end ("某某街道办事处", then "2025年1月8日"): of the last two paragraphs, those
 * that are short and hold no sentence punctuation name the author; read after the title and opening.
 */
function signatureOf(closing: readonly string[]): string {
  return closing
    .slice(-2)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= 40 && !/[。；！？，、：]/.test(l))
    .join(' ');
}

/** A level or issuer decided with the words that decided it, or undecided with the evidence (Chinese). */
export interface CueDecision<S> {
  slug?: S;
  words: string[];
  why?: string;
}

/**
 * Reads the title, the opening and the signature; each gives its first cue. The title and the
 * signature name the author; the opening does too, except a weak cue (市委, 宣传部, 党委 named in a
 * sentence: usually the body above the author). Strong cues that disagree (a 镇 in the title, a 社区
 * in the signature) decide nothing; a weak cue alone decides nothing; the evidence says which.
 */
function decideCue<S extends string>(
  cues: readonly Cue<S>[],
  title: string,
  opening: string,
  closing: readonly string[],
  labelOf: (slug: S) => string,
): CueDecision<S> {
  const found = [firstCue(cues, title, '标题'), firstCue(cues, opening, '开头'), firstCue(cues, signatureOf(closing), '落款')].filter(
    (f): f is Found<S> => f !== undefined,
  );
  const strong = found.filter((f) => !f.weak);
  const say = (f: Found<S>) => `${f.source}“${f.word}”（${labelOf(f.slug)}）`;
  const slugs = [...new Set(strong.map((f) => f.slug))];
  if (slugs.length === 1) return { slug: slugs[0]!, words: [...new Set(strong.map((f) => f.word))] };
  if (slugs.length > 1) return { words: strong.map((f) => f.word), why: `线索不一致：${strong.map(say).join('，')}；请核对原文后填写` };
  const aside = [...setAside(cues, title), ...setAside(cues, opening)];
  const asideNote = aside.length ? `；另见${aside.join('、')}` : '';
  if (found.length)
    return {
      words: found.map((f) => f.word),
      why: `只在开头的句子里见到${found.map(say).join('、')}，多半是上级或被提到的机关，不一定是发文者${asideNote}；标题和落款没有线索，请核对后填写`,
    };
  if (aside.length) return { words: [], why: `标题和落款没有线索；开头只见到${aside.join('、')}，不是发文者，请核对后填写` };
  return { words: [], why: '标题、开头和落款都没有线索，请核对后填写' };
}

export function decideIssuer(title: string, opening: string, closing: readonly string[] = []): CueDecision<IssuerSlug> {
  return decideCue(ISSUER_CUES, title, opening, closing, (s) => issuers.get(s).label);
}

export function decideLevel(title: string, opening: string, closing: readonly string[] = []): CueDecision<LevelSlug> {
  return decideCue(LEVEL_CUES, title, opening, closing, (s) => levels.get(s).label);
}

export function proposeIssuer(title: string, opening: string, closing: readonly string[] = []): { slug: IssuerSlug; words: string[] } | undefined {
  const d = decideIssuer(title, opening, closing);
  return d.slug ? { slug: d.slug, words: d.words } : undefined;
}

export function proposeLevel(title: string, opening: string, closing: readonly string[] = []): { slug: LevelSlug; words: string[] } | undefined {
  const d = decideLevel(title, opening, closing);
  return d.slug ? { slug: d.slug, words: d.words } : undefined;
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
