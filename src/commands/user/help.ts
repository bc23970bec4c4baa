import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { hasRole } from '../../core/requester.ts';
import { defineCommand } from '../define-command.ts';
import { usage } from '../option-specs.ts';

export const helpCommand = defineCommand({
  name: 'help',
  description: 'The commands, and how to ask questions',
  options: z.object({}),
  permission: 'everyone',
  replies: 'private',
  run: (_options, { commands, requester }) => {
    const visible = commands.filter((c) => c.permission === 'everyone' || hasRole(requester.role, c.permission));
    const lines = visible.map((c) => `- \`${usage(c)}\`: ${c.description}${c.permission === 'everyone' ? '' : ` (${c.permission}s)`}`);
    return reply({
      kind: 'info',
      title: 'How to use ballotguard',
      body: [
        'Ask a question in your own words (mention me or message me directly), or use a command:',
        '',
        ...lines,
        '',
        'Commands also work without the slash when typed to me, e.g. `targets ministry`.',
      ].join('\n'),
      visibility: 'private',
      suggestions: [
        { label: 'Who was targeted?', run: '/targets' },
        { label: 'How do I stay safe?', run: '/advice' },
      ],
    });
  },
});
