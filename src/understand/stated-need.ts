/*
 * What the asker has to do with an answer, said instead of a question: "need to describe eviltech to the security
 * team", "I have to list the malware they used", "need a one-liner on who was behind the hacks", "need to get up to
 * speed on the story". The thing to describe, list or sum up is what is asked; the task, and whom and how it is
 * told, is context, read by `readMessage` as a lead-in is.
 */
import { WH_WORD } from './question-openers.ts';

/** Verbs of passing on what one knows: what follows them is the thing to know. */
const TELLING_VERB = String.raw`(?:describe|explain|name|list|mention|summari[sz]e|sum up|identify|cite|define|outline|introduce|cover|present|profile|characteri[sz]e|spell out)`;

/**
 * "need to", "I have to", "we'll have to", "must": the asker's own task ("I want to explain why the vote mattered"
 * says what the asker means to do, and stays).
 */
const OWN_TASK = String.raw`(?:(?:i|we|i'll|we'll|i will|we will|i'm|i am|we're|we are) )?(?:(?:need|have|got|am going|'m going|are going|'re going|going|supposed) to|must|gotta)`;
/**
 * What the asker is doing or what the answer is for, before the task: "writing a memo and need to…", "for the
 * slides I have to…".
 */
const TASK_SETTING = String.raw`(?:(?:(?:i'?m |we'?re )?(?:writing|drafting|preparing|doing|making|putting together|working on) [^,.?!:]{1,30}? (?:and|so) |for (?:a|an|the|my|our|this|tomorrow'?s|today'?s) [^,.?!:]{1,30}?,? ))`;

/**
 * "need to describe eviltech…", "i have to name the firm that…": the task, then the thing. Not before a pronoun
 * alone ("need to explain it to my boss" names nothing), nor before whom it is told or a question word ("explain to
 * readers why…", "explain who kem sokha is", which `TASK_LEAD_IN` and the hedges of chat-filler.ts read).
 */
const TELLING_TASK = new RegExp(String.raw`^(${TASK_SETTING}?${OWN_TASK}) (?=${TELLING_VERB} (?!(?:it|this|that|them|these|those|to|for|with|${WH_WORD})\b)[\p{L}\p{N}'.])`, 'iu');

/** What the answer should be: "a one-liner", "a quick summary", "some background". */
const ANSWER_FORM = String.raw`(?:one-?liner|summary|rundown|run-?down|overview|recap|explainer|primer|blurb|line|sentence|paragraph|answer|explanation|background|briefing|brief|sense|idea|picture|update|gist|refresher|bullet points?)`;

/**
 * "need a one-liner for the team on who…", "want a quick summary of the servers", "need some background on the
 * CNRP": the form the answer should take, then what it is about.
 */
const FORM_ASKED = new RegExp(String.raw`^((?:(?:i|we) )?(?:need|want|would like|'d like|could use|am after|'m after) (?:a|an|some|the) (?:(?:quick|short|brief|simple|basic|clear|plain|one-line|plain-english|rough|general|good) )*${ANSWER_FORM}(?: (?:for|to (?:give|send|share with)) (?:the|my|our|a|an|some) [^,.?!:]{1,30}?)?) (?:on|about|of|regarding|for) (?=\S)`, 'iu');

/**
 * "need something to tell volunteers about attachments", "want a few tips to give staff on phishing": words to pass on
 * to others about a thing are guidance on it.
 */
const WORDS_TO_PASS_ON = new RegExp(String.raw`^((?:(?:i|we) )?(?:need|want|could use|am after|'m after|looking for) (?:something|anything|a few (?:words|lines|tips|pointers)|some (?:words|lines|tips|pointers)) to (?:tell|give|say to|send|share with|hand out to|pass on to) [^,.?!:]{1,30}?) (?:about|on|regarding) (?=\S)`, 'iu');

/** "need to get up to speed (fast) on the story", "have to get my head round the servers". */
const CATCHING_UP = new RegExp(String.raw`^(${OWN_TASK} (?:get|be|come) (?:up to speed|(?:my|our) heads? (?:round|around)|clued up|briefed)(?: (?:fast|quickly|quick|asap|again))?) (?:on|about|with) (?=\S)`, 'iu');

/** Whom the answer is told to: "to the security team", "for our IT contractor", "to non-techies". */
const AUDIENCE = String.raw`(?:to|for|with) (?:the |our |my |a |an |some |their |his |her )?(?:[\p{L}'-]+ ){0,3}?(?:team|teams|staff|contractor|contractors|colleagues|boss|board|readers|audience|volunteers|students|class|members|donors|partners|people|folks|newsroom|desk|editor|editors|manager|managers|client|clients|officials|minister|ministers|non-techies|trainees|listeners|viewers|followers|family|parents|committee|council|leadership|management|director|directors|engineers|analysts|journalists|reporters|activists|observers|lawyer|lawyers)`;
/** How briefly, where or when: "in a sentence", "in plain english", "in my piece", "before a meeting", "tomorrow". */
const HOW_OR_WHEN = String.raw`(?:in (?:a|one|two|three|a few|few|plain|simple) (?:sentences?|lines?|words?|paragraphs?|minutes?|english|terms)|in a nutshell|in brief|briefly|quickly|fast|asap|(?:before|by|for|ahead of) (?:a|the|our|my|tomorrow'?s?|today'?s?|this|next) (?:[\p{L}'-]+ )?(?:meeting|call|briefing|interview|deadline|class|session|presentation|review|visit|trip|week|morning|afternoon|evening)|(?:in|for|on) (?:my|our|the|a|an|this|tomorrow'?s) (?:[\p{L}'-]+ )?(?:piece|article|story|report|talk|slides?|deck|memo|brief|briefing|newsletter|post|thread|presentation|podcast|class|lecture|training|workshop)|tomorrow|today|tonight|this week|next week)`;
/** Any run of those closing the sentence. */
const TRAILING_TELLING = new RegExp(String.raw`(?:\s+(?:${AUDIENCE}|${HOW_OR_WHEN}))+\s*[.!]*$`, 'iu');

/** The question a stated need asks, and the need itself as context; undefined when the sentence states none. */
export function splitStatedNeed(sentence: string): { question: string; leadIn: string } | undefined {
  const passOn = WORDS_TO_PASS_ON.exec(sentence);
  const match = passOn ?? TELLING_TASK.exec(sentence) ?? FORM_ASKED.exec(sentence) ?? CATCHING_UP.exec(sentence);
  if (!match) return undefined;
  const rest = `${passOn ? 'advice about ' : ''}${sentence.slice(match[0].length)}`;
  const closing = TRAILING_TELLING.exec(rest);
  // The thing keeps its telling verb ("describe eviltech"), a request read as it would be typed to the bot; after a
  // form of answer, a question word ("…on who was behind…") opens the question.
  const question = (closing ? rest.slice(0, closing.index) : rest).trim();
  if (!/[\p{L}\p{N}]/u.test(question)) return undefined;
  const told = closing ? closing[0].trim().replace(/[.!]+$/, '') : '';
  return { question, leadIn: [match[1]!.trim(), told].filter(Boolean).join(' ') };
}
