// Helper process for the process-guard test: one "request" throws outside any handler, another rejects
// unhandled; with the guard installed the process carries on and says so on stdout.
import { createLogger } from '../../src/core/logger.ts';
import { installProcessGuard } from '../../src/core/process-guard.ts';

installProcessGuard(createLogger('error'));
setTimeout(() => {
  throw new Error('a request handler blew up');
});
void Promise.reject(new Error('a request promise failed'));
setTimeout(() => setTimeout(() => process.stdout.write('still serving\n')));
