// Helper process for the logger test: logs a burst of lines through the asynchronous stderr logger, then
// a fatal one, and exits at once, as a process that cannot go on does.
import { createLogger } from '../../src/core/logger.ts';

const logger = createLogger('info');
for (let i = 0; i < 5_000; i++) logger.info({ i }, 'busy');
logger.fatal('the last words before exiting');
process.exit(3);
