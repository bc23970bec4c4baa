import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FAKE } from '../fakes/fake-discord.ts';
import { SLACK } from '../fakes/fake-slack.ts';

/** Secrets the fakes use: none may appear in any log. `itok-` starts every fake interaction token. */
const TOKENS = [FAKE.token, SLACK.botToken, SLACK.appToken, SLACK.signingSecret, 'itok-'];

/**
 * Vitest global set-up: one directory for every test's logs (see test-logs.ts), audited after the run.
 * The audit throws, failing the run, when a log holds a token or any text a fake sent as a user's words.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ballotguard-test-logs-'));
  process.env.BALLOTGUARD_TEST_LOG_DIR = dir;
  return () => {
    const leaks = auditLogs(dir);
    if (leaks.length === 0) rmSync(dir, { recursive: true, force: true });
    if (leaks.length > 0) throw new Error(`logs leak secrets or user text (kept in ${dir}):\n${leaks.join('\n')}`);
  };
}

/** Every (log file, leaked text) pair found in `dir`. */
export function auditLogs(dir: string): string[] {
  const textsFile = path.join(dir, 'user-texts.jsonl');
  const userTexts = readdirSync(dir).includes('user-texts.jsonl') ? readFileSync(textsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as string) : [];
  const forbidden = [...new Set([...TOKENS, ...userTexts])];
  const leaks: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.log'))) {
    const log = readFileSync(path.join(dir, name), 'utf8');
    for (const text of forbidden) if (log.includes(text)) leaks.push(`${name}: ${JSON.stringify(text.slice(0, 60))}`);
  }
  return leaks;
}
