import { createBot, type Bot } from '../core/bot.ts';
import type { Logger } from '../core/logger.ts';
import { KnowledgeInvalidError } from '../knowledge/problems.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, RUNNING_BUILT } from '../core/project-paths.ts';
import { loadKnowledgeDirCached } from '../knowledge/knowledge-cache.ts';
import { loadKnowledgeDir } from '../knowledge/load-knowledge.ts';
import type { RecordsStore } from '../records/records-store.ts';

/** Loads the knowledge directory and builds the bot, or throws with every problem listed. */
export async function loadBot(knowledgeDir: string, logger: Logger, records?: RecordsStore): Promise<Bot> {
  const loaded = RUNNING_BUILT ? await loadKnowledgeDirCached(knowledgeDir, path.join(PROJECT_ROOT, 'dist', 'cache'), buildStamp()) : await loadKnowledgeDir(knowledgeDir);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  return createBot({ knowledge: loaded.knowledge, logger, records });
}

/** The compiled program's build stamp (rewritten by every build), so a new build never reuses old validation. */
function buildStamp(): string {
  try {
    return readFileSync(path.join(PROJECT_ROOT, 'dist', '.built'), 'utf8');
  } catch {
    return String(Date.now()); // no stamp: never reuse
  }
}
