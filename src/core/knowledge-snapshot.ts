import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { IndexParts } from '../search/inverted-index.ts';
import type { TypoCorrector } from '../search/typo-corrector.ts';
import type { Entry } from '../knowledge/schema.ts';
import { analyze } from '../search/inverted-index.ts';
import { buildSearchIndex, buildSearchIndexInBackground, searchIndexFromParts, type SearchIndex } from '../search/search-index.ts';
import { asksWhichOf, questionWordOf, type QuestionWord } from '../search/question-word.ts';
import { tokenize } from '../search/normalize.ts';
import { readMessage } from '../understand/read-message.ts';
import { asksForQuantity } from '../answer/what-was-asked.ts';

/**
 * Knowledge and the search index built from it, always swapped together: a request takes one snapshot at
 * its start and finishes on it, even if a reload replaces the bot's current snapshot meanwhile.
 */
export interface KnowledgeSnapshot {
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
  /** The details no source gives (knowledge.unstated), searched apart from the entries. Undefined when there are none. */
  readonly unstated?: UnstatedSearch;
}

/**
 * The unstated details' own index, each detail an entry whose one related entry is the one it is about, so
 * that they change no entry's ranking; and the stems of each of their questions, for the cheap test that a
 * question says every word of one (when none does, as for nearly every question, the index is not searched).
 */
export interface UnstatedSearch {
  readonly index: SearchIndex;
  readonly questions: readonly UnstatedQuestion[];
  /**
   * Each question's position in `questions`, under the rarest of its stems: a question says every stem of a
   * detail's question only if it says that one, so only the questions under its own stems need testing.
   */
  readonly byRarestStem: ReadonlyMap<string, readonly number[]>;
  /** The positions of the questions asking what someone said, which a question may say without their every word. */
  readonly reactionQuestions: readonly number[];
  /**
   * The stems a synonym group holds beside each of its one-word members' stems: a question saying
   * "compromised" says what a detail's "hacked" says ("which diplomats were compromised?" asks what "which
   * diplomats were hacked?" does).
   */
  readonly sameAs: ReadonlyMap<string, readonly string[]>;
}

/** One question of an unstated detail, as read: its stems, its question word, and whether it asks "which" ("in which…" too). */
export interface UnstatedQuestion {
  readonly id: string;
  readonly stems: readonly string[];
  readonly asks: QuestionWord | undefined;
  readonly asksWhich: boolean;
  /** Whether it asks what someone said or how they reacted ("what did Hun Sen say about the hack?"). */
  readonly asksReaction: boolean;
  /** Whether it asks for a number ("how many rights groups were targeted?"). */
  readonly asksQuantity: boolean;
  /**
   * Whether it asks what came after what the sources tell ("was the NEC hacked again?", "did China ever admit
   * it?"): only a question that asks past them too says it, since its other words alone ask what they do tell.
   */
  readonly asksLater: boolean;
}

/** How many read questions are remembered across reloads (a few hundred are in use; far more means churn). */
const READ_QUESTIONS_KEPT = 5_000;

export function createSnapshot(knowledge: Knowledge): KnowledgeSnapshot {
  return { knowledge, index: buildSearchIndex(knowledge), unstated: unstatedIndex(knowledge) };
}

/** The same snapshot, built without blocking the event loop (for reloads while serving). */
export async function createSnapshotInBackground(knowledge: Knowledge): Promise<KnowledgeSnapshot> {
  return { knowledge, index: await buildSearchIndexInBackground(knowledge), unstated: unstatedIndex(knowledge) };
}

/**
 * The snapshot of knowledge whose inverted index a worker thread built over the same entries
 * (load-knowledge-in-worker.ts), with the typo corrector over its vocabulary when the loader built it.
 */
export function createSnapshotFromParts(knowledge: Knowledge, parts: IndexParts, corrector?: TypoCorrector): KnowledgeSnapshot {
  return { knowledge, index: searchIndexFromParts(knowledge, parts, corrector), unstated: unstatedIndex(knowledge) };
}

/**
 * The unstated details' search (built here, on any thread): reading their questions (1,617 of them on 28 November)
 * takes about 0.7 s in a fresh process, the reading code not yet warm, and about 0.1 s warm; nothing on a reload that
 * keeps them, nor on a start of the built program that finds them read in its cache (`unstatedQuestionsRead`).
 */
function unstatedIndex(knowledge: Knowledge): UnstatedSearch | undefined {
  if (knowledge.unstated.length === 0) return undefined;
  const read = knowledge.unstated.map((u) => u.questions.map(asRead));
  const entries: Entry[] = knowledge.unstated.map((u, i) => ({
    kind: 'faq', id: u.id, title: u.title, answer: u.answer, questions: read[i]!, names: [], tags: [], sources: u.sources,
    related: [u.about],
  }));
  const questions = knowledge.unstated.flatMap((u, i) => read[i]!.map((q) => unstatedQuestion(u.id, q)).filter((q) => q.stems.length > 0));
  return {
    index: buildSearchIndex({ entries, synonyms: knowledge.synonyms }),
    questions,
    byRarestStem: byRarestStem(questions),
    reactionQuestions: questions.flatMap((q, i) => (q.asksReaction ? [i] : [])),
    sameAs: stemsOfTheSameGroup(knowledge.synonyms),
  };
}

