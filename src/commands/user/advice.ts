import { z } from 'zod';
import { defineCommand } from '../define-command.ts';
import { entryReply } from '../entry-reply.ts';
import { entriesOfKind, findEntry } from '../find-entries.ts';

export const adviceCommand = defineCommand({
  name: 'advice',
  description: 'What to do: practical protection for election staff, journalists, NGOs and campaigns',
  options: z.object({
    topic: z.string().trim().max(100).optional().describe('A topic or audience, e.g. "attachments", "passwords" or "journalists"'),
  }),
  permission: 'everyone',
  examples: ['/advice', '/advice suspicious email', '/advice journalists'],
  run: ({ topic }, { snapshot }) => {
    const advice = entriesOfKind(snapshot, 'advice');
    const general = advice.find((a) => a.audience.includes('everyone') && a.steps.length >= 4) ?? advice[0];
    const found = topic ? findEntry(snapshot, topic, ['advice']) : undefined;
    const entry = found ?? general;
    if (!entry) throw new Error('the knowledge base has no advice entries');
    const shown = entryReply(entry, snapshot);
    const others = advice.filter((a) => a !== entry).map((a) => ({ label: a.title, run: `/advice ${a.tags[0] ?? a.title}` }));
    const lead = topic && !found ? `I have no advice on \u201c${topic}\u201d specifically; here is the general advice.\n\n` : '';
    return { ...shown, body: lead + shown.body, suggestions: others.slice(0, 5) };
  },
});
