import { describe, expect, it } from 'vitest';
import { runTs } from '../helpers/run-process.ts';

describe('the process guard', () => {
  it('logs an error that escapes a request handler and keeps the process serving', async () => {
    const { code, stdout, stderr } = await runTs('test/core/guarded-process.ts', []);
    expect(code).toBe(0);
    expect(stdout).toBe('still serving\n');
    expect(stderr).toContain('an error escaped a request handler; still serving');
    expect(stderr).toContain('a promise failed without a handler; still serving');
  });
});
