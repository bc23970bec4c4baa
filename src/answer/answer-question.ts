import { reply, type Reply, type Suggestion } from '../core/reply.ts';
import { LATER_ASKED, REACTION_ASKED, unstatedQuestionsSaid, type KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry, Unstated } from '../knowledge/schema.ts';
import type { SearchHit } from '../search/search-index.ts';
import type { Concept } from '../search/question-concepts.ts';
import { entryReply, entrySources } from './describe-entry.ts';
import { analyze } from '../search/inverted-index.ts';
import { entryFieldText } from '../search/entry-fields.ts';
import { normalizeKeepingPossessives, normalizeText, tokenize } from '../search/normalize.ts';
import { stem } from '../search/stem.ts';
import { asksWhetherWithoutAuxiliary, asksWhich, questionWord, type QuestionWord } from '../search/question-word.ts';
import { areRelated } from '../knowledge/related.ts';
import { ANSWER_THRESHOLDS, CLAIMS, FIGURE_CLAIM, PASSING_MENTION, UNSTATED } from '../parameters.ts';
import { rememberedAnswer } from './answer-cache.ts';
import { refersBack } from '../understand/follow-up.ts';
import { unnamedMention } from './unnamed-mention.ts';
import { doerClaimed } from './doer-claimed.ts';
import { figureClaimed, givesFiguresOf } from './figure-claimed.ts';
import { attributeClaimed } from './attribute-claimed.ts';
import { outOfScope } from '../understand/out-of-scope.ts';
import { victimsAskedOf } from './victims-asked.ts';
import { actorNames, actualDoer, describedFor, doerFor, eventOnTheDayFor, isActor, motiveFor, spokenText, VICTIM_KINDS, victimsFor } from './search-again.ts';
import { aboutAnUnattackedVote, aboutAnUnknownVote, aboutAnotherOwnersVote, aboutAnotherYear, ownersOfVotes, askedTimePrecision, asksForExactQuantity, asksForSpanOfTime, datesSomething, asksForQuantity, givesTimeTo, countedWords, countsThing, measuredByHowMuch, yearsIn, rankedAmounts, rankedWords, ranksThing, statesQuantity, withoutQuantityWording, yearsAskedAbout, yearsOfVotes } from './what-was-asked.ts';

/** What happened to a question: answered, declined, or refused (too long). */
export type AnswerOutcome = 'answered' | 'abstained' | 'refused';

export interface AnswerResult {
  outcome: AnswerOutcome;
  reply: Reply;
  confidence: number;
  /** The entries the reply is about: the answer, or the candidates offered. */
  entryIds: string[];
  /** On a decline: the question holds a word the knowledge base has never seen ("is it going to rain?"). */
  namesUnknown?: boolean;
  /** On a decline: the detail asked is one the sources leave open (an unstated detail), a final answer. */
  sourcesSilent?: boolean;
}

/** The title of a reply saying the knowledge base does not hold the answer. */
export const NOT_KNOWN_TITLE = 'I don\u2019t know that one';

/** The title of a reply saying the sources leave the detail asked for open (an unstated detail). */
export const SOURCES_SILENT_TITLE = 'The sources don\u2019t say';

/** Topics offered when the bot has nothing closer to suggest. */
const STARTER_QUESTIONS = ['Who was targeted?', 'Who is behind the attacks?', 'How do I spot a phishing email?'];
/** The starter questions as buttons that ask them. */
export const STARTER_SUGGESTIONS: readonly Suggestion[] = STARTER_QUESTIONS.map((q) => ({ label: q, run: `/ask ${q}` }));

/**
 * Answers one plain-language question from the knowledge base, or says honestly that it cannot: below the
 * confidence threshold it abstains, and when two different entries are about equally likely it answers with
 * the first and shows the other beside it.
 * `context` (who asks and why, the question before) may support an answer but never counts against one.
 * A question asked again on the same knowledge snapshot gets the remembered answer (see answer-cache.ts).
 */
export function answerQuestion(question: string, snapshot: KnowledgeSnapshot, { context, cache = true, answeredAlready = [], setAside = [], introduction }: AnswerQuestionOptions = {}): AnswerResult {
  const trimmed = question.trim();
  const search = () => {
    const result = searchAndAnswer(trimmed, snapshot, context, answeredAlready, setAside, introduction);
    return declinedWithoutTheGroupsName(trimmed, result, snapshot, context, answeredAlready, setAside)
      ?? askedOfTheGroup(trimmed, result, snapshot, context, answeredAlready, setAside)
      ?? askedOfTheDescribed(trimmed, result, snapshot, context, answeredAlready, setAside) ?? result;
  };
  if (!cache) return search();
  return rememberedAnswer(snapshot, trimmed, context, answeredAlready, setAside, search, introduction);
}

/**
 * "i heard 100 cnrp members were banned", "kem sokha was arrested in 2016": a claim giving a figure, declined for a
 * figure the sources never give, searched again without its figures. The entry found answers when it gives a figure
 * of the same kind, a number of the thing counted or a date: the sources' figure is the answer to the claim. Tried
 * last, after every other reading of a declined question (answer-message.ts); not where the sources are silent on
 * the detail asked, which is the answer.
 */
export function answerWithTheSourcesFigure(question: string, declined: AnswerResult, snapshot: KnowledgeSnapshot, options: AnswerQuestionOptions = {}): AnswerResult | undefined {
  if (declined.outcome !== 'abstained' || declined.sourcesSilent) return undefined;
  const claim = figureClaimed(question.trim(), snapshot.unstated?.sameAs ?? NO_SYNONYMS);
  if (!claim || !/\p{L}{2,}.*\s.*\p{L}{2,}/u.test(claim.without)) return undefined;
  const result = answerQuestion(claim.without, snapshot, options);
  if (result.outcome !== 'answered') return undefined;
  const hit = snapshot.index.search(claim.without, { limit: 3, context: options.context }).hits.find((one) => one.entry.id === result.entryIds[0]);
  // About what the claim says, not only near it: no specific word of the claim missed, and near one of its questions.
  if (!hit || (hit.signals.missedShare > 0 && hit.signals.missedSpecificity >= FIGURE_CLAIM.missedSpecificityBelow) || hit.signals.questionMatch <= FIGURE_CLAIM.questionMatchAbove) return undefined;
  return givesFiguresOf(hit.entry, claim.figures) ? result : undefined;
}

