import { afterEach, describe, expect, it } from 'vitest';
import { FAKE, FakeDiscord, guildIdOnShard, type FakeGuild, type RecordedCall } from '../fakes/fake-discord.ts';
import { startTs, stopProcess, type RunningProcess } from '../helpers/run-process.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';

const GUILDS: FakeGuild[] = [
  { id: guildIdOnShard(0, 2), channelId: '300000000000000020', name: 'Election office' },
  { id: guildIdOnShard(1, 2), channelId: '300000000000000021', name: 'Newsroom' },
];
const replyTo = (id: string) => (c: RecordedCall) => c.method === 'POST' && (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === id;

describe('npm run cli -- discord shards: one process per shard (discord.js ShardingManager)', () => {
  let fake: FakeDiscord | undefined;
  let manager: RunningProcess | undefined;
  afterEach(async () => {
    await stopProcess(manager);
    await fake?.close();
    manager = undefined;
    fake = undefined;
  });

  it("runs Discord's recommended shards as separate processes, answers on each, restarts a dead one after a back-off, and stops them all on SIGTERM", async () => {
    // Sixteen identifies at once, as large bots have: the processes start a third of a second apart.
    fake = new FakeDiscord(FAKE.token, { guilds: GUILDS, recommendedShards: 2, sessionStartLimit: { maxConcurrency: 16 } });
    await fake.start();
    manager = startTs('src/cli/main.ts', ['discord', 'shards'], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' } });
    await manager.waitForLog('discord shards ready');
    expect(fake.connectedShards.sort()).toEqual([[0, 2], [1, 2]]);
    for (const guild of GUILDS) {
      const message = fake.message(guild.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true });
      fake.dispatch('MESSAGE_CREATE', message);
      await fake.waitForCall(replyTo(message.id));
    }

    // Discord ends both sessions for good (4004): each process exits, and the manager starts it again.
    fake.kick(4004);
    await manager.waitForLog('discord shard process died; starting it again after a back-off');
    await waitUntil(() => fake!.connectedShards.length === 2 && fake!.identifies.length >= 4, 'both shards back', 55_000);
    const again = fake.message(GUILDS[0]!.channelId, `<@${FAKE.botId}> who was targeted?`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', again);
    await fake.waitForCall(replyTo(again.id));

    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    expect(fake.connectedShards).toEqual([]);
    expect(manager.stderr()).not.toContain(FAKE.token);
  }, 120_000);

  it('stops with a message when a shard process cannot start (Discord wants more shards: 4011), with no shard left connected', async () => {
    fake = new FakeDiscord(FAKE.token, { guilds: GUILDS, guildsPerShard: 1 });
    await fake.start();
    manager = startTs('src/cli/main.ts', ['discord', 'shards'], { env: { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARDS: '1' } });
    expect(await manager.exited).toBe(1);
    expect(fake.closes).toEqual([4011]);
    expect(manager.stderr()).toContain('Discord requires more shards (close code 4011');
    expect(manager.stderr()).toMatch(/ballotguard: Shard 0's (Client disconnected|process exited) before/);
    expect(fake.connectedShards).toEqual([]);
  });
});
