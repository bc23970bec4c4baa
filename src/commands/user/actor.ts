import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { completeFromEntries } from '../complete-names.ts';
import { defineCommand } from '../define-command.ts';
import { entryReply } from '../../answer/describe-entry.ts';
import { entriesOfKind, findEntry } from '../find-entries.ts';

export const actorCommand = defineCommand({
  name: 'actor',
  description: 'Who the attackers are: names, aliases, attribution, history',
  options: z.object({
    name: z.string().trim().max(100).optional().describe('A group name or alias, e.g. "APT40" or "Leviathan"'),
  }),
  permission: 'everyone',
  examples: ['/actor', '/actor APT40', '/actor Rancor'],
  complete: (_option, typed, snapshot) => completeFromEntries(snapshot, typed, (e) => e.kind === 'actor'),
  run: ({ name }, { snapshot }) => {
    const actors = entriesOfKind(snapshot, 'actor');
    const entry = name ? findEntry(snapshot, name, ['actor', 'organisation']) : actors[0];
    if (entry) return entryReply(entry, snapshot.knowledge);
    return reply({
      kind: 'info',
      title: 'Unknown actor',
      body: `I don\u2019t know a group called ${quoteUserText(name)}. The knowledge base covers: ${actors.map((a) => `**${a.title}**`).join(', ')}.`,
      visibility: 'private',
      suggestions: actors.slice(0, 3).map((a) => ({ label: a.title, run: `/ask ${a.questions[0] ?? a.title}` })),
    });
  },
});
