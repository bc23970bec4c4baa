import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { hasRole } from '../../core/requester.ts';
import { defineCommand } from '../define-command.ts';
import { usage } from '../option-specs.ts';

/**
 * What people come to do, in the order they most need it, each with the commands that do it. Commands that
 * are not defined (a bot built with fewer) are left out of the text.
 */
const TASKS: { title: string; commands: string[]; text: (has: (name: string) => boolean) => string }[] = [
  {
    title: 'Check a message',
    commands: ['check'],
    text: (has) =>
      `Got an unexpected e-mail, link or attachment? Paste the sender line, a link, a file name or the whole message after \`/check\`, e.g. \`/check LICADHO investigator <licadho.investigator@gmail[.]com>\`, or choose **Check with ballotguard** in a chat message's menu. I look for warning signs without opening anything, and say what to do next.${has('report') ? ' **Report to security** (or `/report`) then passes it to your community\u2019s security contacts, once you confirm.' : ''}`,
  },
  {
    title: 'Ask a question',
    commands: ['ask'],
    text: (has) =>
      `Ask in your own words: mention me, message me, or use \`/ask\` ("who was targeted?", "how do I spot a fake email?").${has('targets') ? ' For lists: `/targets`, `/actor`, `/timeline`, `/techniques`' : ''}${has('technique') ? ', and `/technique T1566.001` for any ATT&CK technique' : ''}.`,
  },
  {
    title: 'Practise',
    commands: ['quiz'],
    text: () => '`/quiz`: a few questions on spotting a fake sender and a risky attachment, and what to do next.',
  },
  {
    title: 'Protect yourself and your team',
    commands: ['advice'],
    text: () => '`/advice` for everyone, or for your work: `/advice journalists`, `/advice election staff`, `/advice it staff`.',
  },
];

export const helpCommand = defineCommand({
  name: 'help',
  description: 'What I can do for you: check a message, answer questions, practise, and every command',
  options: z.object({}),
  permission: 'everyone',
  replies: 'private',
  run: (_options, { commands, requester }) => {
    const has = (name: string) => commands.some((c) => c.name === name);
    const tasks = TASKS.filter((t) => t.commands.every(has)).map((t) => `**${t.title}.** ${t.text(has)}`);
    const visible = commands.filter((c) => c.permission === 'everyone' || hasRole(requester.role, c.permission));
    const lines = visible.map((c) => `- \`${usage(c)}\`: ${c.description}${c.permission === 'everyone' ? '' : ` (${c.permission}s)`}`);
    return reply({
      kind: 'info',
      title: 'How ballotguard can help',
      body: [
        ...tasks.flatMap((t) => [t, '']),
        '**All commands:**',
        ...lines,
        '',
        'Commands also work without the slash when typed to me, e.g. `targets ministry`.',
      ].join('\n'),
      visibility: 'private',
      suggestions: [
        ...(has('quiz') ? [{ label: 'Practise spotting fakes', run: '/quiz' }] : []),
        { label: 'How do I stay safe?', run: '/advice' },
        { label: 'Who was targeted?', run: '/targets' },
      ],
    });
  },
});
