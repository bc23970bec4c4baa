import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BallotguardError } from '../core/errors.ts';

/** A lock older than this was left by a process that died mid-write: a teach takes milliseconds. */
const STALE_LOCK_MS = 30_000;
/** How long to wait for another writer before giving up with a message. */
const WAIT_MS = 10_000;

/** Another writer held the file for too long. */
export class FileBusyError extends BallotguardError {
  constructor(file: string) {
    super('FILE_BUSY', `${path.basename(file)} is being changed by another moderator or process; try again in a moment`);
    this.name = 'FileBusyError';
  }
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while holding `file`'s lock: in this process, callers for the same file run one after
 * another; across processes, a lock file beside it (`.name.lock`, created exclusively) keeps a second
 * writer out until the first is done. `work` must re-read the file: whatever it read before may be stale.
 */
export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(() => withLockFile(key, work));
  queues.set(key, run);
  void run.finally(() => {
    if (queues.get(key) === run) queues.delete(key);
  }).catch(() => {});
  return run;
}

async function withLockFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(lock).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(lock, { force: true });
      else if (Date.now() > deadline) throw new FileBusyError(file);
      else await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
