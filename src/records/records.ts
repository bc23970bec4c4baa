import type { AuditRecord, CommunitySettings, FeedbackOutcome, FeedbackRecord, Gap, Place, QuestionRecord } from './records-store.ts';

/** A value now (the embedded SQLite store) or later (a database server): callers always `await` it. */
export type Awaitable<T> = T | Promise<T>;

/** One community's exported records (a maintainer's `/records export`). */
export interface CommunityExport {
  questions: unknown[];
  feedback: unknown[];
}

/**
 * The bot's records, whichever database keeps them: SQLite in the data directory (the default,
 * src/records/records-store.ts) or PostgreSQL when DATABASE_URL is set (src/records/postgres-records.ts).
 * Both pass the one suite in test/records/records-contract.test.ts. Reads see every write made before them
 * through the same store, even when the store writes in batches.
 */
export interface Records {
  /** Whether who asked is stored (RECORD_ASKER_IDENTITY). */
  readonly recordIdentity: boolean;
  /** Days records are kept (0: no question text is kept, and rows only for a day). */
  readonly retentionDays: number;
  /** Whether question text is stored at all. */
  readonly keepsQuestionText: boolean;
  recordQuestion(record: QuestionRecord): Awaitable<void>;
  /** Records a click once per person per answer; the question and entry come from the answer's record. */
  recordFeedback(record: FeedbackRecord): Awaitable<FeedbackOutcome>;
  /** True the first time a person writes to the bot directly (the welcome), false after; kept as a keyed hash. */
  firstContact(platform: string, userId: string): Awaitable<boolean>;
  recordAudit(record: AuditRecord): Awaitable<void>;
  gaps(limit?: number, place?: Place): Awaitable<Gap[]>;
  audit(limit?: number): Awaitable<(AuditRecord & { at: string })[]>;
  counts(): Awaitable<{ questions: number; feedback: number; audit: number }>;
  applyRetention(): Awaitable<{ questions: number; feedback: number }>;
  exportCommunity(place: Required<Place>): Awaitable<CommunityExport>;
  purgeCommunity(place: Required<Place>): Awaitable<{ questions: number; feedback: number }>;
  communitySettings(place: Required<Place>): Awaitable<CommunitySettings>;
  updateCommunitySettings(place: Required<Place>, change: { [K in keyof CommunitySettings]?: CommunitySettings[K] | null }): Awaitable<CommunitySettings>;
  announceChannels(platform: string): Awaitable<{ community: string; channel: string }[]>;
  /** Throws when the database cannot be reached (for /readyz). */
  ping(): Awaitable<void>;
  /** Stores what is still pending, then releases the database. */
  close(): Awaitable<void>;
}
