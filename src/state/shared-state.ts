import type { Redis } from 'ioredis';
import type { ConversationStore } from '../core/conversation-memory.ts';
import type { CooldownStore } from '../core/cooldown.ts';
import type { Logger } from '../core/logger.ts';
import type { HeldReportStore } from '../report/held-reports.ts';
import { RedisConversations } from './redis-conversations.ts';
import { RedisCooldown } from './redis-cooldown.ts';
import { RedisHeldReports } from './redis-held-reports.ts';
import { RedisSeenRequests } from './redis-seen-requests.ts';
import type { SeenRequestStore } from './seen-request-store.ts';

/** The short-lived state every copy of the bot shares when REDIS_URL is set. */
export interface SharedState {
  cooldown: CooldownStore;
  heldReports: HeldReportStore;
  conversations: ConversationStore;
  seen: SeenRequestStore;
}

/**
 * Everything short-lived in one Redis. Handled Slack requests fall back to this process's own record
 * (`local`) while Redis cannot be reached: a retry may then be answered twice, which is better than not
 * answering at all. Cooldowns, reports and conversations fail open where they are used (answered without).
 */
export function redisSharedState(redis: Redis, local: SeenRequestStore, logger: Logger): SharedState {
  const shared = new RedisSeenRequests(redis);
  return {
    cooldown: new RedisCooldown(redis),
    heldReports: new RedisHeldReports(redis),
    conversations: new RedisConversations(redis),
    seen: {
      firstTime: (id, memoryMs) =>
        shared.firstTime(id, memoryMs).catch((error: unknown) => {
          logger.warn({ code: (error as { code?: unknown }).code ?? (error as Error).name }, 'Redis unavailable; this process alone remembers handled Slack requests');
          return local.firstTime(id, memoryMs);
        }),
    },
  };
}
