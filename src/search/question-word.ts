import { tokenize } from './normalize.ts';

/** What a question asks for, read from its first word: "who", "when", "how", a yes/no question… */
export type QuestionWord = 'who' | 'what' | 'when' | 'where' | 'why' | 'how' | 'yes-no';

const BY_FIRST_WORD: Record<string, QuestionWord> = {
  who: 'who', whom: 'who', whose: 'who',
  what: 'what', which: 'what', whats: 'what',
  when: 'when',
  where: 'where',
  why: 'why',
  how: 'how',
  is: 'yes-no', are: 'yes-no', was: 'yes-no', were: 'yes-no', did: 'yes-no', does: 'yes-no', do: 'yes-no',
  can: 'yes-no', could: 'yes-no', should: 'yes-no', has: 'yes-no', have: 'yes-no', will: 'yes-no', whether: 'yes-no',
};

/**
 * The question word of a question, if it starts with one. Stopword removal throws these words away, yet
 * "who do I tell about a phishing email" and "what is a phishing email" ask different things.
 */
export function questionWord(text: string): QuestionWord | undefined {
  return questionWordOf(tokenize(text));
}

/**
 * A preposition before the question word leaves what is asked as it is: "from when to when did it run?" asks
 * when, "in which province…" asks what.
 */
const LEADING_PREPOSITIONS = new Set(['from', 'in', 'at', 'on', 'since', 'until', 'till', 'to', 'by', 'for', 'with', 'of', 'during', 'under', 'through', 'into']);

/** What "what" asks after a preposition, by the noun after it. */
const WHAT_AFTER_A_PREPOSITION: Readonly<Record<string, QuestionWord>> = {
  date: 'when', day: 'when', year: 'when', month: 'when', time: 'when', week: 'when',
  way: 'how', ways: 'how', means: 'how', method: 'how',
  reason: 'why', purpose: 'why',
};

/**
 * Adverbs of exactness before the question word leave what is asked as it is: "exactly how many victims…" asks
 * how many, "precisely which MP…" which.
 */
const LEADING_ADVERBS = new Set(['exactly', 'precisely', 'roughly', 'approximately']);

/** Where a question's tokens start once a leading adverb of exactness is read past. */
function afterLeadingAdverb(tokens: readonly string[]): number {
  return tokens[0] !== undefined && LEADING_ADVERBS.has(tokens[0]) ? 1 : 0;
}

/** Whether a question's tokens open with a preposition (at `start`), read past to find its question word. */
function opensWithPreposition(tokens: readonly string[], start = 0): boolean {
  return tokens[start] !== undefined && LEADING_PREPOSITIONS.has(tokens[start]);
}

/** Whether a question asks "which…", after a preposition or not ("in which province…"): it asks for one of several. */
export function asksWhich(text: string): boolean {
  return asksWhichOf(tokenize(text));
}

/** `asksWhich` for callers that have tokenized the question already. */
export function asksWhichOf(tokens: readonly string[]): boolean {
  const start = afterLeadingAdverb(tokens);
  return tokens[opensWithPreposition(tokens, start) ? start + 1 : start] === 'which';
}

/** The question word of a text's tokens, for callers that have tokenized it already. */
export function questionWordOf(tokens: readonly string[]): QuestionWord | undefined {
  const start = afterLeadingAdverb(tokens);
  const afterPreposition = opensWithPreposition(tokens, start);
  const first = afterPreposition ? tokens[start + 1] : tokens[start];
  // "on what date", "in what way", "for what reason" ask when, how and why.
  if (afterPreposition && first === 'what') {
    const asked = WHAT_AFTER_A_PREPOSITION[tokens[start + 2] ?? ''];
    if (asked) return asked;
  }
  const word = first !== undefined && Object.hasOwn(BY_FIRST_WORD, first) ? BY_FIRST_WORD[first] : undefined;
  // A preposition before "is", "can" or "do" opens no question: "on can openers", "in do-it-yourself kits".
  return word === 'yes-no' && afterPreposition ? undefined : word;
}

/** Words that ask for one thing among several, wherever they stand: "MP hacked, name?", "outlets hit, list pls?". */
const ASKING_WORDS: ReadonlySet<string> = new Set([...Object.keys(BY_FIRST_WORD).filter((w) => BY_FIRST_WORD[w] !== 'yes-no'), 'name', 'names', 'named', 'list', 'identity', 'identities']);

/**
 * A yes-or-no question typed without its auxiliary, as learners of English and people in a hurry write it:
 * "senate also hacked?", "MP of opposition get hacked?", "american company also victim?". It ends in a question
 * mark and has no question word anywhere ("NEC hacked when?" and "the group name is what?" ask when and what),
 * nor a word asking for a name or a list.
 */
export function asksWhetherWithoutAuxiliary(text: string): boolean {
  if (!/\?\s*$/.test(text)) return false;
  const tokens = tokenize(text);
  return tokens.length > 0 && questionWordOf(tokens) === undefined && !tokens.some((t) => ASKING_WORDS.has(t));
}
