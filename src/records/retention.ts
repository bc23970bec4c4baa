import type { Logger } from '../core/logger.ts';
import type { Records } from './records.ts';

const DAY_MS = 86_400_000;

/**
 * Applies the records' retention period now and then once a day, for as long as the bot runs. Returns a
 * function that stops it. The timer never keeps the process alive on its own.
 */
export function scheduleRetention(records: Records, logger: Logger, intervalMs = DAY_MS): () => void {
  const apply = async () => {
    try {
      const removed = await records.applyRetention();
      if (removed.questions + removed.feedback > 0) logger.info(removed, 'old records removed (retention)');
    } catch (error) {
      logger.error({ err: error }, 'could not apply the records retention');
    }
  };
  void apply();
  const timer = setInterval(() => void apply(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
