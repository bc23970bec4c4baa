import Fuse from 'fuse.js';
import { doubleMetaphone } from 'double-metaphone';
import { editDistanceWithin } from './edit-distance.ts';
import { TYPOS } from '../parameters.ts';

/** Fuse's bitap pattern is at most 32 characters; a longer "word" is noise, not a typo. */
const MAX_WORD = 32;

/**
 * Corrects misspelt words against the knowledge base's own vocabulary with fuse.js, so "electon
 * comission" finds "election commission". fuse.js proposes candidates; a candidate is accepted only
 * within one edit (words up to five letters) or two (longer words), and with the same first letter.
 *
 * The vocabulary is split by first letter and length, and fuse.js searches only the few buckets a
 * correction could come from, so a vocabulary of 100,000 words costs about what 1,000 do.
 */
export class TypoCorrector {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string[]>();
  /** The vocabulary by length, then Double Metaphone code, for words spelt as they sound; each length built on first use. */
  private readonly byCode = new Map<number, Map<string, string[]>>();

  constructor(vocabulary: Iterable<string>) {
    this.add(vocabulary);
  }

  /**
   * Adds words to the vocabulary, before the first correction: a reload adds each batch of a new index's
   * vocabulary as it arrives from the worker, rather than 100,000 words in one go.
   */
  add(vocabulary: Iterable<string>): void {
    for (const word of vocabulary) {
      if (word.length < 3 || word.length > MAX_WORD || /\d/.test(word)) continue;
      const key = bucketKey(word[0]!, word.length);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(word);
      else this.buckets.set(key, [word]);
    }
    this.byCode.clear();
  }

  /**
   * Adds the words not held yet (the synonym groups' words, many of which the index has too), before the
   * first correction: a word held twice could fill both of a correction's two places.
   */
  addMissing(words: Iterable<string>): void {
    const missing: string[] = [];
    for (const word of words) {
      if (!(this.buckets.get(bucketKey(word[0] ?? '', word.length))?.includes(word) ?? false) && !missing.includes(word)) missing.push(word);
    }
    this.add(missing);
  }

