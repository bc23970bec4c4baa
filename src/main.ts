import path from 'node:path';
import pino from 'pino';
import { CONSOLE_OPERATOR, createConsoleAdapter } from '../adapters/console/console-adapter.ts';
import { discordConfigured, readDiscordConfig } from '../adapters/discord/discord-config.ts';
import { readSlackConfig, slackConfigured, slackOAuth } from '../adapters/slack/slack-config.ts';
import type { Adapter } from './core/adapter.ts';
import { assembleBallotguard } from './core/assemble-ballotguard.ts';
import { readCoreConfig } from './core/config.ts';
import { withDeadline } from './core/deadline.ts';
import { BallotguardError } from './core/errors.ts';
import { createLogger } from './core/logger.ts';
import { OPERATING_LIMITS } from './core/operating-limits.ts';
import { releaseMemoryWhenIdle } from './core/idle-memory.ts';
import { installProcessGuard } from './core/process-guard.ts';
import { projectVersion } from './core/project-paths.ts';
import { loadKnowledgeForRun } from './cli/load-bot.ts';
import { formatProblem, KnowledgeInvalidError } from './knowledge/problems.ts';
import { Metrics } from './operations/metrics.ts';
import { operationsRoutes, type ReadinessCheck } from './operations/operations-routes.ts';
import { startOperationsServer, type OperationsServer } from './operations/operations-server.ts';
import { prepareDataDir } from './records/data-dir.ts';
import { openInstallations, type Installations } from './records/installations.ts';
import { openRecords } from './records/open-records.ts';
import { scheduleRetention } from './records/retention.ts';
import { SeenRequests } from './records/seen-requests.ts';
import { connectRedis } from './state/redis-connection.ts';
import { KnowledgeBroadcast } from './state/knowledge-broadcast.ts';
import { redisSharedState } from './state/shared-state.ts';
import { planRoles } from './core/roles.ts';

/** Errors whose message is the whole story for the operator: shown without a stack trace. */
const EXPLAINED = new Set(['DISCORD_LOGIN_FAILED', 'DISCORD_GATEWAY_FATAL', 'SLACK_START_FAILED', 'KNOWLEDGE_INVALID']);

/** The longest delay Node's timers take (2^31 − 1 ms, about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Set once every adapter has started, so a later fatal error says "stopped" rather than "cannot start". */
let serving = false;

/**
 * Starts ballotguard: every adapter whose credentials are configured, or the console chat when none are,
 * so a newcomer can talk to the bot right after installing it.
 */
