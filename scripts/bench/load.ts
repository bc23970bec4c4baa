/**
 * `npm run bench -- --load`: answers a second, acknowledgement and answer latency, errors, and memory of
 * the compiled bot under a crowd, on Slack (HTTP mode) and Discord, each against its fake on 127.0.0.1.
 *
 *   npm run bench -- --load                        10, 50 and 200 connections, 20 s each, both platforms
 *   npm run bench -- --load --seconds 5 --connections 50 --platforms slack
 *   npm run bench -- --load --cpu-prof /tmp/prof   the bot runs under node --cpu-prof; profiles land there
 *   npm run bench -- --load --platforms slack --connections 200 --rate 500,1000
 *       Slack in an open loop as well: after the closed-loop runs, each level again with requests sent at
 *       each rate (a second) on a fixed schedule, over at most that many connections
 *   npm run bench -- --load --copies 2             two Slack HTTP copies of the bot behind one fake Slack, the
 *       driver's connections spread over them: each with its own SQLite DATA_DIR, then (when BENCH_DATABASE_URL
 *       and BENCH_REDIS_URL, or TEST_DATABASE_URL and TEST_REDIS_URL, are set) sharing PostgreSQL and Redis
 *
 * The bot runs in its own process; the driver and the fake share this one. Memory is the bot's resident
 * set: after start-up, after the last run, and after it has then been idle for `--idle` seconds.
 */
import { startDiscordLoad } from './load-discord.ts';
import { startSlackLoad } from './load-slack.ts';
import { printLoadRows, type LoadRow } from './load-stats.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

export async function benchLoad(): Promise<void> {
  const seconds = Number(option('--seconds', '20'));
  const idleSeconds = Number(option('--idle', '30'));
  const levels = option('--connections', '10,50,200').split(',').map(Number);
  const copies = Number(option('--copies', '1'));
  const rates = process.argv.includes('--rate') ? option('--rate', '').split(',').map(Number).filter((rate) => rate > 0) : [];
  // Several copies are Slack's HTTP mode, stateless behind a load balancer; a Discord shard runs in one process.
  const platforms = copies > 1 ? ['slack'] : option('--platforms', 'slack,discord').split(',');
  const cpuProfileDir = process.argv.includes('--cpu-prof') ? option('--cpu-prof', 'cpu-profiles') : undefined;
  const rows: LoadRow[] = [];
  const memory: string[] = [];

  const measure = async (
    platform: string,
    what: string,
    load: { bot: { rssMb(): number; cpuMs(): number }; run(n: number, s: number, rate?: number): Promise<LoadRow['tally']>; inside?(): Promise<{ maxStallMs: number; heapUsedMb: number }>; stop(): Promise<void> },
    openLoopRates: readonly number[] = [],
  ) => {
    const before = load.bot.rssMb();
    const heapBefore = (await load.inside?.())?.heapUsedMb ?? NaN;
    // A short warm-up, not counted: the first requests compile code paths and fill caches.
    await load.run(levels[0]!, 2);
    // Closed loop at every level, then (Slack) an open loop at each rate and level.
    const runs = [...levels.map((connections) => ({ connections, rate: undefined as number | undefined })), ...openLoopRates.flatMap((rate) => levels.map((connections) => ({ connections, rate })))];
    for (const { connections, rate } of runs) {
      process.stderr.write(`load: ${platform}, ${connections} connections, ${rate ? `${rate} requests a second (open loop)` : 'closed loop'}, ${seconds} s\u2026\n`);
      await load.inside?.(); // resets the stall measure
      const cpuBefore = load.bot.cpuMs();
      const driverBefore = process.cpuUsage();
      const tally = await load.run(connections, seconds, rate);
      const botCpuMs = load.bot.cpuMs() - cpuBefore;
      const driver = process.cpuUsage(driverBefore);
      rows.push({ platform, what, connections, rate, tally, botCpuMs, driverCpuMs: (driver.user + driver.system) / 1000, botRssMb: load.bot.rssMb(), maxStallMs: (await load.inside?.())?.maxStallMs });
    }
    const after = load.bot.rssMb();
    const heapAfter = (await load.inside?.())?.heapUsedMb ?? NaN;
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const heapIdle = (await load.inside?.())?.heapUsedMb ?? NaN;
    memory.push(`| ${copies > 1 ? `${platform}, ${what}` : platform} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${load.bot.rssMb().toFixed(0)} | ${heapBefore.toFixed(0)} | ${heapAfter.toFixed(0)} | ${heapIdle.toFixed(0)} |`);
    await load.stop();
  };

  if (copies > 1) {
    const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
    const platform = `slack \u00d7${copies}`;
    // Blank settings override any in the environment: the embedded default, every copy on its own.
    await measure(platform, 'SQLite, records per process', await startSlackLoad({ cpuProfileDir, copies, env: { DATABASE_URL: '', REDIS_URL: '' } }));
    if (databaseUrl && redisUrl) await measure(platform, 'PostgreSQL + Redis, shared', await startSlackLoad({ cpuProfileDir, copies, env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } }));
    else process.stderr.write('load: BENCH_DATABASE_URL and BENCH_REDIS_URL (or TEST_DATABASE_URL and TEST_REDIS_URL) are not set: PostgreSQL + Redis not measured\n');
  } else if (platforms.includes('slack')) await measure('slack', 'slash commands + mentions', await startSlackLoad({ cpuProfileDir }), rates);
  if (platforms.includes('discord')) await measure('discord', '/ask interactions', await startDiscordLoad({ cpuProfileDir }));

  console.log(`Load, node ${process.version}: ${seconds} s a level, closed loop (each connection sends its next request once the last is acknowledged; on Discord, answered); times in ms`);
  if (rates.length > 0) console.log('Open loop (Slack; "requests/s" set): requests sent on a fixed schedule whatever the bot does, over at most "connections" keep-alive connections; a request waiting for a free connection counts its latency from its scheduled time.');
  if (copies > 1) {
    console.log(`${copies} bot processes in Slack HTTP mode against one fake Slack, slash commands + mentions, connections spread over them in turn; bot CPU, RSS and heap are summed over the copies, the stall is the longest of any.`);
    console.log('With SQLite each process has its own DATA_DIR: records, cooldowns and handled retries are then per process. With PostgreSQL + Redis both share them.');
  }
  printLoadRows(rows);
  console.log('');
  console.log(`Bot memory (MB): resident set after start-up, after the runs, after ${idleSeconds} s idle; V8 heap in use at the same moments (from /metrics, Slack only)`);
  console.log('| platform | RSS before | RSS after | RSS after idle | heap before | heap after | heap after idle |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const line of memory) console.log(line);
}
