import { LRUCache } from 'lru-cache';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { SEARCH_CACHES } from '../parameters.ts';
import type { AnswerResult } from './answer-question.ts';

/**
 * Answers already given on a knowledge snapshot: an answer depends only on the question as read, its
 * context, the entries an earlier question of the same message was answered with, the entries the asker set
 * aside, and the snapshot, so a
 * question asked again (by anyone, however it was greeted or marked up) gets the same answer without a search.
 * Held per snapshot and dropped with it, so a reload never serves an answer from the knowledge it replaced.
 */
const bySnapshot = new WeakMap<KnowledgeSnapshot, LRUCache<string, AnswerResult>>();

/**
 * The answer remembered for (question, context, entries given already in the same message, entries set aside, the
 * part of the context introducing the asker) on this snapshot, or `compute`'s, remembered (frozen: callers share it).
 */
export function rememberedAnswer(
  snapshot: KnowledgeSnapshot,
  question: string,
  context: string | undefined,
  answeredAlready: readonly string[],
  setAside: readonly string[],
  compute: () => AnswerResult,
  introduction?: string,
): AnswerResult {
  let cache = bySnapshot.get(snapshot);
  if (!cache) bySnapshot.set(snapshot, (cache = new LRUCache({ max: SEARCH_CACHES.answers })));
  let key = context === undefined ? question : `${question}\u0000${context}`;
  if (answeredAlready.length > 0) key += `\u0001${answeredAlready.join(' ')}`;
  if (setAside.length > 0) key += `\u0002${setAside.join(' ')}`;
  if (introduction) key += `\u0003${introduction}`;
  const known = cache.get(key);
  if (known) return known;
  const answer = deepFreeze(compute());
  cache.set(key, answer);
  return answer;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
