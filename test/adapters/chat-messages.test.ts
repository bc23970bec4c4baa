import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { startDiscord, startSlack } from '../helpers/platforms.ts';

// Messages as people really send them, end to end through the real discord.js and Bolt: the core reads the
// question out of mentions, greetings, Slack's <!channel> and a mention of someone else, and follows up.

type Embed = { title?: string; description?: string };
type DiscordBody = { embeds?: Embed[]; content?: string; message_reference?: { message_id: string }; allowed_mentions?: { parse: string[] } };
type Block = { type: string; text?: { text: string } };

describe('chat messages on Discord', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  let users = 0;
  /** A new asker for each message, so no test waits out another's cooldown. */
  const asker = () => fake.user(`4000000000000009${String(++users).padStart(2, '0')}`);

  const mention = async (text: string) => {
    const message = fake.message(FAKE.channelId, `<@${FAKE.botId}> ${text}`, { mentionsBot: true, author: asker() });
    fake.dispatch('MESSAGE_CREATE', message);
    const call = await fake.waitForCall((c) => c.method === 'POST' && (c.body as DiscordBody).message_reference?.message_id === message.id);
    return call.body as DiscordBody;
  };

  let platform: Awaited<ReturnType<typeof startDiscord>> | undefined;
  beforeAll(async () => {
    platform = await startDiscord({ name: 'chat-messages' });
    ({ fake, adapter } = platform);
  });

  afterAll(() => platform?.stop());

  it('answers the question inside a greeting and a thank-you', async () => {
    const body = await mention('hey bot, quick question: who is behind the attacks on cambodia? thanks');
    expect(body.embeds?.[0]?.title).toBe('TEMP.Periscope (APT40, Leviathan)');
  });

  it('answers "who was targeted" after a mention of another member with the targets, pinging nobody', async () => {
    const body = await mention(`<@${FAKE.userId}> @everyone who was targeted?`);
    expect(body.embeds?.[0]?.title).toMatch(/target/i);
    expect(JSON.stringify(body.embeds)).toMatch(/[Ee]lection [Cc]ommission/);
    expect(body.allowed_mentions?.parse).toEqual([]);
  });

  it('reads "targets of the hackers?" as a question, not as /targets with a filter', async () => {
    const body = await mention('targets of the hackers?');
    expect(body.embeds?.[0]?.title).not.toMatch(/^No targets/);
    expect(JSON.stringify(body.embeds)).toMatch(/[Ee]lection [Cc]ommission/);
  });

  it('declines a personal detail honestly', async () => {
    const body = await mention("What is Ben Read's phone number?");
    expect(body.embeds?.[0]?.title).toMatch(/personal details/);
  });
});

describe('chat messages on Slack', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let events: string;
  let counter = 0;

  let platform: Awaited<ReturnType<typeof startSlack>> | undefined;
  beforeAll(async () => {
    platform = await startSlack({ ballotguard: { defaults: { cooldownSeconds: 0 } }, name: 'chat-messages' });
    ({ fake, adapter, events } = platform);
  });

  afterAll(() => platform?.stop());

  /** Sends an app_mention as Slack delivers it (signed, with the bot's mention in the text) in a thread of its own, and waits for the reply there. */
  const mention = async (text: string, { user = SLACK.userId as string, channel = SLACK.channelId as string } = {}) => {
    const ts = `1700001000.${String(++counter).padStart(6, '0')}`;
    const event = { type: 'app_mention', user, text, ts, thread_ts: ts, channel, event_ts: ts };
    const body = JSON.stringify({ token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: `EvChat${counter}`, event_time: Math.floor(Date.now() / 1000), event });
    const response = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body });
    expect(response.status).toBe(200);
    const call = await fake.waitFor((c: SlackCall) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    return { header: (call.body.blocks as Block[])[0]?.text?.text, everything: JSON.stringify(call.body) };
  };

  it('answers a <!channel> mention as it arrives, without notifying the channel', async () => {
    const { header, everything } = await mention(`<!channel> <@${SLACK.botUserId}> who is behind the attacks on cambodia?`);
    expect(header).toBe('TEMP.Periscope (APT40, Leviathan)');
    expect(everything).not.toContain('<!channel>');
  });

  it('answers the question after a line about the asker', async () => {
    const { header } = await mention(`<@${SLACK.botUserId}> who is behind the attacks on cambodia? asking for my newsroom`);
    expect(header).toBe('TEMP.Periscope (APT40, Leviathan)');
  });

  it('reads a follow-up in the same channel with the question before it', async () => {
    await mention(`<@${SLACK.botUserId}> when was kem sokha arrested?`, { user: 'U777', channel: 'CFOLLOW' });
    const { header, everything } = await mention(`<@${SLACK.botUserId}> what was he charged with?`, { user: 'U777', channel: 'CFOLLOW' });
    expect(header).toBe('Kem Sokha');
    expect(everything).toContain('previous question');
    // Another person in the same channel has no previous question: "he" is read on its own.
    const { header: alone } = await mention(`<@${SLACK.botUserId}> what was he charged with?`, { user: 'U778', channel: 'CFOLLOW' });
    expect(alone).not.toBe('Kem Sokha');
  });
});
