/**
 * Rules that find a document's title at the top of its lines. A title line names a document
 * type at its end (……工作总结, ……实施方案, ……会议上的讲话), has no full stop and is short.
 * Found as: a line of its own (several such lines: the first is the title, a repeat is dropped,
 * another line is reported); the start of a line that runs on into the body, cut at a space;
 * or, in a flattened text, the last of several such starts (an earlier one that recurs before
 * "第N页" is the page header). Web residue (">2024>") is cleaned and a year that lost its
 * leading digits ("022 年") is restored when the body names the full year.
 */
import { pairQuotes, removeCjkSpacing, stripPageMarkers, toFullWidthPunctuation } from './cleaning/index.ts';
import { parseNumbering } from '../lib/numbering.ts';
import type { DocEdit } from '../lib/schema.ts';
import { docTypeWords } from '../lib/taxonomy.ts';
import { stripPageLabels } from './page-labels.ts';

const TYPE_WORDS = Object.values(docTypeWords).flat();
const MAX_TITLE_LENGTH = 60;

export interface TitleResult {
  /** Page labels removed from the title ("（通用15篇）", "范文"): the title is the site's heading. */
  labels?: string[];
  /** The title as published (spacing cleaned; punctuation is normalised later with the body). */
  title?: string;
  /** The raw title line(s), for the report. */
  raw?: string;
  body: string[];
  /** Page headers found ("区委宣传部年度精神文明工作方案" before "第2页"). */
  runningHeaders: string[];
  edits: DocEdit[];
  removed: string[];
}

/** Punctuation of a title, normalised the same way as the body ("(扩大)" → "（扩大）"). */
export function normalizeTitle(title: string): string {
  return toFullWidthPunctuation(pairQuotes(title).text).text;
}

