import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDiscordAdapter, DISCORD_INTENTS } from '../../adapters/discord/discord-adapter.ts';
import { discordCommandDefinitions } from '../../adapters/discord/command-definitions.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { registerDiscordCommands } from '../../adapters/discord/register-commands.ts';
import { renderDiscord } from '../../adapters/discord/render-discord.ts';
import { defineCommand } from '../../src/commands/define-command.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { testLogger } from '../helpers/test-logs.ts';
import { reply } from '../../src/core/reply.ts';
import { GatewayIntentBits } from 'discord-api-types/v10';
import { Client, Partials } from 'discord.js';
import { FAKE, FakeDiscord, messageProblem, type RecordedCall } from '../fakes/fake-discord.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import type { RecordsStore } from '../../src/records/records-store.ts';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
type MessageBody = { embeds?: Embed[]; components?: { components: { custom_id: string; label: string }[] }[]; allowed_mentions?: { parse: string[] }; flags?: number };

const MAINTAINER = '400000000000000077';
const webhookOf = (token: string) => (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/webhooks/${FAKE.applicationId}/${token}`);
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
      DISCORD_MODERATOR_ROLE_IDS: FAKE.moderatorRoleId,
      DISCORD_MODERATOR_CHANNEL_ID: FAKE.channelId,
    });
    const wired = await shippedBotWithAdmin({ maintainers: [`discord:${MAINTAINER}`] });
    records = wired.records;
    // A wait for a slow command's answer near the whole test's timeout, so that /ask is answered in its
    // acknowledgement here however busy the machine (2 s was not enough under a loaded full run); the fake does
    // not expire interactions, and test/adapters/discord-deferral.test.ts covers the deferral.
    adapter = createDiscordAdapter({ pipeline: wired.pipeline, config, logger: testLogger('discord-adapter'), restRetries: 0, answerWithinMs: 50_000 });
    await adapter.start();
  });

  afterAll(async () => {
    // Destroy the client before closing the fake, or discord.js keeps reconnecting to a dead port.
    await adapter?.stop();
    await fake?.close();
  });

  it('logs in through the gateway with no privileged intent (the fake refuses those) and no compression', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ compress: false, intents: expect.any(Number) });
    const intents = (fake.identifies[0] as { intents: number }).intents;
    expect(intents & (GatewayIntentBits.MessageContent | GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences)).toBe(0);
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

  it('answers /ask in its acknowledgement when the answer is ready at once, with its sources and follow-up buttons', async () => {
    const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'Who was behind the attacks?' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const call = await fake.waitForCall(callbackOf(interaction.id));
    expect((call.body as { type: number }).type).toBe(4);
    const body = dataOf(call);
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

  /** Runs /kb as someone and returns the private reply: at once (a refusal), or deferred privately and edited in. */
  const kb = async (options: { name: string; type: number; value: string }[], sender: Parameters<FakeDiscord['slashCommand']>[2]) => {
    const interaction = fake.slashCommand('kb', options, sender);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const first = await fake.waitForCall(callbackOf(interaction.id));
    const body = first.body as { type: number; data: MessageBody };
    expect(body.data.flags).toBe(64);
    if (body.type === 4) return body.data.embeds?.[0];
    // Private from the start: the deferral itself is ephemeral, so nothing shows in the channel.
    expect(body.type).toBe(5);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(interaction.token));
    return (edit.body as MessageBody).embeds?.[0];
  };
  const action = (value: string) => ({ name: 'action', type: 3, value });

  it('refuses /kb to an ordinary member, and serves status to Manage Server or a moderator role, privately', async () => {
    const teach = [action('teach'), { name: 'entry', type: 3, value: 'hun-sen' }, { name: 'question', type: 3, value: 'who runs cambodia' }];
    expect((await kb(teach, {}))?.title).toBe('Moderators only');
    for (const who of [{ permissions: '32' }, { roles: [FAKE.moderatorRoleId] }]) {
      expect((await kb([action('status')], who))?.title).toBe('Knowledge: OK');
    }
    expect(records.audit()).toEqual([]);
  });

  it('keeps communities apart: a server admin cannot teach or reload, and sees only their own server\u2019s questions; a maintainer can', async () => {
    const asked = fake.message(FAKE.otherChannelId, `<@${FAKE.botId}> how do I bake sourdough bread`, { mentionsBot: true, author: fake.user('400000000000000055') });
    fake.dispatch('MESSAGE_CREATE', asked);
    await fake.waitForCall((c) => (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === asked.id);

    const adminOfA = { permissions: '32' };
    expect((await kb([action('reload')], adminOfA))?.title).toBe('Maintainers only');
    const teach = [action('teach'), { name: 'entry', type: 3, value: 'hun-sen' }, { name: 'question', type: 3, value: 'who runs cambodia' }];
    expect((await kb(teach, adminOfA))?.title).toBe('Maintainers only');
    expect(JSON.stringify(await kb([action('gaps')], adminOfA))).not.toContain('sourdough');
    expect(JSON.stringify(await kb([action('gaps')], { permissions: '32', guildId: FAKE.otherGuildId }))).toContain('sourdough');

    const maintainer = { userId: MAINTAINER };
    expect(JSON.stringify(await kb([action('gaps')], maintainer))).toContain('sourdough');
    expect((await kb([action('reload')], maintainer))?.title).toBe('Knowledge reloaded');
    expect(records.audit()[0]).toMatchObject({ moderatorId: MAINTAINER, action: 'reload', community: FAKE.guildId });
  });

  it('records a "not helpful" click once per person: the click disables the buttons, a replayed click is not counted', async () => {
    const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'who is hun sen' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const rows = dataOf(await fake.waitForCall(callbackOf(interaction.id))).components!;
    const feedbackRow = rows.at(-1)!.components;
    expect(feedbackRow.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
    const unhelpful = () => records.gaps().filter((g) => g.reason === 'unhelpful' && g.question === 'who is hun sen');

    for (const expected of ['Thank you', 'You already rated this answer']) {
      const click = fake.buttonClick(feedbackRow[1]!.custom_id, { components: rows });
      fake.dispatch('INTERACTION_CREATE', click);
      const update = await fake.waitForCall(callbackOf(click.id));
      expect((update.body as { type: number }).type).toBe(7);
      const updated = dataOf(update).components!.flatMap((row) => row.components) as { custom_id: string; disabled?: boolean }[];
      expect(updated.filter((b) => b.custom_id.startsWith('bg:fb:')).every((b) => b.disabled)).toBe(true);
      const thanks = await fake.waitForCall(webhookOf(click.token));
      expect((thanks.body as MessageBody).flags).toBe(64);
      expect((thanks.body as MessageBody).embeds?.[0]?.description).toContain(expected);
      expect(unhelpful()).toEqual([expect.objectContaining({ count: 1 })]);
    }
  });

  it('announces a refused reload in the operator\u2019s channel and each community\u2019s chosen one, without pinging anyone', async () => {
    const start = fake.calls.length;
    const text = 'Knowledge reload refused: people.yaml:3:5 entries[0].answer: is required @everyone';
    const posts = () => fake.calls.slice(start).filter((c) => c.method === 'POST' && String((c.body as { content?: string }).content).startsWith('Knowledge reload refused'));
    // The first server tries to announce into the second's channel: refused; only the operator's channel gets it.
    await adapter.notifyModerators!(text, [{ community: FAKE.guildId, channel: FAKE.otherChannelId }]);
    expect(posts().map((c) => c.path)).toEqual([`/api/v10/channels/${FAKE.channelId}/messages`]);
    // The second server chose its own channel.
    await adapter.notifyModerators!(text, [{ community: FAKE.otherGuildId, channel: FAKE.otherChannelId }]);
    expect(posts().map((c) => c.path)).toEqual([`/api/v10/channels/${FAKE.channelId}/messages`, `/api/v10/channels/${FAKE.channelId}/messages`, `/api/v10/channels/${FAKE.otherChannelId}/messages`]);
    for (const call of posts()) expect(call.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('registers exactly the commands the model defines', async () => {
    const { registered } = await registerDiscordCommands({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl }, USER_COMMANDS, { guildId: FAKE.guildId, retries: 0 });
    const put = await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${FAKE.applicationId}/guilds/${FAKE.guildId}/commands`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(discordCommandDefinitions(USER_COMMANDS))));
    expect(registered.map((c) => c.name)).toEqual([...USER_COMMANDS.map((c) => c.name), 'Check with ballotguard']);
    expect(registered.at(-1)).toMatchObject({ type: 3, name: 'Check with ballotguard' });
  });
});

