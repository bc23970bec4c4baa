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
  for (const part of parts) {
    const words = tokenize(part);
    if (words.length !== 1 || !isRareWord(words[0]!)) return undefined;
  }
  return parts;
}
