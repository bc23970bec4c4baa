import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedDirs } from '../helpers/run-process.ts';

/** util-linux's `script` runs a command on a pseudo-terminal: the bot then sees a terminal, as a person's shell gives it. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('the console chat at a terminal', () => {
  it.skipIf(!hasScript)('writes its log to DATA_DIR/console.log, never into the conversation', async () => {
    const dirs = isolatedDirs();
    const child = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} --import tsx src/main.ts`, '/dev/null'], {
      env: { ...process.env, ...dirs, LOG_LEVEL: 'debug', WATCH_KNOWLEDGE: 'false', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    const waiters: (() => void)[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      for (const check of [...waiters]) check();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const shown = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (screen.includes(text)) {
            waiters.splice(waiters.indexOf(check), 1);
            resolve();
          }
        };
        waiters.push(check);
        void exited.then(() => reject(new Error(`the console ended before showing ${text}:\n${screen}`)));
        check();
      });
    try {
      await shown('Type a question');
      child.stdin.write('who is hun sen\n');
      await shown('Prime Minister');
      child.stdin.write('/quit\n');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    // The conversation holds no log line; the log file holds the process's own lines.
    expect(screen).not.toContain('"level":');
    expect(screen).not.toContain('"msg":');
    const log = readFileSync(path.join(dirs.DATA_DIR, 'console.log'), 'utf8');
    expect(log).toContain('"msg":"ballotguard started"');
    expect(log).toContain('"msg":"stopping"');
  });
});
