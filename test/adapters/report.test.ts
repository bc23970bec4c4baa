import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { RecordsStore } from '../../src/records/records-store.ts';
import { FAKE, FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { startDiscord } from '../helpers/platforms.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

// "Report to security": a /check reply offers it, /report starts it; nothing reaches the community's
// security channel until the person confirms, their name only if they choose, and nobody is pinged.

type Button = { custom_id: string; label: string };
type MessageBody = {
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  components?: { components: Button[] }[];
  flags?: number;
  allowed_mentions?: { parse: string[] };
};
const PHISH = 'From: LICADHO investigator <licadho.investigator@gmail.com>\nOpen https://licadho-org.net/form now @everyone';
const MODERATOR = '400000000000000042';
const OTHER_MEMBER = '400000000000000043';

describe('reporting on Discord', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const callbackOf = (id: string) => (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/interactions/${id}/`);
  const dataOf = (call: RecordedCall) => (call.body as { data: MessageBody }).data;
  const posts = (channel: string) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${channel}/messages`);
  const send = async (interaction: { id: string }) => {
    fake.dispatch('INTERACTION_CREATE', interaction);
    return dataOf(await fake.waitForCall(callbackOf(interaction.id)));
  };
  const click = (data: MessageBody, label: string, userId?: string) => {
    const button = data.components?.flatMap((row) => row.components).find((b) => b.label === label);
    expect(button, `a "${label}" button`).toBeDefined();
    return send(fake.buttonClick(button!.custom_id, { userId }));
  };
  const slash = (name: string, value: string, sender: { userId?: string; permissions?: string; guildId?: string } = {}) =>
    send(fake.slashCommand(name, value ? [{ name: name === 'settings' ? 'setting' : 'text', type: 3, value }] : [], sender));

  let platform: Awaited<ReturnType<typeof startDiscord>> | undefined;
  beforeAll(async () => {
    platform = await startDiscord({ name: 'report' });
    ({ fake, adapter } = platform);
  });

  afterAll(() => platform?.stop());

  it('without a security channel, says whom to contact from the advice on reporting, and sends nothing', async () => {
    const data = await slash('report', PHISH);
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toBe('Whom to tell');
    expect(data.embeds?.[0]?.description).toContain('/settings security #channel');
    expect(data.embeds?.[0]?.description).toContain('Report it to your security contact or IT team');
    expect(data.components?.flatMap((r) => r.components).map((b) => b.label)).not.toContain('Send report');
    expect(posts(FAKE.channelId)).toHaveLength(0);
  });

  it('lets a moderator choose the security channel with /settings security', async () => {
    const interaction = fake.slashCommand('settings', [{ name: 'setting', type: 3, value: 'security' }, { name: 'value', type: 3, value: `<#${FAKE.channelId}>` }], { userId: MODERATOR, permissions: '32' });
    const data = await send(interaction);
    expect(data.embeds?.[0]?.title).toBe('Settings changed');
    expect(data.embeds?.[0]?.fields?.find((f) => f.name === 'Security reports')?.value).toBe(FAKE.channelId);
    const refused = await send(fake.slashCommand('settings', [{ name: 'setting', type: 3, value: 'security' }, { name: 'value', type: 3, value: 'off' }]));
    expect(refused.embeds?.[0]?.title).toBe('Moderators only');
  });

  it('posts a checked message, defanged and with the reporter\u2019s name, only after "Send with my name"', async () => {
    const target = fake.message(FAKE.channelId, PHISH, { author: fake.user('400000000000000055') });
    const checked = await send(fake.messageCommand('Check with ballotguard', target));
    expect(checked.flags).toBe(64);
    const offer = await click(checked, 'Report to security');
    expect(offer.flags).toBe(64);
    expect(offer.embeds?.[0]?.title).toBe('Report this message to your security contacts?');
    expect(offer.components?.[0]?.components.map((b) => b.label)).toEqual(['Send report', 'Send with my name', 'Cancel']);
    // The buttons carry an id, never the message.
    expect(JSON.stringify(offer.components)).not.toContain('licadho');
    expect(posts(FAKE.channelId)).toHaveLength(0);

    const sent = await click(offer, 'Send with my name');
    expect(sent.embeds?.[0]?.title).toBe('Report sent');
    const [post] = posts(FAKE.channelId);
    const body = post!.body as MessageBody;
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    const text = JSON.stringify(body.embeds);
    expect(body.embeds?.[0]?.title).toBe('Suspicious message reported');
    expect(text).toContain(`**Asker** (user id ${FAKE.userId})`);
    expect(text).toContain('licadho[.]investigator@gmail[.]com');
    expect(text).toContain('hxxps://licadho-org[.]net/form');
    expect(text).toContain('free webmail address');
    expect(text).not.toMatch(/gmail\.com|https:\/\/licadho/);

    // Taken once: a second click sends nothing more.
    const again = await click(offer, 'Send report');
    expect(again.embeds?.[0]?.title).toBe('This report has expired');
    expect(posts(FAKE.channelId)).toHaveLength(1);
  });

  it('sends /report without the name by default, and sends nothing on Cancel or for someone else', async () => {
    const offer = await slash('report', 'Attachment: Interview-Questions.docx.js');
    expect(offer.embeds?.[0]?.title).toBe('Report this message to your security contacts?');
    const stranger = await click(offer, 'Send report', OTHER_MEMBER);
    expect(stranger.embeds?.[0]?.title).toBe('This report has expired');
    expect(posts(FAKE.channelId)).toHaveLength(1);

    expect((await click(offer, 'Send report')).embeds?.[0]?.title).toBe('Report sent');
    const body = posts(FAKE.channelId)[1]!.body as MessageBody;
    const text = JSON.stringify(body.embeds);
    expect(text).toContain('chose not to give their name');
    expect(text).not.toContain(FAKE.userId);
    expect(text).not.toContain('Asker');
    expect(text).toContain('double extension');

    const cancelled = await slash('report', 'licadho-org.net');
    expect((await click(cancelled, 'Cancel')).embeds?.[0]?.title).toBe('Report cancelled');
    expect((await click(cancelled, 'Send report')).embeds?.[0]?.title).toBe('This report has expired');
    expect(posts(FAKE.channelId)).toHaveLength(2);
  });

  it('reports a message checked by mention from the direct message its check was sent to, into the server it came from', async () => {
    const mention = fake.message(FAKE.channelId, `<@${FAKE.botId}> check licadho-org.net`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', mention);
    // A private reply to a mention goes to the asker's direct messages.
    const checked = (await fake.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${FAKE.dmChannelId}/messages` && JSON.stringify(c.body).includes('Report to security'))).body as MessageBody;
    const report = checked.components!.flatMap((r) => r.components).find((b) => b.label === 'Report to security')!;
    const offer = await send(fake.buttonClick(report.custom_id, { dm: true }));
    expect(offer.embeds?.[0]?.title).toBe('Report this message to your security contacts?');
    const send_ = offer.components![0]!.components.find((b) => b.label === 'Send report')!;
    const before = posts(FAKE.channelId).length;
    expect((await send(fake.buttonClick(send_.custom_id, { dm: true }))).embeds?.[0]?.title).toBe('Report sent');
    expect(posts(FAKE.channelId)).toHaveLength(before + 1);
    expect(JSON.stringify(posts(FAKE.channelId).at(-1)!.body)).toContain('licadho-org[.]net');
  });

  it('refuses a security channel of another server, and tells the person nothing was sent', async () => {
    await send(fake.slashCommand('settings', [{ name: 'setting', type: 3, value: 'security' }, { name: 'value', type: 3, value: FAKE.otherChannelId }], { userId: MODERATOR, permissions: '32' }));
    const offer = await slash('report', 'licadho-org.net');
    expect((await click(offer, 'Send report')).embeds?.[0]?.title).toBe('The report could not be posted');
    expect(posts(FAKE.otherChannelId)).toHaveLength(0);
  });
});

let counter = 0;

describe('reporting on Slack', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let records: RecordsStore;
  let events: string;
  type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: { text: string } }[] };
  const post = (payload: unknown) => {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlack(body) }, body });
  };
  const response = async (id: string) => (await fake.waitFor((c: SlackCall) => c.path === `/response/${id}`)).body;
  const buttons = (body: Record<string, unknown>) => (body.blocks as Block[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
  const headerOf = (body: Record<string, unknown>) => (body.blocks as Block[])[0]?.text?.text;
  const click = async (body: Record<string, unknown>, label: string) => {
    const button = buttons(body).find((b) => b.text?.text === label);
    expect(button, `a "${label}" button`).toBeDefined();
    const id = `r${++counter}`;
    const payload = {
      type: 'block_actions', user: { id: SLACK.userId, username: 'asker', name: 'asker', team_id: SLACK.teamId }, api_app_id: 'A000', token: 'legacy',
      container: { type: 'message', message_ts: '1700000003.000100', channel_id: SLACK.channelId, is_ephemeral: true },
      trigger_id: 'trigger', team: { id: SLACK.teamId, domain: 'fake' }, channel: { id: SLACK.channelId, name: 'general' }, response_url: fake.responseUrl(id),
      actions: [{ type: 'button', action_id: button!.action_id, block_id: 'b1', text: { type: 'plain_text', text: label }, value: button!.value, action_ts: '1700000003.000200' }],
    };
    expect((await post(payload)).status).toBe(200);
    return response(id);
  };
  const postsTo = (channel: string) => fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel);

  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    const wired = await shippedBotWithAdmin();
    records = wired.records;
    adapter = createSlackAdapter({ pipeline: wired.pipeline, config, logger: silentLogger(), host: '127.0.0.1' });
    await adapter.start();
    events = `http://127.0.0.1:${adapter.port}/slack/events`;
    records.updateCommunitySettings({ platform: 'slack', community: SLACK.teamId }, { securityChannel: 'CSECURITY' });
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('reports a message from the shortcut\u2019s check only after confirmation, escaped so nobody is pinged', async () => {
    const id = `r${++counter}`;
    const shortcut = {
      type: 'message_action', callback_id: 'bg:ma:check', trigger_id: 'trigger', message_ts: '1700000001.000100', response_url: fake.responseUrl(id),
      message: { type: 'message', user: 'U999', ts: '1700000001.000100', text: 'Hi <!channel>, the form is at <https://licadho-org.net/form|licadho-org.net>' },
      user: { id: SLACK.userId, name: 'asker' }, channel: { id: SLACK.channelId, name: 'general' }, team: { id: SLACK.teamId, domain: 'fake' }, token: 'legacy', action_ts: '1',
    };
    expect((await post(shortcut)).status).toBe(200);
    const checked = await response(id);
    expect(checked.response_type).toBe('ephemeral');
    const offer = await click(checked, 'Report to security');
    expect(offer.response_type).toBe('ephemeral');
    expect(headerOf(offer)).toBe('Report this message to your security contacts?');
    expect(buttons(offer).map((b) => b.text?.text)).toEqual(['Send report', 'Send with my name', 'Cancel']);
    expect(postsTo('CSECURITY')).toHaveLength(0);

    expect(headerOf(await click(offer, 'Send with my name'))).toBe('Report sent');
    const report = (await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CSECURITY')).body;
    const text = JSON.stringify(report.blocks);
    expect(text).toContain('*asker* (user id U222)');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('licadho-org[.]net');
    expect(text).not.toContain('https://licadho-org.net');
    expect(report.unfurl_links).toBe('false');
    expect(text).toContain('hxxps://licadho-org[.]net/form');
  });

  it('says whom to contact where the workspace has no security channel', async () => {
    records.updateCommunitySettings({ platform: 'slack', community: SLACK.teamId }, { securityChannel: null });
    const id = `r${++counter}`;
    const body = new URLSearchParams({
      token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: SLACK.userId, user_name: 'asker',
      command: '/report', text: 'licadho-org.net', api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: 'trigger',
    }).toString();
    await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlack(body) }, body });
    const answer = await response(id);
    expect(headerOf(answer)).toBe('Whom to tell');
    expect(JSON.stringify(answer.blocks)).toContain('digital-security helpline');
    expect(postsTo('CSECURITY')).toHaveLength(1);
  });
});
