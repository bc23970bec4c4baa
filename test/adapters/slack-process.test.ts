import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack, SLACK } from '../fakes/fake-slack.ts';
import { runTs } from '../helpers/run-process.ts';

/** A port free right now on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm start with Slack credentials', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('serves Slack over HTTP with /healthz, and shuts down cleanly on SIGTERM', async () => {
    fake = new FakeSlack();
    await fake.start();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: String(port), DISCORD_TOKEN: '', LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 10_000;
    while (!stderr.includes('slack adapter ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(SLACK.botToken);
    expect(stderr).not.toContain(SLACK.signingSecret);
  });

  it('ends with a clear message and a non-zero exit when Slack rejects the token', async () => {
    fake = new FakeSlack();
    await fake.start();
    const { code, stderr } = await runTs('src/main.ts', [], {
      env: { SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0' },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('ballotguard cannot start: Slack rejected the credentials');
  });
});
