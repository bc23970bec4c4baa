import { describe, expect, it } from 'vitest';
import { runTs } from '../helpers/run-process.ts';

describe('the asynchronous process logger', () => {
  it('still writes every buffered line, the fatal one last, when the process exits at once', async () => {
    const result = await runTs('test/core/log-then-exit.ts', []);
    expect(result.code).toBe(3);
    const lines = result.stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; i?: number });
    expect(lines).toHaveLength(5_001);
    expect(lines.at(-2)).toMatchObject({ msg: 'busy', i: 4_999 });
    expect(lines.at(-1)).toMatchObject({ msg: 'the last words before exiting' });
  });
});
