import { tokenize } from '../search/normalize.ts';
import { isRareWord } from '../search/word-commonness.ts';

/** What stands between the names of a list typed as keywords: "homefry murkytop", "dadbod, eviltech", "airbreak & badflick". */
const BETWEEN = /\s*(?:[,&+/]|\band\b|\bvs\b\.?|\bversus\b)\s*|\s+/i;

/** A list of names is short: more words are a question, however terse. */
const MOST_NAMES = 3;
/**
 * An everyday word typed with the names ("homefry murkytop purpose"): what is asked of each. One: with two,
 * a short sentence ("how does ransomware encrypt files") passes for a list.
 */
const MOST_ASKED_WORDS = 1;

/**
 * "homefry murkytop": two or three rare words (names, code names, jargon) typed side by side, which may each be
 * asked about alone; with an everyday word before or after them ("homefry murkytop purpose"), that word
 * is asked of each name ("homefry purpose", "murkytop purpose"). Undefined for anything else: one name,
 * names apart ("airbreak c2 eviltech"), more words ("diplomats names" is one question, and so is a sentence).
 */
export function namesListed(text: string): string[] | undefined {
  const parts = text.replace(/[?!.]+$/, '').split(BETWEEN).filter(Boolean);
  if (parts.length < 2 || parts.length > MOST_NAMES + MOST_ASKED_WORDS) return undefined;
  const rare = parts.map(isOneRareWord);
  const first = rare.indexOf(true);
  let end = first;
  while (end < parts.length && rare[end]) end++;
  const names = parts.slice(first, end);
  if (first < 0 || names.length < 2 || names.length > MOST_NAMES || rare.indexOf(true, end) >= 0) return undefined;
  const before = parts.slice(0, first);
  const after = parts.slice(end);
  return names.map((name) => [...before, name, ...after].join(' '));
}

/** A name, a code name or jargon: one word English rarely uses ("homefry", "apt40"), not an everyday one ("names"). */
function isOneRareWord(part: string): boolean {
  const words = tokenize(part);
  return words.length === 1 && isRareWord(words[0]!);
}

/**
 * Two or three single words joined in a question: "murkytop and homefry", "dadbod & eviltech", "airbreak/badflick",
 * "airbreak, eviltech and dadbod".
 */
const NAMES_JOINED = /(?<![\p{L}\p{N}.'-])([\p{L}\p{N}.-]+)(?:\s*,\s*([\p{L}\p{N}.-]+))?\s*(?:,?\s*\band\b|\bn\b|&|\/|\+)\s*([\p{L}\p{N}.-]+)(?![\p{L}\p{N}'-])/giu;

/**
 * "what does murkytop and homefry do", "what's airbreak, eviltech and dadbod": a question asking the same of two or
 * three rare words (names, code names, jargon) joined by "and", read as that question asked of each ("what does
 * murkytop do", "what does homefry do"). Undefined unless exactly one such list stands in the question.
 */
export function questionsForEachName(text: string): string[] | undefined {
  const lists = [...text.matchAll(NAMES_JOINED)].map(rareNamesOf).filter((list) => list !== undefined);
  const [list] = lists;
  if (lists.length !== 1 || !list) return undefined;
  const before = text.slice(0, list.start);
  const after = text.slice(list.end);
  return list.names.map((name) => `${before}${name}${after}`);
}

/** The names a match lists, all rare words, and where they stand; "know, murkytop and homefry" lists the last two. */
function rareNamesOf(match: RegExpMatchArray): { names: string[]; start: number; end: number } | undefined {
  const [whole, first, middle, last] = match;
  const start = match.index!;
  const end = start + whole.length;
  if (middle === undefined) return isOneRareWord(first!) && isOneRareWord(last!) ? { names: [first!, last!], start, end } : undefined;
  if ([first!, middle, last!].every(isOneRareWord)) return { names: [first!, middle, last!], start, end };
  return isOneRareWord(middle) && isOneRareWord(last!) ? { names: [middle, last!], start: start + whole.lastIndexOf(middle, whole.length - last!.length - 1), end } : undefined;
}