function byRarestStem(questions: readonly UnstatedQuestion[]): Map<string, number[]> {
  const count = new Map<string, number>();
  for (const q of questions) for (const s of new Set(q.stems)) count.set(s, (count.get(s) ?? 0) + 1);
  const by = new Map<string, number[]>();
  questions.forEach((q, i) => {
    const rarest = q.stems.reduce((a, b) => (count.get(b)! < count.get(a)! ? b : a));
    const under = by.get(rarest);
    if (under) under.push(i);
    else by.set(rarest, [i]);
  });
  return by;
}

/**
 * The positions, in order, of the details' questions a question might say: those under one of the stems it says,
 * and, when it asks what someone said, those asking that too (see UnstatedSearch.byRarestStem).
 */
export function unstatedQuestionsSaid(unstated: UnstatedSearch, said: ReadonlySet<string>, reactionAsked: boolean): number[] {
  const positions: number[] = reactionAsked ? [...unstated.reactionQuestions] : [];
  for (const stem of said) {
    const under = unstated.byRarestStem.get(stem);
    if (under) for (const i of under) positions.push(i);
  }
  // Each question once, in the details' order (a question under its rarest stem and among the reactions is listed twice).
  return [...new Set(positions)].sort((a, b) => a - b);
}

/** Each one-word member's stem, and the stems of the other one-word members of its synonym groups. */
export function stemsOfTheSameGroup(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const same = new Map<string, Set<string>>();
  for (const group of groups) {
    // A phrase ("break-in", "went after") is no one word, though its stopwords drop to leave one stem.
    const stems = group.filter((member) => !/[\s-]/.test(member)).map((member) => analyze(member).stems).filter((s) => s.length === 1).map((s) => s[0]!);
    for (const one of stems) {
      const others = same.get(one) ?? new Set<string>();
      for (const other of stems) if (other !== one) others.add(other);
      same.set(one, others);
    }
  }
  return new Map([...same].map(([one, others]) => [one, [...others]]));
}

function unstatedQuestion(id: string, question: string): UnstatedQuestion {
  const tokens = tokenize(question);
  return { id, stems: analyze(question).stems, asks: questionWordOf(tokens), asksWhich: asksWhichOf(tokens), asksReaction: REACTION_ASKED.test(question), asksQuantity: asksForQuantity(question), asksLater: LATER_ASKED.test(question) };
}

/**
 * Words asking what happened after a thing the sources tell ("ever", "again", "eventually", "in the end", "end up",
 * "later", "since"). Most are stopwords or general words, so without them "was the NEC hacked again?" reads as
 * "was the NEC hacked?". "Still" asks about now, which the out-of-scope reading declines, and is left out.
 */
export const LATER_ASKED = /\b(?:ever|again|later|eventually|finally|ultimately|subsequently|afterwards?|since(?! when)|in the end|end(?:s|ed)? up|ending up)\b/i;

/** Words asking what someone said about something or how they reacted ("did FireEye say … were compromised" asks what was found). */
export const REACTION_ASKED = /\b(?:(?:say|says|said|saying)(?: (?:anything|something|much))? (?:about|on|regarding|after|when)|comment(?:s|ed)?|respond(?:s|ed)?|response|react(?:s|ed)?|reaction|statement)\b/i;

/**
 * Every unstated question with its reading, to keep beside the validated knowledge (knowledge-cache.ts), so that a
 * later start of the same build on the same files reads none of them again (`rememberQuestionsRead`).
 */
export function unstatedQuestionsRead(knowledge: Knowledge): [string, string][] {
  return knowledge.unstated.flatMap((u) => u.questions.map((question): [string, string] => [question, asRead(question)]));
}

/** Readings made by an earlier start of this build (`unstatedQuestionsRead`), taken as if read here. */
export function rememberQuestionsRead(read: readonly (readonly [string, string])[]): void {
  if (readQuestions.size + read.length > READ_QUESTIONS_KEPT) return;
  for (const [question, asRead] of read) readQuestions.set(question, asRead);
}

/** Questions already read, by their text: a reload reads only those a moderator added or changed. */
const readQuestions = new Map<string, string>();

/**
 * A detail's question as the reader leaves a person's question (chat shorthand spelt out, idioms read, asides
 * dropped), so that both are compared in the same words: "which MP was hacked" is read "which member of
 * parliament…" on both sides.
 */
function asRead(question: string): string {
  const known = readQuestions.get(question);
  if (known !== undefined) return known;
  const questions = readMessage(question).questions;
  const read = questions.length > 0 ? questions.map((q) => q.text).join(' ') : question;
  if (readQuestions.size >= READ_QUESTIONS_KEPT) readQuestions.clear();
  readQuestions.set(question, read);
  return read;
}
