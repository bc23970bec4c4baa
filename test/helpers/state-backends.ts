import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { ConversationMemory, type ConversationStore } from '../../src/core/conversation-memory.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { SeenRequests } from '../../src/records/seen-requests.ts';
import { HeldReports, type HeldReportStore } from '../../src/report/held-reports.ts';
import { connectRedis } from '../../src/state/redis-connection.ts';
import { RedisConversations } from '../../src/state/redis-conversations.ts';
import { RedisHeldReports } from '../../src/state/redis-held-reports.ts';
import { RedisSeenRequests } from '../../src/state/redis-seen-requests.ts';
import type { SeenRequestStore } from '../../src/state/seen-request-store.ts';

/** The short-lived state one bot process reaches: what two processes on the same place share. */
export interface StateHandles {
  seen: SeenRequestStore;
  held: HeldReportStore;
  conversations: ConversationStore;
}

/** One test's state: handles opened on it share their data, as two copies (or a restart) would. */
export interface StatePlace {
  open(lifetimes?: { holdMs?: number; keepMs?: number }): Promise<StateHandles>;
  /** Lets `ms` pass for everything held (a clock for memory; Redis's own expiry for Redis). */
  elapse(ms: number): Promise<void>;
  /** Every stored key, value and time to live in ms (`ttl=`), to check what the store holds (Redis only). */
  dump?(): Promise<string>;
  close(): Promise<void>;
}

export interface StateBackend {
  name: string;
  skip: string | undefined;
  place(): Promise<StatePlace>;
}

/** The single-process default: memory for reports and conversations, DATA_DIR's SQLite file for handled requests. */
const local: StateBackend = {
  name: 'one process (memory, SQLite)',
  skip: undefined,
  async place() {
    let now = 1_000_000;
    const clock = () => now;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bg-state-')), 'seen-requests.sqlite');
    const files: SeenRequests[] = [];
    let shared: StateHandles | undefined;
    return {
      async open({ holdMs, keepMs } = {}) {
        // Memory is one process's: every handle is the same objects. The SQLite file outlives the process.
        const sqlite = new SeenRequests(file);
        files.push(sqlite);
        shared ??= { seen: sqlite, held: new HeldReports(clock, holdMs), conversations: new ConversationMemory(keepMs ?? 600_000, 10_000, clock) };
        return { ...shared, seen: { firstTime: (id, ms) => sqlite.firstTime(id, ms, clock()) } };
      },
      async elapse(ms) {
        now += ms;
      },
      async close() {
        for (const sqlite of files) sqlite.close();
      },
    };
  },
};

const redisUrl = process.env.TEST_REDIS_URL;

/** Redis at TEST_REDIS_URL (started by .ci/run): each test has its own key prefix, each handle its own connection. */
const redis: StateBackend = {
  name: 'Redis',
  skip: redisUrl ? undefined : 'TEST_REDIS_URL is not set',
  async place() {
    const prefix = `test:${randomBytes(6).toString('hex')}:`;
    const connections: Redis[] = [];
    const connect = async () => {
      const connection = await connectRedis(redisUrl!, silentLogger());
      connections.push(connection);
      return connection;
    };
    const keys = async () => (await connections[0]!.keys(`${prefix}*`)).sort();
    return {
      async open({ holdMs, keepMs } = {}) {
        const connection = await connect();
        return {
          seen: new RedisSeenRequests(connection, prefix),
          held: new RedisHeldReports(connection, prefix, holdMs),
          conversations: new RedisConversations(connection, prefix, keepMs),
        };
      },
      // Redis expires keys on its own clock: wait (for an event, not a time) until they are gone.
      async elapse() {
        while ((await keys()).length > 0) await new Promise((resolve) => setImmediate(resolve));
      },
      async dump() {
        const all = await keys();
        const values = await Promise.all(all.map(async (key) => `${await connections[0]!.get(key)} ttl=${await connections[0]!.pttl(key)}`));
        return all.map((key, i) => `${key} ${values[i]}`).join('\n');
      },
      async close() {
        for (const connection of connections.splice(0)) await connection.quit();
      },
    };
  },
};

export const STATE_BACKENDS: readonly StateBackend[] = [local, redis];
