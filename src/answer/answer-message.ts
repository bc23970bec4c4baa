import { quoteUserText } from '../core/quote-user-text.ts';
import { reply, type ReplySource, type Suggestion } from '../core/reply.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { asksForJudgement, readMessage, type ReadQuestion } from '../understand/read-message.ts';
import type { UnreadLanguage } from '../understand/detect-language.ts';
import { answerQuestion, answerWhatAClaimIsAbout, answerWithTheSourcesFigure, entriesSetAside, NOT_KNOWN_TITLE, STARTER_SUGGESTIONS, type AnswerResult } from './answer-question.ts';
import { smallTalkReply } from './small-talk.ts';
import { MAX_QUESTION_CHARS } from '../parameters.ts';
import { asksMoreOfTheLast, asksTheAskersNextStep, isFollowUp, pointsBack, refersBack } from '../understand/follow-up.ts';
import { KNOWLEDGE_SUBJECT } from './knowledge-subject.ts';
import { answerKnownIndicator, checkInsteadOfDeclining, readPasted } from './known-indicator-answer.ts';
import type { CheckResult } from '../check/run-check.ts';
import { outOfScope, type OutOfScope } from '../understand/out-of-scope.ts';
import { namesListed, questionsForEachName } from './names-listed.ts';
import { tokenize } from '../search/normalize.ts';
import { isRareWord } from '../search/word-commonness.ts';

export interface MessageAnswer extends AnswerResult {
  /** The questions the message was read as, without greetings and markup: what may be recorded. */
  questions: string[];
}

export interface AnswerMessageOptions {
  /** The question asked just before in the same conversation, for follow-ups ("and the senate?"). */
  previousQuestion?: string;
  /** false: search afresh even for a question already answered on this snapshot (benchmarks). */
  cache?: boolean;
}

/** At most this many suggestions are shown under a reply that answers several questions. */
const MAX_SUGGESTIONS = 5;

/**
 * Answers a chat message as it was typed: reads the questions out of it (see readMessage), answers each,
 * and puts the answers together in one reply. A message that holds no question gets small talk back, and
 * one in a language the knowledge cannot be searched in gets a kind note in that language.
 */
export function answerMessage(message: string, snapshot: KnowledgeSnapshot, { previousQuestion, cache }: AnswerMessageOptions = {}): MessageAnswer {
  if (message.trim().length > MAX_QUESTION_CHARS) return { ...tooLong(message.trim().length), questions: [] };
  const read = readMessage(message);
  if (read.language) return { ...unreadLanguage(read.language), questions: [] };
  if (read.questions.length === 0) {
    // "what does it do?" names nothing itself: right after another question, it is about that one.
    if (previousQuestion && read.smallTalk !== 'thanks' && /\?\s*$/.test(message.trim())) {
      const followed = answerOne({ text: `${previousQuestion} ${message.trim()}`, context: '' }, snapshot, undefined, cache);
      if (followed.result.outcome === 'answered') return { ...combine([{ ...followed, followed: previousQuestion }]), questions: [followed.question.text] };
    }
    return { outcome: 'refused', reply: smallTalkReply(read.smallTalk ?? 'greeting'), confidence: 0, entryIds: [], questions: [] };
  }
  const answers: OneAnswer[] = [];
  for (const [i, question] of read.questions.entries()) {
    // "Which party came second, and with what vote tally?": what the first asks about the knowledge does not
    // hold, so the second, asking more of the same unknown thing, is declined with it, not answered from its
    // own few words ("vote tally" of the winner).
    const before = answers[i - 1];
    if (before && before.result.outcome !== 'answered' && (asksMoreOfTheLast(question.text) || takesTheTimeOfAFuture(question.text, before.question))) {
      answers.push({ question, result: before.result });
      continue;
    }
    // "what's scanbox, and how do I set one up to log keystrokes?": what "one" stands for may make the request one
    // to decline, as it would be asked alone with the name in place.
    const previous = read.questions[i - 1];
    const declinedWithItsReferent = previous ? outOfScopeWithReferent(question.text, previous.text) : undefined;
    if (declinedWithItsReferent) {
      answers.push({ question, result: declineOutOfScope(question.text, declinedWithItsReferent) });
      continue;
    }
    const answeredAlready = answers.flatMap((a) => (a.result.outcome === 'answered' ? a.result.entryIds : []));
    answers.push(answerOne(question, snapshot, i === 0 ? previousQuestion : undefined, cache, answeredAlready));
  }
  const [only] = answers;
  if (answers.length === 1 && only && only.result.outcome === 'abstained' && !only.result.sourcesSilent) {
    const each = eachNameAnswered(only.question, snapshot, cache);
    if (each) return { ...combine(each), questions: each.map((a) => a.question.text) };
  }
  return { ...combine(answers), questions: read.questions.map((q) => q.text) };
}

