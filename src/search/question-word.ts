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
  return questionWordOf(tokenize(text)[0]);
}

/** The question word a text's first token makes it, for callers that have tokenized it already. */
export function questionWordOf(firstToken: string | undefined): QuestionWord | undefined {
  return firstToken && Object.hasOwn(BY_FIRST_WORD, firstToken) ? BY_FIRST_WORD[firstToken] : undefined;
}
