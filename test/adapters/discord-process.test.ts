import { afterEach, describe, expect, it } from 'vitest';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { silentServer } from '../helpers/silent-server.ts';
import { runTs, startTs } from '../helpers/run-process.ts';

describe('npm start with DISCORD_TOKEN', () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('serves Discord instead of the console, and shuts down cleanly on SIGTERM', async () => {
    fake = new FakeDiscord();
    await fake.start();
    const bot = startTs('src/main.ts', [], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' } });
    await bot.waitForLog('discord adapter ready');
    expect(bot.stdout()).not.toContain('Type a question');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    // Secrets stay out of the logs.
    expect(bot.stderr()).not.toContain(FAKE.token);
  });

  it('ends with a clear message and a non-zero exit on an invalid token', async () => {
    fake = new FakeDiscord();
    await fake.start();
    const { code, stderr } = await runTs('src/main.ts', [], {
      env: { DISCORD_TOKEN: `${'X'.repeat(24)}.${'Y'.repeat(6)}.${'Z'.repeat(38)}`, DISCORD_API_URL: fake.apiUrl },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('ballotguard cannot start: Discord rejected DISCORD_TOKEN');
  });

  it('refuses a malformed DISCORD_TOKEN before connecting', async () => {
    const { code, stderr } = await runTs('src/main.ts', [], { env: { DISCORD_TOKEN: 'nope' } });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_TOKEN: looks too short');
    expect(stderr).not.toContain('nope');
  });

  it.each([
    [4004, 'DISCORD_TOKEN is no longer valid'],
    [4014, 'turn on "Message Content Intent"'],
  ])('exits non-zero with a clear message when the gateway closes with %i after start-up', async (code, message) => {
    fake = new FakeDiscord();
    await fake.start();
    const bot = startTs('src/main.ts', [], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' } });
    await bot.waitForLog('discord adapter ready');
    fake.kick(code);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain(`ballotguard stopped: `);
    expect(bot.stderr()).toContain(message);
  });

  it('gives up with a clear message when Discord accepts the connection but never answers', async () => {
    const hanging = await silentServer();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: `http://127.0.0.1:${hanging.port}/api`, START_TIMEOUT_SECONDS: '1' } });
      expect(code).toBe(1);
      expect(stderr).toContain('ballotguard cannot start: discord did not finish connecting within 1 s');
    } finally {
      await hanging.close();
    }
  });

  it('honours SIGTERM while start-up hangs', async () => {
    const hanging = await silentServer();
    try {
      const bot = startTs('src/main.ts', [], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: `http://127.0.0.1:${hanging.port}/api`, LOG_LEVEL: 'info' } });
      await bot.waitForLog('"connecting"');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      await hanging.close();
    }
  });
});
