import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { discordCommandDefinitions } from '../../adapters/discord/command-definitions.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { registerDiscordCommands } from '../../adapters/discord/register-commands.ts';
import { renderDiscord } from '../../adapters/discord/render-discord.ts';
import { createDiscordButtons } from '../../adapters/discord/button-store.ts';
import { defineCommand } from '../../src/commands/define-command.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { testLogger } from '../helpers/test-logs.ts';
import { reply } from '../../src/core/reply.ts';
import { FAKE, FakeDiscord, messageProblem, type RecordedCall } from '../fakes/fake-discord.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { shippedBot, shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import type { RecordsStore } from '../../src/records/records-store.ts';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
type MessageBody = { embeds?: Embed[]; components?: { components: { custom_id: string; label: string }[] }[]; allowed_mentions?: { parse: string[] }; flags?: number };

const callbackOf = (id: string) => (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/interactions/${id}/`);
const dataOf = (call: RecordedCall) => (call.body as { type: number; data: MessageBody }).data;

describe('the Discord adapter against a fake Discord', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  let records: RecordsStore;

  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({
      DISCORD_TOKEN: FAKE.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_COOLDOWN_SECONDS: '0',
      DISCORD_MODERATOR_ROLE_IDS: FAKE.moderatorRoleId,
      DISCORD_MODERATOR_CHANNEL_ID: FAKE.channelId,
    });
    const wired = await shippedBotWithAdmin();
    records = wired.records;
    adapter = createDiscordAdapter({ bot: wired.bot, config, logger: testLogger('discord-adapter'), restRetries: 0 });
    await adapter.start();
  });

  afterAll(async () => {
    // Destroy the client before closing the fake, or discord.js keeps reconnecting to a dead port.
    await adapter?.stop();
    await fake?.close();
  });

  it('logs in through the gateway with the intents it needs and no compression', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ compress: false, intents: expect.any(Number) });
  });

  it('answers a slash command with the expected embed, pinging nobody', async () => {
    const interaction = fake.slashCommand('targets', [{ name: 'filter', type: 3, value: 'ministry' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction.id));
    expect((call.body as { type: number }).type).toBe(4);
    const data = dataOf(call);
    expect(data.embeds?.[0]?.title).toBe('Targets matching \u201cministry\u201d');
    expect(data.embeds?.[0]?.description).toContain('Ministry of the Interior');
    expect(data.embeds?.[0]?.fields?.find((f) => f.name === 'Sources')?.value).toContain('](http');
    expect(data.allowed_mentions).toMatchObject({ parse: [] });
    expect(data.flags ?? 0).toBe(0);
  });

  it('defers /ask, then edits in the answer with its sources and follow-up buttons', async () => {
    const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'Who was behind the attacks?' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const deferred = await fake.waitForCall(callbackOf(interaction.id));
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/${FAKE.applicationId}/${interaction.token}/messages/@original`));
    const body = edit.body as MessageBody;
    expect(body.embeds?.[0]?.title).toBe('TEMP.Periscope (APT40, Leviathan)');
    expect(body.embeds?.at(-1)?.footer?.text).toMatch(/^Confidence \d+%$/);
    expect(body.components?.[0]?.components.length).toBeGreaterThan(0);
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('keeps help private (ephemeral)', async () => {
    const interaction = fake.slashCommand('help', []);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const data = dataOf(await fake.waitForCall(callbackOf(interaction.id)));
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.description).toContain('/targets [filter]');
  });

  it('answers autocomplete with at most 25 matching choices', async () => {
    const interaction = fake.slashCommand('actor', [{ name: 'name', type: 3, value: 'apt', focused: true }], { type: 4 });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction.id));
    const body = call.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices.map((c) => c.name)).toContain('APT40');
  });

  it('answers a mention in a channel with a reply, and runs a clicked follow-up button', async () => {
    const message = fake.message(FAKE.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const call = await fake.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${FAKE.channelId}/messages` && (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message.id);
    const body = call.body as MessageBody;
    expect(body.embeds?.[0]?.title).toContain('Who was targeted');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const button = body.components![0]!.components[0]!;
    const click = fake.buttonClick(button.custom_id);
    fake.dispatch('INTERACTION_CREATE', click);
    const clicked = dataOf(await fake.waitForCall(callbackOf(click.id)));
    expect(clicked.embeds?.[0]?.title).toBeTruthy();
    expect(clicked.embeds?.[0]?.title).not.toBe('This button has expired');
  });

  it('ignores channel messages that do not mention it', async () => {
    const before = fake.calls.length;
    fake.dispatch('MESSAGE_CREATE', fake.message(FAKE.channelId, 'who was targeted?'));
    const dm = fake.message(FAKE.dmChannelId, 'what is the cnrp', { dm: true });
    fake.dispatch('MESSAGE_CREATE', dm);
    // The DM below is answered; the un-mentioned channel message before it never is.
    await fake.waitForCall((c) => c.path === `/api/v10/channels/${FAKE.dmChannelId}/messages`);
    const channelReplies = fake.calls.slice(before).filter((c) => c.path === `/api/v10/channels/${FAKE.channelId}/messages`);
    expect(channelReplies).toEqual([]);
  });

  it('answers a direct message', async () => {
    const dm = fake.message(FAKE.dmChannelId, 'who is kem sokha', { dm: true });
    fake.dispatch('MESSAGE_CREATE', dm);
    const call = await fake.waitForCall((c) => c.path === `/api/v10/channels/${FAKE.dmChannelId}/messages` && (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === dm.id);
    expect((call.body as MessageBody).embeds?.[0]?.title).toBe('Kem Sokha');
  });

  it('never pings anyone when a question contains @everyone, @here or a role mention', async () => {
    const message = fake.message(FAKE.channelId, `<@${FAKE.botId}> @everyone @here <@&${FAKE.moderatorRoleId}> who was targeted?`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const call = await fake.waitForCall((c) => (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message.id);
    expect((call.body as MessageBody).allowed_mentions?.parse).toEqual([]);
  });

  it('shortens an over-long reply so Discord accepts it', async () => {
    // /sources lists every source: longer than one embed description allows.
    const interaction = fake.slashCommand('sources', []);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction.id));
    expect(messageProblem(call.path.replace('/api/v10', ''), call.body)).toBeUndefined();
    const data = dataOf(call);
    expect(data.embeds!.map((e) => e.description ?? '').join('').length).toBeGreaterThan(4_096);
  });

  it('resumes the session when the gateway closes with 4000', async () => {
    fake.kick(4000);
    await waitUntil(() => fake.resumes.length > 0, 'a RESUME');
    expect(fake.resumes).toEqual([expect.objectContaining({ session_id: 'session-1' })]);
    // Still answering afterwards.
    const interaction = fake.slashCommand('about', []);
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(dataOf(await fake.waitForCall(callbackOf(interaction.id))).embeds?.[0]?.title).toBe('About ballotguard');
  });

  it('refuses /kb teach to an ordinary member, and serves /kb to Manage Server or a moderator role, privately', async () => {
    const member = fake.slashCommand('kb', [{ name: 'action', type: 3, value: 'teach' }, { name: 'entry', type: 3, value: 'hun-sen' }, { name: 'question', type: 3, value: 'who runs cambodia' }]);
    fake.dispatch('INTERACTION_CREATE', member);
    await fake.waitForCall(callbackOf(member.id));
    const refused = await fake.waitForCall((c) => c.method === 'POST' && c.path.includes(`/webhooks/${FAKE.applicationId}/${member.token}`));
    expect((refused.body as MessageBody & { flags?: number }).flags).toBe(64);
    expect((refused.body as MessageBody).embeds?.[0]?.title).toBe('Moderators only');
    expect(records.audit()).toEqual([]);

    for (const who of [{ permissions: '32' }, { roles: [FAKE.moderatorRoleId] }]) {
      const status = fake.slashCommand('kb', [{ name: 'action', type: 3, value: 'status' }], who);
      fake.dispatch('INTERACTION_CREATE', status);
      const shown = await fake.waitForCall((c) => c.method === 'POST' && c.path.includes(`/webhooks/${FAKE.applicationId}/${status.token}`));
      expect((shown.body as MessageBody).embeds?.[0]?.title).toBe('Knowledge: OK');
    }
  });

  it('records a "not helpful" click with the question and the entry', async () => {
    const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'who is hun sen' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(interaction.token));
    const feedbackRow = (edit.body as MessageBody).components!.at(-1)!.components;
    expect(feedbackRow.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
    const click = fake.buttonClick(feedbackRow[1]!.custom_id);
    fake.dispatch('INTERACTION_CREATE', click);
    const thanks = dataOf(await fake.waitForCall(callbackOf(click.id)));
    expect(thanks.flags).toBe(64);
    expect(records.gaps()).toContainEqual(expect.objectContaining({ question: 'who is hun sen', reason: 'unhelpful', count: 1 }));
  });

  it('announces a refused reload in the moderators\u2019 channel without pinging anyone', async () => {
    await adapter.notifyModerators!('Knowledge reload refused: people.yaml:3:5 entries[0].answer: is required @everyone');
    const call = await fake.waitForCall((c) => c.path === `/api/v10/channels/${FAKE.channelId}/messages` && String((c.body as { content?: string }).content).startsWith('Knowledge reload refused'));
    expect(call.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('registers exactly the commands the model defines', async () => {
    const { registered } = await registerDiscordCommands({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl }, USER_COMMANDS, { guildId: FAKE.guildId, retries: 0 });
    const put = await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${FAKE.applicationId}/guilds/${FAKE.guildId}/commands`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(discordCommandDefinitions(USER_COMMANDS))));
    expect(registered.map((c) => c.name)).toEqual(USER_COMMANDS.map((c) => c.name));
  });
});

