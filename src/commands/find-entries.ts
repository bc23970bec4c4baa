import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry, EntryKind } from '../knowledge/schema.ts';
import { ANSWER_THRESHOLDS } from '../parameters.ts';

/**
 * The entry of the given kinds a short name or topic refers to ("apt40", "phishing", "journalists"),
 * or undefined when nothing matches confidently. Uses the same search as questions, so typos, aliases
 * and synonyms work the same way.
 */
export function findEntry(snapshot: KnowledgeSnapshot, text: string, kinds: readonly EntryKind[]): Entry | undefined {
  const { hits } = snapshot.index.search(text, { limit: 1, only: (entry) => kinds.includes(entry.kind) });
  const top = hits[0];
  return top && top.confidence >= ANSWER_THRESHOLDS.abstainBelow ? top.entry : undefined;
}

/** Every entry of the given kinds, in file order. */
export function entriesOfKind<K extends EntryKind>(snapshot: KnowledgeSnapshot, kind: K): Extract<Entry, { kind: K }>[] {
  return snapshot.knowledge.entries.filter((entry): entry is Extract<Entry, { kind: K }> => entry.kind === kind);
}
