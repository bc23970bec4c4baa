/**
 * Claims of what something is, put to the bot to check: "the front company was huawei right?", "murkytop is
 * ransomware", "apt40 is based in shanghai", "ben read is from crowdstrike", "the election was in june", "they also go
 * by fancy bear". The value claimed is the rarest word of such a message, a name the knowledge lacks ("huawei") or
 * one that counts against the entry on the thing ("ransomware" against MURKYTOP's), so the claim is declined though
 * the sources say what the thing is. What a fact-checker wants is what they say: the claim is read as the question it
 * answers ("what was the front company?", "where is apt40 based?", "when was the election?"), which the entry on that
 * thing answers, confirming or correcting it. A claim of something done ("kem sokha won a prize", "the chairman was
 * fired") is no such claim: it says what happened, not what a thing is.
 */

import { tokenize } from '../search/normalize.ts';
import { isRareWord } from '../search/word-commonness.ts';

/** A claim of what something is, and the question it answers. */
export interface AttributeClaim {
  /** What the claim is about: "the front company", "apt40". */
  subject: string;
  /** The question whose answer confirms or corrects the claim: "what was the front company?". */
  asked: string;
  /**
   * Whether the claim says what the thing is in a word of its own ("murkytop is ransomware", "hun sen is corrupt"),
   * which of a person is a judgement, not a fact to check.
   */
  describes: boolean;
}

/** What a claim is wrapped in, before it: "is it true that", "i heard", "so". */
const WRAPPER = /^(?:(?:so|and|but|ok|okay|wait|hmm|yeah|yes|no|nah) )*(?:(?:is|was) it (?:really |actually )?(?:true|the case|correct|right|a fact)(?: that)? |i (?:heard|read|think|thought|believe|was told)(?: that)? |(?:apparently|supposedly|basically|honestly),? )?/;

/** Words that stand for the group the knowledge is about, as the subject of a claim: "they go by fancy bear". */
const THE_GROUP = /^(?:they|them|this group|the group|these guys|those guys)$/;

/** A subject that points back at nothing named, or is no thing: "it was…" (who did it: doer-claimed.ts), "there was…". */
const NO_SUBJECT = /^(?:it|this|that|there|here|he|she|i|we|you|one|someone|somebody|nobody|everyone|everything|nothing)$/;

/** Words for being, with the tense kept for the question: "is", "was", "are", "were". */
const BE = String.raw`(is|was|are|were)`;
/** What a claim may put between the verb and its value: "is really", "was actually", "is basically". */
const HEDGE = String.raw`(?:(?:really|actually|just|basically|also|originally|definitely|probably|mainly|mostly) )*`;

/** A subject of up to five words, none of them a verb of being or a sentence break. */
const SUBJECT = String.raw`((?:(?!(?:is|was|are|were|isn't|wasn't|aren't|weren't)\b)[\p{L}\p{N}.'\u2019&-]+ ){0,4}?(?!(?:is|was|are|were)\b)[\p{L}\p{N}.'\u2019&-]+)`;
/** A value of one to four words: "huawei", "a russian group", "fancy bear". */
const VALUE = String.raw`((?:[\p{L}\p{N}.'\u2019&-]+ ?){1,4})`;

/** "apt40 is based in shanghai", "the servers were located in russia". */
const BASED_IN = new RegExp(String.raw`^${SUBJECT} ${BE} ${HEDGE}(?:based|located|headquartered|run|operating) (?:in|out of|from) ${VALUE}$`, 'u');
/** "ben read is from crowdstrike", "the hackers were from vietnam". */
const FROM = new RegExp(String.raw`^${SUBJECT} ${BE} ${HEDGE}from ${VALUE}$`, 'u');
/** A month or a season, with a day or a year or not: "june", "july 29 2018", "the summer of 2017". */
const TIME = String.raw`(?:(?:early|late|mid|the|of) )*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?|(?:spring|summer|autumn|fall|winter)(?: of)?)(?:,? (?:19|20)\d\d)?`;
/**
 * "the election was in june", "the report came out in august", "kem sokha was arrested in may 2017": a time claimed
 * for what is said before it, which is asked when it happened. (A year alone is a figure: figure-claimed.ts.)
 */
