import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { createSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.ts';

/**
 * Holds the knowledge snapshot every new request uses. Built first, so the reloader, knowledge
 * administration and the bot can all depend on it without depending on each other.
 */
export interface KnowledgeHolder {
  readonly snapshot: KnowledgeSnapshot;
  /** Swaps in new knowledge and its index atomically; requests in flight finish on the one they started with. */
  replaceSnapshot(next: KnowledgeSnapshot): void;
}

export function createKnowledgeHolder(knowledge: Knowledge): KnowledgeHolder {
  let snapshot = createSnapshot(knowledge);
  return {
    get snapshot() {
      return snapshot;
    },
    replaceSnapshot(next) {
      snapshot = next;
    },
  };
}
