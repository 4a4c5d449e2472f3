/**
 * Rule: remove the pinyin a broken 繁简 converter wrote after characters it converted:
 * "社區(qū)精神文明建設(shè)" → "社區精神文明建設". A gloss is one pinyin syllable in parentheses
 * (ASCII or full-width, in any pairing) right after a Han character. A syllable with a tone mark
 * (qū, shè) is the converter's trace; the rule acts only when a text holds at least
 * MIN_TONED_GLOSSES of them, so an author's single reading note ("曝(pù)光") stays. Once the
 * converter is proven, a toneless gloss goes too, but only a syllable read in the neutral tone
 * (的(de), 们(men)): a unit or a letter (时长(min), 条(a)) is not one. Latin text in parentheses
 * that is not one pinyin syllable stays: 世界卫生组织(WHO), (PPT), （A）类, (2), 处理(digital signal processing).
 */

/** Tone-marked vowels (and ü, which a gloss writes for lü, nü). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const VOWELS = `aeiouüv${TONED}`;
/** One lowercase pinyin syllable: an optional initial, the vowels, an optional final n/ng/r. */
const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[${VOWELS}]{1,3}(?:ng|n|r)?$`, 'u');
const GLOSS = new RegExp(`(\\p{Script=Han})[(（]([a-z${TONED}ü]{1,6})[)）]`, 'gu');
const HAS_TONE = new RegExp(`[${TONED}]`, 'u');
/** Syllables read in the neutral tone (written without a mark): particles, suffixes, complements. */
const NEUTRAL = new Set([
  'de',
  'le',
  'me',
  'ne',
  'ma',
  'ba',
  'ya',
  'la',
  'wa',
  'na',
  'zi',
  'men',
  'zhe',
  'guo',
  'tou',
  'li',
  'shang',
  'xia',
  'lai',
  'qu',
  'mo',
]);

/** How many tone-marked glosses prove the converter (one could be an author's reading note). */
const MIN_TONED_GLOSSES = 2;

export interface GlossResult {
  text: string;
  /** Glosses removed. */
  count: number;
  /** The first few as they stood, character and gloss ("區(qū)"). */
  examples: string[];
}

function isGloss(syllable: string): boolean {
  return SYLLABLE.test(syllable) && (HAS_TONE.test(syllable) || NEUTRAL.has(syllable));
}

/** Removes the converter's pinyin glosses, when the text proves them (see the module comment). */
export function removePinyinGlosses(text: string): GlossResult {
  let toned = 0;
  for (const m of text.matchAll(GLOSS)) if (HAS_TONE.test(m[2]!) && SYLLABLE.test(m[2]!)) toned++;
  if (toned < MIN_TONED_GLOSSES) return { text, count: 0, examples: [] };
  let count = 0;
  const examples: string[] = [];
  const out = text.replace(GLOSS, (whole, ch: string, syllable: string) => {
    if (!isGloss(syllable)) return whole;
    count++;
    if (examples.length < 3 && !examples.includes(whole)) examples.push(whole);
    return ch;
  });
  return { text: out, count, examples };
}
