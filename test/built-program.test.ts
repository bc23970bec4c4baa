import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedDirs } from './helpers/run-process.ts';
import { startNodeFlags } from '../scripts/bench/load-process.ts';
import { BOT_YOUNG_GENERATION } from '../src/parameters.ts';

const LAUNCHER = path.resolve('scripts/run-built.mjs');
const VERSION = (JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Runs `npm start` / `npm run cli`'s launcher (compiled JavaScript, rebuilt when stale) in `cwd`. */
function launch(args: string[], { cwd = process.cwd(), env = {} as Record<string, string>, input = '' } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], {
      cwd,
      env: { ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', WATCH_KNOWLEDGE: 'false', LOG_LEVEL: 'warn', ...isolatedDirs(), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// One file, one test at a time: the first launch may compile dist/, and two compilations must not overlap.
describe('the built program (npm start, npm run cli)', () => {
  // Compiling dist/ (when sources changed since the last build) takes seconds, many more on a busy machine.
  beforeAll(async () => {
    expect((await launch(['main', '--version'])).code).toBe(0);
  }, 180_000);

  it('runs compiled JavaScript and prints its version', async () => {
    const main = await launch(['main', '--version']);
    expect(main.stdout).toBe(`ballotguard ${VERSION}\n`);
    const cli = await launch(['cli', '--version']);
    expect(cli.stdout).toBe(`${VERSION}\n`);
  });

  it('answers from the CLI', async () => {
    const { code, stdout } = await launch(['cli', 'ask', 'who is kem sokha']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Kem Sokha\n/);
  });

  it('reuses validated knowledge between runs only while the files are unchanged', async () => {
    const { KNOWLEDGE_DIR } = isolatedDirs();
    const ask = () => launch(['cli', 'ask', 'who is kem sokha'], { env: { KNOWLEDGE_DIR } });
    expect((await ask()).stdout).toMatch(/^Kem Sokha\n/);
    expect((await ask()).stdout).toMatch(/^Kem Sokha\n/);
    const file = path.join(KNOWLEDGE_DIR, 'people.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Kem Sokha', 'title: Kem Sokha (edited)'));
    expect((await ask()).stdout).toMatch(/^Kem Sokha \(edited\)\n/);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - broken: [\n`);
    const broken = await ask();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('people.yaml:');
  });

  it('reads settings from .env in the working directory when there is one, and runs without one', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ballotguard-env-'));
    const { KNOWLEDGE_DIR } = isolatedDirs();
    const without = await launch(['cli', 'kb', 'check'], { cwd, env: { KNOWLEDGE_DIR } });
    expect(without.code).toBe(0);
    writeFileSync(path.join(cwd, '.env'), 'LOG_LEVEL=chatty\n');
    const withEnv = await launch(['cli', 'kb', 'check'], { cwd, env: { KNOWLEDGE_DIR, LOG_LEVEL: '' } });
    expect(withEnv.code).toBe(1);
    expect(withEnv.stderr).toContain('LOG_LEVEL');
  });
});

describe('npm start', () => {
  it("runs node with the young generation of src/parameters.ts, as the load bench does", () => {
    expect(startNodeFlags()).toContain(`--max-semi-space-size=${BOT_YOUNG_GENERATION.maxSemiSpaceMb}`);
  });

  it('and npm run bench times answers with the same young generation', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { bench: string } };
    expect(scripts.bench.split(/\s+/)).toContain(`--max-semi-space-size=${BOT_YOUNG_GENERATION.maxSemiSpaceMb}`);
  });
});
