import { createBot, type Bot } from '../../src/core/bot.ts';
import { createSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { loadKnowledgeDir, loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { createKnowledgeAdmin } from '../../src/commands/moderator/knowledge-admin.ts';
import { KnowledgeReloader } from '../../src/knowledge/knowledge-reloader.ts';
import { RecordsStore } from '../../src/records/records-store.ts';

let shipped: Promise<Knowledge> | undefined;

/** The knowledge base in `knowledge/`, loaded once per test file. */
export function shippedKnowledge(): Promise<Knowledge> {
  shipped ??= loadKnowledgeDir('knowledge').then((result) => {
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.knowledge;
  });
  return shipped;
}

export async function shippedSnapshot(): Promise<KnowledgeSnapshot> {
  return createSnapshot(await shippedKnowledge());
}

export async function shippedBot(): Promise<Bot> {
  return createBot({ knowledge: await shippedKnowledge(), logger: silentLogger() });
}

/** Knowledge from in-memory YAML files, for tests that need entries of their own. */
export function knowledgeFrom(files: Record<string, string>): Knowledge {
  const result = loadKnowledgeTexts(Object.entries(files).map(([file, text]) => ({ file, text })));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.knowledge;
}

export const TEST_SOURCES = `sources:
  - id: src
    publisher: Test Publisher
    title: Test report
    date: 2020-01-01
    url: https://example.org/report
    reliability: high
`;

/**
 * The bot as `npm start` wires it: records (in memory) and knowledge administration over `knowledge/`.
 * For tests that only read (status, refused teaching); tests that write use a copy of the directory.
 */
export async function shippedBotWithAdmin(): Promise<{ bot: Bot; records: RecordsStore }> {
  const records = new RecordsStore(':memory:');
  const bot = createBot({ knowledge: await shippedKnowledge(), logger: silentLogger(), records });
  const reloader = new KnowledgeReloader({ dir: 'knowledge', bot, logger: silentLogger() });
  bot.setAdmin(createKnowledgeAdmin({ dir: 'knowledge', bot, reloader, records }));
  return { bot, records };
}
