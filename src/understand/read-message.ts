import { analyze } from '../search/inverted-index.ts';
import { zipf } from '../search/word-commonness.ts';
import { mendFunctionWordSlips } from './function-word-slips.ts';
import { splitRunTogetherWords } from './run-together-words.ts';
import { expandAbbreviations } from './chat-abbreviations.ts';
import { readIdioms } from './idioms.ts';
import { AUXILIARY, WH_WORD } from './question-openers.ts';
import { isSignOff, stripAsides, stripFiller } from './chat-filler.ts';
import { detectUnreadLanguage, type UnreadLanguage } from './detect-language.ts';
import { SOFT_BREAK, decodeChatEntities, stripPlatformMarkup } from './platform-markup.ts';
import { setEmailHeaderAside } from './email-header.ts';
import { splitStatedNeed } from './stated-need.ts';
import { READING } from '../parameters.ts';

/** One question found in a message, with the words around it that may help but must not decide. */
export interface ReadQuestion {
  /** The question itself, without greetings, markup or sign-offs. */
  text: string;
  /**
   * Context from the same message: who is asking and why, what "it" refers to, words quoted from a message the
   * asker received. Optional evidence for the search; user text, so never echoed in a reply.
   */
  context: string;
  /**
   * What the asker set aside ("besides the NEC, who else…"): not what they ask about, so the entry about it is
   * no answer (answer-message.ts). Also part of `context`.
   */
  setAside?: string;
  /**
   * The part of `context` that only says who the asker is or where they work ("NEC here", "I'm with the Senate",
   * "diplomat posted abroad here"), when the question is read apart from it: who asks, not what is asked, so an
   * entry it alone ranks first gives way to a surer one the question finds without it (answer-question.ts).
   */
  introduction?: string;
}

/** What a chat message holds, as the core reads it. */
export interface ReadMessage {
  /** The questions, in the order they were asked; empty when the message holds none. */
  questions: ReadQuestion[];
  /** What the message was when it held no question: only a greeting, only thanks, or nothing at all. */
  smallTalk?: 'greeting' | 'thanks' | 'banter' | 'empty';
  /** Set when the message is written in a language the knowledge base cannot be searched in. */
  language?: UnreadLanguage;
}

/**
 * A sentence asks something when it starts like a question ("since when…" and "until when…" too, and a question
 * word after a preposition: "on what date did the government ask…" is no lead-in "…asks" reporting a question)
 * or ends with a question mark.
 */
const QUESTION_START = new RegExp(String.raw`^(?:(?:since|from|until|till) when|(?:(?:on|in|at|by|from|to|with|during|after|before|under|through|within|about|for)\s+(?!what it'?s worth\b))?${WH_WORD}|${AUXILIARY})\b`, 'i');
/**
 * "…and translate it into khmer for me", "…and recommend me a good antivirus", "…and give me a summary": a request
 * joined to a question is asked of its own, and may be declined alone. Only with whom or what it acts on, so a verb
 * that shares the question's object ("what did they steal and translate into chinese?") stays in it.
 */
const JOINED_REQUEST = /,?\s+(?:and|also|plus|&|\+)\s+((?:(?:can|could|would) you |pls |plz |please |then )?(?:(?:tell|give|show|send|recommend|suggest|find|get) (?:me|us)|(?:translate|explain|summari[sz]e|describe|list) (?:it|this|that|them|these|those|to me|for me|all)|(?:recommend|suggest) (?:a|an|some|any)|make me)\b[^?!\n]*?)[.?!]*\s*$/gim;

/** Where the sentence holding `offset` starts: after the last full stop, question mark, exclamation mark or line break. */
function sentenceStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('.', offset - 1), text.lastIndexOf('?', offset - 1), text.lastIndexOf('!', offset - 1), text.lastIndexOf('\n', offset - 1)) + 1;
}

/**
 * A request joined to a question starts a sentence of its own; one joined to another request ("register a domain
 * for me and tell me how to host…") is one request.
 */
function requestAfterQuestion(match: string, request: string, offset: number, text: string): string {
  const sentenceStart = sentenceStartBefore(text, offset);
  return QUESTION_START.test(text.slice(sentenceStart, offset).trim()) ? `?\n${request}?` : match;
}

/** "…and should be grateful to know…": the asker's thanks before what they ask, no second question. */
const GRATEFUL_TO_ASK = String.raw`(?:should|would) be (?:most |very |extremely )?(?:grateful|obliged|thankful)\b`;
/**
 * "…, and who found it?", "… and was the senate one of them?", "…, and from when did…", "…, and likewise what…": a
 * second question joined to the first (an adverb after "and" only links the two).
 */
const JOINED_QUESTION = new RegExp(String.raw`,?\s+(?:and|also|plus|&|\+)\s+(?:(?:likewise|similarly|additionally|separately|secondly|further(?:more)?|moreover)\s+)?(?=(?:(?:from|since|until|till|for|in|to|with|by|on|at) )?${WH_WORD}\b|${AUXILIARY}\b)(?!${GRATEFUL_TO_ASK})`, 'gi');
/**
 * Sentence breaks people use in chat: end punctuation, line breaks, dashes, colons, semicolons, ellipses; not the
 * dots of an abbreviation ("which U.S. defense contractor…").
 */
const SENTENCE_BREAK = /(?<=[?!])\s*|(?<=\.)(?<!(?<!\p{L})\p{L}\.\p{L}\.)\s+|\s*(?:\n+|\s[\u2014\u2013-]+\s|\u2014|;|:\s|\.{3,}|\u2026)\s*/u;
/**
 * "was the treasury hit (for a briefing tomorrow)": words in brackets closing a sentence are an aside, read
 * as context; not an address, link or file name ("is this legit (licadho-org[.]com)?"), which is asked about.
 */
const TRAILING_ASIDE = /\s*\(([^()\n.@/:[\]]{3,80})\)(?=\s*(?:[.?!]|$))/gu;
/**
 * "the date of the election for the graphic", "which outlets were hit, for our donor report?", "the election date for
 * context in my article": what the asker writes or holds the answer for, closing a sentence, is context like the
 * aside in brackets;
 * so is whom they will show it to ("…look like, so I can show my class").
 */
