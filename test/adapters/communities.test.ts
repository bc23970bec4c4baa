import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK } from '../fakes/fake-slack.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

const MAINTAINER = '400000000000000077';

/** One bot serving a Discord with two servers and a Slack workspace at once, as an operator runs it. */
describe('one bot, many communities', () => {
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let discord: Adapter;
  let slack: SlackAdapter;

  beforeAll(async () => {
    discordFake = new FakeDiscord();
    slackFake = new FakeSlack();
    await Promise.all([discordFake.start(), slackFake.start()]);
    const { pipeline } = await shippedBotWithAdmin({ maintainers: [`discord:${MAINTAINER}`] });
    discord = createDiscordAdapter({ pipeline, config: readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: discordFake.apiUrl }), logger: silentLogger(), restRetries: 0 });
    slack = createSlackAdapter({
      pipeline,
      config: readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: slackFake.apiUrl, PORT: '0', SLACK_MODERATOR_USER_IDS: 'UMOD' }),
      logger: silentLogger(),
      host: '127.0.0.1',
    });
    await Promise.all([discord.start(), slack.start()]);
  });

  afterAll(async () => {
    await Promise.all([discord?.stop(), slack?.stop()]);
    await Promise.all([discordFake?.close(), slackFake?.close()]);
  });

  /** /kb gaps on Discord as someone, the private reply's text. */
  const discordGaps = async (sender: Parameters<FakeDiscord['slashCommand']>[2]) => {
    const interaction = discordFake.slashCommand('kb', [{ name: 'action', type: 3, value: 'gaps' }], sender);
    discordFake.dispatch('INTERACTION_CREATE', interaction);
    return JSON.stringify(await discordFake.waitForInteractionReply(interaction));
  };

  it('shows a community\u2019s questions to its own moderators and to the maintainers, and to nobody else', async () => {
    // A question no one can answer, asked in the Slack workspace and in Discord server B.
    const body = JSON.stringify({
      token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: 'EvCommunities', event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: 'U777', text: `<@${SLACK.botUserId}> is my party\u2019s slack being read by the ministry of pasta`, ts: '1700000009.000100', channel: SLACK.channelId, event_ts: '1700000009.000100' },
    });
    await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body });
    await slackFake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === SLACK.channelId);
    const inB = discordFake.message(FAKE.otherChannelId, `<@${FAKE.botId}> how do I bake sourdough bread`, { mentionsBot: true, author: discordFake.user('400000000000000055') });
    discordFake.dispatch('MESSAGE_CREATE', inB);
    await discordFake.waitForCall((c) => (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === inB.id);

    const adminOfA = await discordGaps({ permissions: '32' });
    expect(adminOfA).not.toContain('sourdough');
    expect(adminOfA).not.toContain('pasta');
    const adminOfB = await discordGaps({ permissions: '32', guildId: FAKE.otherGuildId });
    expect(adminOfB).toContain('sourdough');
    expect(adminOfB).not.toContain('pasta');
    const maintainer = await discordGaps({ userId: MAINTAINER });
    expect(maintainer).toContain('sourdough');
    expect(maintainer).toContain('pasta');

    const slash = new URLSearchParams({
      token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: 'UMOD', user_name: 'mod',
      command: '/kb', text: 'gaps', api_app_id: 'A000', response_url: slackFake.responseUrl('gaps'), trigger_id: 'trigger-gaps',
    }).toString();
    await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlack(slash) }, body: slash });
    const slackModerator = JSON.stringify((await slackFake.waitFor((c) => c.path === '/response/gaps')).body);
    expect(slackModerator).toContain('pasta');
    expect(slackModerator).not.toContain('sourdough');
  });
});
