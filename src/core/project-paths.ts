import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** True when running the compiled JavaScript in dist/ (npm start), false under tsx (tests, scripts). */
export const RUNNING_BUILT = here.endsWith('.js');

/** The project's root directory, the same whether this file runs from src/ or from dist/src/. */
export const PROJECT_ROOT = path.resolve(path.dirname(here), RUNNING_BUILT ? '../../..' : '../..');

/** The version in package.json, for `--version`. */
export function projectVersion(): string {
  return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
