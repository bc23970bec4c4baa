import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { completeFromEntries } from '../complete-names.ts';
import { defineCommand } from '../define-command.ts';
import { entryReply } from '../../answer/describe-entry.ts';
import { combinedSources } from '../combined-sources.ts';
import { entriesOfKind, findEntry } from '../find-entries.ts';

export const techniquesCommand = defineCommand({
  name: 'techniques',
  description: 'How the attacks worked: techniques with their ATT&CK IDs, and the malware used',
  options: z.object({
    name: z.string().trim().max(100).optional().describe('A technique or malware name, e.g. "spoofing" or "AIRBREAK"'),
  }),
  permission: 'everyone',
  examples: ['/techniques', '/techniques spear phishing', '/techniques AIRBREAK'],
  complete: (_option, typed, snapshot) => completeFromEntries(snapshot, typed, (e) => e.kind === 'technique' || e.kind === 'malware'),
  run: ({ name }, { snapshot }) => {
    if (name) {
      const entry = findEntry(snapshot, name, ['technique', 'malware', 'indicator']);
      if (entry) return entryReply(entry, snapshot.knowledge);
    }
    const techniques = entriesOfKind(snapshot, 'technique');
    const malware = entriesOfKind(snapshot, 'malware');
    const lines = techniques.map((t) => {
      const id = t.attack ? ` (${t.attack.id}${t.attack.mapping === 'knowledge-base' ? ', our mapping' : ', MITRE'})` : '';
      return `- **${t.title}**${id}`;
    });
    const families = malware.filter((m) => m.id !== 'malware-overview' && m.names.length > 0).map((m) => m.names[0]);
    return reply({
      kind: 'info',
      title: name ? `Nothing matches ${quoteUserText(name)}; here is everything` : 'How the attacks worked',
      body: [...lines, '', `**Malware and tools:** ${families.join(', ')}.`, '', 'Ask about any of them, e.g. `/techniques AIRBREAK`.'].join('\n'),
      sources: combinedSources([...techniques, ...malware], snapshot),
      suggestions: techniques.slice(0, 3).map((t) => ({ label: t.title, run: `/techniques ${t.names[0] ?? t.title}` })),
      visibility: name ? 'private' : 'public',
    });
  },
});