const NO_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * A result found by asking the question another way (without a name, as the claim's question, of the thing described),
 * given as the answer to the question the asker typed.
 */
function askedAs(result: AnswerResult, question: string): AnswerResult {
  const { answer } = result.reply;
  return { ...result, reply: { ...result.reply, ...(answer ? { answer: { ...answer, question } } : {}) } };
}

/**
 * "the front company was huawei right?", "murkytop is ransomware", "the election was in june": a claim of what a thing
 * is, declined for the value claimed (a name the knowledge lacks, or a word counting against the thing's entry), asked
 * as the question it answers (attribute-claimed.ts), whose answer confirms or corrects it. Only when every word of what
 * the claim is about is one the knowledge knows: "fireeye's ceo was kevin mandia" is about a CEO no source names. Tried
 * last, as answerWithTheSourcesFigure is; not where the sources are silent on the detail asked, which is the answer.
 */
export function answerWhatAClaimIsAbout(question: string, declined: AnswerResult, snapshot: KnowledgeSnapshot, options: AnswerQuestionOptions = {}): AnswerResult | undefined {
  if (declined.outcome !== 'abstained' || declined.sourcesSilent) return undefined;
  const claim = attributeClaimed(question);
  // "kem monovithya's email password was 123456" asks what is declined as it stands: a password.
  if (!claim || outOfScope(claim.asked) || snapshot.index.search(claim.subject, { limit: 1 }).concepts.some((concept) => !concept.known)) return undefined;
  const result = answerQuestion(claim.asked, snapshot, options);
  if (result.outcome !== 'answered') return undefined;
  // "hun sen is corrupt": what a person is, in a word of the asker's, is a judgement, not a fact the sources check.
  if (claim.describes && snapshot.knowledge.entriesById.get(result.entryIds[0] ?? '')?.kind === 'person') return undefined;
  return askedAs(result, question);
}

/**
 * The entries a phrase the asker set aside ("besides the election commission", "apart from the interior ministry")
 * names: those with a name (`names:`, not the title, which may mention anything) holding the phrase's words in
 * order ("the nec" is the NEC's, "the interior" the Ministry of the Interior's), when only one entry has it. A
 * phrase that names no entry ("phishing emails") sets none aside.
 */
export function entriesSetAside(phrase: string, snapshot: KnowledgeSnapshot): string[] {
  const words = ` ${normalizeText(phrase).replace(/^(?:the|a|an|our|their|its) /, '')} `;
  if (words.trim() === '') return [];
  const names = (entry: Entry) => entry.names.map((name) => ` ${normalizeText(name)} `);
  const named = snapshot.knowledge.entries.filter((entry) => names(entry).some((name) => name.includes(words)));
  // A name several entries share ("APT40": the group, and the list of its names) is the subject itself, seen from
  // several sides: "apart from apt40 what other names does it have" still asks about it.
  return named.length === 1 ? [named[0]!.id] : [];
}

export interface AnswerQuestionOptions {
  context?: string;
  /** false: search afresh even when the same question was answered on this snapshot before (benchmarks). */
  cache?: boolean;
  /**
   * Entries that answer an earlier question of the same message: "did china deny it? and did fireeye tell
   * the victims?" asks two things, so an entry as likely as the one already given answers the second.
   */
  answeredAlready?: readonly string[];
  /** Entries the asker set aside ("apart from the NEC, who else…"): never the answer while another hit remains. */
  setAside?: readonly string[];
  /** The part of `context` that only says who the asker is ("NEC here"): see `searchedApartFromTheAsker`. */
  introduction?: string;
}

function searchAndAnswer(trimmed: string, snapshot: KnowledgeSnapshot, context: string | undefined, answeredAlready: readonly string[], setAside: readonly string[], introduction?: string): AnswerResult {
  // "is it true that russia hacked cambodia's election?": a claim of who did it, naming someone the sources do not,
  // is answered with who they say did it.
  const claimed = doerClaimed(trimmed);
  const actual = claimed && actualDoer(claimed, trimmed, context, snapshot);
  if (actual) return answer(trimmed, actual, snapshot);
  // "How many…" is answered only by an entry that gives some number or amount.
  const quantity = asksForQuantity(trimmed);
  const searched = searchedApartFromTheAsker(quantity ? withoutQuantityWording(trimmed) : trimmed, snapshot, context, introduction);
  const { concepts } = searched;
  const others = setAside.length > 0 ? searched.hits.filter((hit) => !setAside.includes(hit.entry.id)) : searched.hits;
  const found = others.length > 0 ? others : searched.hits;
  const exactly = quantity && asksForExactQuantity(trimmed);
  const counted = quantity ? countedStemsOf(trimmed, concepts) : undefined;
  // "how many months after the report…" is a span between dates: an entry giving the dates answers it.
  const counts = counted && answersQuantity(counted, exactly);
  const quantified = !counts ? found : asksForSpanOfTime(trimmed) ? found.filter((hit) => counts(hit) || datesSomething(hit.entry)) : found.filter(counts);
  // "Which country is hit the most?": only an entry that ranks the thing can answer, not one merely about it.
  const rankedStems = stemsOfWords(rankedWords(trimmed), concepts);
  // The bare nouns ranked by amount are among the words ranked: none to look for when nothing is ranked.
  const amountStems = rankedStems.size > 0 ? stemsOfWords(rankedAmounts(trimmed), concepts) : rankedStems;
  const ranked = withAnotherFirst(rankedStems.size > 0 ? quantified.filter((hit) => ranksThing(hit.entry, rankedStems, amountStems)) : quantified, answeredAlready);
  const plural = askedInThePlural(trimmed);
  const listed = plural ? listingFirst(ranked, plural, snapshot.knowledge.entries) : ranked;
  const sorted = context ? surerFirst(listed) : listed;
  // "what is the NEC?", "who is Kem Sokha?": the entry of that name says what it is, before one that only mentions it;
  // "the daughter of the jailed opposition leader" is found through the roles, not as the leader.
  const named = entryNamedByQuestion(trimmed, sorted) ?? relativeAsked(trimmed, sorted) ?? personNamed(trimmed, sorted);
  const namedFirst = named ? leadingWith(named, sorted) : sorted;
  // "which crew went after the foreign ministry?": the victim's words found the victim; the doer is asked.
  const doer = namedFirst[0] && VICTIM_KINDS.has(namedFirst[0].entry.kind) && concepts.every((concept) => concept.known) ? doerFor(trimmed, context, snapshot) : undefined;
  // "why did they go after the ministries?": the victim's words found the victim (or the list of targets); the purpose is asked.
  const motive = !doer && namedFirst[0] && concepts.every((concept) => concept.known) ? motiveFor(trimmed, context, snapshot) : undefined;
  // "what did kryptonite panda target?": the group's name found the group; its victims are asked.
  const victims = !doer && !motive && namedFirst[0]?.entry.kind === 'actor' ? victimsFor(trimmed, namedFirst[0], concepts, context, snapshot) : undefined;
  // "what happened on 3 september 2017?": the day's few words found other days of its month; the event of that day is asked.
  const onTheDay = !doer && !motive && !victims ? eventOnTheDayFor(trimmed, context, snapshot) : undefined;
  const askedFor = doer ?? motive ?? victims ?? onTheDay;
  const hits = askedFor ? leadingWith(askedFor, namedFirst) : namedFirst;
  const [top, ...rest] = hits;
  const declined = () => ({ ...abstain(trimmed, hits), namesUnknown: concepts.some((concept) => !concept.known) });
  // Searched as the entries are: "how many journalists were hacked in total" asks "how many journalists were hacked".
  const silent = unstatedAsked(quantity ? withoutQuantityWording(trimmed) : trimmed, quantity, context, found, snapshot, concepts, quantity ? top?.entry : undefined);
  if (silent) return declineUnstated(trimmed, silent.unstated, silent.confidence, snapshot);
  // "Exactly how many rights advocates…" against "several rights advocates": the entry answers all but the number.
  const vague = exactly && counted && !top ? found.find(answersQuantity(counted)) : undefined;
  if (vague && vague.confidence >= ANSWER_THRESHOLDS.abstainBelow) {
    return declineWithheld(trimmed, `The sources give no exact number. What they do say is in \u201c${vague.entry.title}\u201d.`, vague, snapshot);
  }
  if (!top || top.confidence < ANSWER_THRESHOLDS.abstainBelow) return declined();
  // The question's main word only mentioned in passing by the best entry: it asks about something else.
  if (top.signals.mainWordBodyOnly >= PASSING_MENTION.mainWordShare && top.questionMatch < PASSING_MENTION.questionMatchBelow) return declined();
  // "On what exact date…", "at what time…": an entry that gives no day (or no time of day) cannot answer.
  const precision = askedTimePrecision(trimmed);
  if (precision && !givesTimeTo(top.entry, precision)) {
    const asked = precision === 'clock' ? 'a time of day' : 'the exact day';
    return declineWithheld(trimmed, `The sources don\u2019t give ${asked}. What they do say is in \u201c${top.entry.title}\u201d.`, top, snapshot);
  }
  // The best match is about another time than the question ("Taiwan's 2024 vote" against 2015–16): the
  // question is about something the knowledge does not hold, not about the runner-up.
  const years = yearsAskedAbout(trimmed);
  if (years.size > 0 && aboutAnUnknownVote(yearsOfVotes(trimmed), snapshot.knowledge.entries)) return declined();
  // "did apt40 hack cambodia's 2013 election?": a vote the knowledge names, but of which it tells no attack.
  if (years.size > 0 && aboutAnUnattackedVote(trimmed, snapshot.knowledge.entries)) return declined();
  if (years.size > 0 && aboutAnotherYear(years, top.entry)) return yearMistakenInClaim(trimmed, years, snapshot, context) ?? declined();
  // "Who won the 2023 election, and was it hacked too?": the second question is about the vote the first names,
  // which the knowledge does not hold, though its own words ("hacked") are about the vote it does.
  if (context && refersBack(trimmed) && aboutAnUnknownVote(yearsOfVotes(context), snapshot.knowledge.entries)) return declined();
  // The vote of a country the knowledge never names ("was Thailand's 2019 election hacked?"): not the vote it holds.
  if (ownersOfVotes(trimmed).some((owner) => concepts.some((concept) => !concept.known && concept.label === owner))) return declined();
  // The vote of a country the knowledge names, but not the one the best entry is about ("the 2016 US presidential
  // election" against Taiwan's): that entry cannot answer it.
  if (aboutAnotherOwnersVote(trimmed, top.entry, snapshot.knowledge.synonyms)) return declined();

  const unnamed = unnamedMention(trimmed, top.entry, concepts);
  if (unnamed) return declineWithheld(trimmed, `The sources give no name: they speak only of \u201c${unnamed}\u201d.`, top, snapshot);

  const rival = rest.find((hit) => !areRelated(hit.entry, top.entry));
  if (
    rival &&
    rival.confidence >= ANSWER_THRESHOLDS.abstainBelow &&
    top.score - rival.score < ANSWER_THRESHOLDS.tieGap &&
    top.confidence - rival.confidence < ANSWER_THRESHOLDS.tieGap
  ) {
    // Of two answers this close, advice leads when the wording asks what to do and the other is no advice ("what
    // should the election commission do…" wants the advice, not the entry on why it was attacked); otherwise the one
    // more likely right. (Other kinds are read from the question word alone: "who won the vote?" wants no person.)
    // The doer, the purpose or the victims asked for lead the victim or the group the question named, however sure
    // that entry is of its words; and so does the list of the things asked for in the plural ("which ministries got
    // hacked by apt 40 in cambodia?": the targets), which leads its items, before an entry only sure of the other
    // words (the group's indictment).
    const listAsked = top !== ranked[0] && top === listed[0];
    const rivalLeads = askedFor || listAsked ? false : asksAdviceOf(rival) !== asksAdviceOf(top) ? asksAdviceOf(rival) : rival.confidence > top.confidence;
    return rivalLeads ? answerWithRival(trimmed, rival, top, snapshot) : answerWithRival(trimmed, top, rival, snapshot);
  }
  return answer(trimmed, top, snapshot);
}

/**
 * "kem sokha was arrested in 2018", "the uk company got phished in 2020": a claim put to the bot, asked with no
 * question word, whose year is a near miss for the entry it is about. The year is the detail to check: the entry,
 * found as surely without it, gives the right one. A year further off is likelier another event than a slip ("the
 * nec was hacked again in 2023"), and is declined as before. (A claimed number of something, or a year of something
 * other than an attack, is corrected last, in answer-message.ts: figure-claimed.ts.)
 */
function yearMistakenInClaim(question: string, years: ReadonlySet<string>, snapshot: KnowledgeSnapshot, context: string | undefined): AnswerResult | undefined {
  if (questionWord(question) !== undefined) return undefined;
  let without = question;
  for (const year of years) without = without.replaceAll(year, ' ');
  const hit = likelyClaimHit(without, snapshot, context);
  if (!hit) return undefined;
  const entryYears = [...yearsIn(`${hit.entry.title} ${hit.entry.answer} ${'date' in hit.entry ? String(hit.entry.date ?? '') : ''}`)].map(Number);
  const near = [...years].every((year) => entryYears.some((other) => Math.abs(other - Number(year)) <= CLAIMS.yearSlipWithin));
  return near ? answer(question, hit, snapshot) : undefined;
}

/** The best entry for a claim with its mistaken detail left out, when likely right. */
function likelyClaimHit(claim: string, snapshot: KnowledgeSnapshot, context: string | undefined): SearchHit | undefined {
  const [top] = snapshot.index.search(claim, { limit: 1, context }).hits;
  return top && top.confidence >= ANSWER_THRESHOLDS.abstainBelow ? top : undefined;
}

/**
 * "did apt40 hack germany's election?", "did leviathan go after banks?": a question asking whom the group the knowledge
 * is about went after, answered by an entry the question's other words would not find. Every entry naming the group is
 * the nearer for the name, which says nothing of the victim asked; the question gets the decline it gets without it.
 * (Not for another group: "did rancor hit singapore?" is answered by Rancor's entry.)
 */
function declinedWithoutTheGroupsName(question: string, result: AnswerResult, snapshot: KnowledgeSnapshot, context: string | undefined, answeredAlready: readonly string[], setAside: readonly string[]): AnswerResult | undefined {
  if (result.outcome !== 'answered') return undefined;
  const actors = actorNames(snapshot.knowledge.entries);
  // A cheap test first: most questions name no group.
  const lower = question.toLowerCase();
  if (!actors.subjectWords.some((word) => lower.includes(word))) return undefined;
  const split = victimsAskedOf(question, actors.subjectNames);
  // An actor's entry (the group, what it usually goes after) is the group's own: its name is what finds it, and "what
  // does TEMP.Periscope normally target" without it asks of no one.
  const answered = snapshot.knowledge.entries.find((entry) => entry.id === result.entryIds[0]);
  if (!split || !answered || isActor(answered)) return undefined;
  const again = searchAndAnswer(split.asked, snapshot, context, answeredAlready, setAside);
  if (again.outcome !== 'abstained') return undefined;
  return askedAs(again, question);
}


/**
 * "what malware does leviathan use?", "where is bronze mohawk based?", "did gadolinium get into the election
 * commission?": a question naming the group the knowledge is about, by any of its names, that asks something of it.
 * A name only the list of its names holds ("gadolinium") is the rarest word of such a question, so it pulls that list,
 * or counts against every entry that answers and calls the group otherwise; yet the group is what the asker gives, not
 * what they ask. When the name found the group's own entry, or nothing, the question is asked again with the name as
 * context, where it supports an entry and never counts against one, and that answer is given when it finds one.
 */
function askedOfTheGroup(question: string, result: AnswerResult, snapshot: KnowledgeSnapshot, context: string | undefined, answeredAlready: readonly string[], setAside: readonly string[]): AnswerResult | undefined {
  if (result.outcome === 'refused' || result.sourcesSilent) return undefined;
  const actors = actorNames(snapshot.knowledge.entries);
  const [first] = result.entryIds;
  if (result.outcome === 'answered' && ![...actors.subject].some((entry) => entry.id === first)) return undefined;
  // A cheap test first: most questions name no group.
  const lower = question.toLowerCase();
  if (!actors.subjectWords.some((word) => lower.includes(word))) return undefined;
  const split = nameApart(question, actors.subjectNames);
  if (!split) return undefined;
  // The group as the knowledge's answers call it, not as the asker did: a name only the list of names holds would
  // support that list alone.
  const called = groupCalled(actors.subject);
  const again = searchAndAnswer(split.asked, snapshot, context ? `${context} ${called}` : called, answeredAlready, setAside);
  // Answered: the likelier of the two readings, so "kryptonite panda origin" still asks of the name. Declined: only an
  // answer much surer than the line, since without the name to count against it, an entry merely near a question
  // the sources do not answer ("how much did china pay the gadolinium contractors") may pass it.
  const above = result.outcome === 'answered' ? result.confidence : ANSWER_THRESHOLDS.groupNameApartAbove;
  const surer = again.outcome === 'answered' && again.confidence > above && !(result.outcome === 'answered' && again.entryIds[0] === first);
  const another = askedOfAnotherThing(split, result, actors.subject, snapshot, context, answeredAlready, setAside);
  const found = surer && (!another || again.confidence >= another.confidence) ? again : another;
  if (!found) return undefined;
  return askedAs(found, question);
}

/**
 * "kryptonite panda backdoor name?", "what did gadolinium send the opposition", "who does gadolinium work for": the
 * name found the entry holding it (the list of the group's names), or nothing, only because it is the rarest word of
 * the question, surer than the group's usual names would make any entry. Without it, the rest of the question says
 * what is asked: when neither the group nor the list of its names is then among the first entries found and likely
 * right, the question does not ask about the group or its names ("whose name is TA423" still finds the list), and the
 * entry it finds answers, when sure enough. A name typed with one word ("kryptonite panda origin", "gadolinium
 * coiner") is asked of the name: one word says too little of anything else.
 */
function askedOfAnotherThing(split: { asked: string; name: string }, result: AnswerResult, subject: ReadonlySet<Entry>, snapshot: KnowledgeSnapshot, context: string | undefined, answeredAlready: readonly string[], setAside: readonly string[]): AnswerResult | undefined {
  const ofTheSubject = (id: string | undefined) => [...subject].some((entry) => entry.id === id);
  const answeredBy = [...subject].find((entry) => entry.id === result.entryIds[0]);
  // The group's own name found the group: "what other names does temp.periscope use" asks of it.
  if (result.outcome === 'answered' && !answeredBy?.names.some((name) => normalizeText(name) === split.name)) return undefined;
  if (tokenize(split.asked).length < 2) return undefined;
  const { hits } = snapshot.index.search(split.asked, { limit: ANSWER_THRESHOLDS.groupNameAskedWithin, context });
  if (hits.some((hit) => subject.has(hit.entry) && hit.confidence >= ANSWER_THRESHOLDS.abstainBelow)) return undefined;
  const bare = searchAndAnswer(split.asked, snapshot, context, answeredAlready, setAside);
  return bare.outcome === 'answered' && !ofTheSubject(bare.entryIds[0]) && bare.confidence >= ANSWER_THRESHOLDS.groupNameUnaskedAbove ? bare : undefined;
}

/**
 * "when did the company that wrote the report publish it", "the party whose leader was arrested was dissolved when": a
 * question asking something of a thing it describes (described-asked.ts). Searched whole, the description's words
 * pull toward what they describe (the report, the leader); the thing is found by its description and the question
 * asked again of it by name ("when did FireEye publish it"), and that answer is given when it is likelier. Only in
 * place of an answer: a description of something the sources never cover stays declined.
 */
function askedOfTheDescribed(question: string, result: AnswerResult, snapshot: KnowledgeSnapshot, context: string | undefined, answeredAlready: readonly string[], setAside: readonly string[]): AnswerResult | undefined {
  if (result.outcome !== 'answered') return undefined;
  const asked = describedFor(question, snapshot);
  if (!asked) return undefined;
  const again = searchAndAnswer(asked, snapshot, context, answeredAlready, setAside);
  if (again.outcome !== 'answered' || again.confidence <= result.confidence) return undefined;
  return askedAs(again, question);
}

/** The first name of each entry on the group (the group, the list of its names): what the answers call it. */
const calledOf = new WeakMap<ReadonlySet<Entry>, string>();
function groupCalled(subject: ReadonlySet<Entry>): string {
  let called = calledOf.get(subject);
  if (called === undefined) {
    called = [...new Set([...subject].flatMap((entry) => entry.names.slice(0, 1)))].join(' ');
    calledOf.set(subject, called);
  }
  return called;
}

/**
 * The question without the first of `names` it holds (normalised, longest first), and that name; undefined when none
 * is held, nothing else is asked, or another of the names is held too.
 */
function nameApart(question: string, names: readonly (readonly [string, Entry])[]): { asked: string; name: string } | undefined {
  const padded = ` ${normalizeText(question)} `;
  for (const [name] of names) {
    const at = padded.indexOf(` ${name} `);
    if (at < 0) continue;
    const asked = `${padded.slice(0, at)} ${padded.slice(at + name.length + 2)}`.replace(/\s+/g, ' ').trim();
    // Named twice, by two names ("what's apt40's connection to temp.periscope?"), the group is asked of its names.
    const again = ` ${asked} `;
    if (asked === '' || names.some(([other]) => again.includes(` ${other} `))) return undefined;
    return { asked, name };
  }
  return undefined;
}

/** Whether a hit is advice and the question's wording asks for advice (search-index.ts: intent +1 for a wanted kind). */
function asksAdviceOf(hit: SearchHit): boolean {
  return hit.entry.kind === 'advice' && hit.signals.intent > 0;
}

/**
 * The thing a question asks for in the plural, typed ("stealers" in "what credential stealers did they use?", "domains"
 * in "which domains were C2?"), or none: a "which"/"what" question whose noun phrase ends in a plural.
 */
export function askedInThePlural(question: string): string | undefined {
  const match = PLURAL_ASKED.exec(question);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  return stem(word) !== word && !NOT_PLURAL.test(word) ? word : undefined;
}

/** "which/what (two or three words)…s" before a verb or the end: the phrase asked for. */
const PLURAL_ASKED = /\b(?:which|what)\s+(?:[\p{L}\d-]+\s+){0,2}?([\p{L}-]{3,}s)\b(?=\s+(?:did|do|does|were|was|are|is|have|has|had|got|get|used?|hit|went|they|the|apt40|temp\.periscope|fireeye)\b|\s*[?.!]?\s*$)/iu;
/** Words ending in s that are no plural a list answers: "was", "news", "address", "this". */
const NOT_PLURAL = /(?:ss|us|is|news|ics|ways|was|has|does|this|its)$/i;

/**
 * For a question asking for several things that finds two of them first, both likely right and of one kind ("what
 * credential stealers did they use?": HOMEFRY, DADBOD), the entry listing both ("The malware used in the campaign")
 * first, as likely right as the second of them: the question asks for the list, not its first item. Not when either
 * is itself about the things asked for ("which journalists were targeted?": the entry on journalists).
 */
function listingFirst(hits: SearchHit[], plural: string, entries: readonly Entry[]): SearchHit[] {
  const [top] = hits;
  const second = hits.slice(1, 3).find((hit) => hit.entry.kind === top?.entry.kind);
  if (!top || !second || second.confidence < ANSWER_THRESHOLDS.abstainBelow) return hits;
  const asked = stem(plural);
  // About the things themselves when its name says them in the plural ("Journalists"), not one of them ("Ministry of…").
  const about = (entry: Entry) => normalizeText([entry.title, ...entry.names].join(' ')).split(' ').some((word) => word.endsWith('s') && stem(word) === asked);
  if (about(top.entry) || about(second.entry)) return hits;
  const names = (entry: Entry) => (entry.names.length > 0 ? entry.names : [entry.title]).filter((name) => name.length >= 3).map(normalizeText);
  const mentions = (entry: Entry, named: Entry) => {
    const text = spokenText(entry);
    return names(named).some((name) => text.includes(` ${name} `));
  };
  // The first found already lists the second: it is the list.
  if (mentions(top.entry, second.entry)) return hits;
  // A list of the same kind: the advice naming two tools it guards against is no list of tools.
  const lists = (entry: Entry) => entry.kind === top.entry.kind && entry.id !== top.entry.id && entry.id !== second.entry.id
    && mentions(entry, top.entry) && mentions(entry, second.entry);
  // Among those found, an overview naming both lists them too ("Who was targeted": the ministries among the targets).
  const listsFound = (entry: Entry) => lists(entry) || (entry.kind === 'faq' && mentions(entry, top.entry) && mentions(entry, second.entry));
  const found = hits.find((hit) => listsFound(hit.entry) && hit.confidence >= second.confidence);
  if (found) return leadingWith(found, hits);
  const listing = entries.find(lists);
  return listing ? [{ ...second, entry: listing }, ...hits.filter((hit) => hit.entry.id !== listing.id)] : hits;
}

/** A question about the asker or their organisation: "were we hit?", "what should I do?", "our staff". */
const ASKS_OF_THE_ASKER = /\b(?:i|i'm|im|me|my|mine|myself|we|we're|us|our|ours)\b/i;

/**
 * The question searched with its context; but when part of that context only says who the asker is ("NEC here, how
 * did FireEye find out about this?", "diplomat posted abroad here — what name did MITRE give this group?"), the
 * question asks nothing of the asker, and the introduction put first an entry less likely right than the one the
 * question finds without it (the asker's own organisation, the advice for people like them), the question is
 * answered as read without it. Searched twice only then: the second search costs nothing for other questions.
 */
function searchedApartFromTheAsker(question: string, snapshot: KnowledgeSnapshot, context: string | undefined, introduction: string | undefined): ReturnType<KnowledgeSnapshot['index']['search']> {
  const searched = snapshot.index.search(question, { limit: 5, context });
  if (!introduction || !context || ASKS_OF_THE_ASKER.test(question)) return searched;
  const [top] = searched.hits;
  if (!top) return searched;
  const rest = context.replace(introduction, ' ').trim();
  const apart = snapshot.index.search(question, { limit: 5, ...(rest ? { context: rest } : {}) });
  const [alone] = apart.hits;
  if (!alone || alone.entry.id === top.entry.id || alone.confidence < ANSWER_THRESHOLDS.abstainBelow || alone.confidence < top.confidence) return searched;
  // Only an entry the introduction names ("NEC", "diplomat"): words of it that say what the asker works on ("I'm at a
  // university doing naval research") may rightly lead to an entry about something else.
  return namedBy(introduction, top.entry) ? apart : searched;
}

/** Whether an entry's title or names share a word with a text ("senate staff here" and "The Senate of Cambodia"). */
function namedBy(text: string, entry: Entry): boolean {
  const { stems } = analyze(text);
  if (stems.length === 0) return false;
  const named = analyze([entry.title, ...entry.names].join(' ')).stems;
  return stems.some((word) => named.includes(word));
}

/** A runner-up likely right before a top hit unlikely right, which words of the asker's context ranked first. */
function surerFirst(hits: SearchHit[]): SearchHit[] {
  const [top] = hits;
  if (!top || top.confidence >= ANSWER_THRESHOLDS.abstainBelow) return hits;
  let surer: SearchHit | undefined;
  for (const hit of hits.slice(1, 3)) {
    if (hit.confidence >= ANSWER_THRESHOLDS.contextOutrankedAbove && (!surer || hit.confidence > surer.confidence)) surer = hit;
  }
  return surer ? leadingWith(surer, hits) : hits;
}

/** The hits with an entry not given yet first, when its confidence is at least that of the one given already. */
function withAnotherFirst(hits: SearchHit[], answeredAlready: readonly string[]): SearchHit[] {
  const [top] = hits;
  if (!top || !answeredAlready.includes(top.entry.id)) return hits;
  const other = hits.find((hit) => !answeredAlready.includes(hit.entry.id));
  return other && other.confidence >= top.confidence ? leadingWith(other, hits) : hits;
}

/** What a question asks to have described: "what is the NEC?", "who's Kem Sokha", "what does HTRAN stand for". */
const DESCRIBE_ASKED = /^(?:what|who) (?:is|are|was|were|s) (?:the |a |an )?(.+?)$|^what (?:does|do|did) (?:the )?(.+?) (?:stand for|mean)$/;

/** Among the hits, the one entry the question names in full when it asks what that is ("what is the NEC?"). */
function entryNamedByQuestion(question: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const asked = DESCRIBE_ASKED.exec(normalizeText(question));
  const name = asked?.[1] ?? asked?.[2];
  if (!name) return undefined;
  const named = hits.filter((hit) => hit.entry.names.some((n) => normalizeText(n) === name));
  return named.length === 1 ? named[0] : undefined;
}

/** A person asked by kinship: "the daughter of the jailed opposition leader", "monovithya's father". */
const CHILD = String.raw`(?:daughter|son|child|kid)`;
const PARENT = String.raw`(?:father|dad|mother|mum|mom|parent)`;
// "the woman whose dad got arrested" asks for the child of the one described, "the man whose daughter got the
// e-mail" for the parent.
const CHILD_ASKED = new RegExp(String.raw`\b(?:the |his |her |their )?${CHILD} of\b|\b\w+ s ${CHILD}\b|\bwhose ${PARENT}\b`);
const PARENT_ASKED = new RegExp(String.raw`\b(?:the |his |her |their )?${PARENT} of\b|\b\w+ s ${PARENT}\b|\bwhose ${CHILD}\b`);
const CHILD_ROLE = new RegExp(String.raw`\b${CHILD} of\b`, 'i');

/**
 * Among the hits, the person a question asks for by kinship when the best hit is the relative named instead: the
 * child is the person whose role says "daughter of", and the parent the one the best hit's role says it is a child of.
 */
function relativeAsked(question: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const [top] = hits;
  // Only a person in place of the person asked: "what was kem sokha's daughter sent?" asks about the e-mail.
  if (top?.entry.kind !== 'person') return undefined;
  const text = normalizeKeepingPossessives(question);
  // Whom a person's role says they are the child of: "daughter of opposition leader Kem Sokha".
  const parentIn = (hit: SearchHit) => {
    const role = hit.entry.kind === 'person' ? hit.entry.role : '';
    const at = CHILD_ROLE.exec(role);
    return at ? role.slice(at.index) : '';
  };
  const isParentOf = (parent: SearchHit, child: SearchHit) => {
    const told = parentIn(child);
    return parent !== child && told !== '' && parent.entry.names.some((name) => told.includes(name));
  };
  if (CHILD_ASKED.test(text) && !parentIn(top)) return hits.find((hit) => isParentOf(top, hit));
  if (PARENT_ASKED.test(text) && parentIn(top)) return hits.find((hit) => isParentOf(hit, top));
  return undefined;
}

/** Words of family or of whose someone is: a question with one asks about a relative, which `relativeAsked` reads. */
const KINSHIP_ASKED = new RegExp(String.raw`\b(?:${CHILD}|${PARENT}|daughters|sons|children|kids|whose|wife|husband|family|relative|related|sibling|brother|sister)\b`);

/**
 * Among the hits, the person a question names in full when the best hit is another person it does not name: "kem
 * sokha's title?" asks a detail of Kem Sokha, not of his daughter, whose entry also says "Kem Sokha" and "job".
 */
function personNamed(question: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const [top] = hits;
  if (top?.entry.kind !== 'person') return undefined;
  const text = ` ${normalizeText(question)} `;
  const names = (hit: SearchHit) => hit.entry.names.some((name) => text.includes(` ${normalizeText(name)} `));
  if (names(top) || KINSHIP_ASKED.test(text)) return undefined;
  const named = hits.filter((hit) => hit.entry.kind === 'person' && names(hit));
  return named.length === 1 ? named[0] : undefined;
}

/** The hits in the same order, but `lead` first. */
function leadingWith(lead: SearchHit, hits: readonly SearchHit[]): SearchHit[] {
  return [lead, ...hits.filter((hit) => hit !== lead)];
}

/**
 * Which hits can answer a "how many…" question: those giving a number of the thing counted, read through
 * the search's concepts ("how many boxes" counts servers), or, when the question names no thing, any number.
 * `exactly`: the question asks for the exact number, which an order of size ("several") does not give.
 */
function answersQuantity(countedStems: ReadonlySet<string>, exactly = false): (hit: SearchHit) => boolean {
  return countedStems.size > 0 ? (hit) => countsThing(hit.entry, countedStems, exactly) : (hit) => statesQuantity(hit.entry);
}

/** The stems of what a "how many…" question counts, read through the search's concepts; none when it names no thing. */
function countedStemsOf(question: string, concepts: readonly Concept[]): Set<string> {
  // "how much was the bail": the dollars measured are no word of the question, and count by their own stems.
  const measured = measuredByHowMuch(question);
  if (measured.length > 0) return new Set(measured.map(stem));
  return stemsOfWords(countedWords(question), concepts);
}

/**
 * The stems of some words of a question read through the search's concepts ("boxes" is servers): what is counted
 * or ranked.
 */
function stemsOfWords(words: readonly string[], concepts: readonly Concept[]): Set<string> {
  const counted = new Set(words);
  const countedStems = new Set(concepts.filter((c) => c.label.split(' ').some((w) => counted.has(w))).flatMap((c) => c.variants.flatMap((v) => v.stems)));
  // Words counted that no concept holds ("people" for a question typed "person") count by their own stems.
  if (countedStems.size > 0) for (const word of counted) countedStems.add(stem(word));
  return countedStems;
}

/**
 * Two different entries about equally likely ("which ministries were hacked"): the first is answered and
 * the other shown beside it in a sentence, with a button to read it whole, rather than a question back.
 */
function answerWithRival(question: string, top: SearchHit, rival: SearchHit, snapshot: KnowledgeSnapshot): AnswerResult {
  const answered = answer(question, top, snapshot);
  const { reply: base } = answered;
  const also = { name: `Also relevant: ${rival.entry.title}`, value: firstSentence(rival.entry.answer), inline: false };
  const more = askAbout(rival.entry);
  return {
    ...answered,
    reply: { ...base, fields: [...base.fields, also], suggestions: [more, ...base.suggestions.filter((s) => s.run !== more.run)] },
  };
}

/** The first sentence of an answer, for showing an entry in one line. */
function firstSentence(text: string): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  return /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
}

