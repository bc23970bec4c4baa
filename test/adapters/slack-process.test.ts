import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack, signSlack, SLACK } from '../fakes/fake-slack.ts';
import { silentServer } from '../helpers/silent-server.ts';
import { runTs, startTs } from '../helpers/run-process.ts';

/** A port free right now on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const slackEnv = (apiUrl: string, port: number | string) => ({
  SLACK_BOT_TOKEN: SLACK.botToken,
  SLACK_SIGNING_SECRET: SLACK.signingSecret,
  SLACK_API_URL: apiUrl,
  PORT: String(port),
  LOG_LEVEL: 'info',
});

describe('npm start with Slack credentials', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('serves Slack over HTTP with /healthz (GET and HEAD), and shuts down cleanly on SIGTERM', async () => {
    fake = new FakeSlack();
    await fake.start();
    const port = await freePort();
    const bot = startTs('src/main.ts', [], { env: slackEnv(fake.apiUrl, port) });
    await bot.waitForLog('slack adapter ready');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'HEAD' })).status).toBe(200);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toContain(SLACK.botToken);
    expect(bot.stderr()).not.toContain(SLACK.signingSecret);
  });

  it('survives a signed request whose body is null, answering it 400, and keeps answering', async () => {
    fake = new FakeSlack();
    await fake.start();
    const port = await freePort();
    const bot = startTs('src/main.ts', [], { env: slackEnv(fake.apiUrl, port) });
    await bot.waitForLog('slack adapter ready');
    const events = `http://127.0.0.1:${port}/slack/events`;
    for (const body of ['null', '1', '[]', '"text"']) {
      const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body });
      expect(response.status).toBe(400);
    }
    const payload = `payload=${encodeURIComponent('null')}`;
    expect((await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlack(payload) }, body: payload })).status).toBe(400);
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'still-here' });
    const alive = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(challenge) }, body: challenge });
    expect(await alive.json()).toEqual({ challenge: 'still-here' });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('ends with a clear message and a non-zero exit when Slack rejects the token', async () => {
    fake = new FakeSlack();
    await fake.start();
    const { code, stderr } = await runTs('src/main.ts', [], { env: { ...slackEnv(fake.apiUrl, 0), SLACK_BOT_TOKEN: 'xoxb-wrong' } });
    expect(code).toBe(1);
    expect(stderr).toContain('ballotguard cannot start: Slack rejected the credentials (invalid_auth)');
  });

  it('tells a network failure apart from rejected credentials', async () => {
    const closedPort = await freePort();
    const { code, stderr } = await runTs('src/main.ts', [], { env: slackEnv(`http://127.0.0.1:${closedPort}/api/`, 0) });
    expect(code).toBe(1);
    expect(stderr).toContain(`ballotguard cannot start: could not reach Slack at http://127.0.0.1:${closedPort}/api/`);
    expect(stderr).not.toContain('rejected');
  });

  it('says which port is taken when PORT is in use', async () => {
    fake = new FakeSlack();
    await fake.start();
    const taken = await silentServer();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: slackEnv(fake.apiUrl, taken.port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`ballotguard cannot start: port ${taken.port} is already in use`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await taken.close();
    }
  });

  it('gives up with a clear message when the Slack API accepts the connection but never answers', async () => {
    const hanging = await silentServer();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: { ...slackEnv(`http://127.0.0.1:${hanging.port}/api/`, 0), START_TIMEOUT_SECONDS: '1' } });
      expect(code).toBe(1);
      expect(stderr).toContain('ballotguard cannot start: slack did not finish connecting within 1 s');
    } finally {
      await hanging.close();
    }
  });

  it('honours SIGTERM while the Slack API hangs at start-up', async () => {
    const hanging = await silentServer();
    try {
      const bot = startTs('src/main.ts', [], { env: slackEnv(`http://127.0.0.1:${hanging.port}/api/`, 0) });
      await bot.waitForLog('"connecting"');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      await hanging.close();
    }
  });
});
