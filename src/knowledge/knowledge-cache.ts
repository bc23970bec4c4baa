import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AssembleResult, Knowledge } from './assemble-knowledge.ts';
import { listKnowledgeFiles, loadKnowledgeDir } from './load-knowledge.ts';
import type { Entry, Source, Unstated } from './schema.ts';

interface CachedKnowledge {
  entries: Entry[];
  origins: [string, { file: string; line: number }][];
  sources: Source[];
  synonyms: string[][];
  unstated: Unstated[];
  files: string[];
  /** What `DerivedWork.compute` made of this knowledge, when the caller asked for it. */
  derived?: unknown;
}

/**
 * Work the program does from the knowledge at every start that is worth keeping beside it (the unstated details'
 * questions as read: core/knowledge-snapshot.ts). `compute` runs once, when the cache is written; `restore` hands
 * its result back on each start that reuses the cache. Both come from the caller, so this file stays free of them.
 */
export interface DerivedWork<T> {
  compute(knowledge: Knowledge): T;
  restore(saved: T): void;
}

/**
 * Loads a knowledge directory, reusing the validated result of an earlier start when neither the files nor
 * the program have changed since: parsing and validating the YAML is most of a start-up (about 0.4 s of
 * it here), and the bot starts again far more often than the knowledge changes.
 *
 * The cache key is a hash of every file's name and bytes and of `programStamp` (the build's stamp, so a
 * new build never reuses a set validated by old rules). Only valid sets are cached; anything unusual
 * (a problem, an unreadable cache) falls back to the full load.
 */
export async function loadKnowledgeDirCached<T>(dir: string, cacheDir: string, programStamp: string, derived?: DerivedWork<T>): Promise<AssembleResult> {
  let key: string;
  try {
    const hash = createHash('sha256').update(programStamp);
    // Every name in the directory, so an added symbolic link (never loaded, always reported) changes the key.
    hash.update(readdirSync(dir, { recursive: true }).map(String).sort().join('\n'));
    for (const file of await listKnowledgeFiles(dir)) hash.update(`\u0000${file}\u0000`).update(readFileSync(path.join(dir, file)));
    key = hash.digest('hex').slice(0, 32);
  } catch {
    return loadKnowledgeDir(dir); // the full load explains whatever is wrong with the directory
  }
  const cacheFile = path.join(cacheDir, `knowledge-${key}.bin`);
  try {
    const cached = deserialize(readFileSync(cacheFile)) as CachedKnowledge;
    const knowledge = fromCache(cached);
    if (derived && cached.derived !== undefined) derived.restore(cached.derived as T);
    return { ok: true, knowledge };
  } catch {
    // Not cached yet (or unreadable): load in full below.
  }
  const result = await loadKnowledgeDir(dir);
  if (result.ok) writeCache(cacheDir, cacheFile, result.knowledge, derived?.compute(result.knowledge));
  return result;
}

function fromCache(cached: CachedKnowledge): Knowledge {
  return {
    entries: cached.entries,
    entriesById: new Map(cached.entries.map((e) => [e.id, e])),
    sources: new Map(cached.sources.map((s) => [s.id, s])),
    synonyms: cached.synonyms,
    unstated: cached.unstated,
    origins: new Map(cached.origins),
    files: cached.files,
    loadedAt: new Date(),
  };
}

/** Best effort: a read-only install simply starts without the cache. Older caches are removed. */
function writeCache(cacheDir: string, cacheFile: string, knowledge: Knowledge, derived: unknown): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const data: CachedKnowledge = {
      entries: [...knowledge.entries],
      origins: [...knowledge.origins],
      sources: [...knowledge.sources.values()],
      synonyms: knowledge.synonyms.map((g) => [...g]),
      unstated: [...knowledge.unstated],
      files: [...knowledge.files],
      ...(derived !== undefined ? { derived } : {}),
    };
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(data));
    renameSync(temporary, cacheFile);
    for (const name of readdirSync(cacheDir)) if (name.startsWith('knowledge-') && path.join(cacheDir, name) !== cacheFile) rmSync(path.join(cacheDir, name), { force: true });
  } catch {
    // No cache this time.
  }
}
