import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { defineCommand } from '../define-command.ts';
import { entrySources } from '../../answer/describe-entry.ts';

export const aboutCommand = defineCommand({
  name: 'about',
  description: 'What ballotguard is, who it is for, and what it knows',
  options: z.object({}),
  permission: 'everyone',
  run: (_options, { snapshot }) => {
    const { knowledge } = snapshot;
    const about = knowledge.entriesById.get('about-ballotguard');
    return reply({
      kind: 'info',
      title: 'About ballotguard',
      body: about?.answer.trim() ?? 'ballotguard is an election-security awareness bot.',
      fields: [
        { name: 'Knowledge', value: `${knowledge.entries.length} entries from ${knowledge.sources.size} sources`, inline: true },
        { name: 'Loaded', value: knowledge.loadedAt.toISOString().replace(/\.\d+Z$/, 'Z'), inline: true },
      ],
      sources: about ? entrySources(about, knowledge) : [],
      suggestions: [
        { label: 'Commands', run: '/help' },
        { label: 'Sources', run: '/sources' },
      ],
    });
  },
});
