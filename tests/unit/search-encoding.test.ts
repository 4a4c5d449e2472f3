import { describe, expect, it } from 'vitest';
import { usesUnigramIndex, MAX_QUERY_LENGTH, decodeContent, encodeBlock, findInBlock, fold, parseQuery, toPagefindQuery } from '../../src/lib/search/encoding';

/** Pagefind's own word normalisation (fossick/splitting.rs): keep alphanumerics, lowercase. */
function pagefindKey(word: string): string {
  return Array.from(word)
    .filter((c) => /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u.test(c))
    .join('')
    .toLowerCase();
}

/** Word positions where a quoted phrase of keys occurs consecutively, as Pagefind checks it. */
function phraseHits(encoded: string, query: string): number[] {
  const keys = encoded.split(' ').map(pagefindKey);
  const q = query.replace(/^"|"$/g, '').split(' ').map(pagefindKey);
  const hits: number[] = [];
  for (let i = 0; i + q.length <= keys.length; i++) if (q.every((w, j) => keys[i + j] === w)) hits.push(i);
  return hits;
}

const TEXT = '围绕举旗帜、聚民心、育新人的使命任务，以学铸魂，安装LED显示屏15 分钟。2022年';

describe('fold', () => {
  it('folds full-width forms and removes whitespace and line breaks', () => {
    expect(fold('（一）１５ 分钟，\n以学\u3000铸魂')).toBe('(一)15分钟,以学铸魂');
  });
});

describe('encodeBlock', () => {
  it('writes one bigram per character, the last one paired with the end mark', () => {
    const words = encodeBlock('以学铸魂').split(' ');
    expect(words).toHaveLength(4);
    expect(words.slice(0, 3).map(pagefindKey)).toEqual(['以学', '学铸', '铸魂']);
    expect(Array.from(words[3]!)[0]).toBe('魂');
  });
  it('keeps every word a pair of alphanumeric units, so Pagefind keeps punctuation stand-ins', () => {
    for (const w of encodeBlock(TEXT).split(' ')) expect(Array.from(pagefindKey(w))).toHaveLength(2);
  });
  it('keeps a written full-width mark only in front of its stand-in, where Pagefind drops it from the word', () => {
    const words = encodeBlock('任务，以学').split(' ');
    expect(words[2]!.startsWith('，')).toBe(true);
    expect(pagefindKey(words[2]!)).toBe(pagefindKey(encodeBlock('任务,以学').split(' ')[2]!));
  });
  it('returns an empty string for a block without text', () => {
    expect(encodeBlock(' \n ')).toBe('');
  });
});

