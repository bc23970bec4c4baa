import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { IndexParts } from '../search/inverted-index.ts';
import type { TypoCorrector } from '../search/typo-corrector.ts';
import { buildSearchIndex, buildSearchIndexInBackground, searchIndexFromParts, type SearchIndex } from '../search/search-index.ts';

/**
 * Knowledge and the search index built from it, always swapped together: a request takes one snapshot at
 * its start and finishes on it, even if a reload replaces the bot's current snapshot meanwhile.
 */
export interface KnowledgeSnapshot {
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
}

export function createSnapshot(knowledge: Knowledge): KnowledgeSnapshot {
  return { knowledge, index: buildSearchIndex(knowledge) };
}

/** The same snapshot, built without blocking the event loop (for reloads while serving). */
export async function createSnapshotInBackground(knowledge: Knowledge): Promise<KnowledgeSnapshot> {
  return { knowledge, index: await buildSearchIndexInBackground(knowledge) };
}

/**
 * The snapshot of knowledge whose inverted index a worker thread built over the same entries
 * (load-knowledge-in-worker.ts), with the typo corrector over its vocabulary when the loader built it.
 */
export function createSnapshotFromParts(knowledge: Knowledge, parts: IndexParts, corrector?: TypoCorrector): KnowledgeSnapshot {
  return { knowledge, index: searchIndexFromParts(knowledge, parts, corrector) };
}
