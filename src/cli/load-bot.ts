import type { Bot } from '../core/bot.ts';
import { assembleBallotguard } from '../core/assemble-ballotguard.ts';
import type { Logger } from '../core/logger.ts';
import { KnowledgeInvalidError } from '../knowledge/problems.ts';
import { loadKnowledgeDir } from '../knowledge/load-knowledge.ts';

/** Loads the knowledge directory and builds the bot (no records, no reloading), or throws with every problem listed. */
export async function loadBot(knowledgeDir: string, logger: Logger): Promise<Bot> {
  const loaded = await loadKnowledgeDir(knowledgeDir);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  return assembleBallotguard({ knowledge: loaded.knowledge, logger }).bot;
}
