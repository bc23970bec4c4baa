import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import { createLogger } from '../../src/core/logger.ts';
import { FakeSlack, SLACK } from '../fakes/fake-slack.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

describe('the Slack adapter in Socket Mode, sent an envelope whose payload is null', () => {
  let fake: FakeSlack | undefined;
  let adapter: SlackAdapter | undefined;
  afterEach(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('does not crash, acknowledges it without an answer, logs it, and keeps answering', async () => {
    fake = new FakeSlack();
    await fake.start();
    const lines: string[] = [];
    const logger = createLogger('debug', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_APP_TOKEN: SLACK.appToken, SLACK_API_URL: fake.apiUrl });
    adapter = createSlackAdapter({ pipeline: (await shippedBotWithAdmin()).pipeline, config, logger });
    await adapter.start();
    await waitUntil(() => fake!.socketConnected, 'the Socket Mode connection');

    const kinds = ['slash_commands', 'events_api', 'interactive'];
    for (const [i, type] of kinds.entries()) {
      fake.sendEnvelope({ envelope_id: `env-null-${i}`, type, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '', payload: null });
    }
    // Acknowledged, so Slack does not deliver it again, with an empty answer.
    await waitUntil(() => kinds.every((_, i) => fake!.socketAcks.some((a) => a.envelope_id === `env-null-${i}`)), 'the acknowledgements of the null envelopes');
    for (const ack of fake.socketAcks.filter((a) => a.envelope_id.startsWith('env-null-'))) expect(ack.payload).toEqual({});
    await waitUntil(() => lines.filter((l) => l.includes('refused a Slack Socket Mode envelope without a payload')).length === kinds.length, 'the log lines');

    fake.sendEnvelope({
      envelope_id: 'env-after',
      type: 'slash_commands',
      accepts_response_payload: true,
      retry_attempt: 0,
      retry_reason: '',
      payload: { team_id: SLACK.teamId, channel_id: SLACK.channelId, user_id: SLACK.userId, command: '/timeline', text: '2018', api_app_id: 'A000', response_url: fake.responseUrl('after-null'), trigger_id: 't' },
    });
    const call = await fake.waitFor((c) => c.path === '/response/after-null');
    expect(JSON.stringify(call.body.blocks)).toContain('Timeline');
    expect(fake.socketAcks.map((a) => a.envelope_id)).toContain('env-after');
  });
});
