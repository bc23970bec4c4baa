import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './redact.ts';

export type { Logger };

/**
 * Where the process logs by default: stderr, written asynchronously (lines are buffered and written by
 * the event loop, so a request never waits on a slow terminal or pipe). pino flushes what is buffered
 * synchronously when the process exits, by `process.exit` too, so a fatal error's last lines are kept;
 * only `kill -9` can cut the buffer short.
 */
export function stderrDestination(): DestinationStream {
  return pino.destination({ dest: 2, sync: false });
}

/**
 * The process logger: JSON lines on stderr, so stdout stays clean for the CLI's output and the console
 * chat. Secrets never reach it: tokens are redacted wherever they appear under these keys, and errors
 * (whose URLs and request bodies carry interaction tokens and the asker's words) go through serializeError.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination: DestinationStream = stderrDestination()): Logger {
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
