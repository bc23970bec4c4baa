import { analyze } from '../search/inverted-index.ts';
import { READING } from '../parameters.ts';

/** "and the senate?", "what about diplomats?", "how about them": openings that continue the last question. */
const CONTINUES = /^\s*(?:and|also|plus|but|what about|how about|what of|same for|same with|then|ok and|so)\b/i;
/** Words that point back at something said before. */
const POINTS_BACK = /\b(?:it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|the same)\b/i;
/** A question this short leans on the one before it. */
const SHORT_FOLLOW_UP_WORDS = READING.shortFollowUpWords;

/**
 * Words by which a question takes its time or subject from the one before (narrower than POINTS_BACK: no "they"
 * or "this"): "who won the 2023 election, and was it hacked too?", "…and who became prime minister after it?",
 * "were there hacks that time?".
 */
const REFERS_BACK = /\b(?:it|that time|back then|then|that year|that vote|that election|those elections|too|as well|again)\b/i;

/** Whether a question reads its subject from what came before it (see REFERS_BACK). */
export function refersBack(question: string): boolean {
  return REFERS_BACK.test(question);
}

/** True when a question points at something named elsewhere ("who did it?", "where are they from?"). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question);
}

/** True when a question reads as a continuation of the previous one in the conversation. */
export function isFollowUp(question: string): boolean {
  if (CONTINUES.test(question) || pointsBack(question)) return true;
  return analyze(question).words.length <= SHORT_FOLLOW_UP_WORDS;
}

/**
 * A question with no subject of its own, which asks more of the one before it in the same message: "…, and with
 * what vote tally?", "and by how many seats?", "and when?", "and about the us?". Whatever the question before it
 * was about, so is this.
 */
const ASKS_MORE_OF_THE_LAST = /^\s*(?:(?:and|or|but|also)\s+)?(?:(?:with|by|in|on|at|for|from|to|under|against|of|since|until|through|after|before)\s+(?:what|which|how|whom|whose)\b|(?:when|where|why|how|who|what|which)(?:\s+(?:exactly|then|precisely))?\s*\?*\s*$|how (?:many|much|long|often)\s*\?*\s*$|(?:about|regarding)\s+[\w .'-]{1,40}\?*\s*$)/i;

/** True when a question asks more of the question before it and names no subject of its own (see above). */
export function asksMoreOfTheLast(question: string): boolean {
  return ASKS_MORE_OF_THE_LAST.test(question);
}

/**
 * A question about what the asker would do next, naming nothing else: "how would I file?", "what should we do?",
 * "where do I start?". It asks more of whatever the sentence before it asked ("can I sue China? how would I file?").
 */
const ASKS_THE_ASKERS_NEXT_STEP = /^\s*(?:(?:and|but|so|then)\s+)?(?:how|what|where|when)\s+(?:would|do|should|can|could|will|shall)\s+(?:i|we)(?:\s+[\p{L}'-]+){0,2}\s*\?*\s*$/iu;

/** True when a question asks only what the asker would do next (see above). */
export function asksTheAskersNextStep(question: string): boolean {
  return ASKS_THE_ASKERS_NEXT_STEP.test(question);
}
