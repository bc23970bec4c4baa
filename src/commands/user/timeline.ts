import { z } from 'zod';
import { formatDate } from '../../answer/describe-entry.ts';
import { reply } from '../../core/reply.ts';
import { analyze } from '../../search/inverted-index.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { defineCommand } from '../define-command.ts';
import { combinedSources } from '../combined-sources.ts';
import { entriesOfKind } from '../find-entries.ts';

export const timelineCommand = defineCommand({
  name: 'timeline',
  description: 'The dated events, from the group\u2019s first sighting to the 2021 indictment',
  options: z.object({
    filter: z.string().trim().max(100).optional().describe('A year or word to narrow the events, e.g. "2018" or "opposition"'),
  }),
  permission: 'everyone',
  examples: ['/timeline', '/timeline 2018', '/timeline cnrp'],
  run: ({ filter }, { snapshot }) => {
    const events = entriesOfKind(snapshot, 'event').sort((a, b) => a.date.localeCompare(b.date));
    const year = filter && /^\d{4}$/.test(filter) ? filter : undefined;
    const stems = filter && !year ? analyze(filter).stems : [];
    const shown = events.filter((event) => {
      if (year) return event.date.startsWith(year);
      if (stems.length === 0) return true;
      const own = new Set(analyze([event.title, event.answer, ...event.tags].join(' ')).stems);
      return stems.every((s) => own.has(s));
    });
    if (shown.length === 0) {
      return reply({ kind: 'info', title: 'No matching events', body: `No event matches ${quoteUserText(filter)}. Try a year such as 2017 or 2018, or \`/timeline\` for all.`, visibility: 'private' });
    }
    return reply({
      kind: 'info',
      title: filter ? `Timeline: ${quoteUserText(filter)}` : 'Timeline',
      body: shown.map((e) => `- **${formatDate(e.date)}${e.approximate ? ' (about)' : ''}**: ${e.title}`).join('\n'),
      sources: combinedSources(shown, snapshot),
      suggestions: shown.slice(-3).map((e) => ({ label: e.title, run: `/ask ${e.questions[0] ?? e.title}` })),
    });
  },
});
