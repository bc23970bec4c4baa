/**
 * "what happened on 3 September 2017?", "what came out on july 10 2018" (as dictation reads "july tenth twenty
 * eighteen"): a question asking only what happened on a day it names, answered by the event of that day. The day's
 * words alone say little to the search ("3", "september"), and an entry mentioning other days of that month
 * (earlier campaigns of "15 and 19 Sep 2017") can come first.
 */

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9],
  ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const FULL_DATE = String.raw`(?:${DAY}(?: of)? ${MONTH}|${MONTH} ${DAY}),? (\d{4})|(\d{4})-(\d\d)-(\d\d)`;
/** The question asks nothing but what happened that day. */
const WHAT_HAPPENED_ON = new RegExp(
  String.raw`^(?:so |and |ok |okay )?(?:what|anything)(?: exactly| else| important| significant| big)? (?:happened|took place|went down|went on|came out|was (?:published|released|announced)|did (?:happen|come out))(?: on| in| around)?(?: the)? (?:${FULL_DATE})[?.!\s]*$`,
  'i',
);

/** The day a question asking only what happened on it names, as an ISO date ("2017-09-03"), or undefined. */
export function dayAsked(question: string): string | undefined {
  // A cheap test first: most questions name no year, and few ask what happened.
  if (!question.includes('20') && !question.includes('19')) return undefined;
  const lower = question.toLowerCase();
  if (!(lower.includes('happen') || lower.includes('came out') || lower.includes('took place') || lower.includes('went ') || lower.includes('was '))) return undefined;
  const match = WHAT_HAPPENED_ON.exec(question.trim());
  if (!match) return undefined;
  const [, dayFirst, monthAfter, monthFirst, dayAfter, year, isoYear, isoMonth, isoDay] = match;
  if (isoYear) return `${isoYear}-${isoMonth}-${isoDay}`;
  const month = MONTH_NUMBERS.get((monthAfter ?? monthFirst)!.toLowerCase());
  const day = Number(dayFirst ?? dayAfter);
  if (!month || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
