import { describe, expect, it } from 'vitest';
import { randomId } from '../../src/core/random-id.ts';
import { RANDOM_IDS } from '../../src/parameters.ts';

describe('randomId', () => {
  it('gives 16-character base64url ids, none repeated across several refills of its pool', () => {
    const ids = Array.from({ length: RANDOM_IDS.idsPerFill * 4 + 3 }, () => randomId());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
