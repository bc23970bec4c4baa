import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bot } from '../core/bot.ts';
import { assembleBallotguard } from '../core/assemble-ballotguard.ts';
import { rememberQuestionsRead, unstatedQuestionsRead } from '../core/knowledge-snapshot.ts';
import type { Logger } from '../core/logger.ts';
import { PROJECT_ROOT, RUNNING_BUILT } from '../core/project-paths.ts';
import { loadKnowledgeDirCached } from '../knowledge/knowledge-cache.ts';
import type { AssembleResult } from '../knowledge/assemble-knowledge.ts';
import { loadKnowledgeDir } from '../knowledge/load-knowledge.ts';
import { KnowledgeInvalidError } from '../knowledge/problems.ts';

/**
 * Loads and validates the knowledge directory. The built program reuses a validation it has already done
 * for exactly these files and this build (dist/cache), and the unstated details' questions as it read them then,
 * which keeps start-up under a second.
 */
export function loadKnowledgeForRun(knowledgeDir: string): Promise<AssembleResult> {
  const unstatedReadings = { compute: unstatedQuestionsRead, restore: rememberQuestionsRead };
  return RUNNING_BUILT ? loadKnowledgeDirCached(knowledgeDir, path.join(PROJECT_ROOT, 'dist', 'cache'), buildStamp(), unstatedReadings) : loadKnowledgeDir(knowledgeDir);
}

/** Loads the knowledge directory and builds the bot (no records, no reloading), or throws with every problem listed. */
export async function loadBot(knowledgeDir: string, logger: Logger): Promise<Bot> {
  const loaded = await loadKnowledgeForRun(knowledgeDir);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  return assembleBallotguard({ knowledge: loaded.knowledge, logger }).bot;
}

/** The compiled program's build stamp (rewritten by every build), so a new build never reuses old validation. */
function buildStamp(): string {
  try {
    return readFileSync(path.join(PROJECT_ROOT, 'dist', '.built'), 'utf8');
  } catch {
    return String(Date.now()); // no stamp: never reuse
  }
}
