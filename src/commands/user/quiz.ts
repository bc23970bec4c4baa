import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { CHOICE_KEYS, quizQuestions } from '../../quiz/quiz-questions.ts';
import { answerReply, questionReply } from '../../quiz/quiz-replies.ts';
import { quizScores } from '../../quiz/quiz-scores.ts';
import { defineCommand } from '../define-command.ts';

export const quizCommand = defineCommand({
  name: 'quiz',
  description: 'Practise: a short quiz on spotting fake senders and risky attachments, and what to do next',
  options: z.object({
    question: z.coerce.number().int().min(1).max(50).optional().describe('The question number to show or answer (the buttons fill this in)'),
    choice: z.enum(CHOICE_KEYS).optional().describe('Your answer to that question: a, b, c or d'),
  }),
  permission: 'everyone',
  examples: ['/quiz'],
  run: ({ question: number, choice }, { snapshot, requester }) => {
    const questions = quizQuestions(snapshot.knowledge);
    if (questions.length === 0) {
      return reply({ kind: 'info', title: 'No quiz yet', body: 'The knowledge base has no material for a quiz yet.', visibility: 'private' });
    }
    if (number === undefined) {
      quizScores.reset(requester);
      const intro = `${questions.length} questions on spotting a fake message, built from the 2018 attacks. Your score is kept in memory only.`;
      return questionReply(questions[0]!, questions.length, intro);
    }
    const question = questions[number - 1];
    if (!question) {
      return reply({
        kind: 'info',
        title: 'No such question',
        body: `The quiz has ${questions.length} questions. Type \`/quiz\` to start from the first.`,
        visibility: 'private',
        suggestions: [{ label: 'Start the quiz', run: '/quiz' }],
      });
    }
    if (!choice) return questionReply(question, questions.length);
    const score = quizScores.record(requester, question.number, choice === question.answer);
    return answerReply(question, choice, score, questions.length, snapshot);
  },
});
