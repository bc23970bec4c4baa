import { createBot, type Bot } from '../core/bot.ts';
import type { Logger } from '../core/logger.ts';
import { KnowledgeInvalidError } from '../knowledge/problems.ts';
import { loadKnowledgeDir } from '../knowledge/load-knowledge.ts';
import type { RecordsStore } from '../records/records-store.ts';

/** Loads the knowledge directory and builds the bot, or throws with every problem listed. */
export async function loadBot(knowledgeDir: string, logger: Logger, records?: RecordsStore): Promise<Bot> {
  const loaded = await loadKnowledgeDir(knowledgeDir);
  if (!loaded.ok) throw new KnowledgeInvalidError(loaded.problems);
  return createBot({ knowledge: loaded.knowledge, logger, records });
}
