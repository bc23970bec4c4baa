import type { Knowledge } from './assemble-knowledge.ts';

/** What a reload changed, by entry id. */
export interface KnowledgeDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffKnowledge(before: Knowledge, after: Knowledge): KnowledgeDiff {
  const added = [...after.entriesById.keys()].filter((id) => !before.entriesById.has(id));
  const removed = [...before.entriesById.keys()].filter((id) => !after.entriesById.has(id));
  const changed = [...after.entriesById].filter(([id, entry]) => {
    const old = before.entriesById.get(id);
    return old !== undefined && JSON.stringify(old) !== JSON.stringify(entry);
  }).map(([id]) => id);
  return { added, removed, changed };
}

/** "2 added, 1 changed" or "no changes". */
export function describeDiff({ added, removed, changed }: KnowledgeDiff): string {
  const parts = [
    added.length ? `${added.length} added (${added.slice(0, 5).join(', ')})` : '',
    removed.length ? `${removed.length} removed (${removed.slice(0, 5).join(', ')})` : '',
    changed.length ? `${changed.length} changed (${changed.slice(0, 5).join(', ')})` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'no changes';
}
