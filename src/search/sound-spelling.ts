import { editDistanceWithin } from './edit-distance.ts';

/**
 * A word respelt as it sounds, for comparing a word typed by ear with the knowledge's spelling: English writes
 * one sound many ways, and each way counts as one or more slips to an edit distance ("scanbocks" is three from
 * "scanbox", "dauter" two from "daughter", "comishun" four from "commission"), though the asker made none in
 * what they heard. Unlike a phonetic code (Double Metaphone keeps consonants only), the vowels stay: a code
 * says two words may sound alike, the distance between their sound spellings says how near they are.
 *
 * The rules are the common ways English spells one sound, nothing more: "ph" is "f", a "gh" after a letter is
 * silent ("daughter", "rights"), as is an "h" after "b" or "d" in a romanised name ("licadho"), "oo" is "u"
 * ("shoo", "shu"), "aw" and "au" before a consonant are "o" ("mohawk", "mohok"), a final "oe" is "o", "gn" is "n" ("foreign", "campaign"), "tion", "sion", "cian" and "shun" are
 * "shn", "ck", "kh", "q" and a hard "c" are "k", a soft "c" and a "z" are "s", "x" is "ks", a "y" after the first
 * letter is "i", a doubled letter is one, and a silent final "e" after a consonant goes. Both words of a
 * comparison are respelt the same way, so a rule that is wrong for some word costs nothing unless it makes two
 * different words alike.
 */
export function soundSpelling(word: string): string {
  return asEnglishSpells(word)
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/^wh/, 'w')
    .replace(/ph/g, 'f')
    .replace(/(?<=.)gh/g, '')
    .replace(/(?<=[bd])h/g, '')
    .replace(/oo/g, 'u')
    .replace(/a[uw](?![aeiou])/g, 'o')
    .replace(/oe$/, 'o')
    .replace(/gn/g, 'n')
    .replace(/(?:s?s|t|c)i[oa]n|sh[uoe]n/g, 'shn')
    .replace(/tch/g, 'ch')
    .replace(/ck|kh|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/z/g, 's')
    .replace(/(?<=.)y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[^aeiou])e$/, '');
}

/**
 * A word with the spellings of Chinese names in pinyin written as English spells their sounds: an "x" that begins a
 * syllable before a vowel ("xiandun", "xiaoyang") is "sh", "zh" ("zhu") is "j" and a "q" before "i" ("qingmin") "ch";
 * so "shandun", "joo" and "chingmin", typed as heard, sound as the names do, to Double Metaphone too. English begins
 * few words with "x" or spells "zh" or "qi" at all, so its own words keep their sound.
 */
export function asEnglishSpells(word: string): string {
  if (!word.includes('x') && !word.includes('q') && !word.includes('zh')) return word;
  return word.replace(/^x(?=[aeiou])/, 'sh').replace(/zh/g, 'j').replace(/q(?=i)/g, 'ch');
}

/**
 * A word's sound spelling with each run of vowels written as one "a": its consonants and its syllables, which an ear
 * keeps while the vowels are what it spells most freely ("senit" and "senate" are both "sanat", "sits" and "seats"
 * "sats", "commotion" and "commission" "kamashn"; "sent" is "sant").
 */
export function soundFrame(word: string): string {
  return soundSpelling(word).replace(/[aeiouy]+/g, 'a');
}

/** How many consonant letters a sound frame holds: a frame of few fits too many words to tell which was meant. */
export function frameConsonants(frame: string): number {
  let count = 0;
  for (const c of frame) if (c !== 'a') count++;
  return count;
}

/** How far apart two words are once both are respelt as they sound: 0 when they sound and spell alike. */
export function soundDistance(a: string, b: string): number {
  return soundEditsWithin(soundSpelling(a), soundSpelling(b), MAX_SOUND_DISTANCE) ?? Infinity;
}

/** The edits between two sound spellings when at most `max`, else undefined. */
export function soundEditsWithin(a: string, b: string, max: number): number | undefined {
  for (let edits = 0; edits <= max; edits++) if (editDistanceWithin(a, b, edits)) return edits;
  return undefined;
}

/** Sound spellings further apart than this are only "far": no reading weighs a distance beyond it. */
const MAX_SOUND_DISTANCE = 3;

/** The first letters a word can be spelt with when its sound spelling begins with `sound`. */
export function spellingsOfFirstSound(sound: string): readonly string[] {
  return FIRST_SPELLINGS[sound] ?? [sound];
}

/**
 * "f" may be spelt "ph", a "k" sound "c" or "q", an "s" sound "c" or "z", an "n" "kn", an "r" "wr"; in pinyin a "sh"
 * sound "x", a "ch" sound "q" and a "j" sound "zh".
 */
const FIRST_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  c: ['c', 'q'],
  f: ['f', 'p'],
  j: ['j', 'z'],
  k: ['k', 'c', 'q'],
  s: ['s', 'c', 'z', 'x'],
  n: ['n', 'k'],
  r: ['r', 'w'],
};
