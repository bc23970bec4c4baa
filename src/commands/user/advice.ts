import { z } from 'zod';
import { Audience } from '../../knowledge/schema.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { completeFromEntries } from '../complete-names.ts';
import { defineCommand } from '../define-command.ts';
import { entryReply } from '../../answer/describe-entry.ts';
import { entriesOfKind, findEntry } from '../find-entries.ts';

export const adviceCommand = defineCommand({
  name: 'advice',
  description: 'What to do: practical protection for election staff, journalists, NGOs and campaigns',
  options: z.object({
    topic: z.string().trim().max(100).optional().describe('A topic or audience, e.g. "attachments", "passwords" or "journalists"'),
  }),
  permission: 'everyone',
  examples: ['/advice', '/advice suspicious email', '/advice journalists'],
  complete: (_option, typed, snapshot) =>
    completeFromEntries(snapshot, typed, (e) => e.kind === 'advice', Audience.options.filter((a) => a !== 'everyone').map((a) => a.replace('-', ' '))),
  run: ({ topic }, { snapshot }) => {
    const advice = entriesOfKind(snapshot, 'advice');
    // The overview is the broadest advice for everyone: the one with the most steps.
    const general = advice
      .filter((a) => a.audience.includes('everyone'))
      .reduce<(typeof advice)[number] | undefined>((best, a) => (!best || a.steps.length > best.steps.length ? a : best), undefined);
    const found = topic ? findEntry(snapshot, topic, ['advice']) : undefined;
    const entry = found ?? general;
    if (!entry) throw new Error('the knowledge base has no advice entries');
    const shown = entryReply(entry, snapshot.knowledge);
    const others = advice.filter((a) => a !== entry).map((a) => ({ label: a.title, run: `/advice ${a.tags[0] ?? a.title}` }));
    const lead = topic && !found ? `I have no advice on ${quoteUserText(topic)} specifically; here is the general advice.\n\n` : '';
    return { ...shown, body: lead + shown.body, suggestions: others.slice(0, 5) };
  },
});