const TRAILING_PURPOSE = /(?<![\s,])(?<!\b(?:was|is|were|are|be|been|being|it'?s)),?\s+((?:for (?:some )?(?:context|background|reference)(?: (?:in|for) (?=(?:a|an|the|my|our|this|his|her|their) ))?|for (?=(?:a|an|the|my|our|this|his|her|their) ))(?:a|an|the|my|our|this|his|her|their) (?:[\p{L}'-]+ ){0,2}(?:graphic|graphics|piece|story|article|memo|note|notes|brief|briefing|slides?|deck|presentation|cable|newsletter|podcast|thesis|dissertation|essay|assignment|homework|training|workshop|class|lesson|meeting|sidebar|explainer|caption|headline|report|write-?up|timeline)|for (?:some )?(?:context|background|reference)|so (?:that )?(?:i|we) can (?:show|teach|share|present|explain|use) (?:(?:it|this|that|them) )?(?:(?:to|in|with|for) )?(?:my|our|the|a) (?:[\p{L}'-]+ ){0,2}(?:class|students|trainees|workshop|training|session|team|staff|audience|slides?|deck|presentation|lesson))\s*([.?!]*)\s*$/iu;
/** Words that set something aside: "besides X", "apart from X" (setAsideExclusion). */
const SETTING_ASIDE = String.raw`(?:besides|apart from|aside from|other than|except for|except|excluding)`;
/**
 * "In the 2013 election, how did the CNRP do…?", "During the campaign, which ministries…": a short phrase of time or
 * place opening the sentence sets the scene of the question after its comma, and stays part of it.
 */
const FRONTED_SETTING = String.raw`(?:^|[.?!]\s+|\n\s*)(?:in|during|after|before|since|until|by) (?:the )?\d{4}\b[^,.?!\n]{0,30}`;
/**
 * "what did hun sen, who won re-election, say about…?", "did the election commission, which was compromised, file…",
 * "Monovithya Kem, who received the fake mail, is whose daughter?": a relative clause set off by commas inside a
 * question describes what it follows; the question goes on after its closing comma. Not a question of its own
 * ("…, who were they, did they…": a question word, an auxiliary and a pronoun; "who else…"), nor one followed by
 * another question, a request or a list's next item ("…, which ones, and when?", "…, who wrote it, can you tell
 * me?").
 */
const PRONOUN_SUBJECT = String.raw`(?:they|it|he|she|this|that|these|those|i|we|you|them|him|her)`;
const RELATIVE_ASIDE = String.raw`(?:who|whom|whose|which)\b(?!\s+else\b)(?!(?:\s+ones?)?\s+${AUXILIARY}\s+${PRONOUN_SUBJECT}\b)[^,.?!:;\n]{3,80}`;
/**
 * "what did ben read, the guy from fireeye's team, say…", "what did the ministry of interior, one of the compromised
 * institutions, say…": a description set off by commas as the relative clause is. Only one that opens as a
 * description does ("a", "one of", "the one", "the guy"), not a list's next item ("was the nec, the senate, hit?").
 */
const APPOSITIVE_ASIDE = String.raw`(?:an?|one of|the ones?|the (?:guy|man|woman|lady|person|people|folks|bloke|dude|chap))\b[^,.?!:;\n]{3,60}`;
const QUESTION_GOES_ON = String.raw`,\s+(?!(?:${WH_WORD}|${AUXILIARY}\s+${PRONOUN_SUBJECT}|and|or|but|so|also|plus|then|please|pls|plz|kindly|(?:can|could|would) you|tell me|give me|show me|need|want|i|we|thanks|thx|ty|the|a|an|their|its|his|her|our|my|some|any|all|both)\b)(?=\w)`;
/** At a comma: the description set off by it, and where the question goes on after it. */
const DESCRIPTION_ASIDE_AT = new RegExp(String.raw`,\s+(${RELATIVE_ASIDE}|${APPOSITIVE_ASIDE})${QUESTION_GOES_ON}`, 'iy');
/** What may stand before the description besides a question's opening: a few words naming what it describes. */
const DESCRIBED_NAME = /^(?!(?:besides|apart|aside|other|except|excluding|in|during|after|before|since|until|by|when|if|once|while|although|though|because|as|for|on|at|from|to|with|about|so|and|but|i|we|my|our)\b)(?:[\p{L}\p{N}.'\u2019&-]+\s+){0,5}[\p{L}\p{N}.'\u2019&-]+$/iu;
/** After a description of a thing named at the start, the question goes on with its verb: "is whose daughter?". */
const GOES_ON_WITH_VERB = new RegExp(String.raw`^(?:${AUXILIARY}|[\p{L}-]+(?:s|ed))\b`, 'iu');

/**
 * The description set off by the comma at `comma` in `text`, and where what follows it starts, when the sentence
 * is a question that goes on after it: it opens as a question ("what did hun sen, who…, say…"), or names what is
 * described, then goes on with its verb ("Monovithya Kem, who…, is whose daughter?").
 */
function descriptionAsideAt(text: string, comma: number): { aside: string; end: number } | undefined {
  DESCRIPTION_ASIDE_AT.lastIndex = comma;
  const found = DESCRIPTION_ASIDE_AT.exec(text);
  if (!found) return undefined;
  const before = text.slice(sentenceStartBefore(text, comma), comma).trim();
  const end = DESCRIPTION_ASIDE_AT.lastIndex;
  if (!QUESTION_START.test(before) && !(DESCRIBED_NAME.test(before) && GOES_ON_WITH_VERB.test(text.slice(end)))) return undefined;
  return { aside: found[1]!.trim(), end };
}

/** A comma before a question word that opens a description inside a question, rather than a question of its own. */
function commaBeforeQuestion(comma: string, offset: number, text: string): string {
  return descriptionAsideAt(text, offset) ? comma : '. ';
}

/**
 * "On behalf of the ministry, I should like to know…", "As an observer, may I ask…": the asker's own formal request,
 * after a comma, starts the sentence that asks; what stands before it is who asks, or for whom.
 */
const FORMAL_SELF_REQUEST = String.raw`(?:i|we) (?:should|would|'d)(?: (?:like|wish|appreciate|welcome|be (?:most |very |extremely )?(?:grateful|obliged)))|(?:may|might) (?:i|we) (?:ask|enquire|inquire)`;
/**
 * "…, where do we start", "…, need the name of…", "…, on which IP address…", "…, please explain me who…", the
 * "…, where do we start", "…, need the name of…", "…, i need a quick answer", "…, trying to figure out if…", "…, on
 * which IP address…", "…, please explain me who…", the
 * formal "…, could you set out which…" (asking to be told: "…, can you fix it for me?" is a request of its own,
 * read whole): a comma
 * before a question or a request (asked politely or not) starts a new sentence, unless what stands before it sets
 * something aside ("besides government, who else…"); a question word after a preposition only when no comma
 * follows, which would close a relative clause ("Which ministry, in which the election body sits, was hit?"); nor
 * a relative clause the question goes on after (descriptionAsideAt).
 */
const COMMA_BEFORE_QUESTION = new RegExp(String.raw`(?<!\b${SETTING_ASIDE}\s[^,.?!\n]{1,40})(?<!${FRONTED_SETTING}),\s+(?=(?:(?:please|pls|plz|kindly) )?(?:(?:on|in|at|from|for|by|with|to|during|since|until|under) (?:which|what|whose|whom)\b(?![^,.?!\n]*,)|${WH_WORD}|need|want|(?:i|we) need|trying to (?:figure out|work out|find out|understand|know)|looking for|tell me|give me|show me|explain|list|send|(?:could|can|would) you (?:(?:please|kindly) )?(?:tell|set out|confirm|explain|give|list|clarify|outline|advise|summari[sz]e|indicate|specify|describe|name|let (?:me|us) know|provide|state|remind (?:me|us)|be so (?:kind|good)|be (?:kind|good) enough)|${FORMAL_SELF_REQUEST})\b)`, 'gi');
/**
 * "Could you kindly confirm whether the NEC was compromised, as our mission is preparing a briefing?", "…, since we
 * are drafting a note for the Minister": why the asker asks, closing the question after a comma, is context like the
 * purpose above; its words ("mission", "Minister") must not count against the answer, nor find another. Only a
 * clause about the asker ("as I", "since our"); "…, as reported in March 2018" stays. A clause saying who the asker
 * is ("…, as I'm a journalist") is left to ASKER_CLAUSE, which reads it as their introduction.
 */
const TRAILING_REASON = /,\s+((?:as|since|because|given that|seeing that|seeing as) (?!(?:i'?m|im|i am|we'?re|we are) (?:a|an|one of the|part of)\b|(?:i|we) (?:work|volunteer|report) (?:at|for|in|with|on)\b)(?:i|we|our|my)\b[^?!.\n]{2,100}?)\s*([?!.]*)\s*$/gim;
/**
 * "Could you describe, for our security committee, the July 2018 phish…", "…, for the benefit of our visiting
 * delegation, whose daughter…": whom the answer is for, set off by commas inside a request, is context; the request
 * goes on after it.
 */
const INSET_PURPOSE = /,\s+(for (?:the (?:benefit|purposes?|sake|use|attention) of )?(?:our|my) [^,.?!\n]{2,60}),\s+([^.?!\n]*[.?!]*)/gi;
/** "…what AIRBREAK is, for the benefit of our non-technical colleagues?": whom the answer is for, closing the question. */
const TRAILING_BENEFIT = /,\s+(for the (?:benefit|purposes?|sake|use|attention) of (?:our|my|the) [^,.?!\n]{2,60}?)\s*([?!.]*)\s*$/gim;
/**
 * "…, if you would be so kind?", "…, if it is not too much trouble", "…, at your earliest convenience": how politely
 * it is asked, closing the question.
 */
const CLOSING_COURTESY = /,\s+(?:if (?:you (?:would|could) be so (?:kind|good)|it (?:is|'s) not too much (?:trouble|bother)|you (?:would be|are) so kind|at all possible|you (?:please|would|could|don'?t mind))|at your (?:earliest )?convenience|in due course)(?=\s*[?!.]*\s*$)/gim;
/** A dash between words: in chat, a sentence break, unless it brings examples (keepDashedExamples). */
const DASH = /\s+[\u2014\u2013-]+\s+/g;
/** A few words closing with a question mark, with no question word of their own: "journos, activists?". */
const EXAMPLES_ASKED = new RegExp(String.raw`^(?!(?:${WH_WORD}|${AUXILIARY})\b)(?:[^\s.?!]+\s+){0,3}[^\s.?!]+\?`, 'i');
/** "what is LICADHO, saw it come up with the phishing": where the asker met it starts a sentence of context. */
const COMMA_BEFORE_WHERE_SEEN = /,\s+(?=(?:(?:i |we )?(?:saw|seen|heard|noticed|read about|came across|keep seeing|keep hearing)\b))/gi;
/**
 * "…and it didn't say which company, and I'm curious who found it out?": in a long message, the asker turning to
 * what they wonder starts the question; what they told before it is context.
 */
const TURN_TO_WONDERING = new RegExp(String.raw`(?:,\s*|\s+)(?:and|but|so)\s+(?:now\s+|so\s+|really\s+|honestly\s+)?(?=(?:i'?m|i am|i was|i'?ve been)\s+(?:just\s+|really\s+|now\s+)?(?:curious|wondering)\b|(?:i|we)(?: (?:want|need|would like|wanted)|'d like) to (?:know|understand|explain|find out|figure out)\b|(?:(?:i|we) )?${GRATEFUL_TO_ASK}|(?:i|we) (?:would|should) (?:appreciate|welcome)\b)`, 'gi');
/**
 * "long story short, my uncle was in the opposition and now I read about hacking, so did they…": after a story of
 * `READING.storyBeforeSoWords` words or more, ", so" and a question's auxiliary start the question. After fewer
 * ("got an email from licadho, so is it a phish?") the words before are part of what is asked.
 */
const SO_THEN_ASKED = new RegExp(String.raw`,\s+so\s+(?=${AUXILIARY}\b)`, 'gi');
function turnAfterStory(match: string, offset: number, text: string): string {
  return text.slice(0, offset).split(/\s+/).length >= READING.storyBeforeSoWords ? '. ' : match;
}
/**
 * "my friend is at the interior ministry and he thinks … nobody ever told them anything, did fireeye warn the
 * victims": in a message run on without full stops, a comma and a yes-or-no question's auxiliary with its subject
 * start the question, after a story as long as the one ", so did…" needs. "i need the year so since when has
 * FireEye…": "so" and a question word with its auxiliary do the same, comma or not.
 */
const RUN_ON_ASKED = new RegExp(
  String.raw`,\s+(?=(?:did|was|were|has|have|had)\s+(?:fireeye|they|the|it|he|she|this|that|these|those|any|anyone|anybody|someone|somebody|china)\b)|,?\s+so\s+(?=(?:(?:since|from|until|till) when|${WH_WORD})\s+(?:[\p{L}'-]+\s+)?${AUXILIARY}\b)`,
  'giu',
);
/**
 * The story must be the sentence's own, and not a clause the question hangs on ("when they got into the
 * commission's computers in 2018, did they change anything?" asks one thing).
 */
const HANGING_CLAUSE = new RegExp(String.raw`^\s*(?:when|if|once|after|before|since|because|while|although|though|as|whether|unless|until|given|${WH_WORD}|${AUXILIARY})\b`, 'i');
function runOnTurn(match: string, offset: number, text: string): string {
  const sentenceStart = sentenceStartBefore(text, offset);
  const story = text.slice(sentenceStart, offset);
  return story.trim().split(/\s+/).length >= READING.storyBeforeSoWords && !HANGING_CLAUSE.test(story) ? '. ' : match;
}
/**
 * "sorry on the bus rn but which ministries got hit", "standup in 5 but how does fireeye know": a few words of the
 * asker's own, no question themselves, then "but" and a question word: the question starts after "but", and the
 * words before are context ("rn" there says where the asker is, not that the question asks about now).
 */
const ASIDE_BUT_ASKED = new RegExp(String.raw`(?:^|(?<=[.?!\n]\s*))(?!(?:${WH_WORD}|${AUXILIARY})\b)((?:[\p{L}\p{N}'$-]+[ \t]+){0,7}?[\p{L}\p{N}'$-]+),?[ \t]+but[ \t]+(?=${WH_WORD}[ \t]+\S)`, 'giu');
/** "NGO worker here how do we…": "here" ends a self-introduction run into the question. */
const SELF_INTRODUCTION_END = new RegExp(String.raw`\b(here)\s+(?=${WH_WORD}\b)`, 'gi');
/**
 * "I run comms for the opposition abroad, was one of our MPs hacked?": what the asker does, then a comma and a
 * yes-or-no question: the introduction ends at the comma.
 */
const INTRODUCTION_THEN_ASKED = new RegExp(String.raw`^((?:i|we) (?:work|run|do|handle|manage|lead|coordinate|volunteer|report|cover|write) [^,.?!]{2,60}),\s+(?=${AUXILIARY}\b)`, 'i');
/** A question, or a request to explain, that asks about someone or something other than the bot and the asker. */
const ABOUT_SOMEONE = new RegExp(String.raw`^(?:(?:explain|describe|tell (?:me|us)|give (?:me|us)|show (?:me|us))(?: (?:to (?:me|us)|again))? )?(?:${WH_WORD}|${AUXILIARY})\b.*\b(?:they|them|their|it|its|he|him|his|she|her|this|that|these|those)\b`, 'i');
/** A question made of its question word alone: "how many?", "why?", "since when". */
const BARE_QUESTION_WORD = new RegExp(String.raw`^(?:${WH_WORD})(?: (?:many|much|long|often|exactly|so|then|though|tho))?(?: (?:when))?\s*\??$`, 'i');
/**
 * "which activists were hacked? names please", "which MP was hacked - what's their name?", "…, what's it called?",
 * "…? I need names.", "…? give me the names of the outlets":
 * the form the answer should take, asked of the question before.
 */
const NAMES_ASKED = /^(?:(?:and |with |their |the |full |real |its |his |her |(?:and )?what(?:['\u2019]s| is| are| was| were) (?:their|his|her|its|the)(?: full| real)? |(?:i |we )?(?:need|want|would like) (?:the |their |his |her |its |(?:the )?full |(?:the )?real |some )?)?names?|(?:and )?by name|name them|(?:(?:can|could) you |pls |please )?(?:give|tell|send|list|show) (?:me|us) (?:the |their |all the |all their )?names?(?: of (?:the |these |those |all the )?(?:[a-z-]+ ){0,3}[a-z-]+)?(?: please| pls)?|(?:and )?what(?:['\u2019]s| is| are| was| were) (?:it|they|he|she|that|this one) called)\s*[?.!]*$/i;
/** That the asker checks something: "need to confirm", "want to verify", "quick fact check". */
const CHECKING = String.raw`(?:(?:(?:i|we) )?(?:need|have|got|want) to (?:confirm|check|verify|double-check|double check|fact-check|fact check|make sure)|(?:(?:a|one) )?(?:quick )?(?:fact[- ]?check|sanity check|double[- ]check))`;
/**
 * Sentences about the asker rather than the topic: "I'm at the NEC", "writing a piece", "for a podcast", "on behalf of
 * the ministry", "need to call them", "need to confirm", "quick fact check". Not what the asker needs of the topic: "I
 * need the name of the party".
 */
const ABOUT_THE_ASKER = new RegExp(String.raw`^(?!(?:i|we) (?:need|want|'d like|would like) (?:the|their|its|his|her)\b)(?:(?:i|i'm|im|i've|ive|i'd|we|we're|we've|our|my|me|us)\b|(?:writing|working|doing|preparing|putting together|researching|reporting|covering|drafting|trying|looking|asking|reading|planning|organi[sz]ing|running|helping|building|training|briefing|making|compiling|updating|teaching|studying)\b|for (?:a|an|my|our|the|some context|context|background|reference)\b|as (?:a|an)\b|on behalf of\b|as part of (?:a|an|my|our|the)\b|in (?:my|our) capacity as\b|(?:(?:a|my|our|the) )?(?:brief|memo|piece|story|deck|slides|talking points|cable|write-?up) (?:for|to) (?:the|my|our|a|an)\b|(?:(?:i|we) )?(?:need|have|got|want) to (?:call|reach|contact|email|write|phone|brief|tell|warn|report)\b|${CHECKING}\b|(?:[\p{L}-]+ ){1,5}here\W*$)`, 'iu');
/**
 * Context that gives the asker's reason for asking: "asking because I work at an NGO". ("asking for our
 * rights group" says who "we" are, and is read with the question.)
 */
const ASKING_BECAUSE = /^(?:i'?m |i am |just |only )?asking (?:because|cause|cuz|since)\b/i;
/** Context saying only that the asker checks something: "need to confirm", "quick fact check". */
const CHECKING_ONLY = new RegExp(String.raw`^${CHECKING}\W*$`, 'i');
/** What "per" goes before when it names whose account a question goes by ("per the report", "per fireeye"). */
const A_SOURCE = String.raw`(?:the|this|that|these|their|its|fireeye|fireeye's|bloomberg|reuters|time|ap|voa|mitre|cisa|doj|recorded future|proofpoint|buzzfeed|researchers|experts|analysts|news|sources?|reports?)`;
/**
 * Context that is only whose account the question goes by: "According to FireEye's July 2018 research". "Based on
 * the phishing emails", "judging by" and "per day" name a topic.
 */
const ACCOUNT_ONLY = new RegExp(String.raw`^(?:according to|(?:as )?per (?=${A_SOURCE}\b))[^.?!]{1,60}[.!]*$`, 'i');
/**
 * A question about the asker's organisation: "are we likely targets?", "outfits like ours"; not "the US", which is
 * the country ("briefing for the ambassador: what did the US say about the election?").
 */
const ASKS_ABOUT_US = /\b(?:we|(?<!\bthe )us|our|ours)\b/i;
/** A question about the asker themselves or their organisation: "are we likely targets?", "should I worry?". */
const ASKS_ABOUT_THE_ASKER = new RegExp(String.raw`${ASKS_ABOUT_US.source}|\b(?:like|as) (?:me|mine|myself)\b|\bmy (?:role|job|position|line of work|kind of work|organi[sz]ation|office|team)\b`, 'i');
/**
 * What the asker has to do with the answer, before the question itself: "need to brief new staff on what…", and,
 * after a verb that tells someone something, without "on" or "about": "I have to tell the minister what…", "need
 * to explain to readers why…", "must present to the board what…", "need to walk the team through how…". Who is told
 * names no question word.
 */
const TASK_LEAD_IN = new RegExp(
  String.raw`^((?:(?:i|we) )?(?:(?:need|have|got|want|going|trying|hoping|am|are) to|must|gotta) (?:(?:brief|update|train|answer|write up for) .{1,40}?(?= (?:on|about) )|(?:tell|explain to|warn|teach|inform|show|remind|present to|report to|say to|walk|take) (?:(?!${WH_WORD}\b)[^,.?!:]){1,40}?)) (?:(?:on|about) )?(?=${WH_WORD}\b)`,
  'i',
);
/**
 * "my boss wants to know if …", "I've been asked by my director to find out whether …": a lead-in that reports who
 * asks, before the question itself.
 */
const REPORTED_LEAD_IN = /^(.{3,80}?)\b(?:wants? to know|needs? to know|would like to know|(?:wish(?:es)?|seeks?|would (?:like|wish)|should like) to (?:know|learn|ascertain|understand|establish)|(?:asked|tasked|told) by (?:my|our|the|a|an) [^,.?!:]{1,30}? to (?:find out|check|look into|establish|work out|figure out|see)|(?:asks?|asked|is asking|are asking|keeps? asking)(?: (?:me|us))?(?: to)?(?: (?:enquire|inquire|ask)(?: (?:about|as to|regarding|concerning))?)?|wonders?|wondering)\b(?:\s+(?:if|whether)\b)?\s*/i;

/** People an asker asks for: not "my laptop needs a password reset". */
const PEOPLE_WHO_ASK = String.raw`(?:boss|bosses|editor|editors|desk|team|manager|managers|colleague|colleagues|client|clients|director|chief|minister|ambassador|supervisor|producer|readers|audience|newsroom|lawyer|lawyers|board|staff|members|volunteers|partners|donors|funders|head|ceo|secretary(?:[- ]general)?|chair|chairman|chairwoman|chairperson|president|commissioner|commissioners|counsellor|counselor|teacher|professor|lecturer|coordinator|officer)`;
/** What the asker writes, which "needs" a thing: "our mission report needs the official result…". */
const WRITING_THAT_NEEDS = String.raw`(?:report|memo|note|brief|briefing|cable|article|story|piece|presentation|deck|slides|newsletter|thesis|timeline)`;
/**
 * "my editor wants the name they used in 2017", "our desk needs a list of…", "the secretary general wants the
 * name of…", "editor wants one line on…", "our report needs the…": who wants the thing (or what the asker writes
 * needs it), then the thing asked for, which is the question. Only someone at the start of a sentence that is not
 * shaped like a question, so that "who wants the data?" stays a question, and only people or writing ("my laptop
 * needs a password reset, was it hacked?" is about the laptop).
 */
const SOMEONE_WANTS_LEAD_IN = new RegExp(String.raw`^((?:(?:my|our|the) )?(?:[\p{L}'-]+ ){0,2}(?:${PEOPLE_WHO_ASK}|${WRITING_THAT_NEEDS}(?= needs\b))) (?:wants?|needs?|asks? for|asked for|is asking for)\s+(?=(?:the|a|an|some|one)\s|${WH_WORD}\b)`, 'iu');
/**
 * "for the minister's note I need the list of…", "for a demarche we need the evidence…", "for the cabinet meeting I
 * need to say since when…": what the answer is for, and that the asker needs it, before what they need.
 */
const PURPOSE_LEAD_IN = new RegExp(
  String.raw`^(for (?:a|an|the|my|our|this|his|her|their) [^,.?!:]{1,40}?,? (?:i|we)(?:'m| am| are)? (?:need|want|must|have to|got to|would like)(?: to (?:know|say|find out|check|confirm|give|write|include|mention|get|have|put))?) (?=(?:the|a|an|some|one|all|since|${WH_WORD})\b)`,
  'i',
);

/**
 * Reads a chat message the way a person would: drops platform markup, greetings, thanks and hedges; keeps
 * each question; and keeps what the asker says about themselves as context that may help the search but
 * can never count against an answer.
 */
export function readMessage(message: string): ReadMessage {
  const raw = decodeChatEntities(message);
  // "> the NEC was hacked" quote lines are what the asker saw, read apart from what they write after them.
  const { text: own, quoted: quoteLines } = setQuoteLinesAside(raw);
  const markupless = emojiAsPunctuation(stripPlatformMarkup(own));
  const language = detectUnreadLanguage(markupless);
  if (language) return { questions: [], language };
  const read = stripAsides(readIdioms(mendFunctionWordSlips(expandAbbreviations(splitRunTogetherWords(markupless)))));
  const { text: unheadered, header } = setEmailHeaderAside(read);
  const { text: unquoted, quoted: inQuotes } = setQuotesAside(unheadered);
  const pasted = quoteLines ? [...header, plainText(quoteLines)] : header;
  const quoted = pasted.length > 0 ? [...pasted, ...inQuotes] : inQuotes;
  // What was quoted goes with the first question, when the rest still asks something (after a pasted header or
  // quote lines, whatever the asker wrote is what they ask: "send me the login…"); otherwise the quote is read in
  // place ("translate 'good morning, how are you' into khmer"), its commas no longer splitting it.
  if (quoted.length > 0 && (questionsAsked(unquoted, false) || (pasted.length > 0 && /[\p{L}\p{N}]/u.test(unquoted)))) {
    const found = questionsIn(unquoted);
    // "which one exactly?" names nothing, and is no question alone: after something pasted, it asks of that.
    const first = found[0] ?? (pasted.length > 0 && isQuestionForm(unquoted.trim()) ? { text: unquoted.trim(), context: '' } : undefined);
    if (first) return { questions: [askedOfQuoted(first, joinText(...quoted)), ...found.slice(1)] };
  }
  // What was pasted, with nothing asked of it, is read as the asker's words: the header's sender and subject, and
  // each quote line, a sentence each.
  const inPlace = pasted.length > 0 ? joinText(pasted.join('.\n'), unheadered) : read;
  const plain = quoted.length > 0 ? quotesUnbroken(inPlace) : inPlace;
  // "my cat is called Leviathan haha": a remark made laughing, with nothing asked, is banter, not a search.
  // "fireeye said it was russia lol" is a claim to check, laughing or not: a remark of who said or did what to whom.
  if (LAUGHTER.test(markupless) && !questionsAsked(plain) && !CLAIM_VERB.test(plain) && !WH_IN_PLACE.test(plain)) return { questions: [], smallTalk: 'banter' };
  const found = questionsIn(plain);
  // "how are you?" has no word to search for: it is small talk, not a question the knowledge could answer.
  return found.length > 0 ? { questions: found } : { questions: [], smallTalk: smallTalkKind(plain) };
}

/** A line quoted in Slack's or Discord's markdown: "> …" (">>>" quotes on to the end, read the same). */
const QUOTE_LINE = /^[ \t]*>/m;

/**
 * The message without its quote lines, and those lines; a message that is nothing but quote lines is read whole,
 * as the asker's own.
 */
function setQuoteLinesAside(raw: string): { text: string; quoted: string } {
  if (!raw.includes('>') || !QUOTE_LINE.test(raw)) return { text: raw, quoted: '' };
  const own: string[] = [];
  const quoted: string[] = [];
  for (const line of raw.split('\n')) (QUOTE_LINE.test(line) ? quoted : own).push(line);
  const text = own.join('\n');
  return /[\p{L}\p{N}]/u.test(text) ? { text, quoted: quoted.join('\n') } : { text: raw, quoted: '' };
}

/** Quoted lines read as the asker's words are: markup, chat shorthand and idioms read, each line a sentence. */
function plainText(lines: string): string {
  const read = stripAsides(readIdioms(mendFunctionWordSlips(expandAbbreviations(splitRunTogetherWords(emojiAsPunctuation(stripPlatformMarkup(lines)))))));
  // A quoted e-mail header ("> Fwd: …", "> From: …") reads as the rest of a header does.
  const { text, header } = setEmailHeaderAside(`${read}\n`);
  return joinText(...header, text).replace(/\s*\n+\s*/g, '. ');
}

/** Laughter, and a remark's verb: "periscope sounds like a submarine thing 😂". */
const LAUGHTER = /\b(?:lol|lmao|rofl|haha+|hehe+)\b|[\u{1F602}\u{1F923}\u{1F606}]/iu;
/** A verb of a claim about the affair, who said or did what ("said", "blamed", "hacked"), not of a remark about a name. */
const CLAIM_VERB = /\b(?:said|says|claimed|claims|reported|blamed|blames|hacked|attacked|targeted|compromised|breached|phished|spied|behind|did it|done by)\b/i;
/**
 * A question word left where its answer would stand, as chat asks: "she thought it was who at first lol", "the mail
 * came from where lol". Laughing, such a message still asks.
 */
const WH_IN_PLACE = /\b(?:was|were|is|are|from|by|to|at|hacked|hit|targeted)\s+(?:who|whom|where|when|which one)\b(?:\s+[\p{L}\p{N}']+){0,2}[\s?!.]*$/iu;
const REMARK_VERB = /\b(?:is|are|was|were|sounds?|looks?|seems?|called|named)\b/i;

/**
 * Whether any sentence of a text is shaped like a question, or, with `keywordsAsk`, the text makes no remark at
 * all (keywords are a question too).
 */
function questionsAsked(plain: string, keywordsAsk = true): boolean {
  return sentencesOf(plain).some((sentence) => isQuestionForm(sentence.text)) || (keywordsAsk && !REMARK_VERB.test(plain));
}

/** A text's sentences, each as written and without its greetings, hedges and sign-offs; those left empty go. */
function sentencesOf(plain: string): { raw: string; text: string }[] {
  // Loops rather than `map` in this reading: optimised, `map` returns holey arrays where unoptimised it
  // returns packed ones, and whatever reads them is compiled again for the second kind.
  const sentences: { raw: string; text: string }[] = [];
  const split = splitSentences(plain);
  for (let i = 0; i < split.length; i++) {
    const sentence = split[i]!;
    // A signature closing the message ("best, S.") is neither question nor context.
    if (i > 0 && i === split.length - 1 && isSignOff(sentence)) continue;
    const text = stripFiller(sentence);
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ raw: sentence, text });
    // "someone says the NEC used Chinese servers. is that right?": a sentence that only asked to confirm the one
    // before makes that one the question ("…servers?"), read as asked rather than as keywords.
    else if (sentences.length > 0 && CONFIRMING_TAG.test(sentence)) {
      const last = sentences[sentences.length - 1]!;
      if (!last.text.endsWith('?')) last.text = `${last.text.replace(/[.!\s]+$/, '')}?`;
    }
  }
  return sentences;
}

/** What a sentence asking only to confirm the claim before it says ("is that right?", "true?", "any truth to it?"). */
const CONFIRMING_TAG = /\b(?:true|right|correct|accurate|legit|real|truth|confirm|so|the case|say that|say this)\b.*\?/i;

/** The questions a message's text holds, read sentence by sentence, each with its context. */
function questionsIn(plain: string): ReadQuestion[] {
  const sentences = sentencesOf(plain);
  if (sentences.length === 0) return [];
  askOfDescribedTopics(sentences);

  // Each sentence's reported lead-in ("my boss wants to know…"), read once for both branches below.
  const reported: ReturnType<typeof splitReportedLeadIn>[] = [];
  const asking: boolean[] = [];
  // "names?" after a question asks names of it, though shaped like a question of its own; "my editor keeps asking
  // how long…" reports a question, which is asked, though the sentence is not shaped like one.
  for (const [i, sentence] of sentences.entries()) {
    const read = splitReportedLeadIn(sentence.text);
    reported.push(read);
    asking.push(asksQuestion(sentence.text, read) && !(i > 0 && NAMES_ASKED.test(sentence.text)));
  }
  const questions: ReadQuestion[] = [];
  // Questions whose only context is who they are asked for: "my boss" (wants to know…).
  const askedFor = new Map<ReadQuestion, string>();
  // The sentences before a question that introduce the asker ("I'm a diplomat posted in Phnom Penh."), which stay
  // context when a question with nothing specific of its own is read with what else came before it.
  // A sentence among them that reports a question ("I've been asked by my director to find out whether…") is
  // read, in that case, as the question it reports.
  const introductions = new Map<ReadQuestion, Introductions>();
  const ask = (text: string, context: string, leadIn: string, askerClause = '') => {
    const question: ReadQuestion = { text, context };
    const introduction = askerIntroduction(pendingContext, askerClause);
    if (introduction) question.introduction = introduction;
    if (leadIn && context === leadIn) askedFor.set(question, leadIn);
    const introducing: Introductions = { sentences: [], reported: new Map() };
    for (const sentence of pendingContext) {
      const { question: reportedQuestion, leadIn: reportedBy } = splitReportedLeadIn(sentence);
      const asked = REPORTED_QUESTION.exec(reportedQuestion);
      if (reportedBy && asked) introducing.reported.set(sentence, { question: reportedQuestion.slice(asked[0].length), leadIn: reportedBy });
      else if (SELF_INTRODUCTION.test(sentence) && !REPORTS_A_QUESTION.test(sentence)) introducing.sentences.push(sentence);
    }
    if (introducing.sentences.length > 0 || introducing.reported.size > 0) introductions.set(question, introducing);
    questions.push(question);
  };
  let pendingContext: string[] = [];
  if (asking.some(Boolean)) {
    sentences.forEach((sentence, i) => {
      if (!asking[i]) {
        // Before any question it introduces the next one; after one, it adds to the last.
        const last = questions.at(-1);
        if (last && NAMES_ASKED.test(sentence.text)) {
          last.text = joinText(last.text.replace(/[?.!]+$/, ''), 'names?');
          return;
        }
        if (last && i > 0) last.context = joinText(last.context, sentence.text);
        else pendingContext.push(sentence.text);
        return;
      }
      const { question: reportedQuestion, leadIn } = reported[i]!;
      const { question: unattributed, asker } = splitAskerClause(reportedQuestion);
      const { question: described, source } = splitAttribution(unattributed);
      const { question, aside } = setRelativeAsideApart(described);
      ask(question, joinText(...pendingContext, leadIn, asker, source, aside), leadIn, asker);
      pendingContext = [];
    });
  } else {
    // No sentence is shaped like a question: keyword searches and requests ("china cambodia aid", "need the
    // name of the group") are the questions, and what is about the asker is their context. A reported
    // lead-in ("my boss wants to know how to…") is about the asker; what follows it is the request.
    const topical = reported.filter((r) => r.leadIn || !ABOUT_THE_ASKER.test(r.question));
    const about = reported.filter((r) => !r.leadIn && ABOUT_THE_ASKER.test(r.question)).map((r) => r.question);
    if (topical.length === 0) questions.push({ text: joinText(...about), context: '' });
    else topical.forEach((r, i) => ask(r.question, joinText(...(i === 0 ? about : []), r.leadIn), r.leadIn));
  }
  const folded: ReadQuestion[] = [];
  // Set aside after folding: what the asker sets aside must not become what a generic question asks about.
  // Whoever the question is asked for ("my boss wants to know who did it") is no topic to fold in.
  for (const question of questions) {
    // (Unless a later sentence added to the context: "my boss wants to know what now. we clicked the link.")
    // A question with no word of its own ("my boss wants to know what now") still takes its context as topic.
    const asked = askedFor.get(question) === question.context && contentWords(question.text).length > 0 ? question : foldGenericQuestion(question, introductions.get(question));
    // Folded into the question ("NEC here — were we hit?" asks of the NEC), the introduction is no longer apart from it.
    if (asked !== question && asked.introduction !== undefined && (asked.text !== question.text || !asked.context.includes(asked.introduction))) delete asked.introduction;
    folded.push(setAsideExclusion(asked));
  }
  return mergeDependentQuestions(folded).flatMap(splitComparedThings).flatMap(splitElidedQuestion);
}

/** A word a yes-or-no question may close on before "and": a participle ("hit", "targeted", "broken into"). */
const PARTICIPLE = String.raw`(?:[\p{L}-]{2,}ed|hit|struck|stolen|broken into|got into|spied on|gone after|caught|found|known|seen|taken|hurt|affected)`;
/** A thing named after "and": a few words, none of them a question's verb or question word. */
const JOINED_THING = String.raw`((?:the |its |their |his |her |our |any )?(?:[\p{L}\p{N}.'\u2019-]+ ){0,4}?[\p{L}\p{N}.'\u2019-]+)`;
const ELIDED_TAIL = String.raw`(?: too| as well| also| either)?\s*[?.!]*$`;
/** "was the senate hit and the interior ministry too?": the first question, then only the other thing it asks of. */
const SUBJECT_ELIDED = new RegExp(String.raw`^(${AUXILIARY}) ((?:[\p{L}\p{N}.'\u2019-]+ ){0,5}?[\p{L}\p{N}.'\u2019-]+) (${PARTICIPLE}(?: too| as well)?),? and (?:also )?${JOINED_THING}${ELIDED_TAIL}`, 'iu');
/** "did they hack the senate and the nec?": the first question's object, then another object after "and the". */
const OBJECT_ELIDED = new RegExp(String.raw`^(${AUXILIARY} (?:[\p{L}\p{N}.'\u2019-]+ ){1,6}?)the ((?:[\p{L}\p{N}.'\u2019-]+ ){0,4}[\p{L}\p{N}.'\u2019-]+),? and (?:also )?the ((?:[\p{L}\p{N}.'\u2019-]+ ){0,4}?[\p{L}\p{N}.'\u2019-]+)${ELIDED_TAIL}`, 'iu');
const QUESTION_WORD_INSIDE = new RegExp(String.raw`\b(?:${AUXILIARY}|${WH_WORD}|and|or|than)\b`, 'i');
const ENDS_IN_PARTICIPLE = new RegExp(String.raw`\s${PARTICIPLE}$`, 'iu');

/**
 * "was the senate hit and the interior ministry too?", "did they hack the senate and the nec?": one yes-or-no
 * question asked of two things, the second named after "and" with the rest left out. Each thing is asked about
 * as if alone ("was the interior ministry hit?"), since an answer about the one says nothing of the other; the
 * second is read with the first as its context. "was kem sokha arrested and the cnrp dissolved?" asks two whole
 * questions. Things that are one name ("the ministry of economy and finance") have no "the" or verb after "and".
 */
function splitElidedQuestion(question: ReadQuestion): ReadQuestion[] {
  const text = question.text.trim();
  const second = secondOfElided(text);
  if (!second) return [question];
  const first = second.first.replace(/[?.!]*$/, '?');
  return [
    { ...question, text: first },
    { text: second.asked, context: joinText(question.context, first) },
  ];
}

function secondOfElided(text: string): { first: string; asked: string } | undefined {
  const subject = SUBJECT_ELIDED.exec(text);
  if (subject) {
    const [, aux, , verb, thing] = subject;
    if (QUESTION_WORD_INSIDE.test(thing!)) return undefined;
    const first = `${aux} ${subject[2]} ${verb}`;
    // "…and the cnrp dissolved?": a whole second question whose verb differs.
    if (ENDS_IN_PARTICIPLE.test(` ${thing!}`)) return { first, asked: `${aux} ${thing}?` };
    return { first, asked: `${aux} ${thing} ${verb!.replace(/ (?:too|as well)$/i, '')}?` };
  }
  const object = OBJECT_ELIDED.exec(text);
  if (object) {
    const [, head, firstThing, thing] = object;
    if (QUESTION_WORD_INSIDE.test(thing!) || QUESTION_WORD_INSIDE.test(firstThing!) || ENDS_IN_PARTICIPLE.test(` ${thing!}`)) return undefined;
    return { first: `${head}the ${firstThing}`, asked: `${head}the ${thing}?` };
  }
  return undefined;
}

/**
 * "> the NEC was hacked / who actually said that?", '"APT40 is just Leviathan under another name" - right or wrong?',
 * a pasted e-mail then "who is she?": a question that points back at what was quoted, or names little of its own,
 * takes the quote as its subject; "which companies?" after "Japanese defense companies were targeted" asks it of
 * the thing quoted ("which Japanese defense companies were targeted?"). A question with a subject of its own keeps
 * the quote as context.
 */
function askedOfQuoted(question: ReadQuestion, quote: string): ReadQuestion {
  const which = whichAskedOf(question.text, quote);
  if (which) return { ...question, text: which };
  // "> ScanBox / how do I set one up on my own site?": a quoted name stands where "it" or "one" points at it, so
  // the question reads, and is declined or answered, as if asked with the name.
  if (QUOTED_NAME.test(quote) && STANDS_FOR_THE_NAME.test(question.text)) return { ...question, text: question.text.replace(STANDS_FOR_THE_NAME, quote) };
  const asked = withoutJudgement(question.text);
  let own = 0;
  for (const word of contentWords(asked)) if (!HOLDS_OR_NOT.has(word)) own++;
  // "which firm wrote it?" asks for a thing of its own, the quote its context; "who is she?", "is that real?" ask
  // of the quote.
  const pointsBack = own === 0 || (own === 1 && POINTS_BACK_TO_QUOTE.test(question.text));
  // The question first, as it was asked ("who said that the NEC was hacked", "can you translate this … into
  // khmer"), so what its opening says it asks (a request to decline, a claim to check) is still read.
  if (pointsBack) return { text: `${joinText(asked.replace(/[\s?!.]+$/, ''), quote.replace(/[\s?!.]+$/, ''))}?`, context: question.context };
  return { ...question, context: joinText(question.context, quote) };
}

/** A quote that is a name: up to three words, no sentence ("ScanBox", "Hainan Xiandun", "partyforumseasia[.]com"). */
const QUOTED_NAME = /^[\p{L}\p{N}][\p{L}\p{N}.[\]'_-]*(?: [\p{L}\p{N}][\p{L}\p{N}.[\]'_-]*){0,2}$/u;
/** "it", "one", "them": what stands for a thing named before. */
const STANDS_FOR_THE_NAME = /\b(?:it|one(?! of\b)|them)\b/i;

/** Whether a quoted claim holds, asked of it: "right or wrong?", "real?", "false?" ask nothing of their own. */
const HOLDS_OR_NOT: ReadonlySet<string> = new Set(['right', 'wrong', 'real', 'false', 'fake', 'true', 'accurate', 'correct', 'legit', 'confirm', 'confirmed']);

/** A word standing for what was quoted: "who said that?", "is this the cambodia group?", "who is she?". */
const POINTS_BACK_TO_QUOTE = /\b(?:that|this|it|these|those|they|them|their|she|he|her|his|its|one)\b/i;

/**
 * "which company?", "which one exactly?", "which MP was it?": "which", the kind of thing asked (or "one"), and
 * nothing else of substance.
 */
const WHICH_BACK = /^(?:and |so |but |ok |okay )?which ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+)(?: (?:was|were|is|are) (?:it|they|that|those|these|this))?(?: (?:exactly|then|precisely|specifically|though))?\s*[?!.]*$/iu;
/** Where a described thing starts: "a", "the", "two"… */
const DETERMINER = /^(?:a|an|the|some|one|two|three|four|several|many|various|certain|another|other)$/i;
/** A word that ends a described thing's modifiers, walking back from its noun: a verb, a preposition, a conjunction. */
const NOT_A_MODIFIER = /^(?:[\p{L}-]+ed|was|were|is|are|be|been|has|have|had|got|hit|and|or|but|of|in|on|at|by|for|with|from|to|into|that|which|who|also|too|then)$/iu;

/**
 * The described thing `quote` names, asked of with "which": the thing whose noun the question names ("which
 * banks?" finds "Cambodian banks"), or for "which one(s)?" the first thing the quote introduces with "a", "the"
 * or a number. Its determiner becomes "which", or "which" goes before its modifiers.
 */
function whichAskedOf(question: string, quote: string): string | undefined {
  const asked = WHICH_BACK.exec(question.trim());
  if (!asked) return undefined;
  const noun = asked[1]!.toLowerCase().split(' ')[0]!;
  const words = quote.replace(/[?!.]+$/, '').split(/\s+/);
  let at = -1;
  if (noun === 'one' || noun === 'ones') {
    // With no "a" or "the", the quote opens with the thing ("Japanese defense companies were targeted").
    const determiner = words.findIndex((word) => DETERMINER.test(word));
    at = determiner < 0 ? 0 : determiner < words.length - 1 ? determiner + 1 : -1;
  } else {
    const stem = noun.replace(/(?:ies|es|s|y)$/, '');
    if (stem.length < 2) return undefined;
    at = words.findIndex((word) => word.toLowerCase().replace(/[^\p{L}-]/gu, '').startsWith(stem));
  }
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && start > at - 4 && !DETERMINER.test(words[start - 1]!) && !NOT_A_MODIFIER.test(words[start - 1]!)) start--;
  const determined = start > 0 && DETERMINER.test(words[start - 1]!);
  const before = words.slice(0, determined ? start - 1 : start);
  return `${joinText(before.join(' '), 'which', words.slice(start).join(' '))}?`;
}

/**
 * "got a mail saying 'Dear colleague, please see the attached survey, thanks' from licadho. legit?": words
 * quoted from something the asker saw are evidence about it, not what they ask, and their commas and
 * "thanks" are not the message's. Quotes of three words or more are set aside as context; a quoted name
 * ("what is 'ScanBox'?") or one holding an address, link or file name stays. An apostrophe between letters is
 * part of a quoted word ("'TEMP.Periscope's three servers are open indexed'"), not its end.
 */
const QUOTED = /(?<=^|[\s(:])(['"\u2018\u201c])((?:(?:[^'"\u2018\u2019\u201c\u201d\s]|(?<=\p{L})['\u2019](?=\p{L}))+[ \t]+){2,60}(?:[^'"\u2018\u2019\u201c\u201d\s]|(?<=\p{L})['\u2019](?=\p{L}))+)['"\u2019\u201d](?=$|[\s.,;:!?)])/gu;

function setQuotesAside(text: string): { text: string; quoted: string[] } {
  if (!/['"\u2018\u201c]/.test(text)) return { text, quoted: [] };
  const quoted: string[] = [];
  const rest = text.replace(QUOTED, (whole: string, _open: string, inside: string, at: number) => {
    // A quoted question is what is asked (my boss asked "who hacked the NEC?"); an address, link or file name
    // stays where /check and the indicator lookup read it; and so does a title naming what is asked about ("what
    // was the 'Japan to support the election' file about?").
    if (isQuestionForm(inside) || INDICATOR_LIKE.test(inside) || namesWhatFollows(text, at, whole.length)) return whole;
    quoted.push(inside.trim());
    return ' ';
  }).replace(/[ \t]{2,}/g, ' ');
  return { text: rest, quoted };
}

/** Between a determiner and a noun ("the '…' file", "that '…' email"), a quote is a title: the name of what is asked about. */
function namesWhatFollows(text: string, at: number, length: number): boolean {
  return /\b(?:the|that|this|their|its|a|an)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && /^\s+\p{L}/u.test(text.slice(at + length, at + length + 3));
}

/**
 * A dot or "@" between word characters, defanged or not: an address, link or file name. After a plain dot, what
 * ends the word is short, a domain's or a file's ending ("mlcdailynews.com", "Interview-Questions.docx.js",
 * "112.66.188.28"), not a dotted name ("'TEMP.Periscope's three servers are open indexed'" is a quote).
 */
const INDICATOR_LIKE = /[\p{L}\p{N}\]](?:\[\.\]|@)[\p{L}\p{N}]|[\p{L}\p{N}]\.[\p{L}\p{N}]{1,6}(?![\p{L}\p{N}'\u2019])/u;

/** The text with the commas and semicolons inside its quotes dropped, so a quote is never split into sentences. */
function quotesUnbroken(text: string): string {
  return text.replace(QUOTED, (whole: string) => (INDICATOR_LIKE.test(whole) ? whole : whole.replace(/[,;]/g, '')));
}

/**
 * "eviltech vs dadbod", "whats murkytop + homefry": two things set side by side, each a few words, are two
 * questions, one about each ("what is murkytop?", "what is homefry?"); a question about them together goes on
 * as asked.
 */
const COMPARED_THINGS = /^((?:what(?:'s|\u2019s| is| are| were| was)|whats|who(?:'s|\u2019s| is| are| were| was)|whos|tell me about|compare) )?((?:[\p{L}\p{N}.-]+ ){0,2}[\p{L}\p{N}.-]+) (?:vs\.?|versus|\+|&) ((?:[\p{L}\p{N}.-]+ ){0,2}[\p{L}\p{N}.-]+)\s*\??$/iu;

/**
 * "difference between AIRBREAK and EVILTECH?", "how is ScanBox different from AIRBREAK": a comparison asked in
 * words is answered the same way, one thing after the other.
 */
const THING = String.raw`((?:[\p{L}\p{N}.'’-]+ ){0,3}[\p{L}\p{N}.'’-]+)`;
const DIFFERENCE_ASKED = new RegExp(
  String.raw`^(?:(?:so |and |but )?(?:what(?:'s|\u2019s| is| are)|whats|explain|tell me)(?: the)?(?: main| real| big)? |the |any )?differences? between ${THING} and ${THING}\s*\??$|^how (?:is|are|was|were) ${THING} different (?:from|to|than) ${THING}\s*\??$|^how (?:does|do|did) ${THING} differ from ${THING}\s*\??$`,
  'iu',
);

function comparedInWords(text: string): [string, string] | undefined {
  const asked = DIFFERENCE_ASKED.exec(text);
  if (!asked) return undefined;
  const things = asked.slice(1).filter((thing): thing is string => thing !== undefined);
  return things.length === 2 ? [things[0]!, things[1]!] : undefined;
}

/**
 * One of the two things, as a named group of up to three words; `fewest` inside a question, each thing as few words
 * as let the rest read ("…homefry and murkytop do?").
 */
const thing = (name: string, fewest = false) => String.raw`(?<${name}>(?:[\p{L}\p{N}.-]+ ){0,2}${fewest ? '?' : ''}[\p{L}\p{N}.-]+)`;
/**
 * "homefry vs murkytop - what does each one do?", "what does each of homefry and murkytop do?", "what do homefry and
 * murkytop each do?": a question about each of two things, asked once of each ("what does homefry do?").
 */
const ASKED_OF_EACH = [
  // The pair before the question, then the question with "each" where each thing goes.
  new RegExp(String.raw`^${thing('first')} (?:vs\.?|versus|\+|&) ${thing('second')}\s*[-\u2013\u2014:,]?\s+(?<before>${WH_WORD}\b.*?)\beach(?: one| of them| of the two)?\b(?<after>.*)$`, 'iu'),
  // The pair inside the question.
  new RegExp(String.raw`^(?<before>${WH_WORD}\b.*?)\beach of ${thing('first')} (?:and|&) ${thing('second', true)}\b(?<after>.*)$`, 'iu'),
  new RegExp(String.raw`^(?<before>${WH_WORD}\b.*)\b${thing('first', true)} (?:and|&) ${thing('second', true)} each\b(?<after>.*)$`, 'iu'),
];

function askedOfEach(text: string): [string, string] | undefined {
  for (const form of ASKED_OF_EACH) {
    const groups = form.exec(text)?.groups as Record<'first' | 'second' | 'before' | 'after', string> | undefined;
    if (!groups) continue;
    const { second, after } = groups;
    // "what do the nec and the senate each say?": the article is the first thing's.
    const article = /\b(?:the|a|an) $/i.exec(groups.before);
    const before = article ? groups.before.slice(0, article.index) : groups.before;
    const first = article ? `${article[0]}${groups.first}` : groups.first;
    if (twoThings(first, second)) return [`${before}${first}${after}`, `${before}${second}${after}`];
  }
  return undefined;
}

function splitComparedThings(question: ReadQuestion): ReadQuestion[] {
  const each = askedOfEach(question.text);
  if (each) return askedOneByOne(each[0], each[1], question.context);
  const inWords = comparedInWords(question.text);
  if (inWords) return twoThings(inWords[0], inWords[1]) ? askedOneByOne(inWords[0], inWords[1], question.context) : [question];
  const compared = COMPARED_THINGS.exec(question.text);
  if (!compared || !twoThings(compared[2]!, compared[3]!)) return [question];
  const head = compared[1] && !/^compare /i.test(compared[1]) ? compared[1] : '';
  return askedOneByOne(`${head}${compared[2]!}`, `${head}${compared[3]!}`, question.context);
}

/**
 * Two different things, each with a name: "what is 2 + 2" sets no two things side by side, nor "the difference
 * between the 2013 and 2018 elections" (two years of one thing), nor "the march and july reports" (two months of
 * one thing), nor "how is this different from Cambridge Analytica" (the story itself set beside something else:
 * one question about both).
 */
function twoThings(first: string, second: string): boolean {
  const named = (thing: string) => {
    const bare = thing.replace(/^(?:the|a|an) /i, '');
    return /\p{L}/u.test(bare) && !MONTH_ALONE.test(bare) && !POINTING_BACK_ALONE.test(bare);
  };
  return first.toLowerCase() !== second.toLowerCase() && named(first) && named(second) && !DEFENCE_ALONE.test(first);
}

/** "the recommendations vs apt40", "tips vs phishing": a defence set against what it defends from, not beside it. */
const DEFENCE_ALONE = /(?:^|\s)(?:recommendations?|advice|tips|defen[cs]es?|protections?|mitigations?|countermeasures?|measures|best practices?)$/i;

const MONTH_ALONE = /^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;
/** "this", "that one", "this hack": what is already being talked about, not a thing of its own. */
const POINTING_BACK_ALONE = /^(?:it|this|that|these|those|they|them)(?: (?:one|case|hack|hacks|hacking|attack|attacks|campaign|operation|story|thing))?$/i;

/** One question about each thing, the second read with the first as its context. */
function askedOneByOne(first: string, second: string, context: string): ReadQuestion[] {
  return [
    { text: first, context },
    { text: second, context: joinText(context, first) },
  ];
}

/**
 * "NGO worker here 🙋 how do we…": an emoji before a question, or before a capital letter that starts the next
 * sentence ("my grandson set me up on slack 😅 I'd like to know…"), ends the sentence before it, unless that
 * sentence is itself a question still going on ("what nasties 🦠 did they drop", "what did APT40 😡 Do"); elsewhere
 * it is decoration.
 */
const CAPITAL_START = /^\p{Lu}/u;
function emojiAsPunctuation(text: string): string {
  if (!text.includes(SOFT_BREAK)) return text;
  const parts = text.split(SOFT_BREAK).map((part) => part.trim());
  let joined = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    if (!part) continue;
    const sentenceSoFar = joined.split(/[.!?\n]\s*/).at(-1) ?? '';
    const endsSentence = (QUESTION_START.test(part) || CAPITAL_START.test(part)) && !QUESTION_START.test(sentenceSoFar.trim());
    joined = joined ? `${joined}${endsSentence ? '\n' : ' '}${part}` : part;
  }
  return joined.trim();
}

/**
 * "which came first: the report or the election?": a question of order whose options follow a colon is one question;
 * the colon does not end it (tested only on a message with a colon).
 */
const ORDER_BEFORE_OPTIONS = /\b((?:which|what)(?: one)? (?:came|happened|was|were|went|comes|is|did) (?:first|earlier|later|last|sooner|second))\s*:\s+(?=[^?.!\n]*\bor\b)/gi;

function splitSentences(text: string): string[] {
  const parts = keepDashedExamples(text.includes(':') ? text.replace(ORDER_BEFORE_OPTIONS, '$1, ') : text)
    .replace(CLOSING_COURTESY, '')
    .replace(INSET_PURPOSE, (_whole: string, purpose: string, rest: string) => ` ${rest}${/[.?!]$/.test(rest) ? '' : '.'}\n${purpose}.`)
    .replace(TRAILING_REASON, (_whole: string, reason: string, end: string) => `${end || '.'}\n${reason}`)
    .replace(TRAILING_BENEFIT, (_whole: string, purpose: string, end: string) => `${end || '.'}\n${purpose}`)
    .replace(TRAILING_ASIDE, '.\n$1')
    .replace(TRAILING_PURPOSE, (_whole: string, purpose: string, end: string) => `${end || '.'}\n${purpose}`)
    .replace(JOINED_QUESTION, '? ')
    .replace(JOINED_REQUEST, requestAfterQuestion)
    .replace(COMMA_BEFORE_QUESTION, commaBeforeQuestion)
    .replace(COMMA_BEFORE_WHERE_SEEN, '. ')
    .replace(TURN_TO_WONDERING, '. ')
    .replace(ASIDE_BUT_ASKED, '$1. ')
    .replace(SO_THEN_ASKED, turnAfterStory)
    .replace(RUN_ON_ASKED, runOnTurn)
    .replace(SELF_INTRODUCTION_END, '$1. ')
    .replace(INTRODUCTION_THEN_ASKED, '$1. ')
    .split(SENTENCE_BREAK);
  // A loop, not `map` then `filter`: optimised, `map` returns a holey array where unoptimised it returns a
  // packed one, and the `filter` compiled for the one is compiled again for the other.
  const sentences: string[] = [];
  for (const part of parts) {
    const sentence = part?.trim() ?? '';
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

/**
 * "who else got hit — journos, activists?": a few words after a dash that end the sentence's question, with
 * no question word of their own, give examples of what it asks; they stay part of that question. Scanned
 * dash by dash (a regular expression looking back from every position took 20 ms on a long message).
 */
function keepDashedExamples(text: string): string {
  if (!/\s[\u2014\u2013-]+\s/.test(text)) return text;
  return text.replace(DASH, (dash: string, at: number) => {
    const sentenceStart = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('?', at), text.lastIndexOf('!', at), text.lastIndexOf('\n', at)) + 1;
    const before = text.slice(sentenceStart, at).trim().replace(LEADING_SET_ASIDE, '');
    const asks = QUESTION_START.test(before) && !/[\u2014\u2013]/.test(before);
    return asks && EXAMPLES_ASKED.test(text.slice(at + dash.length)) ? ', ' : dash;
  });
}

/** "besides government, " before a question: what it sets aside does not stop the rest being one. */
const LEADING_SET_ASIDE = new RegExp(String.raw`^${SETTING_ASIDE}\s[^,.?!\n]{1,40},\s*`, 'i');

function isQuestionForm(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || QUESTION_START.test(sentence.replace(LEADING_SET_ASIDE, ''));
}

/**
 * "should I turn on 2fa if I'm a journalist covering cambodia?": a closing clause saying who the asker is, as a
 * role ("a journalist", "an NGO worker") or a workplace ("I work at the NEC"), is context. "what should I do if
 * I'm hacked?" keeps its clause: it is the situation asked about.
 */
const ASKER_CLAUSE = /,?\s+(?:if|since|as|because|cause|cuz) ((?:(?:i'?m|im|i am|we'?re|we are) (?:a|an|one of the|part of (?:a|an|the))|(?:i|we) (?:work|volunteer|report) (?:at|for|in|with|on)) [^?!.]{2,60}?)(\?*)$/i;

/**
 * "when did the fireeye report come out, asking for the NEC", "what's a spear phish, asking as a senate aide": whom
 * the asker asks for, or as, closing the question after a comma, is who they are.
 */
const ASKING_AS_CLAUSE = /,\s+(asking (?:as|for|on behalf of) (?:the|a|an|my|our|one of the) [^?!.,]{2,40}?)(\?*)$/i;

/** The question without a closing clause about the asker, and the clause without its "if" (read as an introduction). */
function splitAskerClause(sentence: string): { question: string; asker: string } {
  // The closing "asking for…" only where the word is (a plain search, cheaper than the clause's pattern).
  const match = ASKER_CLAUSE.exec(sentence) ?? (sentence.includes('asking') || sentence.includes('Asking') ? ASKING_AS_CLAUSE.exec(sentence) : null);
  if (!match || match.index === 0) return { question: sentence, asker: '' };
  return { question: `${sentence.slice(0, match.index)}${match[2]}`, asker: match[1]! };
}

/**
 * "why would beijing care, according to the researchers?", "…, going by the news story?": whose account the asker
 * goes by closes the question. It is context: the sources say who said what, and the words must not count
 * against an answer that does not repeat them ("coverage", "piece"). "Per" only before a source ("per the
 * report", "per fireeye"): "the turnout per province" is no account, nor "based on the 2013 video", nor the name
 * the group is "going by these days".
 */
const TRAILING_ATTRIBUTION = new RegExp(String.raw`(?<![\s,]),?\s+((?:according to|going by(?! (?:these days|now|today|nowadays|currently)\b)|judging by|as per|per(?= ${A_SOURCE}\b)) (?:[\p{L}\p{N}.'\u2019-]+ ){0,5}[\p{L}\p{N}.'\u2019-]+)(\?*)$`, 'iu');

/** The question without a closing account it goes by, and that account. */
function splitAttribution(sentence: string): { question: string; source: string } {
  const match = TRAILING_ATTRIBUTION.exec(sentence);
  if (!match || !QUESTION_START.test(sentence) || contentWords(sentence.slice(0, match.index)).length === 0) return { question: sentence, source: '' };
  return { question: `${sentence.slice(0, match.index)}${match[2]}`, source: match[1]! };
}

/**
 * Whether a sentence asks something: shaped like a question, or reporting one after its lead-in ("my boss asks
 * who…"), as `splitReportedLeadIn` read it.
 */
function asksQuestion(sentence: string, { question, leadIn }: { question: string; leadIn: string }): boolean {
  return isQuestionForm(sentence) || (leadIn !== '' && isQuestionForm(question));
}

/**
 * "my boss at the election commission asks if we should…", "need to brief new staff on what…" → the
 * question, and its lead-in as context.
 */
function splitReportedLeadIn(sentence: string): { question: string; leadIn: string } {
  if (QUESTION_START.test(sentence)) return { question: sentence, leadIn: '' };
  const match = REPORTED_LEAD_IN.exec(sentence) ?? TASK_LEAD_IN.exec(sentence) ?? SOMEONE_WANTS_LEAD_IN.exec(sentence) ?? PURPOSE_LEAD_IN.exec(sentence);
  if (!match) return splitStatedNeed(sentence) ?? { question: sentence, leadIn: '' };
  if (match[0].length >= sentence.length) return { question: sentence, leadIn: '' };
  // "…wants to know if we were hit" asks whether we were: a yes-or-no question, not a statement.
  const yesOrNo = /\b(?:if|whether)\s*$/i.test(match[0]) ? 'whether ' : '';
  return { question: yesOrNo + sentence.slice(match[0].length), leadIn: match[1]!.trim() };
}

/**
 * "was anyone besides the election commission hit?": a participle closing the question is what it asks, not part
 * of what is set aside (which would leave "was anyone?").
 */
const CLOSING_PARTICIPLE = String.raw`(?:hit|hacked|targeted|compromised|attacked|affected|breached|infected|phished|spied on|involved|named|mentioned|notified|warned|told)(?:\s+(?:too|as well|also|either))?\s*(?=[,?!.]|$)`;

/**
 * "what other tools does apt40 use besides airbreak?", "Besides Kem's daughter, was there…", "what points to
 * China, beyond motive?": what the asker sets aside is not what they ask about, so it becomes context (it
 * may support an answer, never decide one). "beyond" only after a comma: "was the attack beyond the NEC"
 * asks for more than it.
 */
const EXCLUSION = new RegExp(
  String.raw`(?:(?<=^|\s)${SETTING_ASIDE}|(?<=,\s*)beyond)\s+([\p{L}\p{N}'.-]+(?:\s+[\p{L}\p{N}'.-]+){0,3}?)(?=\s*(?:[,?!.]|$)|\s+(?:${WH_WORD}|${AUXILIARY})\b|\s+${CLOSING_PARTICIPLE})`,
  'iu',
);

function setAsideExclusion(question: ReadQuestion): ReadQuestion {
  const match = EXCLUSION.exec(question.text);
  if (!match) return question;
  const rest = `${question.text.slice(0, match.index)} ${question.text.slice(match.index + match[0].length)}`.replace(/^[\s,]+|\s+(?=[,?!.])/g, '').replace(/,(?=[?!.]|$)/g, '').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(rest)) return question;
  // "I'm at the Ministry of Interior. besides us, which other ministries…": "us" is the organisation the asker named.
  const setAside = ASKER_SET_ASIDE.test(match[1]!) ? askerOrganisation(question.context) ?? match[1]! : match[1]!;
  const read: ReadQuestion = { text: rest, context: setAside === match[1] ? joinText(question.context, setAside) : question.context, setAside };
  if (question.introduction !== undefined) read.introduction = question.introduction;
  return read;
}

/** The asker set aside as themselves: "besides us", "other than me", "apart from our office". */
const ASKER_SET_ASIDE = /^(?:us|me|ours|mine|our (?:office|team|organi[sz]ation|ministry|group|party|newsroom|embassy))$/i;
/** "I'm at the NEC.", "we're with the Ministry of Interior": the organisation an introduction places the asker in. */
const ASKER_PLACED_AT = /\b(?:i'?m|im|i am|we'?re|we are) (?:at|from|with|in) ((?:the )?[\p{L}\p{N}'&-]+(?:\.[\p{L}\p{N}'&-]+)*(?: [\p{L}\p{N}'&-]+(?:\.[\p{L}\p{N}'&-]+)*){0,5})/iu;

/** The organisation the asker's introduction names, if it names one. */
function askerOrganisation(context: string): string | undefined {
  return ASKER_PLACED_AT.exec(context)?.[1] ?? introducedOrganisation(context.replace(/[.!]\s*$/, ''))?.name;
}

/** The words of a question that could say what it is about: the words the index would search for. */
function contentWords(text: string): string[] {
  return analyze(text).words;
}

/**
 * Words that ask for a judgement of what the message described ("red flag?", "sketchy or fine?", "is that true or
 * am I misremembering?"), not a subject.
 */
const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(
  'legit legitimate sus suspicious sketchy dodgy fishy shady scam scammy fake genuine safe normal fine red flag flags concern concerning worry worried worrying danger dangerous risky true accurate correct myth rumour rumor misremembering misremember misremembered'.split(' '),
);

/**
 * "I do comms for <an NGO>", "we volunteer with <a campaign>", "I run comms for <an NGO>": the asker's job, then
 * the organisation it is for.
 */
const ASKER_AT_ORGANISATION = /^((?:i|we) (?:do|handle|work|volunteer|intern|write|report|run|manage|lead|coordinate)(?: [\p{L}-]+){0,2}? (?:for|at|with)) ([^.?!]{3,80})[.!]?$/iu;
/** A capitalised word after a question's first, other than "I": "who is Ben Read?", not "what should I do?". */
const CAPITALISED_NAME = /\s(?!I\b|I')\p{Lu}\p{L}*/u;
/** A noun phrase set before a question as its topic: "the folks who run voting in cambodia - …". */
const TOPIC_FIRST = /^(?:the|that|those|this|these)\s[^.?!]{3,80}$/i;
const POINTS_BACK = /\b(?:they|them|their|it|its|he|him|his|she|her)\b/i;
/** "that" or "this" standing for the topic set before the question: "what is that…", "how does that relate to…". */
/** Who keeps naming a term, before it: "analysts keep mentioning HSSD", "people keep talking about MUDCARP". */
const MENTIONED_BY_OTHERS = /^(?:[\p{L}'-]+\s){1,3}(?:keeps?|kept|(?:are|is|were|was) always) (?:mentioning|talking about|bringing up|referring to|citing|saying|using the (?:name|term|word))\s+(?=\S)/iu;
const DEMONSTRATIVE_POINTS_BACK = /\bwhat(?:'s| is| was) (?:that|this)\b(?! (?:group|name|word|term)\b)|\b(?:does|did|do|is|was) (?:that|this) (?:relate|connect|fit|tie|link)\b/i;
/** A name or term set before a question about it: "nanhaishu - how is that name tied to…", "'open indexed' - what does that mean?". */
const TERM_FIRST = /^["'\u2018\u201c]?[\p{L}\p{N}][\p{L}\p{N}.'_-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}.'_-]*){0,5}["'\u2019\u201d]?$/u;
const POINTS_BACK_TO_TERM = /\b(?:that|this|the) (?:name|word|term|phrase|label|codename|code name)\b(?! of\b)|\b(?:does|do) (?:that|this|it) (?:mean|stand for)\b|\bwhat(?:'s| is| has) (?:that|this) (?:got )?to do with\b/i;
/** "CNRP volunteer here", "NEC staffer": the organisation, then the asker's place in it. */
const ORGANISATION_MEMBER = /^([\p{L}\p{N}.'&-]+(?: [\p{L}\p{N}.'&-]+){0,3}?) ((?:volunteer|staffer|staff member|staff|member|worker|activist|organi[sz]er|employee|official|intern|aide|press officer|comms person|it person|it guy|it team|it|sysadmin|analyst|researcher|reporter|editor|clerk|team|folks|person|guy)s?(?: here)?)[.!]?$/iu;
/** "crowdstrike here", "UK engineering firm here": the organisation alone, then "here". */
const ORGANISATION_HERE = /^((?:the )?[\p{L}\p{N}.'&-]+(?: [\p{L}\p{N}.'&-]+){0,3}?) (here)[.!]*$/iu;
/** "I'm with IBM X-Force", "we're at LICADHO": where the asker is, as a whole introduction. */
const PLACED_AT_ORGANISATION = /^((?:i'?m|im|i am|we'?re|we are) (?:at|from|with)) ((?:the )?[\p{L}\p{N}.'&-]+(?: [\p{L}\p{N}.'&-]+){0,5})[.!]*$/iu;

/**
 * Where the asker is, said of themselves: "I'm with the NEC", "we're at LICADHO", "I work in the senate", "I'm a diplomat
 * posted abroad". Not what happened to them ("I got an email from licadho"), which may be what they ask about.
 */
const ASKER_PLACED = /^(?:(?:i'?m|im|i am|we'?re|we are) (?:just |also |actually )?(?:a|an|one of|part of|from|at|with|in|on)|(?:i|we) (?:work|volunteer|intern)|we at)\b/i;
/** "NEC here", "diplomat posted abroad here", "senate IT guy here": who the asker is, then "here". */
const SOMEONE_HERE = /^(?:[\p{L}\p{N}.'&-]+ ){1,4}here[.!]*$/iu;

/**
 * The sentences before a question, and a closing clause ("…, asking for the NEC"), that only say who the asker is
 * or where they work, joined; empty when there are none.
 */
function askerIntroduction(sentences: readonly string[], askerClause: string): string {
  let introduction = '';
  for (const sentence of sentences) {
    if (ASKER_PLACED.test(sentence) || SOMEONE_HERE.test(sentence) || ORGANISATION_MEMBER.test(sentence)) introduction = joinText(introduction, sentence);
  }
  return joinText(introduction, askerClause);
}

/** The organisation an introduction names as the asker's, and the rest of it (their role), if it names one. */
function introducedOrganisation(introduction: string): { name: string; role: string } | undefined {
  const at = ASKER_AT_ORGANISATION.exec(introduction);
  if (at) return { name: at[2]!, role: at[1]! };
  const member = ORGANISATION_MEMBER.exec(introduction) ?? ORGANISATION_HERE.exec(introduction);
  if (member) return { name: member[1]!, role: member[2]! };
  const placed = PLACED_AT_ORGANISATION.exec(introduction);
  return placed ? { name: placed[2]!, role: placed[1]! } : undefined;
}

/**
 * "the two diplomats overseas who got hacked, what are their names?", "the opposition MP whose machine was
 * compromised, who is it": a thing described rather than named, set before a short question of who it is or
 * what its name is, is read as one question asked of it ("what are the names of the two diplomats overseas who
 * got hacked?", "who is the opposition MP whose machine was compromised?"). Read apart, the description alone
 * draws the entry on the thing and the question has no subject; read folded after it ("… compromised. who is
 * it"), a detail's questions asking who or what it is called, which the sources leave open, are not recognised.
 */
function askOfDescribedTopics(sentences: { raw: string; text: string }[]): void {
  // "the US prosecutor who brought the 2021 case, who?": the short question after a comma, in the same sentence.
  for (const sentence of sentences) {
    const comma = sentence.text.lastIndexOf(',');
    if (comma < 0 || sentence.text.length - comma > IDENTITY_ASKED_MAX_LENGTH) continue;
    const topic = sentence.text.slice(0, comma).trim();
    if (!TOPIC_FIRST.test(topic) || REPORTED.test(topic)) continue;
    const question = identityAskedOf(topic, sentence.text.slice(comma + 1).trim());
    if (question) sentence.text = question;
  }
  if (sentences.length < 2) return;
  for (let i = sentences.length - 1; i > 0; i--) {
    const asked = sentences[i]!.text;
    if (asked.length > IDENTITY_ASKED_MAX_LENGTH) continue;
    const before = sentences[i - 1]!.text;
    if (/[?]\s*$/.test(before)) continue;
    const topic = before.replace(/[.!\s]+$/, '');
    if (!TOPIC_FIRST.test(topic) || REPORTED.test(topic)) continue;
    // "the doj case. who. when, front co?": a bare "who" among further questions asks about the case, not who it is.
    if (i < sentences.length - 1 && BARE_WHO.test(asked)) continue;
    const question = identityAskedOf(topic, asked);
    if (question) sentences.splice(i - 1, 2, { raw: `${sentences[i - 1]!.raw} ${sentences[i]!.raw}`, text: question });
  }
}

/**
 * The question without a relative clause or a description set off by commas inside it, and that description, read
 * as context: it
 * describes what the question asks about, and its words read as the question's drew the entry on what the
 * clause tells ("what did japan, whose defense companies were also targeted, do in response?" is no question
 * about the defense companies).
 */
function setRelativeAsideApart(question: string): { question: string; aside: string } {
  // Commas found with indexOf: most questions have none, and the pattern is tried only at each.
  for (let comma = question.indexOf(','); comma >= 0; comma = question.indexOf(',', comma + 1)) {
    const found = descriptionAsideAt(question, comma);
    if (found) return { question: `${question.slice(0, comma)} ${question.slice(found.end)}`, aside: found.aside };
  }
  return { question, aside: '' };
}

/** "The 2021 indictment says the hackers worked through a company": a statement, not a thing described. */
const REPORTED = /\b(?:says|said|claims|claimed|reports|reported|thinks|thought)\b/i;
/** Longer than this, a sentence is no short question of who or what something is. */
const IDENTITY_ASKED_MAX_LENGTH = 40;
/**
 * "what are their names", "what's her name?", "who is it", "who are they?", "names?". Not "which company?", which
 * the fold after the description already reads (asked as "what is the name of …" it cost a held-out answer); not "what's its full name?",
 * which asks what a name stands for, not a name the sources may leave out; nor "what's it called?": read
 * apart, the thing described is still found by its description, and asked as "what is … called?" its description
 * reads as one of the details the sources leave open about that thing ("the password-cracking thing they ran on
 * Windows boxes, what's it called?" is HOMEFRY, not which machines it ran on).
 */
const NAMES_OF_IT = /^(?:and |so )?(what)(?:['\u2019]s| is| are| was| were)? ?(?:their|its|his|her)(?: real)? (names?)\s*[?.!]*$/i;
const WHO_IS_IT = /^(?:and |so )?who(?:['\u2019]s| (is|are|was|were)) (?:it|they|he|she|that|this|those|them|this one|that one)\s*[?.!]*$/i;
const BARE_NAMES = /^(?:and )?(?:their |its |his |her |the |real )?(names?)(?: please| pls)?\s*[?.!]*$/i;
/** A bare "who?": "the prosecutor who brought the case, who?". */
const BARE_WHO = /^who\s*[?.!]*$/i;

/** The question `asked` of the described `topic`, when it asks who the topic is or what its name is. */
function identityAskedOf(described: string, asked: string): string | undefined {
  // "The program in the report…" is no name for being capitalised once set after "what is the name of".
  const topic = described.charAt(0).toLowerCase() + described.slice(1);
  if (BARE_WHO.test(asked)) return `who is ${topic}?`;
  const names = NAMES_OF_IT.exec(asked);
  if (names) return nameAskedOf(topic, names[2]!);
  const who = WHO_IS_IT.exec(asked);
  if (who) return `who ${who[1]?.toLowerCase() ?? 'is'} ${topic}?`;
  const bare = BARE_NAMES.exec(asked);
  if (bare) return nameAskedOf(topic, bare[1]!);
  return undefined;
}

/** "what is the name of …?", or "what are the names of …?" when `name` was asked in the plural. */
function nameAskedOf(topic: string, name: string): string {
  return `what ${name.toLowerCase() === 'names' ? 'are the names' : 'is the name'} of ${topic}?`;
}

/** The sentences before a question that introduce the asker, and those that report a question, with it. */
interface Introductions {
  sentences: string[];
  reported: Map<string, { question: string; leadIn: string }>;
}

/**
 * "what now?", "legit?", "where do we start", "red flag?": a question that names nothing specific is about
 * what its context says, so the context becomes part of the question.
 */
function foldGenericQuestion(question: ReadQuestion, introductions: Introductions = { sentences: [], reported: new Map() }): ReadQuestion {
  if (!question.context) return question;
  // "analysts keep mentioning HSSD, what is that?": who keeps naming the term is not what is asked; the term is.
  const mentioned = question.context.replace(MENTIONED_BY_OTHERS, '');
  if (mentioned !== question.context) question = { ...question, context: mentioned };
  const words = contentWords(question.text);
  // A name written with capitals names something, however everyday its words ("who is Ben Read?").
  const named = CAPITALISED_NAME.test(question.text);
  const generic = !named && words.length <= READING.genericQuestionMaxWords && words.every((word) => zipf(word) >= READING.genericWordZipf || JUDGEMENT_WORDS.has(word));
  const bare = words.length <= 1 && !QUESTION_START.test(question.text);
  // "I run a rights group in Phnom Penh — are we likely targets?": "we" are who the introduction says.
  // A question naming its own subject at length ("did the chinese get inside our national election body's
  // computers?") is about that subject, whoever the introduction says "our" is.
  // "besides us, which other ministries…" sets the asker aside: it asks about others.
  const aboutTheIntroduced = ASKS_ABOUT_THE_ASKER.test(question.text.replace(EXCLUSION, ' ')) && ABOUT_THE_ASKER.test(question.context) &&
    // One word is enough when it names the asker's organisation ("crowdstrike here — what's our name for them?").
    (contentWords(question.context).length >= 2 || introducedOrganisation(question.context) !== undefined) &&
    words.length <= READING.introducedQuestionMaxWords;
  // "the folks who run voting in cambodia - did the snoops get inside their machines?": a topic set before the
  // question, which points back at it.
  const topicFirst = (TOPIC_FIRST.test(question.context) && (POINTS_BACK.test(question.text) || DEMONSTRATIVE_POINTS_BACK.test(question.text))) ||
    (TERM_FIRST.test(question.context) && !ABOUT_THE_ASKER.test(question.context) && (POINTS_BACK_TO_TERM.test(question.text) || DEMONSTRATIVE_POINTS_BACK.test(question.text)));
  if (!generic && !bare && !aboutTheIntroduced && !topicFirst) return question;
  // "journalist here — apt40?": a name asked alone is the question; who the asker is stays context.
  if (bare && !generic && !aboutTheIntroduced && ABOUT_THE_ASKER.test(question.context)) return question;
  // "what kind of people got hit? asking because I work at an NGO": why the asker asks is not what they ask.
  if (ASKING_BECAUSE.test(question.context)) return question;
  // "I'm a diplomat posted in Phnom Penh. A colleague said the Chinese hacked a ministry over the Mekong talks. What
  // do we know about that?": what "that" is, is what the message tells besides who the asker is, and the
  // introduction stays context; "I'm drafting a memo for our IT unit. What does the group do once inside?" names its
  // subject, and an introduction alone is no part of it.
  if ((introductions.sentences.length > 0 || introductions.reported.size > 0) && (!aboutTheIntroduced || WHAT_IS_KNOWN.test(question.text))) {
    let told = question.context;
    for (const introduction of introductions.sentences) told = told.replace(introduction, ' ');
    const leadIns: string[] = [];
    for (const [sentence, reported] of introductions.reported) {
      told = told.replace(sentence, reported.question);
      leadIns.push(reported.leadIn);
    }
    if (contentWords(told).length > 0) return { text: joinText(told, withoutJudgement(question.text)), context: joinText(...introductions.sentences, ...leadIns) };
    if (words.length >= 2 && QUESTION_START.test(question.text)) return question;
  }
  // "need to confirm: the vote happened when?", "According to the 2018 research, what is the name of the group?":
  // what the asker must do with the answer, or whose account it goes by, names nothing to fold in.
  if ((CHECKING_ONLY.test(question.context) || ACCOUNT_ONLY.test(question.context)) && words.length > 0) return question;
  // "I'm an analyst, new to this actor — what does it usually go after?": the asker's introduction stays
  // context; the question's own words, and what "it" points at in the search, carry it.
  if (ABOUT_THE_ASKER.test(question.context) && ABOUT_SOMEONE.test(question.text)) return question;
  // The judgement asked for ("red flag?") is not something to search for; what it judges is.
  const asked = withoutJudgement(question.text);
  // "I do comms for a small rights NGO — were outfits like ours targeted?": "ours" is the organisation, not the
  // asker's job, which stays context ("roles like mine" asks about the job: the introduction stays whole).
  const organisation = aboutTheIntroduced && ASKS_ABOUT_US.test(question.text) ? introducedOrganisation(question.context) : undefined;
  if (organisation) return { text: joinText(organisation.name, asked), context: organisation.role };
  return { text: joinText(question.context, asked), context: '' };
}

/** Whether a question asks for a judgement of something ("legit?", "is this safe?", "should I be worried?"). */
export function asksForJudgement(text: string): boolean {
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []) if (JUDGEMENT_WORDS.has(word)) return true;
  return false;
}

/** A question without the judgement it asks for ("red flag?"), which is nothing to search for. */
function withoutJudgement(text: string): string {
  return text.replace(/[\p{L}\p{N}'-]+/gu, (word) => (JUDGEMENT_WORDS.has(word.toLowerCase()) ? '' : word)).replace(/\s+/g, ' ').trim();
}

/**
 * What a reported lead-in leaves when it reports a question: one asking whether, or with a question word ("…asked me
 * today whether the government commented"); not "…wants to call Kem directly to ask about her experience".
 */
const REPORTED_QUESTION = new RegExp(String.raw`^(?:today|yesterday|again|recently|earlier|this morning|last week|the other day)?\s*(?=(?:whether|${WH_WORD})\b)`, 'i');
/** "I'm a fixer for foreign journalists and one of them asked me whether…": an introduction that goes on to the question. */
const REPORTS_A_QUESTION = /\b(?:asked|asks|asking|wants to know|wanted to know|wonder|wondering|whether)\b/i;
/** "What do we know about that?": "we" is anyone, not the asker's organisation. */
const WHAT_IS_KNOWN = /\b(?:do|did|does|can|could) we (?:know|say|tell)\b/i;
/**
 * A sentence introducing the asker rather than telling of the subject: who they are or what they work at ("I'm a
 * diplomat posted in Phnom Penh", "I'm journalist from Phnom Penh" as learners write it, "we are a tiny NGO", "I work in the IT
 * department of a ministry", a letter's "I write from the Ministry…"), what they are
 * doing the asking for ("I'm drafting a memo", "our board asked me to summarise…"), or a label for it ("Background:",
 * "For the record"). "I got an email…" tells what happened to them, which may be the subject.
 */
const SELF_INTRODUCTION = new RegExp(
  String.raw`^(?:(?:i'?m|im|i am|we'?re|we are) (?:(?:just |only |also )?(?:a|an|one of|part of|from|at|with|on the|in charge|responsible|new|based|the only|writing|preparing|working|doing|putting|researching|trying|planning|organi[sz]ing|running|drafting|reviewing|giving|teaching|studying|reporting|covering|coordinating|not (?:a|an|sure))\b)|(?:i'?m|im|i am) (?:journalist|reporter|student|teacher|researcher|diplomat|lawyer|activist|analyst|official|officer|volunteer|editor|engineer|consultant|observer|worker|employee)\b|(?:i|we) (?:work|volunteer|run|manage|lead|coordinate|teach|lecture|report|cover|handle|do comms|write (?:from|on behalf of)|(?:have|had|need) to (?:present|brief|write|prepare|give|draft|explain))\b|(?:i|we)(?:'ve| have)? been (?:asked|tasked)(?: by [^,.?!]{1,30}?)? to (?:prepare|write|present|brief|give|draft|summari[sz]e|put together|compile)\b|(?:my|our) (?:name|job|role|organi[sz]ation|ngo|team|office|newsroom|mission|question)\b|(?:my|our) (?:[\p{L}-]+ )?(?:board|director|manager|professor|teacher|editor|boss|donors?|supervisor|ambassador|minister|lecturer) (?:asked|wants|needs|has asked|is asking|told me to)\b|(?:for the record|background|context|some context|some background|full disclosure|a bit of context|quick context|context for you|background first)\b)`,
  'iu',
);

/**
 * A question that only makes sense after the one before it ("… and was the senate one of them?") takes the
 * earlier question as context; one with no words of its own is dropped.
 */
function mergeDependentQuestions(questions: ReadQuestion[]): ReadQuestion[] {
  const kept: ReadQuestion[] = [];
  for (const question of questions) {
    // "how did they get in?" is made of everyday words only, yet asks about someone: it is a question (a
    // follow-up, or one the search reads through its phrases), not small talk. "how are you?" is small talk.
    // After another question too ("why would china care? and what did they want"), read with that one.
    if (contentWords(question.text).length === 0 && !ABOUT_SOMEONE.test(question.text)) {
      const previous = kept.at(-1);
      if (previous) previous.context = joinText(previous.context, question.context);
      // "diplomats hacked? how many" / "… why?": a bare question word asks that of the question before it.
      if (previous && BARE_QUESTION_WORD.test(question.text)) previous.text = joinText(previous.text.replace(/\?+$/, ''), question.text);
      continue;
    }
    const previous = kept.at(-1);
    kept.push(previous ? { ...question, context: joinText(question.context, previous.text) } : question);
  }
  return kept.slice(0, READING.maxQuestionsPerMessage);
}

function joinText(...parts: string[]): string {
  // A loop, not `map` then `filter`, as in splitSentences.
  let text = '';
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed) text = text ? `${text} ${trimmed}` : trimmed;
  }
  return text;
}

/** Thanks, and praise that means it: "good bot", "you rock". */
const THANKS = /\b(thanks|thank you|thx|ty|cheers|ta|appreciate|merci|good bot|great bot|you rock|the best|legend)\b/i;

function smallTalkKind(text: string): ReadMessage['smallTalk'] {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'empty';
  return THANKS.test(text) ? 'thanks' : 'greeting';
}
