import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import { connectRedis, RedisUnavailableError } from '../../src/state/redis-connection.ts';
import { RedisCooldown } from '../../src/state/redis-cooldown.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';

const redisUrl = process.env.TEST_REDIS_URL;

const request = (text: string, userId = 'U1'): BotRequestInput => ({ platform: 'discord', community: 'G1', channel: 'C1', user: { id: userId }, via: 'command', input: { type: 'text', text } });

/** Cooldowns in Redis (TEST_REDIS_URL, started by .ci/run); skipped without it. */
describe.skipIf(!redisUrl)('cooldowns shared through Redis', () => {
  const connections: Redis[] = [];
  afterEach(async () => {
    for (const redis of connections.splice(0)) await redis.quit();
  });
  const connect = async () => {
    const redis = await connectRedis(redisUrl!, silentLogger());
    connections.push(redis);
    return redis;
  };
  /** Each test its own keys, so tests sharing the server never see each other's cooldowns. */
  const prefix = () => `test:${randomBytes(6).toString('hex')}:`;

  it('goes, refuses once with the time left, then stays silent until the cooldown ends', async () => {
    const redis = await connect();
    const cooldown = new RedisCooldown(redis, prefix());
    expect(await cooldown.take('discord:U1', 30)).toEqual({ type: 'go' });
    expect(await cooldown.take('discord:U1', 30)).toEqual({ type: 'refuse', waitSeconds: 30 });
    expect(await cooldown.take('discord:U1', 30)).toEqual({ type: 'silent' });
    expect(await cooldown.take('discord:U2', 30)).toEqual({ type: 'go' });
    expect(await cooldown.take('discord:U3', 0)).toEqual({ type: 'go' });
    expect(await cooldown.take('discord:U3', 0)).toEqual({ type: 'go' });

    const keys = prefix();
    const short = new RedisCooldown(redis, keys);
    expect(await short.take('discord:U1', 0.05)).toEqual({ type: 'go' });
    // Wait for the key to expire (Redis's own clock), then the person may ask again.
    while ((await redis.exists(`${keys}discord:U1`)) === 1) await new Promise((resolve) => setImmediate(resolve));
    expect(await short.take('discord:U1', 0.05)).toEqual({ type: 'go' });
  });

  it('is honoured by two pipelines sharing one Redis, as two processes behind a load balancer would', async () => {
    const knowledge = await shippedKnowledge();
    const keys = prefix();
    const [one, two] = await Promise.all(
      [0, 1].map(async () => assembleBallotguard({ knowledge, logger: silentLogger(), defaults: { cooldownSeconds: 60 }, cooldown: new RedisCooldown(await connect(), keys) }).pipeline),
    );
    expect((await one!.handle(request('/targets'))).acknowledge).toBe('public');
    const refused = await two!.handle(request('who was targeted?'));
    expect(refused.acknowledge).toBe('private');
    expect(await refused.reply).toMatchObject({ title: 'Slow down a little', body: expect.stringContaining('60 s') });
    expect((await one!.handle(request('/help'))).acknowledge).toBe('silent');
    expect((await two!.handle(request('/help'))).acknowledge).toBe('silent');
    // Someone else is not held back, on either.
    expect((await two!.handle(request('/about', 'U2'))).acknowledge).toBe('public');
  });
});

describe('an unreachable Redis', () => {
  it('stops start-up with a message naming REDIS_URL', async () => {
    await expect(connectRedis('redis://127.0.0.1:1', silentLogger())).rejects.toThrow(RedisUnavailableError);
    await expect(connectRedis('redis://127.0.0.1:1', silentLogger())).rejects.toThrow(/REDIS_URL/);
  });

  it('leaves requests answered, not refused, when the shared cooldown cannot be read', async () => {
    const unreachable = { take: () => Promise.reject(new RedisUnavailableError('connection is closed', undefined)) };
    const { pipeline } = assembleBallotguard({ knowledge: await shippedKnowledge(), logger: silentLogger(), defaults: { cooldownSeconds: 60 }, cooldown: unreachable });
    for (let i = 0; i < 2; i++) expect((await (await pipeline.handle(request('/about'))).reply)?.title).toBe('About ballotguard');
  });
});
