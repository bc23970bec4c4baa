import { stemmer } from 'stemmer';

/** Porter folds these onto unrelated words ("news" onto "new"); keep them whole. */
const KEEP_WHOLE = new Set(['news', 'us', 'media', 'senate', 'data']);

const cache = new Map<string, string>();

/** The search stem of one normalised word: "elections" and "election" both give "elect". */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = KEEP_WHOLE.has(word) || /\d/.test(word) ? word : stemmer(word);
    if (cache.size < 100_000) cache.set(word, stemmed);
  }
  return stemmed;
}