function answer(question: string, hit: SearchHit, { knowledge }: KnowledgeSnapshot): AnswerResult {
  const { entry } = hit;
  return {
    outcome: 'answered',
    confidence: hit.confidence,
    entryIds: [entry.id],
    reply: entryReply(entry, knowledge, { question, confidence: round(hit.confidence), entryIds: [entry.id] }),
  };
}

/**
 * The stem of the name search read a misspelt word as, its likeliest correction ("lekadoe" is LICADHO), or of the
 * name words typed apart make ("wu shu rong", "ding shao yang"); undefined for a word read first as typed, for a
 * synonym group, and for a word English has.
 */
function readingOfMisspeltWord(concept: Concept): readonly string[] | undefined {
  const read = concept.variants[0]?.stems;
  // Only a name or term English lacks: a misspelt everyday word ("adress") in keywords still says a detail only as typed.
  if (concept.variants.length > 2 || read?.length !== 1 || concept.specificity < 1) return undefined;
  for (const word of concept.label.split(' ')) if (stem(word) === read[0]) return undefined;
  return read;
}

/**
 * The detail no source gives that the question asks for, if any: the closest unstated detail, when the question
 * says every word of one of its questions (or a word of the same synonym group, unless the question is only keywords), is nearer that detail's questions
 * than the best entry's (or asks in so many words for names, which the entry on a group of targets never gives;
 * but a detail said only through synonyms must lead by `UNSTATED.synonymLead` even then), and the entry it is
 * about is among the first found, unless the question says one of the detail's questions nearly word for word
 * ("what were the diplomats' names?" is declined; "were diplomats targeted?" and "diplomats" are answered). A
 * possessive pointing back ("their names?") takes the words of the question before, in `context`. `quantity`:
 * whether the question asks how many; `counting`: the entry that would give the number asked, if any.
 */
