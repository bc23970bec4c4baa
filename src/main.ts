import { CONSOLE_OPERATOR, createConsoleAdapter } from '../adapters/console/console-adapter.ts';
import { createDiscordAdapter, DiscordLoginError } from '../adapters/discord/discord-adapter.ts';
import { discordConfigured, readDiscordConfig } from '../adapters/discord/discord-config.ts';
import { createSlackAdapter, SlackStartError } from '../adapters/slack/slack-adapter.ts';
import { readSlackConfig, slackConfigured } from '../adapters/slack/slack-config.ts';
import type { Adapter } from './core/adapter.ts';
import { readCoreConfig } from './core/config.ts';
import { createLogger } from './core/logger.ts';
import path from 'node:path';
import { assembleBallotguard } from './core/assemble-ballotguard.ts';
import { KnowledgeInvalidError } from './knowledge/problems.ts';
import { ConfigError } from './core/errors.ts';
import { loadKnowledgeDir } from './knowledge/load-knowledge.ts';
import { formatProblem } from './knowledge/problems.ts';
import { openRecords } from './records/open-records.ts';
import { DatabaseUnavailableError } from './records/postgres-records.ts';
import { scheduleRetention } from './records/retention.ts';
import { connectRedis, RedisUnavailableError } from './state/redis-connection.ts';
import { RedisCooldown } from './state/redis-cooldown.ts';
import { Metrics } from './operations/metrics.ts';
import { operationsRoutes } from './operations/operations-routes.ts';
import { startOperationsServer, type OperationsServer } from './operations/operations-server.ts';

/**
 * Starts ballotguard: every adapter whose credentials are configured, or the console chat when none are,
 * so a newcomer can talk to the bot right after installing it.
 */
async function main(): Promise<void> {
  const config = readCoreConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const discord = discordConfigured() ? readDiscordConfig() : undefined;
  const slack = slackConfigured() ? readSlackConfig() : undefined;
  const loaded = await loadKnowledgeDir(config.KNOWLEDGE_DIR);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  const records = await openRecords(config, logger);
  // Shared with the other processes when configured; otherwise every cooldown lives in this process.
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, logger).catch(async (error: unknown) => { await records.close(); throw error; }) : undefined;
  const adapters: Adapter[] = [];
  const metrics = new Metrics();
  const consoleOnly = !discord && !slack;
  const { pipeline, reloader, knowledge } = assembleBallotguard({
    knowledge: loaded.knowledge,
    knowledgeDir: config.KNOWLEDGE_DIR,
    logger,
    records,
    exportDir: path.join(config.DATA_DIR, 'exports'),
    // The person at the console runs this process and has its files: they maintain its knowledge.
    maintainers: [...config.MAINTAINER_IDS, ...(consoleOnly ? [`console:${CONSOLE_OPERATOR}`] : [])],
    defaults: { cooldownSeconds: config.COOLDOWN_SECONDS, answerMentions: config.ANSWER_MENTIONS },
    ...(redis ? { cooldown: new RedisCooldown(redis) } : {}),
    observer: metrics,
    reloader: {
      onApplied: () => metrics.reloaded('applied'),
      onRefused: (problems) => {
        metrics.reloaded('refused');
        const text = `Knowledge reload refused; still serving the last good knowledge. Problems:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`;
        for (const adapter of adapters) {
          void (async () => adapter.notifyModerators?.(text, await pipeline.announceChannels(adapter.name)))().catch((error: unknown) => logger.error({ err: error }, 'could not notify moderators'));
        }
      },
    },
  });
  if (discord) adapters.push(createDiscordAdapter({ pipeline, config: discord, logger }));
  // Alive, ready (knowledge loaded, records reachable) and metrics: on the Slack HTTP server, and on a server of its own with METRICS_PORT.
  const routes = operationsRoutes({
    metrics,
    readiness: [
      { name: 'knowledge', check: () => { if (knowledge.snapshot.knowledge.entries.length === 0) throw new Error('no knowledge loaded'); } },
      { name: 'database', check: () => records.ping() },
    ],
  });
  if (slack) adapters.push(createSlackAdapter({ pipeline, config: slack, logger, routes }));
  if (consoleOnly) adapters.push(createConsoleAdapter({ pipeline, input: process.stdin, output: process.stdout }));
  const stopRetention = scheduleRetention(records, logger);
  let operations: OperationsServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => {
    stopping ??= (async () => {
      logger.debug({ reason }, 'stopping');
      reloader?.stop();
      stopRetention();
      await Promise.allSettled([...adapters.map((a) => a.stop()), operations?.close()]);
      await records.close();
      await redis?.quit();
    })();
    return stopping;
  };
  // Signals are handled from before the adapters start, so one that arrives meanwhile still shuts down cleanly.
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    if (config.METRICS_PORT !== undefined) {
      operations = await startOperationsServer({ routes, port: config.METRICS_PORT, host: config.METRICS_HOST });
      logger.info({ port: operations.port }, 'operations server ready (/healthz, /readyz, /metrics)');
    }
    for (const adapter of adapters) await adapter.start();
  } catch (error) {
    if (stopping) return await stopping; // Asked to stop while starting: not a failure.
    await stop('start-up failed');
    throw error;
  }
  if (stopping) return await stopping;
  if (config.WATCH_KNOWLEDGE) reloader?.watch();
  logger.debug({ adapters: adapters.map((a) => a.name) }, 'ballotguard started');

  // The console ends when its input does; servers run until a signal.
  const finishing = adapters.map((a) => a.finished).filter((f): f is Promise<void> => f !== undefined);
  if (finishing.length > 0) {
    await Promise.race(finishing);
    await stop('input closed');
  }
  await stopping;
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeInvalidError || error instanceof ConfigError || error instanceof DiscordLoginError || error instanceof SlackStartError || error instanceof DatabaseUnavailableError || error instanceof RedisUnavailableError) {
    process.stderr.write(`ballotguard cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`ballotguard crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
