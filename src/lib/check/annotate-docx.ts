/**
 * 下载批注版 for an opened .docx: the drafter's own file back, unchanged but for a Word comment on
 * each finding's passage (word/comments.xml, its relationship and content type added when the file
 * has none; existing comments are kept). Runs are split at the passage's ends so the comment
 * covers exactly it; a passage not in the paragraph's text (a number Word draws itself) gets the
 * comment on the whole paragraph.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface DocxComment {
  /** The paragraph's text as the check read it (to find the paragraph). */
  line: string;
  /** The passage, and its offset in `line`. */
  text: string;
  start: number;
  comment: string;
}

type El = Element;

const squeeze = (s: string) => s.replace(/\s+/g, '');

function elements(parent: Node, ns: string, name: string): El[] {
  return Array.from((parent as El).getElementsByTagNameNS(ns, name) as unknown as ArrayLike<El>);
}

/** A paragraph's text runs: each w:t with its run and its offset in the paragraph's text. */
function textRuns(p: El): { t: El; r: El; from: number }[] {
  const out: { t: El; r: El; from: number }[] = [];
  let pos = 0;
  for (const t of elements(p, W, 't')) {
    const r = t.parentNode as El;
    // Text of deleted revisions (w:del) is not what the reader sees.
    if (r.parentNode && (r.parentNode as El).localName === 'del') continue;
    out.push({ t, r, from: pos });
    pos += (t.textContent ?? '').length;
  }
  return out;
}

/** Splits the run holding w:t `t` at `offset` (in t's text), both halves keeping the run's formatting. */
function splitRun(t: El, offset: number): void {
  const r = t.parentNode as El;
  const text = t.textContent ?? '';
  const copy = r.cloneNode(true) as El;
  r.parentNode!.insertBefore(copy, r.nextSibling);
  const t2 = elements(copy, W, 't').find((x) => x.textContent === text)!;
  t.textContent = text.slice(0, offset);
  t2.textContent = text.slice(offset);
  t.setAttribute('xml:space', 'preserve');
  t2.setAttribute('xml:space', 'preserve');
}

