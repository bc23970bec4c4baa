import { normalizeText } from '../search/normalize.ts';
import { STOPWORDS } from '../search/stopwords.ts';

/**
 * A question that names its subject by describing it, with no commas, and asks about it after the description:
 * "the firm that coined the name temp.periscope is based where", "the judge who dissolved the party is called
 * what", "the malware they used on the commission does what". The description's words say which thing is meant;
 * the head noun ("firm", "judge", "malware") and what follows the description ("based where") say what is asked.
 */
export interface DescribedSubject {
  /** The words of the head noun phrase: "firm", "programming language". */
  head: string[];
  /** The words of the relative clause, after its relative word: "coined the name temp periscope". */
  clause: string[];
  /** The words asked of the subject, from the verb after the clause to the question word: "is based where". */
  asked: string[];
}

export const QUESTION_WORD = String.raw`(?:what|who|whom|where|when|which|why|how)`;
/** Words that open the predicate after a description: "is", "was", "does", "did"… */
const PREDICATE_VERB = /^(?:is|are|was|were|does|do|did|has|have|had)$/;
/** Words that open a relative clause; a bare pronoun opens one with its "that" left out ("the malware they used"). */
const RELATIVE_WORD = /^(?:that|who|whose|which|where)$/;
const CONTACT_SUBJECT = /^(?:they|he|she|we|you|i)$/;
/** A description is short: up to this many words of head noun phrase, and at least one word of clause. */
export const MAX_HEAD_WORDS = 3;
/** …and up to this many before a clause opening with "the", past which the words may be the clause's own subject. */
const MAX_CONTACT_HEAD_WORDS = 2;
/**
 * A question ending in its question word, the question word standing where the answer would ("… is based where",
 * "… was how much", "… belonged to which party").
 */
const ENDS_ASKING = new RegExp(String.raw`\b${QUESTION_WORD}(?: (?:much|many|long|often))?(?: [a-z]+)?$`);

/**
 * The description and what is asked of it, when a question opens with "the"/"a" and a head noun, a relative clause
 * ("that…", "who…", "whose…", "which…", "where…", or "they…" with its "that" left out), then the predicate from the
 * last "is", "was", "does", "did"… to a closing question word. Undefined for any other question, and where the words
 * after that verb hold a relative word of their own (no telling where the clause ends).
 */
export function describedSubject(question: string): DescribedSubject | undefined {
  return describedSubjectIn(normalizeText(question).split(' '));
}

/** `describedSubject` of a question already normalised and split into words. */
export function describedSubjectIn(words: readonly string[]): DescribedSubject | undefined {
  if (words.length < 5 || !ENDS_ASKING.test(words.join(' '))) return undefined;
  if (words[0] !== 'the' && words[0] !== 'a' && words[0] !== 'an') return undefined;
  let relative = -1;
  for (let i = 2; i <= Math.min(MAX_HEAD_WORDS + 1, words.length - 1); i++) {
    // "the ip the operators logged in from": a second "the" opens a clause with its "that" left out, not "of the".
    if (RELATIVE_WORD.test(words[i]!) || CONTACT_SUBJECT.test(words[i]!) || (words[i] === 'the' && i <= MAX_CONTACT_HEAD_WORDS + 1 && words[i - 1] !== 'of')) {
      relative = i;
      break;
    }
    if (STOPWORDS.has(words[i]!) && words[i] !== 'of') return undefined;
  }
  if (relative < 0) return undefined;
  let verb = -1;
  for (let i = words.length - 2; i > relative + 1; i--) {
    if (PREDICATE_VERB.test(words[i]!)) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return undefined;
  const asked = words.slice(verb);
  if (asked.slice(0, -2).some((w) => RELATIVE_WORD.test(w) && w !== 'which' && w !== 'where')) return undefined;
  const clauseStart = RELATIVE_WORD.test(words[relative]!) ? relative + 1 : relative;
  return { head: words.slice(1, relative), clause: words.slice(clauseStart, verb), asked };
}
