import { entryFields, entrySources, followUps } from '../answer/describe-entry.ts';
import { reply, type Reply } from '../core/reply.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry } from '../knowledge/schema.ts';

/** An entry shown in full, as commands that look one up by name do. */
export function entryReply(entry: Entry, { knowledge }: KnowledgeSnapshot): Reply {
  return reply({
    kind: 'answer',
    title: entry.title,
    body: entry.answer.trim(),
    fields: entryFields(entry, knowledge),
    sources: entrySources(entry, knowledge),
    suggestions: followUps(entry, knowledge),
  });
}

/** The sources of several entries, each once, in order of first citation. */
export function combinedSources(entries: readonly Entry[], snapshot: KnowledgeSnapshot) {
  const seen = new Set<string>();
  return entries.flatMap((entry) => entrySources(entry, snapshot.knowledge)).filter((s) => !seen.has(s.id) && seen.add(s.id));
}