function unstatedAsked(
  question: string,
  quantity: boolean,
  context: string | undefined,
  hits: readonly SearchHit[],
  snapshot: KnowledgeSnapshot,
  concepts: readonly Concept[],
  counting?: Entry,
): { unstated: Unstated; confidence: number } | undefined {
  const [top] = hits;
  if (!snapshot.unstated || !top) return undefined;
  // A word of a synonym group says what its other words do: "compromised" is "hacked".
  // "which diplomats were compromised? can you give me their names?": who "their" are, the question before says.
  const typed = new Set([...analyze(question).stems, ...(context && POSSESSIVE_POINTING_BACK.test(question) ? analyze(context).stems : [])]);
  // A name misspelt or spelt as it sounds ("who founded lekadoe") says the name search read it as.
  for (const concept of concepts) {
    const read = concept.known && !concept.optional ? readingOfMisspeltWord(concept) : undefined;
    if (read) for (const s of read) typed.add(s);
  }
  const asking = questionWord(question);
  // Keywords ("dadbod cookie theft") name a topic: a detail's question with the same words in other forms ("what
  // cookies does DADBOD steal?") asks more of it than they do, so keywords say a detail only as typed.
  const said = asking === undefined ? typed : new Set([...typed].flatMap((s) => [s, ...(snapshot.unstated!.sameAs.get(s) ?? [])]));
  const whichPersonAsked = asksWhich(question) && WHICH_PERSON.test(question);
  const saidInFull = new Set<string>();
  const saidAsTyped = new Set<string>();
  // Details asking someone's reaction to the affair, which the question asks under one of its names.
  const reactions = new Set<string>();
  // Details one of whose questions the question says as typed, with a word the entry it is about never uses
  // ("the subject line of the email sent to Kem Sokha's daughter": the entry on that e-mail never says "subject").
  const lacking = new Set<string>();
  // Names asked for in so many words ("list them by name", "which outlets did the hackers hit? names?") are a
  // detail the entry on a group of targets does not give, however close the rest of the question is to its
  // own; unless the name asked is the attackers' ("what's the name of the group that went after the outlets?").
  const attackersNameAsked = ATTACKERS_NAME_ASKED.test(question);
  const thingNameAsked = THING_NAME_ASKED.test(question);
  const namesAsked = new Set<string>();
  // "was an opposition MP hacked?" asks whether, not which: a yes-or-no question with no "which" in it, also
  // when typed without its auxiliary ("MP of opposition get hacked?").
  const whetherOnly = (asking === 'yes-no' && !/\bwhich\b/i.test(question)) || asksWhetherWithoutAuxiliary(question);
  // "which year did the group hit Taiwanese parties?" asks when, not "which Taiwanese parties were targeted?".
  const timeAsked = ASKS_WHICH_TIME.test(question);
  // A reaction asked about the affair under any of its names ("say about the spying", "react to the report").
  // "how did Japan respond to it?": a pronoun after the reaction is the affair, the one thing this knowledge is about.
  const reactionWorded = REACTION_ASKED.test(question);
  const reactionAsked = reactionWorded && ([...typed].some((s) => AFFAIR_STEMS.has(s)) || REACTION_TO_THE_AFFAIR_UNNAMED.test(question));
  // "who is the Kem Sokha daughter that got phished?" asks who she is, and "how did the daughter of kem sokha spot the
  // phish?" how she did: a detail asking what someone said ("what did Kem Sokha say about his daughter being
  // phished?"), whose verb of saying is a stopword, is no question of who, when, where or how unless the question
  // too asks a reaction.
  const notAReaction = !reactionWorded && (asking === 'who' || asking === 'when' || asking === 'where' || asking === 'how');
  // Whether the question asks past what the sources tell ("did China ever admit it?"), read only when a detail's
  // question asking that is said: "did China admit it?" asks what they tell (it denied), not what came after.
  let laterAsked: boolean | undefined;
  // Details asked past what their entry tells, in so many words: the entry's nearness to the rest of the question
  // ("was the NEC hacked" in "was the NEC hacked again after the vote?") is no reason to answer from it.
  let askedLater: Set<string> | undefined;
  // Details asking an amount, said as typed, of which the entry giving a number never uses a word: "how much did China
  // pay the hackers for this operation?" asks what no source gives, and China's donation to the election commission,
  // the one sum of money the knowledge gives, is of something else (it never says "hackers").
  const amountOfSomethingElse = new Set<string>();
  for (const position of unstatedQuestionsSaid(snapshot.unstated, said, reactionAsked)) {
    const asked = snapshot.unstated.questions[position]!;
    // "how many MPs were hacked?" (answered: one) does not ask "which MP was hacked?", nor does "was an MP hacked?";
    // "how did the target realise the mail wasn't from the rights group?" does not ask "how many rights groups…".
    const otherAsk = !asksTheSame(asked.asks, asking, whichPersonAsked) || ((quantity || whetherOnly) && asked.asksWhich) || (asked.asksQuantity && !quantity)
      || (timeAsked && asked.asksWhich && !asked.stems.some((s) => TIME_STEMS.has(s)));
    // "what did Hun Sen say about the hackers / the report?" asks the same as "…say about the hack?": what a
    // reaction is about, the affair, goes by many names, and the detail is who reacted.
    const affairNamed = reactionAsked && asked.asksReaction;
    if (otherAsk || (notAReaction && asked.asksReaction) || !saysEvery(asked.stems, said, affairNamed)) continue;
    if (asked.asksLater) {
      laterAsked ??= LATER_ASKED.test(question);
      if (!laterAsked) continue;
      (askedLater ??= new Set()).add(asked.id);
    }
    // "what's the name of the group that went after the media outlets?" asks the attackers' name, which the
    // sources give, not the outlets' names, which they do not.
    const asksName = asked.stems.includes(NAME_STEM);
    if (attackersNameAsked && asksName) continue;
    // "what's the password-cracking program in their kit called?" asks which tool that is, which its entry gives,
    // not what else the detail asks of it ("which passwords did they crack?").
    if (thingNameAsked && !asksName) continue;
    saidInFull.add(asked.id);
    if (affairNamed) reactions.add(asked.id);
    if (saysEvery(asked.stems, typed, affairNamed)) {
      saidAsTyped.add(asked.id);
      if (saysWhatItsEntryLacks(asked.id, asked.stems, snapshot)) lacking.add(asked.id);
      if (counting && asked.asksQuantity && !usesEvery(counting, asked.stems)) amountOfSomethingElse.add(asked.id);
    }
    if (asksName) namesAsked.add(asked.id);
  }
  if (saidInFull.size === 0) return undefined;
  // The closest of the details whose words the question says: one it does not say in full cannot be the detail
  // asked, so it does not hide one it does ("which … were targeted?" shares words with many; "what's the name of
  // the MP whose computer got broken into?" is nearer how the MP was hacked, a "how" detail it does not ask).
  const [closest] = snapshot.unstated.index.search(question, { limit: 1, context, only: (detail) => saidInFull.has(detail.id) }).hits;
  if (!closest) return undefined;
  if (amountOfSomethingElse.has(closest.entry.id) && closest.questionMatch >= UNSTATED.lackingMinQuestionMatch) {
    const unstated = snapshot.knowledge.unstated.find((u) => u.id === closest.entry.id);
    if (unstated) return { unstated, confidence: closest.confidence };
  }
  // Names requested in so many words, of the very entry found first, need less of the detail's wording: "can you
  // name the pair of overseas diplomats the hackers got into?" says far more than "the diplomats' names?" ("whose
  // name did they borrow?" asks who was impersonated, and is no such request). Advice found first names no one:
  // then the entry the names would be of may come just after it ("…diplomats posted abroad…" draws the advice for
  // diplomats posted abroad).
  const namesOf = closest.entry.related[0];
  const namesOfTheTop = namesAsked.has(closest.entry.id) && NAMES_REQUESTED.test(question)
    && (namesOf === top.entry.id || (top.entry.kind === 'advice' && hits.slice(0, UNSTATED.aboutWithin).some((hit) => hit.entry.id === namesOf)));
  // A detail asked for in a word its entry never uses is what is asked, though the asker's other words (who the
  // e-mail went to, "exact") leave the question as near that entry as the detail's own questions.
  // What someone said about the affair, asked of the entry on who they are, is a detail that entry does not
  // give however near its questions come ("what did Hun Sen say about the hackers?" is not "who is Hun Sen?").
  const reactionOfTheTop = reactions.has(closest.entry.id) && closest.entry.related[0] === top.entry.id && SPEAKER_KINDS.has(top.entry.kind);
  const asksWhatTheEntryLacks = (lacking.has(closest.entry.id) || askedLater?.has(closest.entry.id) === true) && closest.questionMatch >= UNSTATED.lackingMinQuestionMatch;
  if (!asksWhatTheEntryLacks) {
    if (closest.questionMatch < (namesOfTheTop ? UNSTATED.namesMinQuestionMatch : UNSTATED.minQuestionMatch)) return undefined;
    if (closest.questionMatch <= top.questionMatch && !namesAsked.has(closest.entry.id) && !reactionOfTheTop) return undefined;
    // Said only through synonyms, it must lead the best entry clearly: a synonym group is broader than a word.
    if (!saidAsTyped.has(closest.entry.id) && closest.questionMatch - top.questionMatch < UNSTATED.synonymLead) return undefined;
  }
  // The entry it is about among the first found, unless the question says one of the detail's questions nearly
  // word for word, far closer than to any entry's ("who was the Bloomberg reporter that wrote the story?").
  // Nor when a reaction to the affair is asked and the detail's questions lead the best entry's: "what did the UN
  // say about the hacking?" names a speaker no entry quotes, so the entries found share only "hacking" or a
  // stray mention, never the entry the detail is about.
  const about = closest.entry.related[0];
  const nearlyVerbatim = saidAsTyped.has(closest.entry.id) && closest.questionMatch >= UNSTATED.verbatimQuestionMatch
    && closest.questionMatch - top.questionMatch >= UNSTATED.verbatimLead;
  const reactionLeads = reactionAsked && closest.questionMatch > top.questionMatch;
  // A word the detail's entry never uses and few entries do, in a question that close to the detail and clearly
  // closer than to any entry ("who at the NEC clicked the link?"), names the detail however the other words draw
  // the entries.
  const lackingNearlyVerbatim = asksWhatTheEntryLacks && closest.questionMatch >= UNSTATED.verbatimQuestionMatch
    && closest.questionMatch - top.questionMatch >= UNSTATED.lackingVerbatimLead;
  if (!nearlyVerbatim && !reactionLeads && !lackingNearlyVerbatim && !hits.slice(0, UNSTATED.aboutWithin).some((hit) => hit.entry.id === about)) return undefined;
  // "dadbod steals cookies", "does dadbod steal cookies?": said back, what the entry tells asks nothing past it, though
  // its words say "what cookies does DADBOD steal?" in full.
  if (about !== undefined && restatesItsEntry(question, about, snapshot)) return undefined;
  // "homefry steals cookies": a claim naming one thing found first is about that thing, not a detail of another
  // ("what did they do with the cookies they stole?", of DADBOD), however its other words say the detail.
  if (about !== top.entry.id && !nearlyVerbatim && !ASKING_WORD.test(question) && questionWord(question) === undefined && namesTheEntry(question, top.entry)) return undefined;
  const unstated = snapshot.knowledge.unstated.find((u) => u.id === closest.entry.id);
  return unstated && { unstated, confidence: closest.confidence };
}

