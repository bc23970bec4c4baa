import { describe, expect, it } from 'vitest';
import { hashPattern } from '../../src/knowledge/file-hashes.ts';

describe('file hashes', () => {
  it('are found standing alone, of the kinds asked for only', () => {
    const md5 = '3c51c89078139337c2c92e084bb0904c';
    expect(hashPattern('md5').test(`our scanner found ${md5} on a laptop`)).toBe(true);
    expect(hashPattern('sha256').test(`our scanner found ${md5} on a laptop`)).toBe(false);
    expect(hashPattern('md5', 'sha1', 'sha256').test(`${md5}${md5}`)).toBe(true);
    // Inside a longer run of letters, digits or underscores it is part of a name, not a hash.
    expect(hashPattern('md5').test(`sample_${md5}`)).toBe(false);
    expect(hashPattern('md5').test(`${md5}a`)).toBe(false);
  });
});
