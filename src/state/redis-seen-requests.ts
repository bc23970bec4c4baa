import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SeenRequestStore } from './seen-request-store.ts';

/**
 * Handled request ids in Redis, shared by every copy: `SET … NX PX` is atomic, so of two copies that get
 * the same retry, one answers. Ids are stored hashed (they are Slack's, not people's, but need not be kept
 * as given) and expire after `memoryMs`.
 */
export class RedisSeenRequests implements SeenRequestStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ballotguard:',
  ) {}

  async firstTime(id: string, memoryMs: number): Promise<boolean> {
    const key = `${this.prefix}seen:${createHash('sha256').update(id).digest('base64url')}`;
    return (await this.redis.set(key, '1', 'PX', Math.max(1, Math.ceil(memoryMs)), 'NX')) === 'OK';
  }
}
