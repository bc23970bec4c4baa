import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import { FakeSlack, SLACK } from '../fakes/fake-slack.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { startDiscord, startSlack } from '../helpers/platforms.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import { testLogger } from '../helpers/test-logs.ts';

/** What /readyz asks each adapter: is it connected to its platform right now. */
describe('platform readiness', () => {
  it('Discord: ready once every shard is, not while the gateway is lost', async () => {
    const platform = await startDiscord({ name: 'readiness-discord' });
    try {
      expect(platform.adapter.connected?.()).toBe(true);
      // A close discord.js recovers from, but the gateway refuses it meanwhile: it stays reconnecting.
      platform.fake.refuseConnections(4000);
      platform.fake.kick(4000);
      await waitUntil(() => platform.adapter.connected?.() === false, 'the gateway to be seen as lost');
    } finally {
      await platform.stop();
    }
    expect(platform.adapter.connected?.()).toBe(false);
  });

  it('Slack over HTTP: ready while its server listens', async () => {
    const platform = await startSlack({ name: 'readiness-slack' });
    expect(platform.adapter.connected?.()).toBe(true);
    await platform.stop();
    expect(platform.adapter.connected?.()).toBe(false);
  });

  it('Slack in Socket Mode: ready while its socket is open', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_APP_TOKEN: SLACK.appToken, SLACK_API_URL: fake.apiUrl });
    const adapter = createSlackAdapter({ pipeline: (await shippedBotWithAdmin()).pipeline, config, logger: testLogger('readiness-socket') });
    try {
      expect(adapter.connected?.()).toBe(false);
      await adapter.start();
      await waitUntil(() => adapter.connected?.() === true, 'the socket to open');
    } finally {
      await adapter.stop();
      await fake.close();
    }
    expect(adapter.connected?.()).toBe(false);
  });
});
