/**
 * Start-up figures: how long a person waits for the console's first prompt after `npm start`, and for the
 * answer of a one-off `cli ask`, running the compiled program (dist/) as `npm start` and `npm run cli` do,
 * and, for comparison, the TypeScript sources under tsx. Wall-clock times of whole processes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = 7;
const env = () => ({ ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', WATCH_KNOWLEDGE: 'false', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-start-')) });

/** Milliseconds from spawning `args` until `ready` appears on its stdout (then it is ended), or until it exits. */
function timeProcess(command: string, args: string[], ready?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env: env(), stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready && !done && out.includes(ready)) {
        done = true;
        resolve(performance.now() - start);
        child.stdin.end();
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (done) return;
      if (code !== 0 || ready) reject(new Error(`${args.join(' ')} exited with ${code} before being ready`));
      else resolve(performance.now() - start);
    });
    if (!ready) child.stdin.end();
  });
}

async function series(label: string, run: () => Promise<number>): Promise<string> {
  await run(); // warm the file cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  times.sort((a, b) => a - b);
  return `| ${label} | ${times[Math.floor(RUNS / 2)]!.toFixed(0)} | ${times[RUNS - 1]!.toFixed(0)} |`;
}

export async function benchStartup(): Promise<void> {
  process.stderr.write('benchmarking start-up\u2026\n');
  spawnSync(process.execPath, ['scripts/run-built.mjs', 'main', '--version']); // compile dist/ if stale, outside the timings
  const prompt = 'Type a question';
  const rows = [
    await series('`npm start` to the first prompt (compiled, through npm)', () => timeProcess('npm', ['start', '-s'], prompt)),
    await series('start to the first prompt (compiled, node directly)', () => timeProcess(process.execPath, ['scripts/run-built.mjs', 'main'], prompt)),
    await series('`npm run -s cli -- ask \u2026` (compiled, through npm)', () => timeProcess('npm', ['run', '-s', 'cli', '--', 'ask', 'who is kem sokha'])),
    await series('`cli ask \u2026` (compiled, node directly)', () => timeProcess(process.execPath, ['scripts/run-built.mjs', 'cli', 'ask', 'who is kem sokha'])),
    await series('start to the first prompt under tsx (sources)', () => timeProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], prompt)),
    await series('`cli ask \u2026` under tsx (sources)', () => timeProcess(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', 'who is kem sokha'])),
  ];
  console.log(`Start-up, node ${process.version}: wall time of whole processes, ${RUNS} runs each, in ms`);
  console.log('| what | median | max |');
  console.log('|---|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('');
}
