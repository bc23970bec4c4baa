import type { ChildProcess } from 'node:child_process';
import { REST, ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../../src/core/logger.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import type { DiscordConfig } from './discord-config.ts';
import { DiscordGatewayError } from './discord-gateway-close.ts';
import { checkIdentifyBudget, fetchGatewayInformation } from './identify-budget.ts';

export interface ShardManagerOptions {
  config: DiscordConfig;
  logger: Logger;
  /** The bot's entry point each shard process runs (the compiled main, or the TypeScript one under tsx). */
  entry: string;
  execArgv?: string[];
  /** With METRICS_PORT set, shard n serves /metrics on METRICS_PORT + n, so the processes do not collide. */
  metricsPort?: number;
}

export interface RunningShards {
  /** Shard ids → their processes (while running). */
  readonly manager: ShardingManager;
  stop(): Promise<void>;
}

/**
 * Runs the bot's Discord shards as one process each, with discord.js's ShardingManager: `DISCORD_SHARDS`
 * (or Discord's recommendation) in all, of which this machine runs `DISCORD_SHARD_IDS` (all by default),
 * so several machines can split the shards between them. Processes start one identify window apart
 * (5 s divided by Discord's max_concurrency); a process that dies is started again after a back-off
 * that doubles while it keeps dying, so a crash loop cannot spend the day's identify budget.
 */
export async function startShardManager({ config, logger, entry, execArgv = [], metricsPort }: ShardManagerOptions): Promise<RunningShards> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const gateway = await fetchGatewayInformation(rest);
  const totalShards = config.DISCORD_SHARDS === 'auto' ? gateway.shards : config.DISCORD_SHARDS;
  const shardList = config.DISCORD_SHARD_IDS ?? Array.from({ length: totalShards }, (_, i) => i);
  checkIdentifyBudget(gateway, shardList.length, logger);

  const manager = new ShardingManager(entry, { token: config.DISCORD_TOKEN, totalShards, shardList, mode: 'process', respawn: false, execArgv });
  const { first, max, resetAfterReadyMs }: { first: number; max: number; resetAfterReadyMs: number } = OPERATING_LIMITS.discordRespawnBackoffMs;
  const spawnDelay = Math.ceil(first / Math.max(1, gateway.session_start_limit.max_concurrency));
  const readyTimeout = OPERATING_LIMITS.startDeadlineMs * 2;
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();

  manager.on('shardCreate', (shard: Shard) => {
    // Each process runs only its shard: the Slack side (if any) runs in its own processes.
    const env = shard.env as NodeJS.ProcessEnv;
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_CLIENT_ID', 'SLACK_APP_TOKEN']) env[name] = '';
    if (metricsPort !== undefined) env.METRICS_PORT = String(metricsPort + shard.id);
    let backoff = first;
    let readyAt = 0;
    shard.on('ready', () => {
      readyAt = Date.now();
      logger.info({ shard: shard.id, totalShards }, 'discord shard process ready');
    });
    shard.on('death', (child) => {
      if (stopping) return;
      // A shard that ran a good while before dying starts the back-off afresh.
      if (readyAt && Date.now() - readyAt > resetAfterReadyMs) backoff = first;
      logger.error({ shard: shard.id, exitCode: (child as ChildProcess).exitCode, restartInMs: backoff }, 'discord shard process died; starting it again after a back-off');
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopping) return;
        readyAt = 0;
        shard.spawn(readyTimeout).catch((error: unknown) => logger.error({ shard: shard.id, code: (error as { code?: string }).code }, 'discord shard process did not become ready'));
      }, backoff);
      timers.add(timer);
      backoff = Math.min(max, backoff * 2);
    });
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    // SIGTERM to each process: each stops its gateway and writes its queued records before exiting.
    await Promise.all(
      [...manager.shards.values()].map((shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        shard.kill();
        return exited;
      }),
    );
  };
  try {
    await manager.spawn({ amount: totalShards, delay: spawnDelay, timeout: readyTimeout });
  } catch (error) {
    // A shard that never became ready (or died starting): stop the ones already running, and say which.
    await stop();
    throw new DiscordGatewayError(`${(error as Error).message} Its own message is in the log lines above.`);
  }
  logger.info({ shards: shardList.length, totalShards }, 'discord shards ready');
  return { manager, stop };
}