/** "it", "one", "them" standing for a thing named before: what a request acts on. */
const STANDS_FOR_A_THING = /\b(?:it|one|them)\b/i;

/**
 * Why a question pointing back at the question before it must be declined once the name that question gives (its
 * rare words: "scanbox", "kem monovithya") stands in place of the pointing word; undefined when it need not be, or
 * when the question before names nothing rare or this one points at nothing.
 */
function outOfScopeWithReferent(question: string, before: string): OutOfScope | undefined {
  if (!STANDS_FOR_A_THING.test(question)) return undefined;
  const names = tokenize(before).filter(isRareWord);
  if (names.length === 0 || names.length > MOST_REFERENT_WORDS) return undefined;
  return outOfScope(question.replace(STANDS_FOR_A_THING, names.join(' ')));
}

/** A name is a few words; more rare words before are a question about several things, which points nowhere. */
const MOST_REFERENT_WORDS = 3;

/**
 * "who will win the next election, and will china hack it again?": a question that takes its time or subject from
 * one declined as about what is happening now or still to come ("it", "then", "again", "too") is about that time
 * too, though its own words ("hack") fit the campaign the knowledge holds. Not when it names a year of its own.
 */
function takesTheTimeOfAFuture(question: string, before: ReadQuestion): boolean {
  return refersBack(question) && !/\b(?:19|20)\d\d\b/.test(question) && outOfScope(before.text, before.context) === 'not-yet-known';
}

/**
 * "homefry murkytop" or "what does murkytop and homefry do", declined as one question, names two things the knowledge
 * holds: each is answered alone, when every one of them is, by an entry of its own.
 */
function eachNameAnswered(question: ReadQuestion, snapshot: KnowledgeSnapshot, cache: boolean | undefined): OneAnswer[] | undefined {
  const names = question.context ? undefined : namesListed(question.text) ?? questionsForEachName(question.text);
  if (!names) return undefined;
  const answers: OneAnswer[] = [];
  for (const name of names) {
    const one = answerOne({ text: name, context: '' }, snapshot, undefined, cache);
    if (one.result.outcome !== 'answered' || answers.some((a) => a.result.entryIds[0] === one.result.entryIds[0])) return undefined;
    answers.push(one);
  }
  return answers;
}

interface OneAnswer {
  question: ReadQuestion;
  result: AnswerResult;
  /** The earlier question this one was read together with, when that is what found the answer. */
  followed?: string;
  /** True when the question named nothing and was read as about the knowledge base's subject. */
  assumedSubject?: boolean;
}

function answerOne(question: ReadQuestion, snapshot: KnowledgeSnapshot, previousQuestion: string | undefined, cache: boolean | undefined, answeredAlready: readonly string[] = []): OneAnswer {
  // "Can I sue the Chinese government? how would I file?": the asker's next step in what was declined is declined too.
  const declined = outOfScope(question.text, question.context) ?? (question.context && asksTheAskersNextStep(question.text) ? outOfScope(question.context) : undefined);
  if (declined) return { question, result: declineOutOfScope(question.text, declined) };
  // "I work at the NEC. a colleague got X.js in an email — is that known?": what "that" points at may stand
  // in the context.
  const pasted = readPasted(question.text, snapshot) ?? (question.context && pointsBack(question.text) ? readPasted(question.context, snapshot) : undefined);
  const indicator = pasted && answerKnownIndicator(pasted, question.text, snapshot);
  // "got mail from licadho.investigator@gmail.com, legit?": a judgement of the address, link or domain pasted is what
  // /check gives, when it finds something; an entry about a campaign that shares its words is no verdict on it. (A
  // file name alone may be a kind of file named in passing: "is it safe to open a .js file" asks about .js files.)
  const verdict = pasted && !indicator && namesAPlace(pasted) && asksForJudgement(question.text) ? checkInsteadOfDeclining(pasted, snapshot) : undefined;
  if (verdict) return { question, result: verdict };
  // "apart from the interior ministry, which ministries were hacked?": the entry the asker set aside is no answer.
  const setAside = question.setAside ? entriesSetAside(question.setAside, snapshot) : [];
  const options = { context: question.context, cache, answeredAlready, setAside, ...(question.introduction ? { introduction: question.introduction } : {}) };
  const result = answerQuestion(question.text, snapshot, options);
  // "who registered chemscalere[.]com?": the indicator is known, but what is asked of it no source gives. A decline
  // about another entry ("which chemical company did chemscalere[.]com target?") leaves the indicator's answer.
  if (indicator) return { question, result: result.sourcesSilent && declinesOf(result, indicator, snapshot) ? result : indicator };
  if (previousQuestion && isFollowUp(question.text)) {
    // A follow-up ("what was he charged with?") is read with the question before it; the answer that reading
    // finds is kept when it differs, since the words alone may fit another entry better ("he" is not Kem Sokha).
    const followed = answerQuestion(question.text, snapshot, { context: `${question.context} ${previousQuestion}`, cache });
    if (followed.outcome === 'answered') {
      const same = result.outcome === 'answered' && result.entryIds[0] === followed.entryIds[0];
      return same ? { question, result } : { question, result: followed, followed: previousQuestion };
    }
  }
  if (result.outcome === 'answered') return { question, result };
  const subject = aboutTheSubject(question, result, snapshot, cache);
  // "i heard 100 cnrp members were banned": the figure the sources give, when nothing else answered.
  const figure = subject.result.outcome === 'answered' ? undefined : answerWithTheSourcesFigure(question.text, result, snapshot, options);
  // "the front company was huawei right?": what the sources say of the thing, when nothing else answered.
  const claimed = subject.result.outcome === 'answered' || figure ? undefined : answerWhatAClaimIsAbout(question.text, result, snapshot, options);
  return declinedOrChecked(figure ? { question, result: figure } : claimed ? { question, result: claimed } : subject, pasted, snapshot);
}

