import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './redact.ts';

export type { Logger };

/**
 * The process logger: JSON lines on stderr, so stdout stays clean for the CLI's output and the console
 * chat. Secrets never reach it: tokens are redacted wherever they appear under these keys, and errors
 * (whose URLs and request bodies carry interaction tokens and the asker's words) go through serializeError.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { err: serializeError, error: serializeError },
      redact: {
        paths: ['token', '*.token', 'signingSecret', '*.signingSecret', 'appToken', '*.appToken', 'authorization', '*.authorization', 'url', '*.url', 'text', '*.text', 'question', '*.question'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A logger that drops everything, for tests and for the CLI's quiet paths. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
