import { assembleBallotguard, type Ballotguard, type BallotguardOptions } from '../../src/core/assemble-ballotguard.ts';
import type { Bot } from '../../src/core/bot.ts';
import { createSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { loadKnowledgeDir, loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
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
  return assembleBallotguard({ knowledge: await shippedKnowledge(), logger: silentLogger() }).bot;
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
 * The bot as `npm start` wires it: records (in memory), knowledge administration over `knowledge/` and the
 * request pipeline, with no cooldown unless asked. For tests that only read (status, refused teaching);
 * tests that write use a copy of the directory.
 */
export async function shippedBotWithAdmin(options: Partial<BallotguardOptions> & { records?: RecordsStore } = {}): Promise<Ballotguard & { records: RecordsStore }> {
  const records = options.records ?? new RecordsStore(':memory:');
  const assembled = assembleBallotguard({
    knowledge: await shippedKnowledge(),
    knowledgeDir: 'knowledge',
    logger: silentLogger(),
    records,
    ...options,
    defaults: { cooldownSeconds: 0, ...options.defaults },
  });
  return { ...assembled, records };
}

/** Two unrelated entries, as YAML list items, so a test's own entries are not the whole knowledge base. */
export const FILLER_ENTRIES = `  - id: filler-one
    kind: faq
    title: Passwords
    answer: Use a password manager.
    sources: [src]
  - id: filler-two
    kind: faq
    title: Attachments
    answer: Do not open unexpected attachments.
    sources: [src]
`;
