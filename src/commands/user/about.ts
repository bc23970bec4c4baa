import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import { defineCommand } from '../define-command.ts';
import { entrySources } from '../../answer/describe-entry.ts';

export const aboutCommand = defineCommand({
  name: 'about',
  description: 'What ballotguard is, who it is for, and what it knows',
  options: z.object({}),
  permission: 'everyone',
  run: (_options, { snapshot, admin }) => {
    const { knowledge } = snapshot;
    const about = knowledge.entriesById.get('about-ballotguard');
    return reply({
      kind: 'info',
      title: 'About ballotguard',
      body: about?.answer.trim() ?? 'ballotguard is an election-security awareness bot.',
      fields: [
        { name: 'Knowledge', value: `${knowledge.entries.length} entries from ${knowledge.sources.size} sources`, inline: true },
        { name: 'Loaded', value: knowledge.loadedAt.toISOString().replace(/\.\d+Z$/, 'Z'), inline: true },
        { name: 'What is kept', value: whatIsKept(admin?.records), inline: false },
      ],
      sources: about ? entrySources(about, knowledge) : [],
      suggestions: [
        { label: 'Commands', run: '/help' },
        { label: 'Sources', run: '/sources' },
      ],
    });
  },
});

/** Exactly what this running bot keeps about the people who use it, and for how long. */
function whatIsKept(records: { retentionDays: number; keepsQuestionText: boolean; recordIdentity: boolean } | undefined): string {
  if (!records) return 'Nothing: this copy of the bot keeps no records.';
  const days = `${records.retentionDays} day${records.retentionDays === 1 ? '' : 's'}`;
  const questions = records.keepsQuestionText
    ? `Questions I answer (their text, how sure I was, and the server or workspace they came from) are kept for ${days}, then deleted.`
    : 'No question text is kept: only whether I could answer, for one day.';
  const who = records.recordIdentity ? 'Who asked is stored with each question, as this bot\u2019s operator chose.' : 'Who asked is not stored.';
  return `${questions} ${who} Helpful / Not helpful clicks are kept as long, counted once per person without storing who clicked. Moderators\u2019 actions are kept in an audit log. Logs never contain questions or user ids.`;
}