/** A word asking for something, anywhere in a message: "dadbod steals what cookies?". */
const ASKING_WORD = /\b(?:who|whom|whose|what|whats|which|when|where|why|how|whether)\b/i;

/** The stems of what an entry tells (its names, title, answer and structured fields; not the questions it is asked by). */
const toldStems = new WeakMap<Entry, ReadonlySet<string>>();
function stemsToldBy(entry: Entry): ReadonlySet<string> {
  let stems = toldStems.get(entry);
  if (!stems) {
    const { names, title, body } = entryFieldText(entry);
    stems = new Set([...names, ...title, ...body].flatMap((text) => analyze(text).stems));
    toldStems.set(entry, stems);
  }
  return stems;
}

/**
 * Whether a message asking for nothing by name ("dadbod steals cookies", "does dadbod steal cookies?") says only what
 * the entry a detail is about tells, in at least `UNSTATED.restatedMinWords` words: it repeats the entry, to have it
 * confirmed, and asks none of the details past it.
 */
function restatesItsEntry(question: string, aboutId: string, { knowledge }: KnowledgeSnapshot): boolean {
  if (ASKING_WORD.test(question)) return false;
  const about = knowledge.entriesById.get(aboutId);
  if (!about) return false;
  const { stems } = analyze(question);
  // "the diplomats' names": a name asked for is asked, though the entry tells that the report "names" them.
  if (stems.includes(NAME_STEM)) return false;
  const told = stemsToldBy(about);
  return stems.length >= UNSTATED.restatedMinWords && stems.every((s) => told.has(s));
}

