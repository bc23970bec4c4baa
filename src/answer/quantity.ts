import type { Entry } from '../knowledge/schema.ts';

/** "how many servers", "how much money", "what percentage of…": the question wants a number back. */
const ASKS_FOR_QUANTITY = /\b(?:how (?:many|much)|what (?:percentage|percent|proportion|share|fraction|number|amount|figure)|number of|percentage of)\b/i;

/**
 * A number as digits, or as a word a knowledge writer would use ("three servers", "$20 million", "a dozen").
 * Years ("2018") and identifiers ("T1566.001", "G0065") are not amounts.
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const STATES_QUANTITY = new RegExp(String.raw`(?<![\w.])(?<!${MONTH} )(?!(?:19|20)\d\d\b)\$?\d+(?:[,.]\d+)*(?![\w.]*\d)(?! ${MONTH})|`
  + String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent|per cent|several)\b`, 'i');

export function asksForQuantity(question: string): boolean {
  return ASKS_FOR_QUANTITY.test(question);
}

/**
 * Whether an entry can answer "how many…" at all: an answer without any number or amount in it cannot,
 * however well its topic matches ("how many seats does the senate have" against the senate's entry).
 */
export function statesQuantity(entry: Entry): boolean {
  return STATES_QUANTITY.test(`${entry.title} ${entry.answer}`);
}
