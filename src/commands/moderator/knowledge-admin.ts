import type { Bot } from '../../core/bot.ts';
import type { KnowledgeSnapshot } from '../../core/knowledge-snapshot.ts';
import type { KnowledgeReloader, ReloadOutcome } from '../../knowledge/knowledge-reloader.ts';
import type { KnowledgeProblem } from '../../knowledge/problems.ts';
import { teachQuestion, type TeachOutcome } from '../../knowledge/teach-question.ts';
import type { AuditRecord, Gap, RecordsStore } from '../../records/records-store.ts';

/** What moderator commands can do to the running bot's knowledge and records. */
export interface KnowledgeAdmin {
  readonly knowledgeDir: string;
  /** The snapshot serving now (after any reload), unlike the one a request started with. */
  currentSnapshot(): KnowledgeSnapshot;
  problems(): readonly KnowledgeProblem[];
  lastAttemptAt(): Date | undefined;
  reload(): Promise<ReloadOutcome>;
  teach(entryId: string, question: string): Promise<TeachOutcome & { reload?: ReloadOutcome }>;
  gaps(limit?: number): Gap[];
  audit(record: AuditRecord): void;
}

export function createKnowledgeAdmin({ dir, bot, reloader, records }: { dir: string; bot: Bot; reloader: KnowledgeReloader; records: RecordsStore }): KnowledgeAdmin {
  return {
    knowledgeDir: dir,
    currentSnapshot: () => bot.snapshot,
    problems: () => reloader.currentProblems,
    lastAttemptAt: () => reloader.lastAttemptAt,
    // An explicit reload is a moderator's decision: deleted files are accepted as deleted.
    reload: () => reloader.reload({ confirmDeletions: true }),
    async teach(entryId, question) {
      const taught = await teachQuestion(dir, bot.snapshot.knowledge, entryId, question);
      if (!taught.ok) return taught;
      return { ...taught, reload: await reloader.reload() };
    },
    gaps: (limit) => records.gaps(limit),
    audit: (record) => records.recordAudit(record),
  };
}
