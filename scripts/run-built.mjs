// Runs ballotguard's compiled JavaScript (dist/), compiling it first whenever a source file is newer than
// the last build, so `npm start` and `npm run cli` never run stale code after an edit to src/ or adapters/.
// Plain JavaScript on purpose: it must start without tsx.
//
//   node scripts/run-built.mjs main [args]   the bot (npm start)
//   node scripts/run-built.mjs cli [args]    the command-line tool (npm run cli)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { main: 'dist/src/main.js', cli: 'dist/src/cli/main.js' };
/** Touched after every successful build; its time is the build's time. */
const STAMP = path.join(ROOT, 'dist', '.built');
const SOURCES = ['src', 'adapters', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The newest modification time under the sources (a few hundred files: a few milliseconds). */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

/** Compiles src/ and adapters/ to dist/ with tsc; exits with tsc's errors when the sources do not compile. */
export function build({ quiet = false } = {}) {
  if (!quiet) process.stderr.write('ballotguard: compiling to dist/ (sources changed since the last build)…\n');
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`ballotguard: the TypeScript sources do not compile:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** True when dist/ is missing or older than any source file. */
export function stale() {
  const built = statSync(STAMP, { throwIfNoEntry: false });
  return !built || newestSource() > built.mtimeMs;
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  const [, , which, ...rest] = process.argv;
  if (which === 'build') {
    build({ quiet: true });
  } else if (which in ENTRIES) {
    if (stale()) build();
    // Settings from .env in the working directory, when there is one; real environment variables win.
    if (existsSync('.env')) process.loadEnvFile('.env');
    process.argv = [process.argv[0], path.join(ROOT, ENTRIES[which]), ...rest];
    await import(pathToFileURL(path.join(ROOT, ENTRIES[which])).href);
  } else {
    process.stderr.write('usage: node scripts/run-built.mjs build | main | cli [args]\n');
    process.exit(2);
  }
}