const AT_A_TIME = new RegExp(String.raw`^(.+?) (?:(?:in|on|during|around|back in|by) )?${TIME}$`, 'u');
/** "they also go by fancy bear", "apt40 is also called fancy bear", "the group is known as sofacy". */
const CALLED = new RegExp(String.raw`^${SUBJECT} (?:(?:also |mostly |usually )?(?:go|goes|went) by|${BE} ${HEDGE}(?:called|named|known as|nicknamed|aka|also known as)) ${VALUE}$`, 'u');
/** "the front company was huawei", "murkytop is ransomware", "apt40 is a russian group". */
const IS_A = new RegExp(String.raw`^${SUBJECT} ${BE} ${HEDGE}((?:a|an|the) )?${VALUE}$`, 'u');

/**
 * Words a value of "X is Y" may not start with, since then it says what happened or how it was, not what X is:
 * participles ("was hacked", "was released"), prepositions ("was in prison", "was behind it"), negatives, and
 * comparisons ("is bigger").
 */
const NOT_WHAT_IT_IS = /^(?:[\p{L}-]+(?:ed|en|ing)|in|on|at|by|for|with|without|behind|after|before|about|over|under|against|to|into|not|never|no|still|already|more|less|too|so|very|done|made|hit|shut|set|put|sent|run|won|lost|held|told|paid|caught|taken|seen|known|gone|got|given|left|kept|found|brought|bought|sold|built|stolen|written|spent)\b/u;

/** A question asked outright, not a claim repeated: a question word anywhere. */
const QUESTION_WORD = /\b(?:who|whom|whose|what|whats|which|when|where|why|how)\b/;

/** The claim of what a thing is that a message repeats, with the question it answers; undefined for anything else. */
export function attributeClaimed(question: string): AttributeClaim | undefined {
  const text = question.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/["\u201c\u201d]/g, '').replace(/[\s?.!,]+$/g, '').replace(/\s+/g, ' ').trim();
  if (QUESTION_WORD.test(text)) return undefined;
  const claim = text.replace(WRAPPER, '');
  const based = BASED_IN.exec(claim);
  if (based) return framed(based[1]!, (subject) => `where ${based[2]} ${subject} based?`);
  const from = FROM.exec(claim);
  if (from) return framed(from[1]!, (subject) => `where ${from[2]} ${subject} from?`);
  // What happened is asked when: "when the report came out?" is searched as a bag of words, and "when" asks for dates.
  const time = AT_A_TIME.exec(claim);
  if (time) return framed(time[1]!, (said) => `when ${said}?`);
  const called = CALLED.exec(claim);
  if (called) return framed(called[1]!, (subject) => `what names ${THE_GROUP.test(subject) ? 'do they' : `does ${subject}`} go by?`);
  const isA = IS_A.exec(claim);
  // A value in everyday words ("china is evil", "hun sen is corrupt") is a judgement; a name or a term ("huawei",
  // "ransomware", "a cia front") says what the thing is, to be checked.
  if (isA && !NOT_WHAT_IT_IS.test(isA[4]!) && !THE_GROUP.test(isA[1]!) && tokenize(isA[4]!).some(isRareWord)) return framed(isA[1]!, (subject) => `what ${isA[2]} ${subject}?`, true);
  return undefined;
}

/** The claim's subject with the question it answers, unless the subject names nothing. */
function framed(subject: string, ask: (subject: string) => string, describes = false): AttributeClaim | undefined {
  const trimmed = subject.trim();
  if (NO_SUBJECT.test(trimmed)) return undefined;
  return { subject: trimmed, asked: ask(trimmed), describes };
}
