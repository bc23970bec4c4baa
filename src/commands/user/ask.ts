import { z } from 'zod';
import { answerMessage } from '../../answer/answer-message.ts';
import { MAX_QUESTION_CHARS } from '../../parameters.ts';
import { defineCommand } from '../define-command.ts';

export const askCommand = defineCommand({
  name: 'ask',
  description: 'Ask a question in your own words about the attacks on Cambodia\u2019s 2018 election',
  options: z.object({
    question: z.string().trim().min(1, 'type a question after /ask').max(MAX_QUESTION_CHARS).describe('Your question, e.g. "Who was targeted?"'),
  }),
  permission: 'everyone',
  examples: ['/ask Who was behind the attacks?', '/ask how do I spot a fake email'],
  slow: true,
  run: ({ question }, { snapshot, conversation }) => {
    const result = answerMessage(question, snapshot, { previousQuestion: conversation?.previousQuestion });
    const asked = result.questions.at(-1);
    if (asked && result.outcome === 'answered') conversation?.remember(asked);
    return result.reply;
  },
});