describe('Discord start-up and per-user cooldown', () => {
  it('fails fast with a clear message on a bad token', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({ DISCORD_TOKEN: `${'X'.repeat(24)}.${'Y'.repeat(6)}.${'Z'.repeat(38)}`, DISCORD_API_URL: fake.apiUrl });
    const adapter = createDiscordAdapter({ bot: await shippedBot(), config, logger: testLogger('discord-adapter'), restRetries: 0 });
    try {
      await expect(adapter.start()).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('reports a fatal condition when the gateway keeps failing after start-up, instead of retrying forever', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl });
    const adapter = createDiscordAdapter({ bot: await shippedBot(), config, logger: testLogger('discord-adapter'), restRetries: 0, maxReconnects: 2 });
    try {
      await adapter.start();
      fake.refuseConnections(4000);
      fake.kick(4000);
      const fatal = await adapter.fatal!;
      expect(fatal.message).toBe('lost the Discord gateway and could not get it back after 2 attempts: check the network.');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('tells a user who asks too fast to try again in N s, privately', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, DISCORD_COOLDOWN_SECONDS: '30' });
    const adapter = createDiscordAdapter({ bot: await shippedBot(), config, logger: testLogger('discord-adapter'), restRetries: 0 });
    try {
      await adapter.start();
      const first = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'who is hun sen' }]);
      fake.dispatch('INTERACTION_CREATE', first);
      await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(first.token));
      const second = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'who is kem sokha' }]);
      fake.dispatch('INTERACTION_CREATE', second);
      const data = dataOf(await fake.waitForCall(callbackOf(second.id)));
      expect(data.flags).toBe(64);
      expect(data.embeds?.[0]?.description).toMatch(/^Please try again in (29|30) s\.$/);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('rejects a malformed configuration naming the setting', () => {
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 'short' })).toThrow(/DISCORD_TOKEN: looks too short/);
    expect(() => readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_MODERATOR_ROLE_IDS: 'abc' })).toThrow(/DISCORD_MODERATOR_ROLE_IDS/);
  });
});

