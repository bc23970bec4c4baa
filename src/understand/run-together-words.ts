import { isEnglishName, isListedWord, zipf } from '../search/word-commonness.ts';
import { RUN_TOGETHER } from '../parameters.ts';
import { insideToken } from './chat-abbreviations.ts';

/**
 * The words a question is shaped by, which a hurried thumb runs into the next word ("whohacked", "howmany",
 * "didthey", "wasthe"): question words, auxiliaries, pronouns and prepositions of three letters or more.
 */
const LEADING_WORDS: readonly string[] = (
  'what which when where whom whose who why how wat did does was were are has have had can could would should will ' +
  'they them their she the this that these those from for with into about after before'
).split(' ');

/**
 * Question words: a name typed onto one ("whatairbreak") is still the question word and the name. Not chat's "wat", which
 * begins everyday words ("watchlist").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'when', 'where', 'whom', 'whose', 'who', 'why', 'how']);

/**
 * Two-letter words run into a word ("inthe", "isit", "dothey"): so many words begin with these letters that they are
 * split off only before another of the words that shape a sentence.
 */
const SHORT_LEADING_WORDS: readonly string[] = 'in on of to is it do by at we he'.split(' ');
const SHAPING_WORDS: ReadonlySet<string> = new Set([...LEADING_WORDS, 'it', 'its', 'they', 'we', 'you', 'he', 'a', 'an', 'any', 'all', 'many', 'much', 'long']);

/**
 * Splits the words a phone ran together with a question word, auxiliary, pronoun or preposition ("whohacked the
 * electioncommission" → "who hacked the electioncommission", "howmany seats"), so that the question is seen for what
 * it asks. Only a word English does not list (nor a form of one: "hashes"), whose rest is a word it lists, no name
 * ("theron" stays), and common enough (RUN_TOGETHER.restMinZipf) to be what was typed, or a name of five letters or
 * more after a question word ("whatairbreak"). Never inside an address, link or file name.
 */
export function splitRunTogetherWords(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (word, at: number, whole: string) => {
    // A digit joins too: "2018hacks" is a token of its own, not a word run into another.
    if (insideToken(whole, at, at + word.length, { digitsJoin: true })) return word;
    const pieces = piecesOf(word.toLowerCase());
    if (!pieces) return word;
    // The asker's capitals are kept on the first piece ("Whohacked" → "Who hacked").
    return word.slice(0, pieces[0]!.length) + ' ' + pieces.slice(1).join(' ');
  });
}

/** The words a word English does not list was typed from, or undefined when it is one word. */
function piecesOf(word: string): string[] | undefined {
  if (isListedWord(word) || isFormOfListedWord(word)) return undefined;
  for (const head of LEADING_WORDS) {
    if (!word.startsWith(head) || word.length - head.length < 3) continue;
    const rest = word.slice(head.length);
    if (isTypedWord(rest)) return [head, rest];
    const more = piecesOf(rest);
    if (more) return [head, ...more];
    if (QUESTION_WORDS.has(head) && rest.length >= RUN_TOGETHER.nameAfterQuestionWordMin) return [head, rest];
  }
  for (const head of SHORT_LEADING_WORDS) {
    if (word.startsWith(head) && SHAPING_WORDS.has(word.slice(head.length))) return [head, word.slice(head.length)];
  }
  return undefined;
}

/** A word English lists, common enough to be what was typed, and no name ("ron", "berra"). */
function isTypedWord(word: string): boolean {
  return SHAPING_WORDS.has(word) || (isListedWord(word) && !isEnglishName(word) && zipf(word) >= RUN_TOGETHER.restMinZipf);
}

/** "hashes", "weaponised": a plural, past or "-ing" form of a listed word, which is one word, not two. */
function isFormOfListedWord(word: string): boolean {
  for (const ending of ['s', 'es', 'd', 'ed', 'ing']) {
    if (word.endsWith(ending) && isListedWord(word.slice(0, -ending.length))) return true;
  }
  return false;
}
