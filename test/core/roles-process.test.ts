import { describe, expect, it } from 'vitest';
import { runTs, startTs } from '../helpers/run-process.ts';

describe('npm start with BALLOTGUARD_ROLES', () => {
  it('runs a worker alone, with no platform and no console, until SIGTERM', async () => {
    const worker = startTs('src/main.ts', [], { env: { BALLOTGUARD_ROLES: 'worker', LOG_LEVEL: 'debug' } });
    await worker.waitForLog('ballotguard started');
    expect(worker.stderr()).toContain('"roles":["worker"]');
    expect(worker.stdout()).not.toContain('Type a question');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    // Stopped by the signal, not ended by itself before it came (it did, holding nothing that kept Node running).
    expect(worker.stderr()).toContain('"reason":"SIGTERM","msg":"stopping"');
  });

  it('refuses a platform role without its credentials, naming both settings', async () => {
    const { code, stderr } = await runTs('src/main.ts', [], { env: { BALLOTGUARD_ROLES: 'slack,worker' } });
    expect(code).toBe(1);
    expect(stderr).toContain('ballotguard cannot start: BALLOTGUARD_ROLES includes slack but SLACK_BOT_TOKEN is not set');
  });
});