/** Spacing as the body gets it, plus no space against a bracket ("委员会 (扩大)" → "委员会(扩大)"). */
function tidy(text: string): string {
  return removeCjkSpacing(text.replace(/>/g, ' ').trim())
    .replace(/\s+(?=[(（])|(?<=[)）])\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a title line: short, no sentence punctuation, ends with a document type (a bracketed note may follow). */
export function isTitleLike(text: string): boolean {
  const t = tidy(text);
  if (t.length < 4 || t.length > MAX_TITLE_LENGTH || /[。；！？，,;!?:：]/.test(t)) return false;
  // A numbered line is a heading, and a line opening with a bracket ("（此件公开发布）") no title.
  if (parseNumbering(t) || /^[（(]/.test(t)) return false;
  // A bracketed note may follow ("（2022年）"), and a kind of paper the type word names (讲话稿, 计划表, 汇报材料).
  const core = t.replace(/[（(][^）)]*[）)]$/, '').replace(/(?<=\p{Script=Han})(?:稿|表|书|材料|提纲)$/u, '');
  const type = TYPE_WORDS.find((w) => core.endsWith(w));
  if (type === undefined) return false;
  // A site's section name ("工作计划", "实施方案", "年度工作总结", "2018-07-21工作计划") names a kind of text, not a text.
  return (
    core
      .slice(0, -type.length)
      .replace(GENERIC_WORDS, '')
      .replace(/[^\p{Script=Han}]/gu, '').length >= 2
  );
}

/** A person's name or post before a speech title's colon ("刘某某同志：在…上的讲话"). */
const SPEAKER = /(?:同志|书记|主任|部长|局长|市长|县长|区长|镇长|乡长|主席|校长|院长|厅长|省长|委员|代表|经理|董事长)$/u;

/**
 * A line as a document's title, or undefined: page labels removed ("…计划（通用15篇）"), a site's
 * section name before a colon dropped ("工作总结：2023年…工作总结汇报"), a speaker kept
 * ("刘某某同志：在…上的讲话" is the title as written).
 */
export function titleText(line: string): { title: string; labels: string[] } | undefined {
  const bare = stripPageLabels(line);
  if (isTitleLike(bare.text)) return { title: tidy(bare.text), labels: bare.labels };
  const colon = /^([^:：]{1,12})[:：]\s*(.+)$/u.exec(bare.text.trim());
  if (!colon || /[:：]/.test(colon[2]!)) return undefined;
  const [, head, rest] = colon as unknown as [string, string, string];
  if (SPEAKER.test(head) && isTitleLike(rest)) return { title: tidy(`${head}：${rest}`), labels: bare.labels };
  const inner = stripPageLabels(rest);
  if (!SPEAKER.test(head) && isTitleLike(inner.text)) return { title: tidy(inner.text), labels: [...bare.labels, `${head}：`, ...inner.labels] };
  return undefined;
}

/** Words that alone before a type word make a section name, not a title. */
const GENERIC_WORDS = /年度|工作|活动|实施|个人|单位|范文|模板|精选|优秀|最新|的|和|及|与/gu;

/**
 * Lines a page leaves above a document's title that are not the document: a site's name or
 * slogan ("AI写作助手"), a section name ("工作计划"), a page label, an ad ("写作神器！立即了解").
 * Short, no sentence inside, no 公文 numbering, no date: such a line is removed when a title
 * follows it within the first lines; otherwise it stays, and no title is taken.
 */
function isLeftoverLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return true;
  if (t.length > 30 || /[。；，,;]/.test(t)) return false;
  if (parseNumbering(t) || /\d{4}\s*年\s*\d{1,2}\s*月/.test(t)) return false;
  return true;
}
/** The first 一、 or 1、/1. of a line, where a title glued to it ends. */
const GLUED_NUMBERING = /(?<=\p{Script=Han})(?:一、|[（(]一[）)]|1[、.．](?!\d))/u;

/** A body's first words, which no title starts with ("为做好…工作计划，…", "根据…"). */
const SENTENCE_OPENING = /^(?:为了?|根据|按照|在|今年|近年|近年来|我们|我|现将|坚持|以|围绕|紧紧|结合|自|随着|当前|目前|通过|贯彻|全面|深入|进一步|认真)/u;
/** Where a title's type word ends in a run-on line. */
const TYPE_END = new RegExp(`(?:${TYPE_WORDS.join('|')})(?:稿|表|书|材料)?`, 'gu');
/** A line that is a title as it stands (nothing glued to it). */
const isTitleLikeWhole = (line: string) => titleText(line) !== undefined && !GLUED_NUMBERING.test(line);

/** How many leftover lines may stand above a title before the search gives up. */
const MAX_LEFTOVER = 8;

export function findTitle(lines: readonly string[], titleLine?: string): TitleResult {
  const edits: DocEdit[] = [];
  const removed: string[] = [];
  const body = lines.map((l) => stripPageMarkers(l).trim()).filter((l) => l.length > 0);
  const runningHeaders: string[] = [];
  const titles: string[] = [];
  const raws: string[] = [];
  if (titleLine !== undefined) {
    titles.push(tidy(titleLine));
    raws.push(titleLine);
  }
  /** The page labels of the lines taken as the title ("（通用15篇）", "范文"). */
  const labels: string[] = [];
  const isTitle = (line: string) => titleText(line) !== undefined;
  /** A line taken as the title: its page labels noted, the title returned. */
  const take = (line: string): string | undefined => {
    const found = titleText(line);
    if (found) labels.push(...found.labels);
    return found?.title;
  };
  // Leftover lines above the title (a site's name, a section, an ad) go, when a title follows.
  if (titles.length === 0) {
    const at = body.slice(0, MAX_LEFTOVER + 1).findIndex((l) => isTitle(l) || !isLeftoverLine(l));
    if (at > 0 && isTitle(body[at]!)) {
      const above = body.splice(0, at);
      removed.push(`标题前的网页残留 ${above.length} 行（“${above.map((l) => l.trim()).join('”“')}”）`);
    }
  }
  // A title glued to what follows it: the first heading ("…工作方案一、指导思想…"), a "_" or
  // brackets a site put around it ("[医院精神文明建设总结]医院的…"), or, in a long run-on line,
  // the text itself ("…情况汇报今年上半年以来，…"), cut after the title's type word.
  const gluedTitle = (line: string): { head: string; rest: string } | undefined => {
    const bracketed = /^[[【]([^\]】]{4,60})[\]】]\s*(.+)$/u.exec(line);
    if (bracketed && isTitle(bracketed[1]!)) return { head: bracketed[1]!, rest: bracketed[2]! };
    const glued = GLUED_NUMBERING.exec(line);
    if (glued && isTitle(line.slice(0, glued.index))) return { head: line.slice(0, glued.index), rest: line.slice(glued.index) };
    const underscore = /^([^_＿]{4,60})[_＿]+(.+)$/u.exec(line);
    if (underscore && isTitle(underscore[1]!)) return { head: underscore[1]!, rest: underscore[2]! };
    if (line.length < 80 || SENTENCE_OPENING.test(line)) return undefined;
    for (const m of line.slice(0, MAX_TITLE_LENGTH + 2).matchAll(TYPE_END)) {
      const end = m.index + m[0].length;
      const rest = line.slice(end);
      if (/^[\p{Script=Han}“]/u.test(rest) && isTitle(line.slice(0, end))) return { head: line.slice(0, end), rest };
    }
    return undefined;
  };
  if (titles.length === 0 && body.length > 0 && !isTitleLikeWhole(body[0]!)) {
    const glued = gluedTitle(body[0]!);
    if (glued) {
      raws.push(glued.head);
      titles.push(take(glued.head)!);
      body[0] = glued.rest.trim();
      edits.push({ kind: 'title', note: '原文标题与正文连在一起，整理时把标题分出。' });
    }
  }
  // Whole lines that are titles.
  while (body.length > 0 && isTitle(body[0]!)) {
    titles.push(take(body[0]!)!);
    raws.push(body.shift()!);
  }
  // A title at the start of a line that runs on into the body.
  if (titles.length === 0 && body.length > 0) {
    const joined = body.join('\n');
    let line = body[0]!;
    const starts: string[] = [];
    // Try each space as the end of a title ("2022 年度……工作计划 2022 年是……": the PDF spaces come first).
    for (let cut = line.indexOf(' '); cut > 0 && cut <= MAX_TITLE_LENGTH * 2; cut = line.indexOf(' ', cut + 1)) {
      const head = line.slice(0, cut);
      const t = isTitleLike(head) ? tidy(head) : take(head);
      if (t === undefined) continue;
      starts.push(t);
      line = line.slice(cut).trimStart();
      cut = 0;
    }
    if (starts.length > 0) {
      for (const s of starts.slice(0, -1)) {
        if (new RegExp(`${escapeRe(s)}\\s*第\\d{1,3}页`).test(joined.replace(/ (?=\d)|(?<=\d) /g, ''))) {
          runningHeaders.push(s);
          removed.push(`页眉“${s}”（及其后的页码）`);
        }
      }
      raws.push(starts.join(' '));
      titles.push(starts[starts.length - 1]!);
      body[0] = line;
      edits.push({ kind: 'title', note: '原文标题与第一段正文连在同一行，整理时把标题分出。' });
    }
  }
  if (titles.length === 0) return { body, runningHeaders, edits, removed };
  // The title again below leftover lines ("工作计划", then "### <title>", then "<title>"): all go.
  const same = (l: string) => tidy(stripPageLabels(l).text) === titles[0];
  const window = body.slice(0, MAX_LEFTOVER);
  const lastRepeat = window.map(same).lastIndexOf(true);
  if (lastRepeat >= 0 && window.slice(0, lastRepeat).every((l) => same(l) || isLeftoverLine(l))) {
    const gone = body.splice(0, lastRepeat + 1);
    const others = gone.filter((l) => !same(l) && l.trim().length > 0);
    removed.push(`重复的标题行 ${gone.length - others.length} 行${others.length > 0 ? `，其间的网页残留“${others.map((l) => l.trim()).join('”“')}”` : ''}`);
  }
  if (labels.length > 0) removed.push(`标题中的网页标签“${[...new Set(labels)].join('”“')}”`);

  let title = titles[0]!;
  const raw = raws.join(' / ');
  const extra = titles.slice(1).filter((t) => t !== title);
  if (titles.length > 1) {
    if (extra.length > 0) {
      edits.push({
        kind: 'title',
        from: raw,
        to: title,
        note: `原文标题处有${titles.length}行；“${extra.map(normalizeTitle).join('”“')}”未作标题，也未收入正文。`,
      });
    } else removed.push(`重复的标题行 ${titles.length - 1} 行`);
  }
  if (/>/.test(raws[0]!)) {
    edits.push({ kind: 'title', from: raws[0]!.trim(), to: title, note: '标题行残留网页符号“>”，已去掉。' });
  }
  // A year that lost its leading digits: "022 年" with "2022年" in the body.
  const short = /^(\d{1,3})年/.exec(title);
  if (short) {
    const text = body.join('').replace(/\s+/g, '');
    const full = [...text.matchAll(/(\d{4})年/g)].map((m) => m[1]!).find((y) => y.endsWith(short[1]!));
    if (full) {
      const to = full + title.slice(short[1]!.length);
      edits.push({
        kind: 'restored-text',
        from: title,
        to,
        note: `标题开头的年份缺了数字，据正文中的“${full}年”补回。`,
      });
      title = to;
    }
  }
  return { title, raw, body, runningHeaders, edits, removed, ...(labels.length > 0 ? { labels: [...new Set(labels)] } : {}) };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
