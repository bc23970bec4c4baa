/**
 * Claims naming who did it, put to the bot to check: "is it true that russia hacked cambodia's election?", "the
 * cambodia election hack was done by russia", "the cambodia hackers were APT28", "it was Russia, not China?". The
 * name claimed is the rarest word of such a message, so the search finds whatever entry merely mentions it (Russia
 * among the decoy articles' topics, APT28 beside the password-hash trick), or nothing; yet what a fact-checker asks is
 * who did it, and the answer is who the sources say did. This module finds that shape and splits the claim into the
 * doer claimed and the thing acted on. A question asked outright ("did russia hack the election?") is no claim
 * repeated and is not read here: the sources say nothing of Russia, and the bot says so.
 */

/** What a doer does to its victim, in the past: "hacked", "was behind", "went after". */
const ACT = String.raw`(?:hacked|attacked|targeted|compromised|breached|spied on|snooped on|went after|broke into|got into|infiltrated|(?:was|were|is|are) (?:behind|responsible for)|carried out|pulled off|meddled (?:in|with)|interfered (?:in|with)|hit)`;
/** The same act going on, in a cleft claim: "it was hun sen's own people spying on the opposition". */
const ACT_ONGOING = String.raw`(?:hacking|attacking|targeting|spying on|snooping on|going after|breaking into|behind|meddling (?:in|with)|interfering (?:in|with))`;
/**
 * A claim put as a negative question, leading the bot to agree: "wasn't it really russia that hacked cambodia?", "isn't
 * it the cpp's own people spying on…" (chat's "wasnt" is read as "was not"). It claims what "it was…" claims.
 */
