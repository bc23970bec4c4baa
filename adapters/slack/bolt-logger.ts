import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.ts';
import { redactText } from '../../src/core/redact.ts';

/**
 * Bolt's own warnings and errors (a refused OAuth return, an event from a workspace no longer installed)
 * into the bot's log, one line each with tokens and URLs redacted, instead of stack traces on the console.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const forward = (log: (fields: object, message: string) => void) => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const message = args.filter((a): a is string => typeof a === 'string').join(' ');
    log(error ? { err: error } : {}, redactText(`slack: ${message || error?.message || 'library message'}`).slice(0, 300));
  };
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: forward((fields, message) => logger.warn(fields, message)),
    error: forward((fields, message) => logger.error(fields, message)),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}
