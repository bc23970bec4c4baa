import { entrySources } from '../answer/describe-entry.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry } from '../knowledge/schema.ts';

/** The sources of several entries, each once, in order of first citation. */
export function combinedSources(entries: readonly Entry[], snapshot: KnowledgeSnapshot) {
  const seen = new Set<string>();
  return entries.flatMap((entry) => entrySources(entry, snapshot.knowledge)).filter((s) => !seen.has(s.id) && seen.add(s.id));
}
