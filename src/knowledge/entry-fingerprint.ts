import { createHash } from 'node:crypto';
import type { Entry } from './schema.ts';

/**
 * A digest of everything an entry says, to tell a changed entry from an unchanged one without keeping or
 * comparing whole texts. The knowledge worker computes them while it validates (Knowledge.fingerprints),
 * so a reload's change diff costs the main thread only comparisons: serialising 100,000 entries there
 * stalled answering for over a second.
 */
export function entryFingerprint(entry: Entry): string {
  return createHash('sha1').update(JSON.stringify(entry)).digest('base64');
}
