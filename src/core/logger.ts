import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The process logger: JSON lines on stderr, so stdout stays clean for the CLI's output and the console
 * chat. Secrets never reach it: tokens are redacted wherever they appear under these keys.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'signingSecret', '*.signingSecret', 'appToken', '*.appToken', 'authorization', '*.authorization'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything, for tests and for the CLI's quiet paths. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
