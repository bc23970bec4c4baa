// Worker threads start without the tsx loader the rest of the bot runs under: register it, then load
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./knowledge-worker.ts');
