import { editDistanceWithin } from './edit-distance.ts';
import { isListedWord } from './word-commonness.ts';

/**
 * Words that say how a question is asked, not what it is about. They are ignored by search, so
 * "tell me about the NEC" and "NEC" look for the same thing. Kept short on purpose: a word here can
 * never be searched for. "explained" and "explanation" ask for an explanation as "explain" does ("eviltech explained?"). "mid" is the part of a year or month ("the mid-2018 vote"), not a topic; "afterwards" and
 * "subsequently" say only that something came later, which the rest of the question says of what; "compared" (with "vs")
 * says that two things are set side by side, which the two things say.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any anyone anything are aren as at be because been before
   being below between both but by can could couldn did didn do does doesn doing don done down during each either
   else ever every few for from further get gets getting give go goes going gone got had hadn has hasn have haven
   having he her here hers herself him himself his how however i if in into is isn it its itself just know let like
   ll me might mine more most much must my myself need no nor not now of off on once one only or other our ours
   ourselves out over own please kindly re really said same say says see seem she should shouldn so some such tell than
   thank thanks that the their theirs them themselves then there these they thing things this those though through
   to too under until up upon us ve very via want was wasn way we were weren what whats thats theres whos when where whether which
   while who whom whose why will with within without won would wouldn yes yet you your yours yourself yourselves
   hey hi hello ok okay info information explain explained explanation explanations details detail describe summarise summarize outline anybody somebody someone something
   kind kinds sort sorts type types category categories lot lots many much good best better bad way ways right true real really actually exactly maybe
   actual exact specific specifically particular
   stand stands short vs versus compare compared compares comparing comparison wants wanted wanting needs needed needing
   among amongst ones onto toward towards everyone everybody around
   supposedly allegedly reportedly apparently presumably basically literally seriously honestly essentially
   likely probably possibly perhaps roughly approximately even mid afterwards afterward subsequently thereafter
   primarily chiefly principally largely predominantly broadly generally precisely ultimately`.split(/\s+/),
);

/**
 * Words that carry no topic inside a fixed phrase, keyed by the word that must follow them: "based on the
 * report" is not about where anyone is based, "due to", "according to", "in order to", "as well as".
 */
const FUNCTION_PHRASE_NEXT: ReadonlyMap<string, string> = new Map([
  ['based', 'on'],
  ['according', 'to'],
  ['due', 'to'],
  ['order', 'to'],
  ['terms', 'of'],
  ['well', 'as'],
  ['spite', 'of'],
  ['behalf', 'of'],
  ['instead', 'of'],
  ['rather', 'than'],
  ['addition', 'to'],
  ['respect', 'to'],
  ['regard', 'to'],
]);

/**
 * Whether `word`, followed by `next`, is part of a phrase that only joins a sentence ("based" in "based on"),
 * typed right or, for the longer words, with one slip ("acording to", "insted of"): misspelt, it would
 * otherwise be an unknown word the question seemed to be about.
 */
function inFunctionPhrase(word: string, next: string | undefined, allowSlips: boolean): boolean {
  if (next === undefined) return false;
  if (FUNCTION_PHRASE_NEXT.get(word) === next) return true;
  if (!allowSlips || word.length < MISSPELT_PHRASE_WORD_MIN_LENGTH - 2) return false;
  for (const [phraseWord, phraseNext] of FUNCTION_PHRASE_NEXT) {
    if (phraseNext !== next || phraseWord.length < MISSPELT_PHRASE_WORD_MIN_LENGTH) continue;
    if (editDistanceWithin(word, phraseWord, 1)) return true;
    // Two slips in a word as long as "according" ("acoeding to") still leave it unmistakable, unless they
    // make another word ("recording to").
    if (phraseWord.length >= TWO_SLIPS_PHRASE_WORD_MIN_LENGTH && editDistanceWithin(word, phraseWord, 2) && !isListedWord(word)) return true;
  }
  return false;
}

/** Shorter words of the phrases are too near other words ("bases on", "dye to") to be read as slips. */
const MISSPELT_PHRASE_WORD_MIN_LENGTH = 7;
const TWO_SLIPS_PHRASE_WORD_MIN_LENGTH = 9;

/**
 * The tokens without those that only join a sentence inside a fixed phrase ("based on" keeps "on").
 * `allowSlips: false` takes the words as spelt: the index reads the knowledge, written with care, through
 * this for every one of its words.
 */
export function withoutFunctionPhrases(tokens: readonly string[], { allowSlips = true } = {}): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (!inFunctionPhrase(tokens[i]!, tokens[i + 1], allowSlips)) kept.push(tokens[i]!);
  return kept;
}