/** Whether a question holds one of an entry's names, as whole words: "homefry steals cookies" names HOMEFRY. */
function namesTheEntry(question: string, entry: Entry): boolean {
  const text = ` ${normalizeText(question)} `;
  return entry.names.some((name) => {
    const named = normalizeText(name);
    return named !== '' && text.includes(` ${named} `);
  });
}

/** The stems of everything an entry says or is asked by, for telling the words it never uses. */
const entryStems = new WeakMap<Entry, ReadonlySet<string>>();
function stemsOfEntry(entry: Entry): ReadonlySet<string> {
  let stems = entryStems.get(entry);
  if (!stems) {
    stems = new Set(Object.values(entryFieldText(entry)).flat().flatMap((text) => analyze(text).stems));
    entryStems.set(entry, stems);
  }
  return stems;
}

/** Whether an entry says or is asked by every one of the stems, anywhere. */
function usesEvery(entry: Entry, stems: readonly string[]): boolean {
  const known = stemsOfEntry(entry);
  return stems.every((s) => known.has(s));
}

/** How many of the knowledge's entries use each stem. */
const entriesUsing = new WeakMap<KnowledgeSnapshot['knowledge'], ReadonlyMap<string, number>>();
function entriesUsingStem(knowledge: KnowledgeSnapshot['knowledge']): ReadonlyMap<string, number> {
  let counts = entriesUsing.get(knowledge);
  if (!counts) {
    const tally = new Map<string, number>();
    for (const entry of knowledge.entries) for (const s of stemsOfEntry(entry)) tally.set(s, (tally.get(s) ?? 0) + 1);
    counts = tally;
    entriesUsing.set(knowledge, counts);
  }
  return counts;
}

