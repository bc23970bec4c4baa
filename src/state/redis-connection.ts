import { Redis } from 'ioredis';
import { BallotguardError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';

/** Redis at REDIS_URL cannot be reached; the message says why. */
export class RedisUnavailableError extends BallotguardError {
  constructor(message: string, cause: unknown) {
    super('REDIS_UNAVAILABLE', message, { cause });
    this.name = 'RedisUnavailableError';
  }
}

/** How long one Redis command may take before the request goes on without it. */
const COMMAND_TIMEOUT_MS = 1_000;

/**
 * Connects to the Redis that holds the state every process shares (REDIS_URL). Commands fail at once while
 * the connection is down, instead of queueing, so a request never hangs on Redis; ioredis reconnects by itself.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  // No command timeout while connecting: the ready check that opens the connection is no request anyone waits on,
  // and on a loaded machine it took over a second (ioredis gives up on connecting after its own connectTimeout).
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Without a listener an 'error' event would crash the process; the message names no user data.
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => {
    lastError = error;
    if (redis.status === 'ready' || redis.status === 'reconnecting') logger.warn({ code: (error as { code?: string }).code ?? error.name }, 'Redis connection problem; reconnecting');
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    // ioredis rejects with "Connection is closed"; the error before it says why (refused, unknown host, auth).
    const reason = lastError ?? error;
    throw new RedisUnavailableError(`cannot connect to Redis (REDIS_URL): ${reason instanceof Error ? reason.message : String(reason)}`, reason);
  }
  // ioredis reads the option at each command, so requests from here on are bounded.
  redis.options.commandTimeout = COMMAND_TIMEOUT_MS;
  return redis;
}
