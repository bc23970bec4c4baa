import Fuse from 'fuse.js';
import { doubleMetaphone } from 'double-metaphone';
import { editDistanceUpTo, editDistanceWithin } from './edit-distance.ts';
import { TYPOS } from '../parameters.ts';
import { asEnglishSpells, frameConsonants, soundEditsWithin, soundFrame, soundSpelling, spellingsOfFirstSound } from './sound-spelling.ts';

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
  /** Each bucket's words by Double Metaphone code, for words spelt as they sound; built on first use. */
  private readonly byCode = new Map<string, Map<string, string[]>>();
  private readonly bySound = new Map<string, Map<string, string[]>>();
  private readonly byFrame = new Map<string, Map<string, string[]>>();
  private readonly heardCache = new Map<string, { word: string; edits: number }[]>();

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
    this.bySound.clear();
    this.byFrame.clear();
    this.heardCache.clear();
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
    // Of those, one spelt as the word sounds ("traking" is "tracking" before "taking"): the slip was of the ear.
    const consonants = consonantsOf(word);
    const vowelSlip = (item: string) => (consonantsOf(item) === consonants ? 0 : 1);
    const sound = soundSpelling(word);
    const soundSlip = (item: string) => (soundSpelling(item) === sound ? 0 : 1);
    hits.sort((a, b) => a.edits - b.edits || vowelSlip(a.item) - vowelSlip(b.item) || soundSlip(a.item) - soundSlip(b.item) || a.score - b.score);
    // A loop, not `map`: optimised, `map` returns holey arrays where unoptimised it returns packed ones.
    const corrections: string[] = [];
    for (let i = 0; i < hits.length && i < 2; i++) corrections.push(hits[i]!.item);
    if (this.cache.size < 10_000) this.cache.set(word, corrections);
    return corrections;
  }

  /**
   * "elecshun", "kambodia", "scanbocks", "dauter": a word spelt as it sounds, too far from the knowledge's spelling
   * for `correct` (three edits, a "k" for a "c", "cks" for "x", a silent "gh" left out). The known words that sound
   * the same (a Double Metaphone code in common) and are spelt near it once both are respelt as they sound
   * (`soundSpelling`: within TYPOS.soundAlikeEdits of the typed word's sound spelling, beginning with the same
   * sound); the closest first, at most two. Names the knowledge lacks must stay unknown, and most sound like some
   * word: hence the narrow bounds ("kevin" is no "given", "turla" no "trial", "kheng" no "kong").
   */
  soundsLike(word: string): string[] {
    return this.heard(word).slice(0, 2).map((h) => h.word);
  }

  private heard(word: string): { word: string; edits: number }[] {
    if (word.length > MAX_WORD || /\d/.test(word)) return [];
    const cached = this.heardCache.get(word);
    if (cached) return cached;
    const sound = soundSpelling(word);
    const allowed = soundAlikeEdits(sound.length);
    const found: { word: string; edits: number }[] = [];
    if (allowed !== undefined && sound.length > 0) {
      const codes = doubleMetaphone(asEnglishSpells(word));
      // The word's main pronunciation first, then its other one.
      for (const code of codes[0] === codes[1] ? [codes[0]] : codes) {
        // A code of one or two sounds ("KS" for "kaseya") fits too many words to tell which was meant, unless the
        // two are spelt the same once respelt as they sound ("sisa" and "cisa", "koad" and "coade").
        const allowedForCode = code.length < TYPOS.soundAlikeMinSounds ? 0 : allowed;
        for (const [first, length] of bucketsNear(word, sound)) {
          for (const candidate of this.codesOf(first, length).get(code) ?? []) {
            if (found.some((f) => f.word === candidate)) continue;
            const respelt = soundSpelling(candidate);
            if (respelt[0] !== sound[0]) continue;
            const edits = soundEditsWithin(sound, respelt, allowedForCode);
            if (edits !== undefined) found.push({ word: candidate, edits });
          }
        }
        if (found.length > 0) break;
      }
      // "comishun" and "commission" are both "komishn", though Double Metaphone hears "ssion" (S) and "shun" (X)
      // apart: a long word spelt exactly as a known one sounds is that word.
      if (found.length === 0 && sound.length >= TYPOS.soundAlikeSameSpellingMin) {
        for (const [first, length] of bucketsNear(word, sound)) {
          for (const candidate of this.soundsOf(first, length).get(sound) ?? []) if (!found.some((f) => f.word === candidate)) found.push({ word: candidate, edits: 0 });
        }
      }
    }
    // The closest sound spelling first; of as close, the one nearest as typed.
    found.sort((a, b) => a.edits - b.edits || Math.abs(a.word.length - word.length) - Math.abs(b.word.length - word.length));
    if (this.heardCache.size < 10_000) this.heardCache.set(word, found);
    return found;
  }

  /**
   * "senit" (the Senate), "sits" (seats), "commotion" (commission): the known words that sound as the word would with
   * other vowels, keeping its consonants and its syllables (`soundFrame`), begun with a letter that spells its first
   * sound and up to TYPOS.soundAlikeLengthSpread letters longer or shorter; none for a frame of fewer than
   * TYPOS.frameMinConsonants consonant letters, which fits too many words. The nearest as typed first, at most two.
   */
  withOtherVowels(word: string): string[] {
    if (word.length > MAX_WORD || /\d/.test(word)) return [];
    const frame = soundFrame(word);
    if (frameConsonants(frame) < TYPOS.frameMinConsonants) return [];
    const sound = soundSpelling(word);
    const found: string[] = [];
    for (const [first, length] of bucketsNear(word, sound)) {
      for (const candidate of this.framesOf(first, length).get(frame) ?? []) if (candidate !== word && !found.includes(candidate)) found.push(candidate);
    }
    // Vowels spelt otherwise cost a slip or two as typed; more, and the word is another word ("stock" is no "stake").
    const allowed = Math.max(TYPOS.longWordEdits, Math.floor(word.length / TYPOS.frameLettersPerEdit));
    // Counted up to three edits; further is "far" (4), which a long word's allowance may still admit.
    const near = found.map((candidate) => ({ candidate, edits: editDistanceUpTo(word, candidate, 3) ?? 4 })).filter(({ edits }) => edits <= allowed);
    near.sort((a, b) => a.edits - b.edits);
    return near.slice(0, 2).map(({ candidate }) => candidate);
  }

  /** One bucket's words by sound frame, built on first use. */
  private framesOf(first: string, length: number): Map<string, string[]> {
    return this.bucketBy(this.byFrame, first, length, (word) => [soundFrame(word)]);
  }

  /** One bucket's words by sound spelling, built on first use. */
  private soundsOf(first: string, length: number): Map<string, string[]> {
    return this.bucketBy(this.bySound, first, length, (word) => [soundSpelling(word)]);
  }

  /** One bucket's words by Double Metaphone code, built on first use: a lookup reads at most nine small buckets. */
  private codesOf(first: string, length: number): Map<string, string[]> {
    return this.bucketBy(this.byCode, first, length, (word) => new Set(doubleMetaphone(asEnglishSpells(word))));
  }

  /** One bucket's words grouped under each of their keys, kept in `cache` once built. */
  private bucketBy(cache: Map<string, Map<string, string[]>>, first: string, length: number, keysOf: (word: string) => Iterable<string>): Map<string, string[]> {
    const bucket = bucketKey(first, length);
    let grouped = cache.get(bucket);
    if (grouped) return grouped;
    grouped = new Map();
    for (const word of this.buckets.get(bucket) ?? []) {
      for (const key of keysOf(word)) {
        const words = grouped.get(key);
        if (words) words.push(word);
        else grouped.set(key, [word]);
      }
    }
    cache.set(bucket, grouped);
    return grouped;
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


function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}

/**
 * The buckets (first letter, length) a sound-alike of `word`, whose sound spelling is `sound`, may be in: begun with
 * any letter that spells its first sound, and up to TYPOS.soundAlikeLengthSpread letters longer or shorter.
 */
function bucketsNear(word: string, sound: string): [first: string, length: number][] {
  const buckets: [string, number][] = [];
  for (const first of spellingsOfFirstSound(sound[0]!)) {
    for (let length = Math.max(3, word.length - TYPOS.soundAlikeLengthSpread); length <= word.length + TYPOS.soundAlikeLengthSpread; length++) buckets.push([first, length]);
  }
  return buckets;
}

/** How many edits a sound-alike's sound spelling may be from one of `length` letters (undefined below the shortest allowed). */
function soundAlikeEdits(length: number): number | undefined {
  let allowed: number | undefined;
  for (const [minLength, edits] of TYPOS.soundAlikeEdits) if (length >= minLength) allowed = edits;
  return allowed;
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