/**
 * Whether the words of a detail's question that the asker said hold one the entry the detail is about never uses,
 * and few entries do: "subject" (of an e-mail) names a detail, while "hack", in half the entries, is the topic
 * ("was Kem Sokha arrested before the hacks?" is no "what did Kem Sokha say about the hack?").
 */
function saysWhatItsEntryLacks(detailId: string, stems: readonly string[], { knowledge }: KnowledgeSnapshot): boolean {
  const aboutId = knowledge.unstated.find((u) => u.id === detailId)?.about;
  const about = aboutId === undefined ? undefined : knowledge.entriesById.get(aboutId);
  if (!about) return false;
  const known = stemsOfEntry(about);
  const using = entriesUsingStem(knowledge);
  const few = UNSTATED.lackingWordShareAtMost * knowledge.entries.length;
  return stems.some((s) => !known.has(s) && (using.get(s) ?? 0) <= few);
}

const NAME_STEM = stem('name');
/** A possessive that refers to something named before: "their names", "its creation date". */
const POSSESSIVE_POINTING_BACK = /\b(?:their|its|his|her)\b/i;
/** A request for names as such: "can you name them", "name the two…", "by name", "their names?", "the names of…". */
const NAMES_REQUESTED = /\b(?:(?:can|could|would) you (?:please )?name|name (?:the|them|those|these|both|all|each|any)|by name|(?:their|the|his|her|its) names?|names? (?:of|please|pls))\b|\bnames?\s*\?/i;
/** "which year…", "in what month…", "on which day…": a question asking for a time, whatever its first word. */
const ASKS_WHICH_TIME = /^(?:(?:in|on|from|since|until|by|during)\s+)?(?:which|what)\s+(?:year|month|day|date|week|time)s?\b/i;
/**
 * Whether `words` hold every stem, a name of the affair counting as said when `affairNamed`. A loop, not `every` with
 * a closure: it runs for each of the thousands of details' questions on every question asked.
 */
