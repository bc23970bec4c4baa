/**
 * Questions asking who did something to someone, worded around the one it was done to: "which spy crew was snooping
 * on cambodian politicians?", "whoever hacked the senate, state-backed?", "name of the hackers that hit the NEC". The
 * words naming the victim are the rarest of such a question, so the entry on the victim outranks the doer by far;
 * yet the victim is what the asker gives, not what they ask. This module finds that shape and splits the question
 * into what is asked ("which spy crew was snooping on") and the thing acted on ("cambodian politicians"), which the
 * search then reads as context.
 */

/** An act done to a victim, in the past or as "…ing" after "was": hacked, went after, was snooping on. */
const ACT_DONE = String.raw`(?:hacked|targeted|attacked|compromised|breached|phished|spied on|snooped (?:on|around|into)|went after|gone after|went for|hit|struck|broke into|broken into|got into|infiltrated|penetrated|popped|pwned|sent|spoofed|impersonated|surveilled|monitored|(?:was|were) (?:inside|behind|after)|(?:is|are) behind)`;
const ACT_GOING_ON = String.raw`(?:hacking|targeting|attacking|compromising|breaching|phishing|spying on|snooping(?: on| around| into)?|going after|hitting|breaking into|getting into|infiltrating|spoofing|impersonating|surveilling|monitoring)`;
/** The act after its doer: "hacked", "has hacked", "was hacking" (never "was hacked", which asks for the victim). */
const ACT = String.raw`(?:(?:actually |really |exactly |allegedly |first )?(?:(?:has |have |had )?${ACT_DONE}|(?:was|were|is|are|has been|have been) ${ACT_GOING_ON}))`;
/** Words for whoever did it: "group", "crew", "the people", "hackers". */
const DOER = String.raw`(?:group|groups|crew|crews|apt|apts|hackers?|team|outfit|actors?|spies|gang|unit|people|guys|folks|ones|lot|attackers?|operators?|state|country|agency)`;

/** "who hacked…", "whoever was snooping on…", "which chinese crew went after…": the doer asked at the start. */
const DOER_FIRST = new RegExp(String.raw`^(?:so |and |but |ok |okay )?(?:(?:who|whoever)(?: exactly)? ${ACT}|(?:which|what) (?:[\w.'-]+ ){0,3}?${DOER} ${ACT})\s`, 'i');
/** "the hackers that hit…", "the people behind…": a doer described by the act, asked elsewhere in the question. */
const DOER_DESCRIBED = new RegExp(String.raw`\b(?:${DOER} (?:(?:who|that|which) ${ACT}|behind)|whoever ${ACT})\s`, 'i');
/** What makes the question ask for the doer described: "who are they", "name", "what…", "where…". */
const ASKING = /\b(?:who|whom|whose|what|whats|which|where|name|names|called)\b/i;
/** Where the thing acted on ends: a clause break, or the end. */
const OBJECT_END = /\s*(?:[,;:]|[.?!](?=\s+\S)|\s[\u2014\u2013-]+\s)/;

/** A question split into what it asks and the thing acted on it names, which is given rather than asked. */
export interface DoerAsked {
  /** The question without the thing acted on: "which spy crew was snooping on", "whoever hacked, state-backed?". */
  asked: string;
  /** The thing acted on: "cambodian opposition politicians in 2018". */
  actedOn: string;
}

/**
 * The question split around the thing acted on, when it asks who did the act (or something of them: where they are
 * based, what they are called); undefined otherwise. "who did temp.periscope target" asks for the victim and is not split.
 */
export function doerAsked(question: string): DoerAsked | undefined {
  // A cheap test first: every shape read here has one of these words, and most questions have none of them.
  const text = question.toLowerCase();
  if (!text.includes('who') && !text.includes('which') && !text.includes('what') && !text.includes('name') && !text.includes('where')) return undefined;
  let at = DOER_FIRST.exec(text);
  if (!at) {
    at = DOER_DESCRIBED.exec(text);
    if (!at || !ASKING.test(text)) return undefined;
  }
  return splitAtThingActedOn(text, at.index + at[0].length);
}

/**
 * The question split where the thing acted on starts (just after the act) and where it ends (a clause break, or the
 * end); undefined when nothing follows the act.
 */
export function splitAtThingActedOn(text: string, start: number): DoerAsked | undefined {
  const rest = text.slice(start);
  const end = OBJECT_END.exec(rest);
  const actedOn = (end ? rest.slice(0, end.index) : rest).replace(/[?.!]+$/, '').trim();
  if (actedOn === '') return undefined;
  const after = end ? rest.slice(end.index) : '';
  return { asked: `${text.slice(0, start).trim()}${after}`.trim(), actedOn };
}
