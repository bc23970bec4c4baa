import { TimeSlices } from '../core/time-slices.ts';
import type { Knowledge } from './assemble-knowledge.ts';
import { entryFingerprint } from './entry-fingerprint.ts';
import type { Entry } from './schema.ts';

/** What a reload changed, by entry id. */
export interface KnowledgeDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Fingerprints computed here for knowledge loaded without them (at start-up), kept while it is. */
const computed = new WeakMap<Knowledge, Map<string, string>>();

/**
 * Computes, in slices, the fingerprints of knowledge loaded without them, so that a later diff against it
 * only compares: a reload starts this while its worker parses, when the main thread is mostly idle, rather
 * than hashing every serving entry after the new knowledge has arrived (0.5 s and more at 100,000).
 */
export async function prepareFingerprints(knowledge: Knowledge): Promise<void> {
  if (knowledge.fingerprints || computed.has(knowledge)) return;
  const slices = new TimeSlices();
  const fingerprints = new Map<string, string>();
  for (const entry of knowledge.entries) {
    fingerprints.set(entry.id, entryFingerprint(entry));
    if (slices.due()) await slices.next();
  }
  computed.set(knowledge, fingerprints);
}

/**
 * The entries added, removed and changed from `before` to `after`, compared by fingerprint, in slices
 * that yield to the event loop: at 100,000 entries this never stalls the questions being answered.
 */
export async function diffKnowledge(before: Knowledge, after: Knowledge): Promise<KnowledgeDiff> {
  const slices = new TimeSlices();
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  // Knowledge loaded without fingerprints (at start-up) has them computed here, in the same slices, unless
  // prepareFingerprints has.
  const fingerprint = (knowledge: Knowledge, entry: Entry) => knowledge.fingerprints?.get(entry.id) ?? computed.get(knowledge)?.get(entry.id) ?? entryFingerprint(entry);
  for (const [id, entry] of after.entriesById) {
    const old = before.entriesById.get(id);
    if (old === undefined) added.push(id);
    else if (old !== entry && fingerprint(before, old) !== fingerprint(after, entry)) changed.push(id);
    if (slices.due()) await slices.next();
  }
  for (const id of before.entriesById.keys()) {
    if (!after.entriesById.has(id)) removed.push(id);
    if (slices.due()) await slices.next();
  }
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