function saysEvery(stems: readonly string[], words: ReadonlySet<string>, affairNamed: boolean): boolean {
  for (const s of stems) if (!words.has(s) && !(affairNamed && AFFAIR_STEMS.has(s))) return false;
  return true;
}

/** Entries on who someone is (a person, an organisation, a body that was targeted), which say what they are, not what they said. */
const SPEAKER_KINDS: ReadonlySet<Entry['kind']> = new Set(['person', 'organisation', 'target']);
/**
 * The names of the affair a reaction is about: the hacks, the hackers, the spying, the campaign, the report exposing
 * them, and the group's own names ("what did Vietnam say about TEMP.Periscope?" asks a reaction to the affair).
 */
const AFFAIR_STEMS: ReadonlySet<string> = new Set(['hack', 'hacks', 'hacked', 'hacking', 'hacker', 'hackers', 'breach', 'breached', 'intrusion', 'intrusions', 'compromise', 'compromised', 'spying', 'espionage', 'cyberattack', 'cyberattacks', 'report', 'findings', 'allegations', 'accusations', 'campaign', 'attack', 'attacks', 'periscope', 'apt40', 'leviathan'].map(stem));
/** A reaction to "it" or "this", said after the words for reacting: the affair, left unnamed. */
const REACTION_TO_THE_AFFAIR_UNNAMED = /\b(?:respond(?:s|ed)?|react(?:s|ed)?|say|says|said|comment(?:s|ed)?)(?: anything| something| much)? (?:to|about|on|regarding) (?:it|this|that|all this|all that|any of this|any of it)\s*[?!.]*$/i;
/** The stems of the words naming a time: a detail asking "which day…" is asked by "which date…". */
const TIME_STEMS: ReadonlySet<string> = new Set(['year', 'month', 'day', 'date', 'week', 'time'].map(stem));
/** Words for whoever attacked. */
const ATTACKERS = String.raw`(?:group|crew|gang|outfit|hackers?|attackers?|spies|culprits?|perpetrators?)`;
/**
 * The attackers' own name asked for: "the name of the hacking group that…", "the crew's name", "name the hackers
 * who…", "the name of whoever was behind…", "who was responsible for…? name please".
 */
/**
 * What a thing the question describes is called: "what's the password-cracking program in their kit called?",
 * "what's the cookie-stealing thing fireeye found", "name of the tool that dumps passwords".
 */
const THING_NAME_ASKED = /\bwhat(?:'s|\u2019s| is| was| are| were)? (?:it|they|(?:the|this|that) (?:[\w'\u2019-]+ ){1,6})called\??$|^what(?:'s|\u2019s| is| was) the [\w-]+ thing\b|\bnames? of the (?:[\w-]+ ){0,2}(?:thing|tool|program|programme|malware|software|backdoor|downloader)\b/i;

const ATTACKERS_NAME_ASKED = new RegExp(
  String.raw`\bnames? of (?:the |this |that |these |those )?(?:[\p{L}-]+ )?${ATTACKERS}\b|\b${ATTACKERS}(?:'s|\u2019s|'|\u2019)? names?\b`
    + String.raw`|\bname (?:the |these |those )?(?:[\p{L}-]+ )?${ATTACKERS}\b|\bnames? of (?:whoever|who|the people|those) (?:was |were |is |are )?(?:behind|responsible)\b`
    + String.raw`|^who (?:was|were|is|are) (?:behind|responsible)\b`,
  'iu',
);

/**
 * "who logged in from the Hainan address?" asks a person, which no source names; "hainan login ip" asks the
 * address, which they give. A detail asked for by who, when, where, why or how is asked only by that word (or,
 * for who, by "which" before a person); one asked by "what" or "which" can be asked any way ("diplomats' names?").
 */
function asksTheSame(detail: QuestionWord | undefined, asking: QuestionWord | undefined, whichPerson: boolean): boolean {
  return detail === undefined || detail === 'what' || detail === 'yes-no' || detail === asking || (detail === 'who' && whichPerson);
}

/**
 * "which Washington Post reporter was named?" asks who, as "who was the reporter named?" does; "which tool dumps
 * passwords?" asks what.
 */
const WHICH_PERSON = /\bwhich (?:[\p{L}.'-]+ ){0,3}(?:reporters?|journalists?|writers?|authors?|persons?|people|individuals?|officials?|staffers?|employees?|diplomats?|politicians?|ministers?|lawmakers?|mps?|activists?|analysts?|researchers?|officers?|spokes(?:man|men|woman|women|person|people)|man|men|woman|women|guys?|leaders?|members?)\b/iu;

/** Declines a detail no source gives, saying what the sources leave open, with the entry on what they do say offered. */
function declineUnstated(question: string, unstated: Unstated, likelihood: number, { knowledge }: KnowledgeSnapshot): AnswerResult {
  const about = knowledge.entriesById.get(unstated.about);
  return sourcesSilent(question, unstated.answer.trim(), unstated, about, likelihood, knowledge);
}

/**
 * Declines a detail the entry found withholds (a name, an exact day), saying so in `body`, with the entry and
 * its sources offered.
 */
function declineWithheld(question: string, body: string, hit: SearchHit, { knowledge }: KnowledgeSnapshot): AnswerResult {
  return sourcesSilent(question, body, hit.entry, hit.entry, hit.confidence, knowledge);
}

/**
 * The reply saying the sources leave a detail open: `body` says which, `cited` (an unstated detail or the entry
 * found) gives the sources and the id, and `offered` is the entry suggested for what they do say.
 */
function sourcesSilent(question: string, body: string, cited: Entry | Unstated, offered: Entry | undefined, likelihood: number, knowledge: KnowledgeSnapshot['knowledge']): AnswerResult {
  const confidence = round(likelihood);
  return {
    outcome: 'abstained',
    confidence,
    entryIds: [cited.id],
    sourcesSilent: true,
    reply: reply({
      kind: 'abstain',
      title: SOURCES_SILENT_TITLE,
      body,
      sources: entrySources(cited, knowledge),
      suggestions: offered ? [askAbout(offered)] : [...STARTER_SUGGESTIONS],
      answer: { question, confidence, entryIds: [cited.id] },
    }),
  };
}

function abstain(question: string, hits: readonly SearchHit[]): AnswerResult {
  const near = hits.filter((hit) => hit.confidence >= ANSWER_THRESHOLDS.suggestAbove).slice(0, 3);
  const suggestions: Suggestion[] = near.length > 0 ? near.map((hit) => askAbout(hit.entry)) : [...STARTER_SUGGESTIONS];
  const body = near.length > 0
    ? 'I don\u2019t have that in my knowledge base. It covers the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to protect yourself from attacks like it. Is one of these what you meant?'
    : 'I don\u2019t have that in my knowledge base. It covers the 2018 cyber-espionage campaign against Cambodia\u2019s election (who did it, who was targeted, how the attacks worked) and how to protect yourself from attacks like it. You could ask:';
  return {
    outcome: 'abstained',
    confidence: round(hits[0]?.confidence ?? 0),
    entryIds: near.map((hit) => hit.entry.id),
    reply: reply({
      kind: 'abstain',
      title: NOT_KNOWN_TITLE,
      body,
      suggestions,
      answer: { question, confidence: round(hits[0]?.confidence ?? 0), entryIds: [] },
    }),
  };
}

/** The suggestion that asks about an entry in words the index already knows it by. */
function askAbout(entry: Entry): Suggestion {
  const label = entry.questions[0] ?? entry.title;
  return { label, run: `/ask ${label}` };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
