import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { runTs } from '../helpers/run-process.ts';

describe('npm start with DISCORD_TOKEN', () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('serves Discord instead of the console, and shuts down cleanly on SIGTERM', async () => {
    fake = new FakeDiscord();
    await fake.start();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 10_000;
    while (!stderr.includes('discord adapter ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(stderr).toContain('discord adapter ready');
    expect(stdout).not.toContain('Type a question');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Secrets stay out of the logs.
    expect(stderr).not.toContain(FAKE.token);
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
});
