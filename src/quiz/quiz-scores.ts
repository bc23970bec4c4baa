import type { Requester } from '../core/requester.ts';

/** Most people who remembered at once; the longest-idle are forgotten first beyond it, so memory stays bounded. */
const MAX_PEOPLE = 10_000;

/**
 * Quiz scores, in memory only: never written anywhere, lost on restart, and keyed by platform and user id
 * only to tell one person's answers from another's. The first answer to a question is the one that counts.
 */
export class QuizScores {
  private readonly byPerson = new Map<string, Map<number, boolean>>();

  /** Forgets a person's answers: a new quiz starts from nothing. */
  reset(requester: Requester): void {
    this.byPerson.delete(key(requester));
  }

  /** Records an answer unless the question was already answered; returns the score so far. */
  record(requester: Requester, question: number, correct: boolean): { correct: number; answered: number } {
    const k = key(requester);
    const answers = this.byPerson.get(k) ?? new Map<number, boolean>();
    if (!answers.has(question)) answers.set(question, correct);
    // Re-inserting moves the person to the end: the first key is always the longest idle.
    this.byPerson.delete(k);
    this.byPerson.set(k, answers);
    if (this.byPerson.size > MAX_PEOPLE) this.byPerson.delete(this.byPerson.keys().next().value!);
    return { correct: [...answers.values()].filter(Boolean).length, answered: answers.size };
  }
}

function key(requester: Requester): string {
  return `${requester.platform}\u0000${requester.id}`;
}

/** The one store the /quiz command uses while the process runs. */
export const quizScores = new QuizScores();
