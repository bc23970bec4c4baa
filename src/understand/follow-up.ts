import { analyze } from '../search/inverted-index.ts';
import { READING } from '../parameters.ts';

/** "and the senate?", "what about diplomats?", "how about them": openings that continue the last question. */
const CONTINUES = /^\s*(?:and|also|plus|but|what about|how about|what of|same for|same with|then|ok and|so)\b/i;
/** Words that point back at something said before. */
const POINTS_BACK = /\b(?:it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|the same)\b/i;
/** A question this short leans on the one before it. */
const SHORT_FOLLOW_UP_WORDS = READING.shortFollowUpWords;

/** True when a question points at something named elsewhere ("who did it?", "where are they from?"). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question);
}

/** True when a question reads as a continuation of the previous one in the conversation. */
export function isFollowUp(question: string): boolean {
  if (CONTINUES.test(question) || pointsBack(question)) return true;
  return analyze(question).words.length <= SHORT_FOLLOW_UP_WORDS;
}
