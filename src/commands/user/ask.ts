import { z } from 'zod';
import { answerQuestion } from '../../answer/answer-question.ts';
import { MAX_QUESTION_CHARS } from '../../answer/thresholds.ts';
import { defineCommand } from '../define-command.ts';

export const askCommand = defineCommand({
  name: 'ask',
  description: 'Ask a question in your own words about the attacks on Cambodia\u2019s 2018 election',
  options: z.object({
    question: z.string().trim().min(1, 'type a question after /ask').max(MAX_QUESTION_CHARS, `a question can be at most ${MAX_QUESTION_CHARS.toLocaleString('en-GB')} characters; ask one thing at a time`).describe('Your question, e.g. "Who was targeted?"'),
  }),
  permission: 'everyone',
  examples: ['/ask Who was behind the attacks?', '/ask how do I spot a fake email'],
  slow: true,
  run: ({ question }, { snapshot }) => answerQuestion(question, snapshot).reply,
});