  /** Up to two known words the unknown word was probably meant to be, best first. */
  correct(word: string): string[] {
    if (word.length < 4 || word.length > MAX_WORD || /\d/.test(word)) return [];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const allowed = word.length <= TYPOS.shortWordMax ? TYPOS.shortWordEdits : TYPOS.longWordEdits;
    const hits: { item: string; edits: number; score: number }[] = [];
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      for (const hit of this.fuseFor(word[0]!, length)?.search(word, { limit: 6 }) ?? []) {
        if (!editDistanceWithin(word, hit.item, allowed)) continue;
        hits.push({ item: hit.item, edits: allowed === 1 || editDistanceWithin(word, hit.item, 1) ? 1 : allowed, score: hit.score ?? 1 });
      }
    }
    // Bitap scores a swap of two letters ("gruop", "chnage") as two errors and misses some dropped letters
    // ("chna"), and returns only a few of many equally close short words ("reed" found "red" but not "read"),
    // so the words one letter shorter, as long and one longer are also checked for exactly one edit directly.
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const candidate of this.buckets.get(bucketKey(word[0]!, length)) ?? []) {
        if (!hits.some((hit) => hit.item === candidate) && editDistanceWithin(word, candidate, 1)) hits.push({ item: candidate, edits: 1, score: 1 });
      }
    }
    // Two swaps ("eelctoin" for "election") are four errors to bitap: when it finds nothing for a long word,
    // the words up to two letters shorter or longer are checked for two edits directly.
    if (hits.length === 0 && allowed > 1) {
      for (let length = word.length - allowed; length <= word.length + allowed; length++) {
        for (const candidate of this.buckets.get(bucketKey(word[0]!, length)) ?? []) {
          if (editDistanceWithin(word, candidate, allowed)) hits.push({ item: candidate, edits: allowed, score: 1 });
        }
      }
    }
    // The fewest edits first: one slip of the fingers is likelier than two, whatever bitap's score says. Of as
    // few, a word with the same consonants first: a vowel is the likeliest letter to get wrong ("seets" is
    // "seats" before "sees" or "seems").
    const consonants = consonantsOf(word);
    const vowelSlip = (item: string) => (consonantsOf(item) === consonants ? 0 : 1);
    hits.sort((a, b) => a.edits - b.edits || vowelSlip(a.item) - vowelSlip(b.item) || a.score - b.score);
    // A loop, not `map`: optimised, `map` returns holey arrays where unoptimised it returns packed ones.
    const corrections: string[] = [];
    for (let i = 0; i < hits.length && i < 2; i++) corrections.push(hits[i]!.item);
    if (this.cache.size < 10_000) this.cache.set(word, corrections);
    return corrections;
  }

  /**
   * "elecshun", "chanj", "kambodia": a word spelt as it sounds, too far from the knowledge's spelling for
   * `correct` (three edits, or another first letter). The known words that sound the same (a Double Metaphone
   * code in common) within TYPOS.soundAlikeEdits edits, the closest first, at most two.
   */
  soundsLike(word: string): string[] {
    if (word.length < TYPOS.soundAlikeMinLength || word.length > MAX_WORD || /\d/.test(word)) return [];
    // The word's main pronunciation first: "chanj" sounds like "change" before, by its other code, "china".
    for (const code of doubleMetaphone(word)) {
      // A code of one or two sounds ("KS" for "kaseya") fits too many words to tell which was meant.
      if (code.length < TYPOS.soundAlikeMinSounds) continue;
      const sameSound: string[] = [];
      for (let length = word.length - 1; length <= word.length + 1; length++) sameSound.push(...(this.codesOfLength(length).get(code) ?? []));
      const found: string[] = [];
      for (let edits = 1; edits <= TYPOS.soundAlikeEdits && found.length < 2; edits++) {
        for (const candidate of sameSound) {
          if (found.length < 2 && !found.includes(candidate) && editDistanceWithin(word, candidate, edits)) found.push(candidate);
        }
      }
      if (found.length > 0) return found;
    }
    return [];
  }

  private codesOfLength(length: number): Map<string, string[]> {
    let byCode = this.byCode.get(length);
    if (byCode) return byCode;
    byCode = new Map();
    for (const [key, bucket] of this.buckets) {
      if (Number(key.slice(1)) !== length) continue;
      for (const word of bucket) {
        for (const code of new Set(doubleMetaphone(word))) {
          const words = byCode.get(code);
          if (words) words.push(word);
          else byCode.set(code, [word]);
        }
      }
    }
    this.byCode.set(length, byCode);
    return byCode;
  }

  /**
   * "mlc something", "scan something": the known words that begin with what the asker remembered of a name,
   * when there are at most `limit` of them (more, and the beginning names nothing in particular).
   */
  completions(prefix: string, limit: number): string[] {
    if (prefix.length < 3 || /\d/.test(prefix)) return [];
    const found: string[] = [];
    for (let length = prefix.length + 1; length <= MAX_WORD; length++) {
      for (const word of this.buckets.get(bucketKey(prefix[0]!, length)) ?? []) {
        if (!word.startsWith(prefix)) continue;
        if (found.length === limit) return [];
        found.push(word);
      }
    }
    return found;
  }

  /** Built on first use: most buckets are never needed. */
  private fuseFor(first: string, length: number): Fuse<string> | undefined {
    const key = bucketKey(first, length);
    let fuse = this.fuses.get(key);
    if (!fuse) {
      const words = this.buckets.get(key);
      if (!words) return undefined;
      fuse = new Fuse(words, { includeScore: true, threshold: TYPOS.fuseThreshold, ignoreLocation: true, minMatchCharLength: 3 });
      this.fuses.set(key, fuse);
    }
    return fuse;
  }
}

/** Whether two words have a pronunciation in common, by their Double Metaphone codes ("chanj" and "change"). */
export function soundTheSame(a: string, b: string): boolean {
  const [aPrimary, aSecondary] = doubleMetaphone(a);
  const bCodes = doubleMetaphone(b);
  return bCodes.includes(aPrimary) || bCodes.includes(aSecondary);
}

function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