describe('parseQuery', () => {
  it('keeps punctuation inside a phrase: 举旗帜、聚民心 is not 举旗帜聚民心', () => {
    const enc = encodeBlock(TEXT);
    const withComma = toPagefindQuery(parseQuery('举旗帜、聚民心'))!;
    const without = toPagefindQuery(parseQuery('举旗帜聚民心'))!;
    expect(phraseHits(enc, withComma)).toEqual([2]);
    expect(phraseHits(enc, without)).toEqual([]);
    expect(phraseHits(encodeBlock('举旗帜聚民心'), without)).toEqual([0]);
  });
  it('folds width and spaces in the text: 15分钟, １５分钟 and "LED" in any case', () => {
    const enc = encodeBlock(TEXT);
    expect(phraseHits(enc, toPagefindQuery(parseQuery('15分钟'))!)).toHaveLength(1);
    expect(phraseHits(enc, toPagefindQuery(parseQuery('１５分钟'))!)).toHaveLength(1);
    expect(phraseHits(enc, toPagefindQuery(parseQuery('led显示屏'))!)).toHaveLength(1);
    expect(phraseHits(enc, toPagefindQuery(parseQuery('2022年'))!)).toHaveLength(1);
    expect(phraseHits(enc, toPagefindQuery(parseQuery('任务,以学'))!)).toHaveLength(1);
  });
  it('splits on spaces (also U+3000) into terms that must all occur', () => {
    const q = parseQuery(' 以学铸魂\u3000 举旗帜 ');
    expect(q.terms.map((t) => t.text)).toEqual(['以学铸魂', '举旗帜']);
  });
  it('drops duplicate terms and terms inside longer ones', () => {
    expect(parseQuery('以学 以学铸魂 以学').terms.map((t) => t.text)).toEqual(['以学铸魂']);
  });
  it('searches one character as a prefix, two as one bigram, longer terms as quoted phrases', () => {
    expect(parseQuery('魂').terms[0]!.pagefind).toBe('魂');
    expect(parseQuery('铸魂').terms[0]!.pagefind).toBe('铸魂');
    expect(parseQuery('以学铸魂').terms[0]!.pagefind).toBe('"以学 学铸 铸魂"');
  });
  it('reads ASCII and Chinese double quotes as one mark, in the query and in the indexed text', () => {
    expect(fold('建设"15分钟"')).toBe(fold('建设“15分钟”'));
    const chinese = toPagefindQuery(parseQuery('建设“15分钟”'))!;
    expect(toPagefindQuery(parseQuery('建设"15分钟"'))).toBe(chinese);
    // As Pagefind keys them, the query's bigrams are a run of the block's, whichever quotes the
    // text wrote (the index keeps the written mark in front of a word; Pagefind drops it).
    const keys = (s: string) => s.replace(/"/g, '').split(' ').map(pagefindKey).join(' ');
    expect(keys(encodeBlock('按要求建设"15分钟"服务圈'))).toContain(keys(chinese));
    expect(keys(encodeBlock('按要求建设“15分钟”服务圈'))).toContain(keys(chinese));
  });

  it('ignores quotes typed around a term', () => {
    expect(parseQuery('"以学铸魂"').terms[0]!.text).toBe('以学铸魂');
  });
  it(`trims queries longer than ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const q = parseQuery('文'.repeat(MAX_QUERY_LENGTH + 20));
    expect(q.trimmed).toBe(true);
    expect(Array.from(q.input)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseQuery('以学铸魂').trimmed).toBe(false);
  });
  it('returns no terms (browse) for an empty query', () => {
    expect(parseQuery('   ').terms).toEqual([]);
    expect(toPagefindQuery(parseQuery(''))).toBeNull();
  });
});

describe('usesUnigramIndex', () => {
  it('is true when a term is one character, also one letter or digit', () => {
    expect(usesUnigramIndex('魂')).toBe(true);
    expect(usesUnigramIndex('以学铸魂 育')).toBe(true);
    // A character inside another term adds nothing and is dropped (parseQuery).
    expect(usesUnigramIndex('以学铸魂 魂')).toBe(false);
    expect(usesUnigramIndex('a')).toBe(true);
    expect(usesUnigramIndex('以学铸魂 15分钟')).toBe(false);
    expect(usesUnigramIndex('  ')).toBe(false);
  });
});

describe('decodeContent', () => {
  it('restores the text of each block with word positions, also after Pagefind appends "."', () => {
    const a = encodeBlock('一、总体要求');
    const b = encodeBlock('围绕举旗帜、聚民心，安装LED（显示屏）。');
    // Pagefind appends "." to a block that does not end in punctuation.
    const content = `${a}. ${b}`;
    const blocks = decodeContent(content);
    expect(blocks.map((x) => x.chars.join(''))).toEqual(['一、总体要求', '围绕举旗帜、聚民心，安装LED（显示屏）。']);
    expect(blocks[1]!.start).toBe(6);
  });
  it('finds terms in decoded blocks by folded comparison', () => {
    const [block] = decodeContent(encodeBlock('安装LED显示屏，共15 分钟'));
    expect(findInBlock(block!, 'led')).toEqual([2]);
    expect(findInBlock(block!, '屏,共')).toEqual([7]);
    expect(findInBlock(block!, '15分钟')).toEqual([10]);
  });
  it('keeps unusual symbols for display', () => {
    const [block] = decodeContent(encodeBlock('温度♥高'));
    expect(block!.chars.join('')).toBe('温度♥高');
  });
});