describe('Discord start-up and per-user cooldown', () => {
  it('fails fast with a clear message on a bad token', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({ DISCORD_TOKEN: `${'X'.repeat(24)}.${'Y'.repeat(6)}.${'Z'.repeat(38)}`, DISCORD_API_URL: fake.apiUrl });
    const adapter = createDiscordAdapter({ pipeline: (await shippedBotWithAdmin()).pipeline, config, logger: testLogger('discord-adapter'), restRetries: 0 });
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
    const adapter = createDiscordAdapter({ pipeline: (await shippedBotWithAdmin()).pipeline, config, logger: testLogger('discord-adapter'), restRetries: 0, maxReconnects: 2 });
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

  it('stays quiet under a flood: 50 mentions from one person get one answer, one private notice, then silence', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const config = readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl });
    let now = 1_000_000;
    const { pipeline } = await shippedBotWithAdmin({ defaults: { cooldownSeconds: 30 }, now: () => now });
    const adapter = createDiscordAdapter({ pipeline, config, logger: testLogger('discord-adapter'), restRetries: 0 });
    const channelPosts = () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${FAKE.channelId}/messages`);
    const dmPosts = () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${FAKE.dmChannelId}/messages`);
    try {
      await adapter.start();
      const flood = Array.from({ length: 50 }, (_, i) => fake.message(FAKE.channelId, `<@${FAKE.botId}> ${i % 2 ? '/targets' : 'who was targeted?'}`, { mentionsBot: true }));
      for (const message of flood) fake.dispatch('MESSAGE_CREATE', message);
      // A marker from someone else, sent last, is answered: everything before it has been handled.
      const marker = fake.message(FAKE.channelId, `<@${FAKE.botId}> who is kem sokha`, { mentionsBot: true, author: fake.user('400000000000000066') });
      fake.dispatch('MESSAGE_CREATE', marker);
      await fake.waitForCall((c) => (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === marker.id);
      await fake.waitForCall((c) => c.path === `/api/v10/channels/${FAKE.dmChannelId}/messages`);
      await fake.waitForCall(() => channelPosts().length >= 2);
      expect(channelPosts()).toHaveLength(2); // the flood's first answer, and the marker's
      expect(dmPosts()).toHaveLength(1);
      expect((dmPosts()[0]!.body as MessageBody).embeds?.[0]?.title).toBe('Slow down a little');
      // Slash commands count against the same cooldown, and get nothing back while it runs.
      const command = fake.slashCommand('targets', []);
      fake.dispatch('INTERACTION_CREATE', command);
      const other = fake.slashCommand('about', [], { userId: '400000000000000066' });
      fake.dispatch('INTERACTION_CREATE', other);
      await fake.waitForCall(callbackOf(other.id));
      expect(fake.calls.filter(callbackOf(command.id))).toEqual([]);
      now += 30_000;
      // Once the cooldown has ended, the person is answered again.
      const later = fake.slashCommand('targets', []);
      fake.dispatch('INTERACTION_CREATE', later);
      expect(dataOf(await fake.waitForCall(callbackOf(later.id))).embeds?.[0]?.title).toContain('targeted');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('the fake refuses a client that asks for a privileged intent, as Discord does (close 4014)', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent], rest: { api: fake.apiUrl, retries: 0 } });
    try {
      await expect(client.login(FAKE.token)).rejects.toThrow(/disallowed intents/i);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('the fake gives a client without Message Content only the text of mentions and direct messages, as Discord does', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = new Client({ intents: DISCORD_INTENTS, partials: [Partials.Channel], rest: { api: fake.apiUrl, retries: 0 } });
    const seen: string[] = [];
    let allSeen: () => void = () => {};
    const threeSeen = new Promise<void>((resolve) => (allSeen = resolve));
    client.on('messageCreate', (message) => {
      seen.push(message.content);
      if (seen.length === 3) allSeen();
    });
    try {
      const ready = new Promise((resolve) => client.once('clientReady', resolve));
      await client.login(FAKE.token);
      await ready;
      fake.dispatch('MESSAGE_CREATE', fake.message(FAKE.channelId, 'a private conversation'));
      fake.dispatch('MESSAGE_CREATE', fake.message(FAKE.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true }));
      fake.dispatch('MESSAGE_CREATE', fake.message(FAKE.dmChannelId, 'what is the cnrp', { dm: true }));
      await threeSeen;
      expect(seen).toEqual(['', `<@${FAKE.botId}> who was targeted?`, 'what is the cnrp']);
    } finally {
      await client.destroy();
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
      suggestions: [
        { label: 'too long to carry', run: `/ask ${'z'.repeat(300)}` },
        ...Array.from({ length: 9 }, (_, i) => ({ label: `Suggestion ${i} ${'y'.repeat(120)}`, run: `/ask ${'z'.repeat(80)}${i}` })),
      ],
      answer: { question: 'q', confidence: 0.9, entryIds: ['e'], id: 'answer-1' },
    });
    const { message } = renderDiscord(huge);
    expect(messageProblem('/channels/1/messages', message)).toBeUndefined();
    expect(message.embeds[0]?.description).toContain('line 0');
    expect(message.components[0]?.components).toHaveLength(5);
    expect(message.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).not.toContain(`bg:s:/ask ${'z'.repeat(300)}`);
    expect(message.components[1]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['bg:fb:y:answer-1', 'bg:fb:n:answer-1']);
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
    expect((targets as { options?: unknown[] } | undefined)?.options?.[0]).toMatchObject({ name: 'filter', type: 3, required: false, autocomplete: true });
    expect(moderator).toMatchObject({
      default_member_permissions: '32',
      options: [
        { name: 'count', type: 4, required: true },
        { name: 'kind', type: 3, required: false, choices: [{ name: 'a', value: 'a' }, { name: 'b', value: 'b' }] },
      ],
    });
  });
});
