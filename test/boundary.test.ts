import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

function imports(source: string): string[] {
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const PLATFORM_LIBRARIES = /^(discord\.js|@discordjs\/|@slack\/)/;

describe('architecture boundaries', () => {
  // The two entry points (start-up and the operator's CLI) compose adapters; nothing else in src/ may.
  const ENTRY_POINTS = new Set([path.join('src', 'main.ts'), path.join('src', 'cli', 'main.ts')]);

  it('the core in src/ imports no platform library, and no adapter outside the entry points', async () => {
    for (const file of await sourceFiles('src')) {
      const found = imports(await readFile(file, 'utf8'));
      expect(found.filter((i) => PLATFORM_LIBRARIES.test(i)), file).toEqual([]);
      if (!ENTRY_POINTS.has(file)) expect(found.filter((i) => i.includes('adapters/')), file).toEqual([]);
    }
  });

  it('an adapter never imports another adapter', async () => {
    for (const adapter of await readdir('adapters')) {
      for (const file of await sourceFiles(path.join('adapters', adapter))) {
        const others = imports(await readFile(file, 'utf8')).filter((i) => /adapters\//.test(i) || /^\.\.\/(?!\.\.)/.test(i));
        expect(others.filter((i) => !i.includes(`adapters/${adapter}/`)), file).toEqual([]);
      }
    }
  });
});
