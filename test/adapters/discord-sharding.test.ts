import { Client, Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { discordClientOptions } from '../../adapters/discord/discord-client-options.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { FAKE, FakeDiscord, guildIdOnShard, shardOfGuild, type FakeGuild, type RecordedCall } from '../fakes/fake-discord.ts';
import { startDiscord, type PlatformUnderTest } from '../helpers/platforms.ts';
import { runTs } from '../helpers/run-process.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import { testLogger } from '../helpers/test-logs.ts';
import { Metrics } from '../../src/operations/metrics.ts';
import { operationsRoutes } from '../../src/operations/operations-routes.ts';
import { startOperationsServer } from '../../src/operations/operations-server.ts';

/** One server on each of two shards, each with its own channel. */
const GUILDS: FakeGuild[] = [
  { id: guildIdOnShard(0, 2), channelId: '300000000000000010', name: 'Election office' },
  { id: guildIdOnShard(1, 2), channelId: '300000000000000011', name: 'Newsroom' },
];
/** Two shards recommended, and two identifies allowed at once (so the second shard does not wait 5 s). */
const TWO_SHARDS = { guilds: GUILDS, recommendedShards: 2, sessionStartLimit: { maxConcurrency: 2 } };

const replyTo = (id: string) => (c: RecordedCall) => c.method === 'POST' && (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === id;

describe('Discord sharding against a protocol-faithful fake gateway', () => {
  let running: PlatformUnderTest<Adapter, FakeDiscord> | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('routes servers to shards as Discord does: (guild_id >> 22) % shard_count', () => {
    // The snowflake in Discord's reference: created 2016-04-30T11:18:25.796Z, 41944705796 ms after Discord's epoch.
    expect(shardOfGuild('175928847299117063', 2)).toBe(41944705796 % 2);
    expect(shardOfGuild('175928847299117063', 3)).toBe(41944705796 % 3);
    expect(GUILDS.map((g) => shardOfGuild(g.id, 2))).toEqual([0, 1]);
  });

  it('reads DISCORD_SHARDS and DISCORD_SHARD_IDS, refusing ids a shard count cannot have', () => {
    const read = (env: Record<string, string>) => readDiscordConfig({ DISCORD_TOKEN: FAKE.token, ...env });
    expect(read({}).DISCORD_SHARDS).toBe('auto');
    expect(read({ DISCORD_SHARDS: '16', DISCORD_SHARD_IDS: '0-3,8' })).toMatchObject({ DISCORD_SHARDS: 16, DISCORD_SHARD_IDS: [0, 1, 2, 3, 8] });
    expect(() => read({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '2' })).toThrow(/DISCORD_SHARD_IDS: every id must be below DISCORD_SHARDS/);
    expect(() => read({ DISCORD_SHARD_IDS: '0' })).toThrow(/DISCORD_SHARD_IDS: .*must be a number/);
    expect(() => read({ DISCORD_SHARDS: 'many' })).toThrow(/DISCORD_SHARDS: must be "auto" or a whole number/);
    // A process started by discord.js's ShardingManager runs the shard it is given.
    expect(read({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '4' })).toMatchObject({ DISCORD_SHARDS: 4, DISCORD_SHARD_IDS: [1] });
  });

  it('closes an IDENTIFY for a shard that cannot exist with 4010, as Discord does', async () => {
    const fake = new FakeDiscord(FAKE.token, TWO_SHARDS);
    await fake.start();
    try {
      const socket = new WebSocket(`${fake.url.replace('http', 'ws')}/?v=10&encoding=json`);
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('message', (raw) => {
        if ((JSON.parse(String(raw)) as { op: number }).op === 10) socket.send(JSON.stringify({ op: 2, d: { token: FAKE.token, intents: 1, properties: {}, shard: [2, 2] } }));
      });
      expect(await closed).toBe(4010);
      expect(fake.closes).toEqual([4010]);
    } finally {
      await fake.close();
    }
  });

  it("with DISCORD_SHARDS=auto runs Discord's recommended two shards in one process and answers on both", async () => {
    running = await startDiscord({ fake: TWO_SHARDS, name: 'discord-sharding' });
    const { fake } = running;
    expect(fake.identifies.map((i) => (i as { shard: number[] }).shard).sort()).toEqual([[0, 2], [1, 2]]);
    for (const guild of GUILDS) {
      const message = fake.message(guild.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true });
      fake.dispatch('MESSAGE_CREATE', message);
      const call = await fake.waitForCall(replyTo(message.id));
      expect(call.path).toBe(`/api/v10/channels/${guild.channelId}/messages`);
    }
  });

  it("shows each shard's state at /metrics: both ready, and a shard's gateway close moves only its gauge", async () => {
    const metrics = new Metrics();
    running = await startDiscord({ fake: TWO_SHARDS, name: 'discord-shard-metrics', adapter: { gateway: metrics } });
    const operations = await startOperationsServer({ routes: operationsRoutes({ metrics, readiness: [] }), port: 0, host: '127.0.0.1' });
    const { fake } = running;
    /** Scrapes /metrics until the shards' gauges read `expected` (an event the test cannot subscribe to), saying what it read if they never do. */
    const shardsRead = async (expected: string[]) => {
      let seen: string[] = [];
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const body = await (await fetch(`http://127.0.0.1:${operations.port}/metrics`)).text();
        seen = body.split('\n').filter((line) => line.startsWith('ballotguard_discord_shard_ready{')).sort();
        if (seen.join('\n') === expected.join('\n')) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(seen).toEqual(expected);
    };
    try {
      await shardsRead(['ballotguard_discord_shard_ready{shard="0"} 1', 'ballotguard_discord_shard_ready{shard="1"} 1']);
      // Shard 1's connection closes with a code discord.js recovers from, and the gateway refuses it meanwhile.
      fake.refuseConnections(4000);
      fake.kick(4000, 1);
      await shardsRead(['ballotguard_discord_shard_ready{shard="0"} 1', 'ballotguard_discord_shard_ready{shard="1"} 0']);
      const body = await (await fetch(`http://127.0.0.1:${operations.port}/metrics`)).text();
      expect(body).toMatch(/^ballotguard_discord_shard_reconnects_total\{shard="1"\} [1-9]/m);
      expect(body).not.toContain('ballotguard_discord_shard_reconnects_total{shard="0"}');
      // Let back in, it resumes its session and reads ready again.
      fake.acceptConnections();
      await shardsRead(['ballotguard_discord_shard_ready{shard="0"} 1', 'ballotguard_discord_shard_ready{shard="1"} 1']);
      expect(fake.resumes.length).toBeGreaterThan(0);
    } finally {
      await operations.close();
    }
  });

  it('with DISCORD_SHARDS and DISCORD_SHARD_IDS runs only its own shards: another process serves the rest', async () => {
    running = await startDiscord({ fake: TWO_SHARDS, env: { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' }, name: 'discord-shard-1' });
    const { fake } = running;
    expect(fake.connectedShards).toEqual([[1, 2]]);
    const onMine = fake.message(GUILDS[1]!.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', onMine);
    await fake.waitForCall(replyTo(onMine.id));
  });

  it('fails clearly when an unsharded bot is in more servers than one shard may hold (close 4011)', async () => {
    const failing = startDiscord({ fake: { ...TWO_SHARDS, guildsPerShard: 1 }, env: { DISCORD_SHARDS: '1' }, name: 'discord-4011' });
    await expect(failing).rejects.toThrow(/close code 4011: sharding required.*DISCORD_SHARDS=auto/);
  });

  it('does not identify when a crash loop has nearly spent the identify budget, and says when it resets', async () => {
    const fake = new FakeDiscord(FAKE.token, { sessionStartLimit: { total: 1_000, remaining: 20, resetAfterMs: 3_600_000 } });
    await fake.start();
    const { pipeline } = await shippedBotWithAdmin();
    const adapter = createDiscordAdapter({ pipeline, config: readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl }), logger: testLogger('discord-budget'), restRetries: 0 });
    try {
      await expect(adapter.start()).rejects.toThrow(/only 20 more gateway logins \(of 1000\) until \d{4}-\d\d-\d\dT/);
      // The refusal came before any IDENTIFY: the refused start cost nothing.
      expect(fake.identifies).toHaveLength(0);
      expect(fake.sessionsRemaining).toBe(20);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('keeps no messages in memory, only the servers, channels and the people last seen', async () => {
    const fake = new FakeDiscord(FAKE.token, { guilds: GUILDS.slice(0, 1) });
    await fake.start();
    const client = new Client(discordClientOptions(readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl })));
    try {
      const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
      await client.login(FAKE.token);
      await ready;
      const seen = new Promise((resolve) => client.once(Events.MessageCreate, resolve));
      fake.dispatch('MESSAGE_CREATE', fake.message(GUILDS[0]!.channelId, `<@${FAKE.botId}> hello`, { mentionsBot: true }));
      await seen;
      const channel = client.channels.cache.get(GUILDS[0]!.channelId);
      expect(channel && 'messages' in channel ? channel.messages.cache.size : -1).toBe(0);
      expect(client.guilds.cache.get(GUILDS[0]!.id)?.members.cache.has(FAKE.botId)).toBe(true);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('npm start exits with a message when Discord requires sharding (4011)', async () => {
    const fake = new FakeDiscord(FAKE.token, { guildsPerShard: 1 });
    await fake.start();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARDS: '1' } });
      expect(fake.closes).toContain(4011);
      expect(code).toBe(1);
      expect(stderr).toContain('ballotguard cannot start: Discord requires more shards (close code 4011');
    } finally {
      await fake.close();
    }
  });
});