/** Adds comments to a .docx (bytes in, bytes out). */
export async function annotateDocx(bytes: Uint8Array, comments: readonly DocxComment[], author = '起草自查'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parser = new DOMParser();
  const xml = (s: string) => parser.parseFromString(s, 'text/xml') as unknown as Document;
  const doc = xml(await zip.file('word/document.xml')!.async('string'));
  const paragraphs = elements(doc, W, 'p');
  const texts = paragraphs.map((p) =>
    textRuns(p)
      .map((x) => x.t.textContent ?? '')
      .join(''),
  );

  const commentsPath = 'word/comments.xml';
  const existing = zip.file(commentsPath);
  const cdoc = existing ? xml(await existing.async('string')) : xml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"/>`);
  let nextId = Math.max(-1, ...elements(cdoc, W, 'comment').map((c) => Number(c.getAttributeNS(W, 'id') ?? c.getAttribute('w:id')) || 0)) + 1;
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  let cursor = 0;
  for (const c of comments) {
    // The paragraph: from where the last comment went, one whose text holds the passage and fits the line.
    const line = squeeze(c.line);
    const order = [...paragraphs.keys()].slice(cursor).concat([...paragraphs.keys()].slice(0, cursor));
    const fits = (i: number) => {
      const t = squeeze(texts[i]!);
      return t !== '' && (line.includes(t) || t.includes(line));
    };
    let index = order.find((i) => fits(i) && texts[i]!.includes(c.text)) ?? order.find(fits) ?? order.find((i) => texts[i]!.includes(c.text));
    if (index === undefined) index = Math.min(cursor, paragraphs.length - 1);
    cursor = index;
    const p = paragraphs[index]!;
    const runs = textRuns(p);
    const text = texts[index]!;
    // The occurrence nearest to where the line has it (the line may start with a number Word draws).
    let at = -1;
    const shift = Math.max(0, c.line.indexOf(text.slice(0, 8)));
    for (let i = text.indexOf(c.text); i >= 0; i = text.indexOf(c.text, i + 1)) {
      if (at < 0 || Math.abs(i + shift - c.start) < Math.abs(at + shift - c.start)) at = i;
    }
    const id = String(nextId++);
    const start = doc.createElementNS(W, 'w:commentRangeStart');
    start.setAttributeNS(W, 'w:id', id);
    const end = doc.createElementNS(W, 'w:commentRangeEnd');
    end.setAttributeNS(W, 'w:id', id);
    const ref = doc.createElementNS(W, 'w:r');
    const refMark = doc.createElementNS(W, 'w:commentReference');
    refMark.setAttributeNS(W, 'w:id', id);
    ref.appendChild(refMark);
    if (at >= 0 && runs.length) {
      const to = at + c.text.length;
      // Split at the end first, so the start's offsets stay valid.
      const last = runs.filter((x) => x.from < to).at(-1)!;
      if (to - last.from < (last.t.textContent ?? '').length) splitRun(last.t, to - last.from);
      const first = textRuns(p)
        .filter((x) => x.from <= at)
        .at(-1)!;
      let startRun = first.r;
      if (at > first.from) {
        splitRun(first.t, at - first.from);
        startRun = first.r.nextSibling as El;
      }
      const endRun = textRuns(p).find((x) => x.from + (x.t.textContent ?? '').length === to)?.r ?? last.r;
      startRun.parentNode!.insertBefore(start, startRun);
      endRun.parentNode!.insertBefore(end, endRun.nextSibling);
      end.parentNode!.insertBefore(ref, end.nextSibling);
    } else {
      // The whole paragraph: after its properties, before its content.
      const pPr = elements(p, W, 'pPr').find((x) => x.parentNode === p);
      p.insertBefore(start, pPr ? pPr.nextSibling : p.firstChild);
      p.appendChild(end);
      p.appendChild(ref);
    }
    texts[index] = textRuns(p)
      .map((x) => x.t.textContent ?? '')
      .join('');

    const comment = cdoc.createElementNS(W, 'w:comment');
    comment.setAttributeNS(W, 'w:id', id);
    comment.setAttributeNS(W, 'w:author', author);
    comment.setAttributeNS(W, 'w:initials', '自查');
    comment.setAttributeNS(W, 'w:date', date);
    for (const lineText of c.comment.split('\n')) {
      const cp = cdoc.createElementNS(W, 'w:p');
      const cr = cdoc.createElementNS(W, 'w:r');
      const ct = cdoc.createElementNS(W, 'w:t');
      ct.setAttribute('xml:space', 'preserve');
      ct.textContent = lineText;
      cr.appendChild(ct);
      cp.appendChild(cr);
      comment.appendChild(cp);
    }
    cdoc.documentElement.appendChild(comment);
  }

  const serialize = (d: Document) => new XMLSerializer().serializeToString(d as unknown as Node);
  zip.file('word/document.xml', serialize(doc));
  zip.file(commentsPath, serialize(cdoc));
  if (!existing) {
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = xml(await zip.file(relsPath)!.async('string'));
    const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const ids = elements(rels, R, 'Relationship').map((r) => r.getAttribute('Id') ?? '');
    let n = ids.length + 1;
    while (ids.includes(`rId${n}`)) n++;
    const rel = rels.createElementNS(R, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', REL);
    rel.setAttribute('Target', 'comments.xml');
    rels.documentElement.appendChild(rel);
    zip.file(relsPath, serialize(rels));
    const typesPath = '[Content_Types].xml';
    const types = xml(await zip.file(typesPath)!.async('string'));
    const T = 'http://schemas.openxmlformats.org/package/2006/content-types';
    if (!elements(types, T, 'Override').some((o) => o.getAttribute('PartName') === '/word/comments.xml')) {
      const o = types.createElementNS(T, 'Override');
      o.setAttribute('PartName', '/word/comments.xml');
      o.setAttribute('ContentType', COMMENTS_TYPE);
      types.documentElement.appendChild(o);
      zip.file(typesPath, serialize(types));
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
