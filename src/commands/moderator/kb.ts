import { z } from 'zod';
import { answerMessage } from '../../answer/answer-message.ts';
import { errorReply, reply, type Reply } from '../../core/reply.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { describeDiff } from '../../knowledge/knowledge-diff.ts';
import { formatProblem } from '../../knowledge/problems.ts';
import { ENTRY_KINDS } from '../../knowledge/schema.ts';
import { hasRole } from '../../core/requester.ts';
import { defineCommand, type CommandContext } from '../define-command.ts';
import type { KnowledgeAdmin } from './knowledge-admin.ts';

const ACTIONS = ['status', 'reload', 'gaps', 'teach'] as const;

export const kbCommand = defineCommand({
  name: 'kb',
  description: 'Moderators: knowledge status and unanswered questions; maintainers: reload and teach new phrasings',
  options: z.object({
    action: z.enum(ACTIONS).describe('status, reload, gaps or teach'),
    entry: z.string().trim().max(100).optional().describe('teach: the id of the entry that should answer'),
    question: z.string().trim().max(300).optional().describe('teach: the question to add as an alternate phrasing'),
  }),
  permission: 'moderator',
  examples: ['/kb status', '/kb gaps', '/kb teach hun-sen who runs cambodia'],
  slow: true,
  replies: 'private',
  complete: (option, typed, snapshot) =>
    option === 'entry' ? [...snapshot.knowledge.entriesById.keys()].filter((id) => id.includes(typed.toLowerCase())).slice(0, 25) : [],
  run: async ({ action, entry, question }, context) => {
    const admin = context.admin;
    if (!admin) return errorReply('Not available here', 'Knowledge administration runs only in the bot itself (`npm start`).');
    // The knowledge is shared by every community: only the maintainers the operator named may change it.
    if ((action === 'reload' || action === 'teach') && !hasRole(context.requester.role, 'maintainer')) {
      return errorReply('Maintainers only', `\`/kb ${action}\` changes the knowledge every community reads, so it is for the bot\u2019s knowledge maintainers, named by its operator. Nothing was changed.`);
    }
    switch (action) {
      case 'status':
        return status(admin, context);
      case 'reload':
        return reloadNow(admin, context);
      case 'gaps':
        return gaps(admin, context);
      case 'teach':
        return teach(admin, context, entry, question);
    }
  },
});

function status(admin: KnowledgeAdmin, { snapshot }: CommandContext): Reply {
  const { knowledge } = snapshot;
  const byKind = ENTRY_KINDS.map((kind) => [kind, knowledge.entries.filter((e) => e.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const problems = admin.problems();
  return reply({
    kind: problems.length > 0 ? 'error' : 'info',
    title: problems.length > 0 ? 'Knowledge: serving the last good version' : 'Knowledge: OK',
    body: `${problems.length > 0
      ? `The files on disk have ${problems.length} problem(s); the bot keeps answering from the last good knowledge until they are fixed:\n${problems.slice(0, 20).map((p) => `- \`${formatProblem(p)}\``).join('\n')}`
      : 'The knowledge on disk is valid and loaded.'}\n\n${entryIdsByFile(knowledge)}`,
    fields: [
      { name: 'Entries', value: `${knowledge.entries.length}: ${byKind}`, inline: false },
      { name: 'Sources', value: String(knowledge.sources.size), inline: true },
      { name: 'Files', value: String(knowledge.files.length), inline: true },
      { name: 'Loaded', value: knowledge.loadedAt.toISOString(), inline: true },
    ],
    visibility: 'private',
  });
}

/** The entry ids `/kb teach` needs, grouped by file. */
function entryIdsByFile(knowledge: CommandContext['snapshot']['knowledge']): string {
  const byFile = new Map<string, string[]>();
  for (const [id, origin] of knowledge.origins) byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), id]);
  const lines = [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, ids]) => `- ${file}: ${ids.map((id) => `\`${id}\``).join(', ')}`);
  return `Entry ids, for \`/kb teach <entry-id> <question>\`:\n${lines.join('\n')}`;
}

async function reloadNow(admin: KnowledgeAdmin, { requester }: CommandContext): Promise<Reply> {
  const outcome = await admin.reload();
  admin.audit({ platform: requester.platform, community: requester.community, moderatorId: requester.id, action: 'reload', detail: outcome.ok ? describeDiff(outcome) : `refused: ${outcome.problems.length} problem(s)` });
  if (!outcome.ok) {
    return reply({
      kind: 'error',
      title: 'Reload refused',
      body: `Nothing changed; the bot keeps the last good knowledge. Fix these and reload again:\n${outcome.problems.slice(0, 20).map((p) => `- \`${formatProblem(p)}\``).join('\n')}`,
      visibility: 'private',
    });
  }
  return reply({ kind: 'info', title: 'Knowledge reloaded', body: `Changes: ${describeDiff(outcome)}.`, visibility: 'private' });
}

async function gaps(admin: KnowledgeAdmin, { requester }: CommandContext): Promise<Reply> {
  // A moderator sees their own community's questions only; a maintainer sees every community's.
  const all = hasRole(requester.role, 'maintainer');
  const found = await admin.gaps(20, all ? undefined : { platform: requester.platform, community: requester.community });
  if (!admin.records.keepsQuestionText) {
    return reply({ kind: 'info', title: 'Questions the bot could not answer well', body: 'No question text is kept here (`RECORDS_RETENTION_DAYS=0`), so there are no gaps to show.', visibility: 'private' });
  }
  const reasons = { abstained: 'not answered', unsure: 'low confidence', unhelpful: 'marked not helpful' };
  return reply({
    kind: 'info',
    title: all ? 'Questions the bot could not answer well (every community)' : 'Questions the bot could not answer well here',
    body: found.length === 0
      ? 'None recorded yet.'
      : `${found.map((g) => `- ${quoteUserText(g.question, 120)} \u00d7${g.count}, ${reasons[g.reason]}, last ${g.lastAskedAt.slice(0, 16).replace('T', ' ')}`).join('\n')}\n\nTeach one with \`/kb teach <entry-id> <question>\`.`,
    visibility: 'private',
  });
}

async function teach(admin: KnowledgeAdmin, context: CommandContext, entryId: string | undefined, question: string | undefined): Promise<Reply> {
  if (!entryId || !question) return errorReply('Usage', '`/kb teach <entry-id> <question>`, for example `/kb teach hun-sen who runs cambodia`.');
  const outcome = await admin.teach(entryId, question);
  const { requester } = context;
  if (!outcome.ok) {
    admin.audit({ platform: requester.platform, community: requester.community, moderatorId: requester.id, action: 'teach refused', detail: `${entryId}: ${outcome.reason}` });
    return errorReply('Not taught', `Nothing was changed: ${outcome.reason}.`);
  }
  admin.audit({ platform: requester.platform, community: requester.community, moderatorId: requester.id, action: 'teach', detail: `${entryId} (${outcome.file}): ${question}` });
  const reloaded = outcome.reload;
  // The context's snapshot is the one the request started on; the answer check needs the reloaded one.
  const now = reloaded?.ok ? answerMessage(question, admin.currentSnapshot()) : undefined;
  const check = now ? (now.entryIds[0] === entryId ? 'It now answers that question.' : `Note: the question still goes to ${now.entryIds[0] ?? 'no entry'}; add more specific wording.`) : 'The reload was refused; see `/kb status`.';
  return reply({ kind: 'info', title: 'Taught', body: `Added ${quoteUserText(question)} to \`${entryId}\` in \`${outcome.file}\`. ${check}`, visibility: 'private' });
}
