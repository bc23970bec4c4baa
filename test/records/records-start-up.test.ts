import { describe, expect, it } from 'vitest';
import { silentServer } from '../helpers/silent-server.ts';
import { runTs } from '../helpers/run-process.ts';

describe('start-up with a database that never answers', () => {
  it.each([
    ['DATABASE_URL', (port: number) => `postgresql://bot@127.0.0.1:${port}/ballotguard`, 'the records database (DATABASE_URL) did not answer within 1 s'],
    ['REDIS_URL', (port: number) => `redis://127.0.0.1:${port}`, 'Redis (REDIS_URL) did not answer within 1 s'],
  ])('gives up with a message naming %s', async (setting, url, message) => {
    const hanging = await silentServer();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: { [setting]: url(hanging.port), START_TIMEOUT_SECONDS: '1' } });
      expect(code).toBe(1);
      expect(stderr).toContain(`ballotguard cannot start: ${message}`);
    } finally {
      await hanging.close();
    }
  });
});
