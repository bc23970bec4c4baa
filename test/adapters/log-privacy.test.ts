import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { createLogger } from '../../src/core/logger.ts';
import { redactText } from '../../src/core/redact.ts';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import { auditLogs } from '../helpers/log-audit-setup.ts';

/** A logger configured as in production, writing into `lines`. */
function capturingLogger(lines: string[]) {
  return createLogger('debug', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
}

describe('logs never hold user text, tokens or interaction URLs', () => {
  it('logs a failed Discord reply without its URL, its interaction token or the asker\u2019s words', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const lines: string[] = [];
    const config = readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl });
    const { pipeline } = await shippedBotWithAdmin({ defaults: { cooldownSeconds: 0 } });
    const adapter = createDiscordAdapter({ pipeline, config, logger: capturingLogger(lines), restRetries: 0 });
    try {
      await adapter.start();
      // /targets echoes its filter in the reply, so the failed request's body holds the user's words.
      const words = 'zebra-canary-ministry';
      const interaction = fake.slashCommand('targets', [{ name: 'filter', type: 3, value: words }]);
      fake.failNext((method, p) => method === 'POST' && p.includes(`/interactions/${interaction.id}/`), 400);
      fake.dispatch('INTERACTION_CREATE', interaction);
      await waitUntil(() => lines.some((l) => l.includes('discord interaction failed')), 'the failure to be logged');
      const log = lines.join('');
      expect(log).toContain('fake failure'); // the error itself is there to diagnose
      expect(log).not.toContain(words);
      expect(log).not.toContain(interaction.token);
      expect(log).not.toContain(interaction.id);
      expect(log).not.toContain(FAKE.token);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('redacts tokens and URL paths wherever they appear in a message', () => {
    expect(redactText(`POST ${'http'}://127.0.0.1:9/api/v10/interactions/123/itok-123/callback failed`)).toBe('POST http://127.0.0.1:9/[path redacted] failed');
    expect(redactText(`token ${FAKE.token} and xoxb-1-2-abc`)).toBe('token [token redacted] and [token redacted]');
  });

  it('the audit of every test\u2019s logs finds a leaked question or token', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
    writeFileSync(path.join(dir, 'user-texts.jsonl'), `${JSON.stringify('who ran the phishing campaign')}\n`);
    writeFileSync(path.join(dir, 'a.log'), '{"msg":"fine"}\n');
    expect(auditLogs(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'b.log'), '{"msg":"asked who ran the phishing campaign"}\n{"t":"xoxb-fake-bot-token"}\n');
    expect(auditLogs(dir)).toEqual(['b.log: "xoxb-fake-bot-token"', 'b.log: "who ran the phishing campaign"']);
  });
});
