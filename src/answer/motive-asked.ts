/**
 * Questions asking why something was done to a victim they name: "why did they go after cambodian ministries?", "why
 * hack the senate", "why was the NEC targeted?", "what was the point of spying on the opposition?". As in
 * doer-asked.ts, the words naming the victim are the rarest of such a question, so the victim's entry outranks the
 * entry on the motive; yet the victim is given, and the purpose is asked. This module finds that shape and splits
 * the question into what is asked ("why did they go after") and the thing acted on ("cambodian ministries"), which
 * the search then reads as context.
 */
import { splitAtThingActedOn, type DoerAsked } from './doer-asked.ts';

/** An act done to a victim, in any form: hack, hacked, hacking, go after, went after, pick, chosen, spy on… */
const ACT = String.raw`(?:hack(?:ed|ing)?|target(?:ed|ing)?|attack(?:ed|ing)?|compromis(?:e|ed|ing)|breach(?:ed|ing)?|phish(?:ed|ing)?|spy(?:ing)? on|spied on|snoop(?:ed|ing)? (?:on|around|into)|(?:go|goes|going|gone|went) (?:after|for)|hit|hitting|(?:break|breaking|broke|broken) into|(?:get|getting|got|gotten) into|infiltrat(?:e|ed|ing)|pick(?:ed|ing)?|choos(?:e|ing)|chose|chosen|singl(?:e|ed|ing) out|surveil(?:led|ling)?|monitor(?:ed|ing)?|bother(?:ed)? with)`;

/** "why did they go after…", "why hack…", "why would the spies target…": the act, then the thing acted on. */
const WHY_ACT_ON = new RegExp(String.raw`^(?:so |and |but |ok |okay )?why\b(?:\s+[\w.'-]+){0,4}?\s+(?:even |actually |really |ever )?${ACT}\s`, 'i');
/** "why was the NEC targeted", "why were the ministries hit": the thing acted on, then the act. */
const WHY_WAS_ACTED_ON = new RegExp(String.raw`^((?:so |and |but |ok |okay )?why (?:was|were|is|are|has|have|had) )(.+?) (?:been |being )?${ACT}\b`, 'i');
/** Who did it, where a victim would stand: "why have the hackers hit…". */
const DOER = /^(?:they|we|you|the (?:hackers?|attackers?|spies|group|chinese|actors?))$/;
/** "what was the point of spying on…", "the purpose of breaking into…": the purpose of the act, asked by name. */
const PURPOSE_OF_ACT = new RegExp(String.raw`\b(?:point|purpose|aim|goal|reason|motive|objective)s? (?:of|for|behind|in) (?:them |their |the )?${ACT}\s`, 'i');
/**
 * The question split around the thing acted on, when it asks why the act was done to it; undefined otherwise ("why
 * was kem sokha arrested" names no act of the attackers, "why did they use scanbox" no victim).
 */
export function motiveAsked(question: string): DoerAsked | undefined {
  // A cheap test first: every shape read here has one of these words, and most questions have none of them.
  const text = question.toLowerCase();
  if (!text.includes('why') && !text.includes('point') && !text.includes('purpose') && !text.includes('aim') && !text.includes('goal')
    && !text.includes('reason') && !text.includes('motive') && !text.includes('objective')) return undefined;
  const passive = WHY_WAS_ACTED_ON.exec(text);
  // "why have the hackers hit…" has the doer there, and the thing acted on after the act.
  if (passive && !DOER.test(passive[2]!)) {
    return { asked: `${passive[1]}${text.slice(passive.index + passive[1]!.length + passive[2]!.length)}`.replace(/\s+/g, ' ').trim(), actedOn: passive[2]!.trim() };
  }
  const at = WHY_ACT_ON.exec(text) ?? PURPOSE_OF_ACT.exec(text);
  if (!at) return undefined;
  return splitAtThingActedOn(text, at.index + at[0].length);
}
