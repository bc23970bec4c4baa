import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledgeHolder } from '../../src/core/knowledge-holder.ts';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import { KnowledgeReloader } from '../../src/knowledge/knowledge-reloader.ts';
import { connectRedis } from '../../src/state/redis-connection.ts';
import { KNOWLEDGE_CHANNEL, KnowledgeBroadcast } from '../../src/state/knowledge-broadcast.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';

const redisUrl = process.env.TEST_REDIS_URL;

/** Knowledge changes between copies over Redis pub/sub (TEST_REDIS_URL, started by .ci/run); skipped without it. */
describe.skipIf(!redisUrl)('knowledge changes carried to the other copies', () => {
  const connections: Redis[] = [];
  const broadcasts: KnowledgeBroadcast[] = [];
  afterEach(async () => {
    for (const broadcast of broadcasts.splice(0)) await broadcast.stop();
    for (const redis of connections.splice(0)) await redis.quit();
  });

  /** A copy: its own knowledge directory, reloader and subscription; `outcomes` resolve as it reloads or fails. */
  async function copy() {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'bg-broadcast-')), 'knowledge');
    cpSync('knowledge', dir, { recursive: true });
    const knowledge = createKnowledgeHolder(await shippedKnowledge());
    const events: string[] = [];
    let notify = () => {};
    const next = () => new Promise<string>((resolve) => (notify = () => resolve(events.at(-1)!)));
    const record = (event: string) => {
      events.push(event);
      notify();
    };
    const reloader = new KnowledgeReloader({ dir, knowledge, logger: silentLogger(), inWorker: false, onApplied: () => record('applied'), onRefused: () => record('refused') });
    // Failures to apply are logged: caught here as one more event.
    const logger = createLogger('error', { write: (line: string) => record(`error: ${JSON.parse(line).msg}`) });
    const redis = await connectRedis(redisUrl!, silentLogger());
    connections.push(redis);
    const broadcast = await KnowledgeBroadcast.start({ publisher: redis, dir, reloader, logger });
    broadcasts.push(broadcast);
    return { dir, knowledge, broadcast, next, redis };
  }

  it('writes a taught file into the other copy\u2019s own directory, which validates and swaps it in', async () => {
    const [one, two] = [await copy(), await copy()];
    const file = 'people.yaml';
    const taught = readFileSync(path.join(one.dir, file), 'utf8').replace('id: hun-sen', 'id: hun-sen\n    # taught elsewhere');
    const reloaded = two.next();
    await one.broadcast.publish({ kind: 'teach', file, text: taught });
    expect(await reloaded).toBe('applied');
    expect(readFileSync(path.join(two.dir, file), 'utf8')).toBe(taught);
    // The sender does not act on its own message.
    expect(readFileSync(path.join(one.dir, file), 'utf8')).not.toBe(taught);
  });

  it('keeps serving the last good knowledge when what arrives does not validate', async () => {
    const [one, two] = [await copy(), await copy()];
    const before = two.knowledge.snapshot;
    const refused = two.next();
    await one.broadcast.publish({ kind: 'teach', file: 'people.yaml', text: 'entries: [not: valid' });
    expect(await refused).toBe('refused');
    expect(two.knowledge.snapshot).toBe(before);
  });

  it('never writes a path it does not already hold, and ignores malformed messages', async () => {
    const [one, two] = [await copy(), await copy()];
    const failed = two.next();
    await one.broadcast.publish({ kind: 'teach', file: '../outside.yaml', text: 'entries: []' });
    expect(await failed).toBe('error: could not apply a knowledge change from another copy');
    await one.redis.publish(KNOWLEDGE_CHANNEL, '{"from":"x","change":{"kind":"delete-everything"}}');
    // A reload still arrives and applies after both: nothing above stopped the subscription.
    writeFileSync(path.join(two.dir, 'extra-note.txt'), 'not knowledge');
    const reloaded = two.next();
    await one.broadcast.publish({ kind: 'reload' });
    expect(await reloaded).toBe('applied');
  });
});
