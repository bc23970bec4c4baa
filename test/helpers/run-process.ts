import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepProcessLog } from './test-logs.ts';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh data directory and a copy of the shipped knowledge, so a process under test touches nothing shared. */
export function isolatedDirs(): { DATA_DIR: string; KNOWLEDGE_DIR: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'ballotguard-test-'));
  const KNOWLEDGE_DIR = path.join(root, 'knowledge');
  cpSync('knowledge', KNOWLEDGE_DIR, { recursive: true });
  return { DATA_DIR: path.join(root, 'data'), KNOWLEDGE_DIR };
}

/** The environment every process under test starts from: no platform credentials, its own directories. */
function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, LOG_LEVEL: 'warn', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', WATCH_KNOWLEDGE: 'false', ...isolatedDirs(), ...env };
}

/** Runs a TypeScript entry point of this project under tsx, feeding `input` to its stdin. */
export function runTs(entry: string, args: string[], { input = '', env = {} as Record<string, string>, timeoutMs = 55_000 } = {}): Promise<ProcessResult> {
  const running = startTs(entry, args, { env });
  running.child.stdin.end(input);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), timeoutMs);
  return running.exited.then((code) => {
    clearTimeout(timer);
    return { code, stdout: running.stdout(), stderr: running.stderr() };
  });
}

export interface RunningProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when `pattern` appears on stderr (the log), or rejects if the process exits first. */
  waitForLog(pattern: RegExp | string): Promise<void>;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts an entry point of this project under tsx; the caller waits on its output or its exit, never on time. */
export function startTs(entry: string, args: string[] = [], { env = {} as Record<string, string> } = {}): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { env: baseEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const check of waiters) check();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      keepProcessLog(path.basename(entry, '.ts'), stderr);
      for (const check of waiters) check();
      resolve(code);
    });
  });
  let closed = false;
  void exited.finally(() => (closed = true));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForLog(pattern) {
      const matches = () => (typeof pattern === 'string' ? stderr.includes(pattern) : pattern.test(stderr));
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (matches()) {
            waiters.delete(check);
            resolve();
          } else if (closed || child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            reject(new Error(`${entry} exited before logging ${String(pattern)}\nstderr: ${stderr}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Ends a process a test left running (SIGTERM, as a supervisor would) and waits for it to exit. */
export async function stopProcess(running: RunningProcess | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill('SIGTERM');
  await running.exited;
}