describe('Discord rendering and command definitions', () => {
  it('keeps any reply within every Discord limit', () => {
    const huge = reply({
      kind: 'answer',
      title: 'T'.repeat(400),
      body: Array.from({ length: 400 }, (_, i) => `- line ${i} ${'word '.repeat(12)}`).join('\n'),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `Field ${i} ${'n'.repeat(300)}`, value: 'v'.repeat(2_000), inline: false })),
      sources: Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, label: `Source ${i} ${'x'.repeat(80)}`, url: 'https://example.org' })),
      suggestions: Array.from({ length: 9 }, (_, i) => ({ label: `Suggestion ${i} ${'y'.repeat(120)}`, run: `/ask ${'z'.repeat(300)}` })),
      answer: { question: 'q', confidence: 0.9, entryIds: [] },
    });
    const { message } = renderDiscord(huge, createDiscordButtons());
    expect(messageProblem('/channels/1/messages', message)).toBeUndefined();
    expect(message.embeds[0]?.description).toContain('line 0');
    expect(message.components[0]?.components).toHaveLength(5);
  });

  it('hides moderator commands from members without Manage Server, and declares option types and autocomplete', () => {
    const moderatorOnly = defineCommand({
      name: 'kbtest',
      description: 'A moderator command',
      options: z.object({ count: z.number().int().describe('How many'), kind: z.enum(['a', 'b']).optional().describe('Which kind') }),
      permission: 'moderator',
      run: () => reply({ kind: 'info', body: 'x' }),
    });
    const [ask, targets, moderator] = discordCommandDefinitions([USER_COMMANDS[0]!, USER_COMMANDS[1]!, moderatorOnly]);
    expect(ask).toMatchObject({ name: 'ask', default_member_permissions: null, options: [{ name: 'question', type: 3, required: true }] });
    expect(targets?.options?.[0]).toMatchObject({ name: 'filter', type: 3, required: false, autocomplete: true });
    expect(moderator).toMatchObject({
      default_member_permissions: '32',
      options: [
        { name: 'count', type: 4, required: true },
        { name: 'kind', type: 3, required: false, choices: [{ name: 'a', value: 'a' }, { name: 'b', value: 'b' }] },
      ],
    });
  });
});
