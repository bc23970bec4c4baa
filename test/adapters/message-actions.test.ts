import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommandDefinitions } from '../../adapters/discord/command-definitions.ts';
import { type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { slackManifest } from '../../adapters/slack/slack-manifest.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { FAKE, FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK } from '../fakes/fake-slack.ts';
import { startDiscord, startSlack } from '../helpers/platforms.ts';

// "Check with ballotguard" where the message is: Discord's message command and Slack's message shortcut run
// the same /check on the message's text, and only the person who chose it sees the reply.

type MessageBody = { embeds?: { title?: string; description?: string }[]; flags?: number; allowed_mentions?: { parse: string[] } };
const PHISH = 'From: LICADHO investigator <licadho.investigator@gmail.com>\nPlease read the attached questions.';

describe('the message command and shortcut are declared from the command model', () => {
  it('registers a Discord message command (type 3) for /check, and no other', () => {
    const onMessages = discordCommandDefinitions(USER_COMMANDS).filter((c) => c.type === 3);
    expect(onMessages).toEqual([expect.objectContaining({ type: 3, name: 'Check with ballotguard' })]);
    expect(onMessages[0]).not.toHaveProperty('description');
  });

  it('declares a Slack message shortcut in the manifest', () => {
    expect(slackManifest(USER_COMMANDS).features.shortcuts).toEqual([
      expect.objectContaining({ name: 'Check with ballotguard', type: 'message', callback_id: 'bg:ma:check' }),
    ]);
  });
});

describe('on Discord: Apps → Check with ballotguard', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const callbackOf = (id: string) => (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/interactions/${id}/`);

  let platform: Awaited<ReturnType<typeof startDiscord>> | undefined;
  beforeAll(async () => {
    platform = await startDiscord({ name: 'message-actions' });
    ({ fake, adapter } = platform);
  });

  afterAll(() => platform?.stop());

  it('checks the target message privately, defanged, with its attachment names', async () => {
    const target = fake.message(FAKE.channelId, PHISH, { author: fake.user('400000000000000055'), attachments: ['Interview-Questions.docx.js'] });
    const interaction = fake.messageCommand('Check with ballotguard', target);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction.id));
    const data = (call.body as { type: number; data: MessageBody }).data;
    expect((call.body as { type: number }).type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toMatch(/^Check: \d+ warning signs?$/);
    const text = JSON.stringify(data);
    expect(text).toContain('free webmail address (**gmail[.]com**)');
    expect(text).toContain('double extension');
    expect(text).not.toContain('gmail.com');
    expect(data.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('says plainly when the message has nothing to check', async () => {
    const target = fake.message(FAKE.channelId, 'see you at the training on Friday');
    const interaction = fake.messageCommand('Check with ballotguard', target);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const data = ((await fake.waitForCall(callbackOf(interaction.id))).body as { data: MessageBody }).data;
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toBe('Nothing to check');
  });

  it('says so when the message has no text to read (only an image or an embed)', async () => {
    const interaction = fake.messageCommand('Check with ballotguard', fake.message(FAKE.channelId, ''));
    fake.dispatch('INTERACTION_CREATE', interaction);
    const data = ((await fake.waitForCall(callbackOf(interaction.id))).body as { data: MessageBody }).data;
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toBe('Nothing I can read in that message');
  });
});

describe('on Slack: the "Check with ballotguard" message shortcut', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let events: string;

  let platform: Awaited<ReturnType<typeof startSlack>> | undefined;
  beforeAll(async () => {
    platform = await startSlack({ name: 'message-actions' });
    ({ fake, adapter, events } = platform);
  });

  afterAll(() => platform?.stop());

  const shortcut = (id: string, message: Record<string, unknown>, callbackId = 'bg:ma:check') => ({
    type: 'message_action', callback_id: callbackId, trigger_id: `trigger-${id}`, message_ts: '1700000001.000100', response_url: fake.responseUrl(id),
    message: { type: 'message', user: 'U999', ts: '1700000001.000100', ...message },
    user: { id: SLACK.userId, name: 'asker' }, channel: { id: SLACK.channelId, name: 'general' }, team: { id: SLACK.teamId, domain: 'fake' },
    token: 'legacy', action_ts: '1700000002.000100',
  });
  const post = (payload: unknown, headers?: Record<string, string>) => {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(headers ?? signSlack(body)) }, body });
  };

  it('checks the message ephemerally, reading Slack markup and file names, defanged', async () => {
    const payload = shortcut('ma1', {
      text: 'From: LICADHO investigator &lt;<mailto:licadho.investigator@gmail.com|licadho.investigator@gmail.com>&gt;',
      files: [{ id: 'F1', name: 'Interview-Questions.docx.js' }],
    });
    expect((await post(payload)).status).toBe(200);
    const answer = (await fake.waitFor((c) => c.path === '/response/ma1')).body;
    expect(answer.response_type).toBe('ephemeral');
    const text = JSON.stringify(answer.blocks);
    expect(text).toContain('free webmail address');
    expect(text).toContain('double extension');
    expect(text).not.toContain('gmail.com');
  });

  it('says so when the message has no text to read', async () => {
    expect((await post(shortcut('ma3', { text: '' }))).status).toBe(200);
    const answer = (await fake.waitFor((c) => c.path === '/response/ma3')).body;
    expect(answer.response_type).toBe('ephemeral');
    expect((answer.blocks as { text?: { text: string } }[])[0]?.text?.text).toBe('Nothing I can read in that message');
  });

  it('refuses an unsigned shortcut without running anything', async () => {
    const response = await post(shortcut('ma2', { text: 'licadho-org.net' }), { 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=bad' });
    expect(response.status).toBe(401);
    expect(fake.calls.some((c) => c.path === '/response/ma2')).toBe(false);
  });
});
