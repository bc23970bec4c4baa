import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeHolder } from '../../core/knowledge-holder.ts';
import type { KnowledgeSnapshot } from '../../core/knowledge-snapshot.ts';
import type { KnowledgeReloader, ReloadOutcome } from '../../knowledge/knowledge-reloader.ts';
import type { KnowledgeProblem } from '../../knowledge/problems.ts';
import { teachQuestion, type TeachOutcome } from '../../knowledge/teach-question.ts';
import type { AuditRecord, Gap, Place } from '../../records/records-store.ts';
import type { Awaitable, Records } from '../../records/records.ts';

/** What moderator and maintainer commands can do to the running bot's knowledge and records. */
export interface KnowledgeAdmin {
  readonly knowledgeDir: string;
  /** Where maintainers' exports of a community's records are written; absent where nothing is kept. */
  readonly exportDir?: string;
  /** The snapshot serving now (after any reload), unlike the one a request started with. */
  currentSnapshot(): KnowledgeSnapshot;
  problems(): readonly KnowledgeProblem[];
  lastAttemptAt(): Date | undefined;
  reload(): Promise<ReloadOutcome>;
  teach(entryId: string, question: string): Promise<TeachOutcome & { reload?: ReloadOutcome }>;
  /** Gaps of one community, or of every community when `place` is absent. */
  gaps(limit?: number, place?: Place): Awaitable<Gap[]>;
  /** Queues an audit record; it never fails the command it records. */
  audit(record: AuditRecord): void;
  /** Communities' records and settings. */
  readonly records: Pick<Records, 'exportCommunity' | 'purgeCommunity' | 'communitySettings' | 'updateCommunitySettings' | 'retentionDays' | 'keepsQuestionText' | 'recordIdentity'>;
}

export interface KnowledgeAdminOptions {
  dir: string;
  exportDir?: string;
  knowledge: KnowledgeHolder;
  reloader: KnowledgeReloader;
  records: Records;
  /** Told of a maintainer's change that applied here, so other copies can follow (src/state/knowledge-broadcast.ts). */
  onChange?: (change: { kind: 'reload' } | { kind: 'teach'; file: string; text: string }) => void;
}

export function createKnowledgeAdmin({ dir, exportDir, knowledge, reloader, records, onChange }: KnowledgeAdminOptions): KnowledgeAdmin {
  return {
    knowledgeDir: dir,
    exportDir,
    currentSnapshot: () => knowledge.snapshot,
    problems: () => reloader.currentProblems,
    lastAttemptAt: () => reloader.lastAttemptAt,
    // An explicit reload is a maintainer's decision: deleted files are accepted as deleted.
    async reload() {
      const outcome = await reloader.reload({ confirmDeletions: true });
      if (outcome.ok) onChange?.({ kind: 'reload' });
      return outcome;
    },
    async teach(entryId, question) {
      const taught = await teachQuestion(dir, knowledge.snapshot.knowledge, entryId, question);
      if (!taught.ok) return taught;
      const reload = await reloader.reload();
      if (reload.ok && onChange) onChange({ kind: 'teach', file: taught.file, text: await readFile(path.join(dir, taught.file), 'utf8') });
      return { ...taught, reload };
    },
    gaps: (limit, place) => records.gaps(limit, place),
    audit: (record) => void records.recordAudit(record),
    records,
  };
}