/** Whether what was pasted holds an address, a link or a domain, not only a file name. */
function namesAPlace({ parts }: CheckResult): boolean {
  return parts.addresses.length > 0 || parts.links.length > 0 || parts.domains.length > 0;
}

/** A question still unanswered that holds an address, link, domain or file name gets what /check finds in it. */
function declinedOrChecked(one: OneAnswer, pasted: CheckResult | undefined, snapshot: KnowledgeSnapshot): OneAnswer {
  if (one.result.outcome === 'answered' || !pasted) return one;
  const checked = checkInsteadOfDeclining(pasted, snapshot);
  return checked ? { question: one.question, result: checked } : one;
}

/**
 * "who did it?" with nothing asked before: what "it" means is what this bot is about. Tried only when the
 * question, read as it is, found no answer, has no word the knowledge base lacks ("is it going to rain?" is
 * about the weather) and asks no detail the sources leave open, and kept only when the reading finds an answer.
 */
function aboutTheSubject(question: ReadQuestion, declined: AnswerResult, snapshot: KnowledgeSnapshot, cache: boolean | undefined): OneAnswer {
  if (question.context || !pointsBack(question.text) || declined.namesUnknown || declined.sourcesSilent) return { question, result: declined };
  const result = answerQuestion(question.text, snapshot, { context: KNOWLEDGE_SUBJECT, cache });
  return result.outcome === 'answered' ? { question, result, assumedSubject: true } : { question, result: declined };
}

/** One reply for every question of the message: the first answer in full, the others after it. */
function combine(answers: OneAnswer[]): AnswerResult {
  const answered = answers.filter((a) => a.result.outcome === 'answered');
  const first = answered[0] ?? answers[0]!;
  const lead = first.followed
    ? `*Reading this with your previous question, ${quoteUserText(first.followed)}.*\n\n`
    : first.assumedSubject ? `*Reading this as a question about ${KNOWLEDGE_SUBJECT}.*\n\n` : '';
  if (answers.length === 1) return lead ? withBody(first.result, lead + first.result.reply.body) : first.result;

  const seen = new Set(first.result.entryIds);
  const sections: string[] = [];
  const sources: ReplySource[] = [...first.result.reply.sources];
  const suggestions: Suggestion[] = [...first.result.reply.suggestions];
  for (const other of answers) {
    if (other === first) continue;
    const { reply: otherReply, outcome, entryIds } = other.result;
    if (outcome === 'answered' && entryIds.some((id) => seen.has(id))) continue; // the same entry answers both
    entryIds.forEach((id) => seen.add(id));
    const heading = `**You also asked: ${quoteUserText(other.question.text)}**`;
    if (outcome === 'answered') {
      sections.push(`${heading}\n${otherReply.title ? `*${otherReply.title}.* ` : ''}${otherReply.body}`);
      for (const source of otherReply.sources) if (!sources.some((s) => s.id === source.id)) sources.push(source);
    } else {
      // Say why, when the reason is not that the knowledge lacks it ("I don't share personal details").
      const why = otherReply.title && otherReply.title !== NOT_KNOWN_TITLE ? `${otherReply.title}.` : 'I don\u2019t have that in my knowledge base.';
      sections.push(`${heading}\n${why}`);
    }
    suggestions.push(...otherReply.suggestions);
  }
  const body = [lead + first.result.reply.body, ...sections].join('\n\n');
  return {
    ...first.result,
    entryIds: [...seen],
    reply: reply({ ...first.result.reply, body, sources, suggestions: dedupe(suggestions).slice(0, MAX_SUGGESTIONS) }),
  };
}

