import { editDistanceWithin } from '../search/edit-distance.ts';
import { isListedWord } from '../search/word-commonness.ts';

/**
 * The words that shape how a message is read: question words, auxiliaries and the words of hedges and
 * requests. A slip in one ("whih", "shoukd", "whree", "besiides") hides that a sentence is a question, or what
 * it asks, from every rule after it; search mends slips later, but only in the words it searches for.
 */
const FUNCTION_WORDS: readonly string[] = (
  'which what when where whom whose why how should would could does did were was have has had anyone anybody ' +
  'someone somebody sorry please thanks about because besides they their there them these those this that with'
).split(' ');

/**
 * "what dos murkytop do", "how dose it spread": "does" slipped into a word English lists, which the rule below
 * keeps; right after a question word it is "does", unless written as the attack ("DoS") or naming one ("what dos
 * attack…", "which dos tool…").
 */
const DOES_SLIP = /\b(what|how|where|when|why|who|which)\s+(dos|dose)\b(?!\s+(?:attacks?|tools?|floods?)\b)/gi;
const mendDoes = (typed: string, asking: string, word: string) => (word === 'DoS' || word === 'DOS' ? typed : `${asking} does`);

/**
 * "how manny diplomats…", "how mny servers…": "many" slipped after "how", into a name English lists ("Manny") or a
 * form too short for the rule below. Only right after "how", where no name or other word fits.
 */
const HOW_MANY_SLIP = /\b(how)\s+(?:manny|mny|mamy|manyy)\b/gi;

/**
 * "how long has apt 40 ben active", "have they ben hacking since": "been" with a letter dropped, a few words after
 * the auxiliary it goes with and before what it joins (a participle or a state). "Ben" is also a name the sources
 * quote (Ben Read), which these words do not follow ("has anyone asked ben about it", "has ben read said…").
 */
const BEEN_SLIP =
  /\b(has|have|had|having|'ve)((?:\s+[\p{L}\d.]+){0,3}?)\s+(?:ben|benn)\b(?!\s+read\b)(?=\s+(?:\p{L}+(?:ing|ed)|active|around|able|behind|busy|hit|caught|done|seen|known|there|up|so|very|really|still|ever|never)\b)/giu;

/**
 * Mends a word English does not list when it is one slip (a letter dropped, added, changed or two swapped)
 * from exactly one of the function words; words of three letters or fewer, and anything listed, are kept, but
 * for "dos" and "dose" after a question word and "ben" after an auxiliary (above).
 */
export function mendFunctionWordSlips(text: string): string {
  return text.replace(DOES_SLIP, mendDoes).replace(HOW_MANY_SLIP, '$1 many').replace(BEEN_SLIP, '$1$2 been').replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (isListedWord(lower)) return word;
    let mended: string | undefined;
    for (const candidate of FUNCTION_WORDS) {
      if (!editDistanceWithin(lower, candidate, 1)) continue;
      if (mended) return word;
      mended = candidate;
    }
    return mended ?? word;
  });
}
