import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Text kept in shared state (Redis) is sealed with AES-256-GCM under a key derived from something the
 * store itself never holds: a report's random id (which only its sender's buttons carry), or a
 * conversation's ids. A copy of Redis alone shows neither the text nor whose it is.
 */
function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'ballotguard', `seal:${purpose}`, 32));
}

/** The name a value is stored under: a hash, so the secret it was derived from is not in the key either. */
export function sealedKeyName(secret: string, purpose: string): string {
  return createHash('sha256').update(`${purpose}\u0000${secret}`).digest('base64url');
}

export function sealText(secret: string, purpose: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The text, or undefined when the value was not sealed with this secret (or was altered). */
export function openSealedText(secret: string, purpose: string, sealed: string): string | undefined {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 28) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