const OUT_OF_SCOPE: Record<OutOfScope, { title: string; body: string }> = {
  'private-details': {
    title: 'I don\u2019t share personal details',
    body: 'I don\u2019t have, and won\u2019t give out, personal details such as phone numbers, addresses or family matters, even of people named in the reports: some of them may be at risk. To reach an organisation, use the contact details on its official website. I can tell you what the sources say about their role in the 2018 campaign.',
  },
  'private-remarks': {
    title: 'The sources don\u2019t say',
    body: 'The reports record what people said publicly; what was said in private or inside an organisation is not on record, and I won\u2019t guess at it. I can tell you what they said publicly, with their sources.',
  },
  'not-yet-known': {
    title: 'I can\u2019t tell what is happening now',
    body: 'My knowledge base is a dated record of the 2018 campaign and what the sources reported since, not a live feed, so I can\u2019t say what is happening right now or what will happen. I can tell you what the sources reported, with their dates.',
  },
  'attack-help': {
    title: 'I can\u2019t help with attacking',
    body: 'I explain how these attacks worked so that people can recognise and stop them, never how to carry one out. I can tell you how the 2018 attackers worked and what to do to protect yourself and your organisation.',
  },
  credentials: {
    title: 'I don\u2019t have passwords or logins',
    body: 'I don\u2019t hold anyone\u2019s passwords, logins or codes, and no one should ask for them in a chat: a message asking for them is a sign of phishing. For access to a system, ask your IT team directly, by a phone number or address you already know. I can tell you how the 2018 attackers stole passwords and how to protect yours.',
  },
  opinion: {
    title: 'I don\u2019t give opinions',
    body: 'I don\u2019t judge people or take sides: I report what the sources say, and who said it. I can tell you what the sources reported about the people and parties in Cambodia\u2019s 2018 election, and about the cyber-espionage campaign against it.',
  },
  'legal-advice': {
    title: 'I can\u2019t give legal advice',
    body: 'Whether a case can be brought, and how it might go, is a question for a lawyer, or for a digital-rights organisation you trust. I can tell you what the sources report, such as the 2021 US indictment of four APT40 members.',
  },
  'other-task': {
    title: 'That is not something I can do',
    body: 'I only answer questions about the 2018 cyber-espionage campaign against Cambodia\u2019s election (who did it, who was targeted, how the attacks worked) and how to protect yourself from attacks like it.',
  },
  'voting-services': {
    title: 'I can\u2019t help with registering or voting',
    body: 'How to register, where and how to vote are questions for the election authority (in Cambodia, the National Election Committee) and its official website. I cover the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to protect yourself from attacks like it.',
  },
};

function declineOutOfScope(question: string, why: OutOfScope): AnswerResult {
  const { title, body } = OUT_OF_SCOPE[why];
  return {
    outcome: 'abstained',
    confidence: 0,
    entryIds: [],
    reply: reply({
      kind: 'abstain',
      title,
      body,
      suggestions: [...STARTER_SUGGESTIONS],
      answer: { question, confidence: 0, entryIds: [] },
    }),
  };
}

function withBody(result: AnswerResult, body: string): AnswerResult {
  return { ...result, reply: { ...result.reply, body } };
}

function dedupe(suggestions: Suggestion[]): Suggestion[] {
  const runs = new Set<string>();
  return suggestions.filter((s) => !runs.has(s.run) && runs.add(s.run));
}

function tooLong(length: number): AnswerResult {
  return {
    outcome: 'refused',
    confidence: 0,
    entryIds: [],
    reply: reply({
      kind: 'error',
      title: 'That question is too long',
      body: `Your message is ${length.toLocaleString('en-GB')} characters long; I answer questions of up to ${MAX_QUESTION_CHARS.toLocaleString('en-GB')} characters. Please ask one thing at a time, for example \u201cWho was targeted?\u201d.`,
      visibility: 'private',
      suggestions: [...STARTER_SUGGESTIONS],
    }),
  };
}

function unreadLanguage(language: UnreadLanguage): AnswerResult {
  const english = `I can only read and answer questions in English for now, sorry. Please ask me in English; I answer about the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to stay safe from attacks like it.`;
  return {
    outcome: 'refused',
    confidence: 0,
    entryIds: [],
    reply: reply({
      kind: 'info',
      title: language.notice ? undefined : `I can\u2019t read ${language.name} yet`,
      body: language.notice ? `${language.notice}\n\n${english}` : english,
      suggestions: [...STARTER_SUGGESTIONS],
    }),
  };
}

/** Whether a decline is of the entry an indicator's answer gives, directly or as the detail's `about` entry. */
function declinesOf(declined: AnswerResult, indicator: AnswerResult, { knowledge }: KnowledgeSnapshot): boolean {
  return declined.entryIds.some((id) => {
    const about = knowledge.unstated.find((detail) => detail.id === id)?.about ?? id;
    return indicator.entryIds.includes(about);
  });
}
