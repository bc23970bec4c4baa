import { mkdirSync, statSync } from 'node:fs';
import { ConfigError } from '../core/errors.ts';

/** Makes sure DATA_DIR is a usable directory, or says plainly what is wrong with it (no stack trace). */
export function prepareDataDir(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new ConfigError(`DATA_DIR "${dir}" is a file, not a directory: point DATA_DIR at a directory (it is created if missing)`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'part of the path is a file' : String(code ?? error);
    throw new ConfigError(`DATA_DIR "${dir}" cannot be created (${why}): point DATA_DIR at a directory this user can write`);
  }
}
