import type { Redis } from 'ioredis';
import type { CooldownStore, CooldownVerdict } from '../core/cooldown.ts';

/**
 * One step of a cooldown, atomically in Redis: start it (go), or note the first extra request (refuse,
 * with the milliseconds left), or stay silent. The key holds '0' until the person was warned, then '1', and
 * expires with the cooldown. KEEPTTL needs Redis 6.
 */
const TAKE = `
local state = redis.call('GET', KEYS[1])
if not state then
  redis.call('SET', KEYS[1], '0', 'PX', ARGV[1])
  return {'go', 0}
end
if state == '1' then return {'silent', 0} end
redis.call('SET', KEYS[1], '1', 'KEEPTTL')
return {'refuse', redis.call('PTTL', KEYS[1])}
`;

/**
 * The per-person cooldown of src/core/cooldown.ts, kept in Redis so every process honours the same one:
 * two copies of the bot behind a load balancer no longer halve it. Keys expire on their own.
 */
export class RedisCooldown implements CooldownStore {
  constructor(
    private readonly redis: Redis,
    /** Keeps these keys apart from anything else in the same Redis. */
    private readonly prefix = 'ballotguard:cooldown:',
  ) {}

  async take(key: string, seconds: number): Promise<CooldownVerdict> {
    if (seconds <= 0) return { type: 'go' };
    const [type, leftMs] = (await this.redis.eval(TAKE, 1, `${this.prefix}${key}`, Math.ceil(seconds * 1000))) as [string, number];
    if (type === 'refuse') return { type: 'refuse', waitSeconds: Math.max(1, Math.ceil(leftMs / 1000)) };
    return type === 'silent' ? { type: 'silent' } : { type: 'go' };
  }
}
