import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry } from '../knowledge/schema.ts';
import { normalizeText } from '../search/normalize.ts';

/** Platforms show at most this many choices. */
export const MAX_CHOICES = 25;

/**
 * Completion choices from entry titles and names: those starting with what was typed first, then those
 * containing it; at most 25, each at most 100 characters.
 */
export function completeFromEntries(snapshot: KnowledgeSnapshot, typed: string, accept: (entry: Entry) => boolean, extra: string[] = []): string[] {
  const candidates = new Set<string>(extra);
  for (const entry of snapshot.knowledge.entries) {
    if (!accept(entry)) continue;
    candidates.add(entry.title);
    for (const name of entry.names) candidates.add(name);
  }
  const needle = normalizeText(typed);
  const all = [...candidates].filter((c) => c.length <= 100);
  if (!needle) return all.slice(0, MAX_CHOICES);
  const starts = all.filter((c) => normalizeText(c).startsWith(needle));
  const contains = all.filter((c) => !starts.includes(c) && normalizeText(c).includes(needle));
  return [...starts, ...contains].slice(0, MAX_CHOICES);
}