const NEGATIVE_LEAD = /^(?:so |and |but )?(?:(?:was|were|is)n'?t|(?:was|were|is) not) it (?=\S)/;
/** "didn't russia hack the election?": asked in the negative, a question leads the bot to agree, and claims it. */
const DOER_NEGATIVE_ASKED = /^(?:so |and |but )?(?:did not|didn'?t) ([\p{L}\p{N}.'\u2019 -]{2,40}?) (?:(?:really|actually|also) )?(?:hack|attack|target|compromise|breach|spy on|snoop on|go after|break into|get into|infiltrate|carry out|pull off|meddle (?:in|with)|interfere (?:in|with)|hit|do) (.{2,80})$/u;
/** What a claim is wrapped in, before it: "is it true that", "was it really", "so". */
const WRAPPER = /^(?:so |and |but )?(?:is|was) it (?:really |actually )?(?:true|the case|correct|right|a fact)(?: that)? /;
/** Words that end the doer, for "X hacked Y": "the senate was hacked" has no doer, nor "nobody hacked the nec". */
const NO_DOER_END = /\b(?:was|were|been|got|get|is|are|be|being|not|never|nobody|no one|noone|someone|somebody|anyone|who|that|which)$/;
/** "russia hacked cambodia's election", "iran's apt33 was behind the cambodian election hacks". */
const DOER_FIRST = new RegExp(String.raw`^([\p{L}\p{N}.'\u2019 -]{2,60}?) (?:(?:has|have|had|really|actually|allegedly|also|first) )*${ACT} (.{2,80})$`, 'u');
/** "it was vietnam's government that spied on cambodia's election". */
const DOER_CLEFTED = new RegExp(String.raw`^it (?:was|were) (?:(?:really|actually|just) )?([\p{L}\p{N}.'\u2019 -]{2,60}?) (?:(?:that|who) (?:(?:really|actually|allegedly|also|first) )*${ACT}|(?:(?:that|who) (?:was|were) )?${ACT_ONGOING}) (.{2,80})$`, 'u');
/** "the cambodia election hack was done by russia", "the nec was hacked by the russians". */
const DOER_AFTER = /^(.{2,80}?) (?:was|were) (?:really |actually |allegedly )?(?:done|carried out|hacked|attacked|targeted|compromised|breached|committed|orchestrated|perpetrated|pulled off) by ([^,]{2,60}?)$/u;
/** "the cambodia hackers were apt28", "the group behind it was the russians": up to three words naming the doer. */
const DOER_NAMED = /^(?:the )?((?:[\p{L}\p{N}.'\u2019-]+ ){0,3}?)(?:hackers|attackers|culprits|perpetrators|spies|group|crew)(?: behind (?:it|this|that|the [\p{L}-]+))? (?:was|were|are|is) (?:really |actually |all )?((?!(?:based|from|in|at|on|located|after|behind|targeting|interested|paid|caught|arrested|not|never|also|only|just|very|so|too|quite|pretty)\b)(?:[\p{L}\p{N}.'\u2019-]+ ?){1,3})$/u;
/** "it was russia", "it was russia, not china": the doer alone, the affair unnamed. */
const DOER_ALONE = /^it (?:was|were) (?:really |actually )?((?:[\p{L}\p{N}.'\u2019-]+ ?){1,3}?)(?:,? (?:and )?not [^,]{2,40})?$/u;
/** A question asked outright, not a claim repeated: it starts with an auxiliary, or has a question word anywhere. */
const ASKED_OUTRIGHT = /^(?:did|does|do|has|have|had|can|could|should|would|will|is|are|was|were)\b|\b(?:who|whom|whose|what|whats|which|when|where|why|how)\b/;
/** `ASKED_OUTRIGHT` as typed, in any case. */
const ASKED_OUTRIGHT_TYPED = new RegExp(ASKED_OUTRIGHT.source, 'i');
/**
 * A claim put to the bot: a sentence closed by a question mark or a full stop (what is left of "…. is that right?"),
 * wrapped in "is it true that", or quoted. Keywords ("nec compromised fireeye") are none.
 */
const PUT_AS_CLAIM = /[?.!]\s*$|^\s*(?:so |and |but )?(?:is|was) it (?:really |actually )?(?:true|the case|correct|right|a fact)\b|^\s*['"\u2018\u201c]/i;
/**
 * A claim typed as chat types it, with no closing stop ("the nec was hacked by russia", "fireeye said it was
 * russia"): a sentence, with an article, a pronoun, a verb of being or of blame, not keywords ("nec compromised fireeye").
 */
const CLAIM_SENTENCE = /\b(?:the|it|they|was|were|by|said|says|blamed|blames)\b/i;
/** Whose account a claim goes by, before it: "fireeye said it was russia", "the report says…". The claim follows. */
const REPORTED_BY = /^(?:the )?(?:[\p{L}\p{N}.'\u2019-]+ ){0,2}?[\p{L}\p{N}.'\u2019-]+ (?:said|says|claimed|claims|reported|reports|concluded|found)(?: that)? (?=\S)/u;
/** "fireeye blamed vietnam", "they pinned it on russia": the doer claimed is whom the blame goes to. */
const DOER_BLAMED = /^(?:[\p{L}\p{N}.'\u2019-]+ ){0,2}?[\p{L}\p{N}.'\u2019-]+ (?:blamed|blames|pinned (?:it|this|that|the hacks?|the attacks?) on|blamed (?:it|this|that|the hacks?|the attacks?) on|attributed (?:it|this|that|the hacks?|the attacks?) to) ((?:[\p{L}\p{N}.'\u2019-]+ ?){1,3})$/u;
/** A doer named in a few words, with no verb of its own or sentence break in them ("the opposition party was one of"). */
const NAMED_IN_FEW_WORDS = /^(?!.*\b(?:was|were|is|are|been|be|has|have|had)\b)(?!.*[.!?;:] )\S+(?: \S+){0,4}$/;

/** What a claim points back to without naming it: "isn't it true that russia hacked it?" leaves the affair unnamed. */
const POINTS_BACK = /^(?:it|this|that|them|all (?:this|that))$/;

/** A claim split into the doer it names and what it says was acted on ('' when the affair is left unnamed). */
export interface DoerClaim {
  doer: string;
  actedOn: string;
}

/** The doer a claim names and what it was done to, when the question repeats a claim of who did it; undefined otherwise. */
export function doerClaimed(question: string): DoerClaim | undefined {
  const claim = claimOfDoer(question);
  return claim && POINTS_BACK.test(claim.actedOn) ? { doer: claim.doer, actedOn: '' } : claim;
}

function claimOfDoer(question: string): DoerClaim | undefined {
  const punctuated = PUT_AS_CLAIM.test(question);
  // Unpunctuated, a question word or an opening auxiliary asks outright (the negative leads below need a stop or
  // "is it true"): said first, so a question typed without its mark costs one test more than before.
  if (!punctuated && (!CLAIM_SENTENCE.test(question) || ASKED_OUTRIGHT_TYPED.test(question))) return undefined;
  const text = question.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/["\u201c\u201d]/g, '').replace(/^'+|[\s'?.!]+$/g, '').trim();
  const negative = DOER_NEGATIVE_ASKED.exec(text);
  if (negative && !NO_DOER_END.test(negative[1]!) && NAMED_IN_FEW_WORDS.test(negative[1]!)) return { doer: negative[1]!, actedOn: negative[2]! };
  // "isn't it true that…" wraps a claim as "is it true that…" does; "wasn't it russia that…" claims "it was russia that…".
  const led = NEGATIVE_LEAD.test(text) ? text.replace(NEGATIVE_LEAD, (lead) => (WRAPPER.test(`is it ${text.slice(lead.length)}`) ? 'is it ' : 'it was ')) : text;
  if (ASKED_OUTRIGHT.test(led) && !WRAPPER.test(led) && led === text) return undefined;
  const wrapped = led.replace(WRAPPER, '');
  const blamed = DOER_BLAMED.exec(wrapped);
  if (blamed) return { doer: blamed[1]!.trim(), actedOn: '' };
  const claim = wrapped.replace(REPORTED_BY, '');
  const first = DOER_CLEFTED.exec(claim) ?? DOER_FIRST.exec(claim);
  if (first && !NO_DOER_END.test(first[1]!) && NAMED_IN_FEW_WORDS.test(first[1]!)) return { doer: first[1]!, actedOn: first[2]! };
  const after = DOER_AFTER.exec(claim);
  if (after && NAMED_IN_FEW_WORDS.test(after[2]!)) return { doer: after[2]!, actedOn: after[1]! };
  // Unpunctuated, "the hackers were teenagers" describes them more often than it names another doer.
  const named = punctuated ? DOER_NAMED.exec(claim) : null;
  if (named) return { doer: named[2]!.trim(), actedOn: named[1]!.trim() };
  const alone = DOER_ALONE.exec(claim);
  return alone ? { doer: alone[1]!.trim(), actedOn: '' } : undefined;
}
