import { appendFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createLogger, silentLogger, type Logger } from '../../src/core/logger.ts';

/**
 * Every test's log output is kept in one directory for the run (set up by test/helpers/log-audit-setup.ts),
 * together with every text the fakes sent to the bot as a user; after the run, the audit fails the suite if
 * any log holds one of those texts or a token.
 */
export const TEST_LOG_DIR = process.env.BALLOTGUARD_TEST_LOG_DIR;

let loggers = 0;

/** A logger at debug level whose output joins the audit; silent when the suite runs without the audit. */
export function testLogger(name: string): Logger {
  if (!TEST_LOG_DIR) return silentLogger();
  const file = path.join(TEST_LOG_DIR, `${name}-${process.pid}-${++loggers}.log`);
  return createLogger('debug', pino.destination({ dest: file, sync: true }));
}

/** Keeps a process's log output (its stderr) for the audit. */
export function keepProcessLog(name: string, stderr: string): void {
  if (TEST_LOG_DIR && stderr) appendFileSync(path.join(TEST_LOG_DIR, `${name}-${process.pid}-${++loggers}.log`), stderr);
}

/** Notes a text a fake sent as a user's words, so the audit can look for it in the logs. */
export function noteUserText(text: unknown): void {
  if (TEST_LOG_DIR && typeof text === 'string' && text.trim().length >= 12) {
    appendFileSync(path.join(TEST_LOG_DIR, 'user-texts.jsonl'), `${JSON.stringify(text.trim())}\n`);
  }
}
