import { z } from 'zod';
import { formatDate } from '../../answer/describe-entry.ts';
import { reply } from '../../core/reply.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { defineCommand } from '../define-command.ts';

export const sourcesCommand = defineCommand({
  name: 'sources',
  description: 'Every source the knowledge base rests on, with its reliability',
  options: z.object({
    filter: z.string().trim().max(100).optional().describe('Part of a publisher or title, e.g. "FireEye"'),
  }),
  permission: 'everyone',
  examples: ['/sources', '/sources fireeye'],
  run: ({ filter }, { snapshot }) => {
    const needle = filter?.toLowerCase();
    const sources = [...snapshot.knowledge.sources.values()].filter(
      (s) => !needle || `${s.publisher} ${s.title}`.toLowerCase().includes(needle),
    );
    if (sources.length === 0) {
      return reply({ kind: 'info', title: 'No matching sources', body: `No source matches ${quoteUserText(filter)}.`, visibility: 'private' });
    }
    const order = { high: 0, medium: 1, low: 2 } as const;
    sources.sort((a, b) => order[a.reliability] - order[b.reliability] || a.date.localeCompare(b.date));
    const lines = sources.map((s) => {
      const title = s.url ? `[${s.title}](${s.url})` : s.title;
      return `- ${s.publisher}, ${title} (${formatDate(s.date)}), reliability ${s.reliability}`;
    });
    return reply({
      kind: 'info',
      title: filter ? `Sources matching ${quoteUserText(filter)}` : `Sources (${sources.length})`,
      body: `The seed is Bloomberg\u2019s article of 12 July 2018 on FireEye\u2019s report. Every answer names the sources it rests on.\n\n${lines.join('\n')}`,
    });
  },
});
