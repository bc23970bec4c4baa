import { createHash } from 'node:crypto';
import type { Entry } from './schema.ts';

/**
 * A digest of everything an entry says, to tell a changed entry from an unchanged one without keeping or
 * comparing whole texts. The knowledge worker computes them while it validates, and the main thread only
 * compares: serialising 100,000 entries on the main thread stalled answering for over a second.
 */
const fingerprints = new WeakMap<Entry, string>();

export function entryFingerprint(entry: Entry): string {
  let fingerprint = fingerprints.get(entry);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha1').update(JSON.stringify(entry)).digest('base64');
    fingerprints.set(entry, fingerprint);
  }
  return fingerprint;
}

/** Records a fingerprint computed elsewhere (in the worker) for an entry received from there. */
export function rememberFingerprint(entry: Entry, fingerprint: string): void {
  fingerprints.set(entry, fingerprint);
}
