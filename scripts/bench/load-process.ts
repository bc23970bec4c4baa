/**
 * The bot under load, as operators run it: the compiled program (`npm start`'s scripts/run-built.mjs) in
 * a process of its own, so the driver and the fake never take its CPU, and its memory is its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BotProcess {
  child: ChildProcess;
  /** The first log line matching the pattern's group, e.g. the port. */
  logged: RegExpExecArray;
  /** Resident memory now, in MB (from /proc). */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms (from /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * Starts the bot with `env` (platform settings) in fresh data and knowledge copies, resolving once `ready`
 * appears in its log. `cpuProfileDir` runs it under `node --cpu-prof`, the profile written there at exit.
 */
export async function startBot(env: Record<string, string>, ready: RegExp, { cpuProfileDir }: { cpuProfileDir?: string } = {}): Promise<BotProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
  const args = [...startNodeFlags(), ...(cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : []), 'scripts/run-built.mjs', 'main'];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', WATCH_KNOWLEDGE: 'false', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const logged = await new Promise<RegExpExecArray>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      // Only the start-up lines are read: the rest of the log is left to drain unread.
      log += chunk.toString();
      const match = ready.exec(log);
      if (match) {
        child.stderr!.off('data', onData);
        child.stderr!.resume();
        resolve(match);
      }
    };
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the bot exited (${code}) before being ready:\n${log}`)));
  });
  return {
    child,
    logged,
    rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    cpuMs: () => {
      // Fields 14 and 15 of /proc/pid/stat, after the command name in parentheses: user and system time in clock ticks (100 a second here).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The node flags `npm start` runs the bot with (package.json's `start` script: `node <flags> scripts/run-built.mjs main`). */
export function startNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('scripts/run-built.mjs'));
}

/** Several copies of the bot measured as one deployment: resident memory and CPU time summed over them. */
export function botCopies(bots: readonly BotProcess[]): Pick<BotProcess, 'rssMb' | 'cpuMs' | 'stop'> {
  const sum = (of: (bot: BotProcess) => number) => bots.reduce((total, bot) => total + of(bot), 0);
  return {
    rssMb: () => sum((bot) => bot.rssMb()),
    cpuMs: () => sum((bot) => bot.cpuMs()),
    stop: async () => void (await Promise.all(bots.map((bot) => bot.stop()))),
  };
}