async function main(): Promise<number> {
  if (process.argv.includes('--version')) {
    process.stdout.write(`ballotguard ${projectVersion()}\n`);
    return 0;
  }
  const config = readCoreConfig();
  const plan = planRoles(process.env.BALLOTGUARD_ROLES, { discord: discordConfigured(), slack: slackConfigured() });
  const discord = plan.discord ? readDiscordConfig() : undefined;
  const slack = plan.slack ? readSlackConfig() : undefined;
  const consoleOnly = plan.console;
  prepareDataDir(config.DATA_DIR);
  // In the console chat at a terminal, log lines would land in the middle of the conversation: they go to a file.
  const chatAtTerminal = consoleOnly && Boolean(process.stderr.isTTY);
  const logger = chatAtTerminal
    ? createLogger(config.LOG_LEVEL, pino.destination({ dest: path.join(config.DATA_DIR, 'console.log'), append: true, sync: false }))
    : createLogger(config.LOG_LEVEL);
  installProcessGuard(logger);
  const loaded = await loadKnowledgeForRun(config.KNOWLEDGE_DIR);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  // A database server that accepts the connection but never answers must not hold start-up forever.
  const startMs = config.START_TIMEOUT_SECONDS * 1000;
  const unanswered = (setting: string) =>
    `${setting} did not answer within ${config.START_TIMEOUT_SECONDS} s: the server accepted the connection but never answered. Check the address, the network and the server, then start again (START_TIMEOUT_SECONDS sets this deadline).`;
  const records = await withDeadline(openRecords(config, logger), startMs, unanswered('the records database (DATABASE_URL)'));
  // Shared with the other processes when configured; otherwise every cooldown lives in this process.
  const redis = config.REDIS_URL
    ? await withDeadline(connectRedis(config.REDIS_URL, logger), startMs, unanswered('Redis (REDIS_URL)')).catch(async (error: unknown) => {
        await records.close();
        throw error;
      })
    : undefined;
  const localSeen = slack ? SeenRequests.open(config.DATA_DIR) : undefined;
  // Shared by every copy when REDIS_URL is set: cooldowns, handled Slack requests, reports awaiting
  // confirmation, follow-ups' context. Otherwise each lives in this process (and DATA_DIR).
  const shared = redis ? redisSharedState(redis, localSeen ?? new SeenRequests(':memory:'), logger) : undefined;
  const seen = shared?.seen ?? localSeen;
  let broadcast: KnowledgeBroadcast | undefined;
  const adapters: Adapter[] = [];
  let installations: Installations | undefined;
  const metrics = new Metrics();
  const { pipeline, reloader, knowledge } = assembleBallotguard({
    knowledge: loaded.knowledge,
    knowledgeDir: config.KNOWLEDGE_DIR,
    logger,
    records,
    exportDir: path.join(config.DATA_DIR, 'exports'),
    // The person at the console runs this process and has its files: they maintain its knowledge.
    maintainers: [...config.MAINTAINER_IDS, ...(consoleOnly ? [`console:${CONSOLE_OPERATOR}`] : [])],
    defaults: { cooldownSeconds: config.COOLDOWN_SECONDS, answerMentions: config.ANSWER_MENTIONS },
    securityChannels: config.SECURITY_CHANNELS,
    ...(shared ? { cooldown: shared.cooldown, heldReports: shared.heldReports, conversations: shared.conversations } : {}),
    onKnowledgeChange: (change) => void broadcast?.publish(change),
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
  // Alive, ready (knowledge loaded, records and Redis reachable, each platform connected) and metrics: on the
  // Slack HTTP server, and on a server of its own with METRICS_PORT. Platforms' checks are added as they are made.
  const readiness: ReadinessCheck[] = [
    { name: 'knowledge', check: () => { if (knowledge.snapshot.knowledge.entries.length === 0) throw new Error('no knowledge loaded'); } },
    { name: 'database', check: () => records.ping() },
    ...(redis ? [{ name: 'redis', check: () => redis.ping() }] : []),
  ];
  const routes = operationsRoutes({ metrics, readiness });
  // discord.js and Bolt load only when configured: the console starts without paying for them.
  if (discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/discord-adapter.ts');
    adapters.push(createDiscordAdapter({ pipeline, config: discord, logger, gateway: metrics }));
  }
  if (slack) {
    const { createSlackAdapter } = await import('../adapters/slack/slack-adapter.ts');
    // Many workspaces (OAuth): their installations live in the records database, shared by every copy.
    installations = slackOAuth(slack) ? await openInstallations(config, logger) : undefined;
    adapters.push(createSlackAdapter({ pipeline, config: slack, logger, seen, routes, installations }));
  }
  if (consoleOnly) adapters.push(createConsoleAdapter({ pipeline, input: process.stdin, output: process.stdout }));
  for (const adapter of adapters) {
    const connected = adapter.connected?.bind(adapter);
    if (connected) readiness.push({ name: adapter.name, check: () => { if (!connected()) throw new Error('not connected'); } });
  }
  // Retention runs once per deployment: in the worker role (every default process is one).
  const stopRetention = plan.worker ? scheduleRetention(records, logger) : () => {};
  const stopReleasingMemory = releaseMemoryWhenIdle();
  let operations: OperationsServer | undefined;

  let stopping: Promise<void> | undefined;
  let signalled!: () => void;
  const stopRequested = new Promise<void>((resolve) => (signalled = resolve));
  // Node ends when nothing but signal listeners and unref'd timers is left, and a worker alone (no platform,
  // no console, SQLite records) holds no socket: it ended by itself moments after starting, and a SIGTERM
  // sent meanwhile found its listener gone and killed it. This handle keeps it serving until stop().
  const serveUntilStopped = setInterval(() => {}, LONGEST_TIMER_MS);
  const stop = (reason: string) => {
    stopping ??= (async () => {
      clearInterval(serveUntilStopped);
      logger.debug({ reason }, 'stopping');
      reloader?.stop();
      stopRetention();
      await broadcast?.stop();
      stopReleasingMemory();
      await Promise.allSettled([...adapters.map((a) => a.stop()), operations?.close()]);
      await records.close();
      await installations?.close();
      localSeen?.close();
      await redis?.quit();
    })();
    return stopping;
  };
  // Signals are handled from before the adapters start, so one that arrives meanwhile still shuts down cleanly.
  const onSignal = (signal: string) => {
    signalled();
    void stop(signal);
  };
  // `on`, not `once`: a listener that removed itself would leave a loader's own handler (tsx re-raises a
  // signal nobody else listens to) to kill the process mid-shutdown. stop() runs once however often it is called.
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  // A platform that can no longer serve (token reset, disallowed intents) ends the process with its reason.
  const fatal = Promise.race(adapters.map((a) => a.fatal).filter((f): f is Promise<Error> => f !== undefined));
  try {
    // Subscribed before any platform connects, so no maintainer's change made meanwhile is missed.
    if (redis && reloader) broadcast = await KnowledgeBroadcast.start({ publisher: redis, dir: config.KNOWLEDGE_DIR, reloader, logger });
    if (config.METRICS_PORT !== undefined) {
      operations = await startOperationsServer({ routes, port: config.METRICS_PORT, host: config.METRICS_HOST });
      logger.info({ port: operations.port }, 'operations server ready (/healthz, /readyz, /metrics)');
    }
    for (const adapter of adapters) {
      if (adapter.name !== 'console') logger.info({ adapter: adapter.name }, 'connecting');
      const started = withDeadline(
        adapter.start(),
        config.START_TIMEOUT_SECONDS * 1000,
        `${adapter.name} did not finish connecting within ${config.START_TIMEOUT_SECONDS} s: the service accepted the connection but never answered. Check the network, proxy and ${adapter.name === 'discord' ? 'DISCORD_API_URL' : 'SLACK_API_URL'}, then start again (START_TIMEOUT_SECONDS sets this deadline).`,
      );
      const outcome = await Promise.race([started.then(() => 'started' as const), stopRequested.then(() => 'stop' as const), fatal]);
      if (outcome === 'stop') break;
      if (outcome instanceof Error) throw outcome;
    }
  } catch (error) {
    await stop('start-up failed');
    throw error;
  }
  if (stopping) {
    await stopping;
    return 0;
  }
  serving = true;
  if (config.WATCH_KNOWLEDGE) reloader?.watch();
  logger.info({ roles: Object.entries(plan).filter(([, on]) => on).map(([role]) => role) }, 'ballotguard started');

  // The console ends when its input does; servers run until a signal or a fatal platform condition.
  const finishing = adapters.map((a) => a.finished).filter((f): f is Promise<void> => f !== undefined);
  const ended = await Promise.race([...finishing, stopRequested, fatal]);
  if (ended instanceof Error) {
    await stop('fatal');
    throw ended;
  }
  await stop('input closed');
  return 0;
}

/** Ends the process once shutdown has had its grace period, even if a library left a socket open. */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), OPERATING_LIMITS.stopGraceMs).unref();
}

main().then(exitSoon, (error: unknown) => {
  if (error instanceof BallotguardError || (error instanceof Error && EXPLAINED.has((error as { code?: string }).code ?? '')) || error instanceof KnowledgeInvalidError) {
    process.stderr.write(`ballotguard ${serving ? 'stopped' : 'cannot start'}: ${error.message}\n`);
  } else {
    process.stderr.write(`ballotguard crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  }
  exitSoon(1);
});
