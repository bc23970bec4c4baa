import { tokenize } from '../search/normalize.ts';
import { isRareWord } from '../search/word-commonness.ts';

/** What stands between the names of a list typed as keywords: "homefry murkytop", "dadbod, eviltech", "airbreak & badflick". */
const BETWEEN = /\s*(?:[,&+/]|\band\b|\bvs\b\.?|\bversus\b)\s*|\s+/i;

/** A list of names is short: more words are a question, however terse. */
const MOST_NAMES = 3;

/**
 * "homefry murkytop": two or three rare words (names, code names, jargon) typed side by side and nothing else,
 * which may each be asked about alone. Undefined for anything else: one word, an everyday word among them
 * ("airbreak c2" is one question, "diplomats names" another).
 */
export function namesListed(text: string): string[] | undefined {
  const parts = text.replace(/[?!.]+$/, '').split(BETWEEN).filter(Boolean);
  if (parts.length < 2 || parts.length > MOST_NAMES) return undefined;
  return parts.every(isOneRareWord) ? parts : undefined;
}

/** A name, a code name or jargon: one word English rarely uses ("homefry", "apt40"), not an everyday one ("names"). */
function isOneRareWord(part: string): boolean {
  const words = tokenize(part);
  return words.length === 1 && isRareWord(words[0]!);
}

/** Two single words joined in a question: "murkytop and homefry", "dadbod & eviltech", "airbreak/badflick". */
const TWO_JOINED = /(?<![\p{L}\p{N}.'-])([\p{L}\p{N}.-]+)\s*(?:,?\s*\band\b|\bn\b|&|\/|\+)\s*([\p{L}\p{N}.-]+)(?![\p{L}\p{N}'-])/giu;

/**
 * "what does murkytop and homefry do": a question asking the same of two rare words (names, code names, jargon)
 * joined by "and", read as that question asked of each ("what does murkytop do", "what does homefry do").
 * Undefined unless exactly one such pair stands in the question.
 */
export function questionsForEachName(text: string): string[] | undefined {
  const pairs = [...text.matchAll(TWO_JOINED)].filter(([, first, second]) => isOneRareWord(first!) && isOneRareWord(second!));
  const [pair] = pairs;
  if (pairs.length !== 1 || !pair) return undefined;
  const [whole, first, second] = pair;
  const before = text.slice(0, pair.index);
  const after = text.slice(pair.index + whole.length);
  return [`${before}${first}${after}`, `${before}${second}${after}`];
}
