import { combinedSources } from '../commands/combined-sources.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { reply, type Reply } from '../core/reply.ts';
import type { Entry } from '../knowledge/schema.ts';
import type { ChoiceKey, QuizQuestion } from './quiz-questions.ts';

/** Button labels are cut to fit every platform (Slack's 75 characters are the tightest). */
const MAX_LABEL = 75;

/** A question with one button per choice; each button runs `/quiz <number> <choice>`, so any platform can serve it. */
export function questionReply(question: QuizQuestion, total: number, intro?: string): Reply {
  return reply({
    kind: 'info',
    title: `Quiz: question ${question.number} of ${total}`,
    body: [
      ...(intro ? [intro, ''] : []),
      question.prompt,
      '',
      ...question.choices.map((c) => `- **${c.key})** ${c.text}`),
    ].join('\n'),
    visibility: 'private',
    suggestions: question.choices.map((c) => ({ label: cut(`${c.key}) ${c.text}`), run: `/quiz ${question.number} ${c.key}` })),
  });
}

/** Right or wrong, the explanation and its sources, the score so far, and the way on. */
export function answerReply(
  question: QuizQuestion,
  chosen: ChoiceKey,
  score: { correct: number; answered: number },
  total: number,
  snapshot: KnowledgeSnapshot,
): Reply {
  const right = chosen === question.answer;
  const answer = question.choices.find((c) => c.key === question.answer)!;
  const last = question.number === total;
  const entries = question.entryIds.map((id) => snapshot.knowledge.entriesById.get(id)).filter((e): e is Entry => e !== undefined);
  return reply({
    kind: 'info',
    title: right ? `Right: question ${question.number} of ${total}` : `Not quite: question ${question.number} of ${total}`,
    body: [
      right ? `**${answer.key})** ${answer.text}` : `The answer is **${answer.key})** ${answer.text}`,
      '',
      question.explanation,
      '',
      last
        ? `**Your score: ${score.correct} of ${score.answered}.** Kept in memory only, and forgotten when the bot restarts.`
        : `Score so far: ${score.correct} of ${score.answered}.`,
    ].join('\n'),
    sources: combinedSources(entries, snapshot),
    visibility: 'private',
    suggestions: last
      ? [
          { label: 'Start again', run: '/quiz' },
          { label: 'What else I can do', run: '/help' },
        ]
      : [{ label: 'Next question', run: `/quiz ${question.number + 1}` }],
  });
}

function cut(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}\u2026` : text;
}
