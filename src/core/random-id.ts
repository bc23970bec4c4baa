import { randomFillSync } from 'node:crypto';
import { RANDOM_IDS } from '../parameters.ts';

/** Bytes of randomness in an id: 96 bits, 16 characters of base64url. */
const ID_BYTES = 12;
const pool = Buffer.alloc(ID_BYTES * RANDOM_IDS.idsPerFill);
let offset = pool.length;

/**
 * A fresh random id (answers, held reports): 12 bytes from the cryptographic random source, as base64url.
 * Bytes are taken from a pool refilled when used up, and each byte is handed out once.
 */
export function randomId(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}
