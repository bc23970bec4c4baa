import type { Logger } from './logger.ts';

/**
 * Keeps one failing request from ending the process: an error that escapes a library's handler (an
 * uncaught exception or an unhandled rejection) is logged, without the request's content, and the bot
 * keeps serving everyone else. Installed once, by the entry point.
 */
export function installProcessGuard(logger: Logger): void {
  process.on('uncaughtException', (error) => logger.error({ err: error }, 'an error escaped a request handler; still serving'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'a promise failed without a handler; still serving'));
}
