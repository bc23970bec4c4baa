import { INSTALLATIONS_MIGRATION } from './installations-schema.ts';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ANSWER_THRESHOLDS, SQLITE_RECORDS } from '../parameters.ts';
import { normalizeText } from '../search/normalize.ts';
import type { Records } from './records.ts';
import { WriteBatcher } from './write-batcher.ts';

/** Where a request came from: the platform and its community (guild, team); none for DMs and the console. */
export interface Place {
  platform: string;
  community?: string;
}

/** What happened to one question, as recorded (without who asked, unless configured). */
export interface QuestionRecord extends Place {
  question: string;
  outcome: 'answer' | 'abstain' | 'clarify' | 'error' | 'info';
  confidence: number;
  entryId?: string;
  /** The id feedback buttons carry, so a click finds the answer it is about. */
  answerId?: string;
  /** Only stored when the operator sets RECORD_ASKER_IDENTITY=true. */
  userId?: string;
}

/** One person's helpful / not helpful click on one answer. */
export interface FeedbackRecord extends Place {
  answerId: string;
  helpful: boolean;
  /** Used only to count a person once per answer, stored as a keyed hash that cannot be linked across answers. */
  userId: string;
}

/** Whether a click counted: a person's second click on the same answer, or one on a purged answer, does not. */
export type FeedbackOutcome = 'counted' | 'already-counted' | 'unknown-answer';

export interface AuditRecord extends Place {
  moderatorId: string;
  action: string;
  detail: string;
}

/** A question the bot could not answer well, grouped with its repeats. */
export interface Gap {
  question: string;
  count: number;
  lastAskedAt: string;
  reason: 'abstained' | 'unsure' | 'unhelpful';
}

/** A community's own settings; absent values fall back to the operator's defaults (environment). */
export interface CommunitySettings {
  /** Channel where knowledge problems are announced to this community's moderators. */
  announceChannel?: string;
  cooldownSeconds?: number;
  answerMentions?: boolean;
  /** Channel where members' reports of suspicious messages are posted (`/settings security`). */
  securityChannel?: string;
}

export interface RecordsStoreOptions {
  /** Store who asked each question (RECORD_ASKER_IDENTITY). */
  recordIdentity?: boolean;
  /** Days question text and feedback are kept; 0 keeps no question text at all. */
  retentionDays?: number;
  /** The clock; tests pass their own. */
  now?: () => Date;
}

/** Answers below this confidence are reported by /kb gaps even though they were given. */
export const LOW_CONFIDENCE = ANSWER_THRESHOLDS.reviewBelow;
const DAY_MS = 86_400_000;

/** Schema migrations, applied in order; PRAGMA user_version records how many have run. */
const MIGRATIONS = [
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     asked_at TEXT NOT NULL,
     platform TEXT NOT NULL,
     question TEXT NOT NULL,
     normalized TEXT NOT NULL,
     outcome TEXT NOT NULL,
     confidence REAL NOT NULL,
     entry_id TEXT,
     user_id TEXT
   );
   CREATE INDEX questions_by_normalized ON questions (normalized);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     platform TEXT NOT NULL,
     question TEXT NOT NULL,
     normalized TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     helpful INTEGER NOT NULL,
     user_id TEXT
   );
   CREATE TABLE audit (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     platform TEXT NOT NULL,
     moderator_id TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL
   );`,
  // Communities: every record says where it came from, so moderators see only their own community's.
  `ALTER TABLE questions ADD COLUMN community TEXT;
   ALTER TABLE questions ADD COLUMN answer_id TEXT;
   CREATE UNIQUE INDEX questions_by_answer ON questions (answer_id);
   CREATE INDEX questions_by_time ON questions (asked_at);
   ALTER TABLE feedback ADD COLUMN community TEXT;
   ALTER TABLE feedback ADD COLUMN answer_id TEXT;
   ALTER TABLE feedback ADD COLUMN voter TEXT;
   CREATE UNIQUE INDEX feedback_once_per_voter ON feedback (answer_id, voter);
   ALTER TABLE audit ADD COLUMN community TEXT;
   CREATE TABLE community_settings (
     platform TEXT NOT NULL,
     community TEXT NOT NULL,
     announce_channel TEXT,
     cooldown_seconds INTEGER,
     answer_mentions INTEGER,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (platform, community)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Reporting to a person: where a community wants members' reports of suspicious messages.
  `ALTER TABLE community_settings ADD COLUMN security_channel TEXT;`,
  // Onboarding: who has had the first-message welcome, as a keyed hash of platform and user id.
  `CREATE TABLE welcomed (person TEXT PRIMARY KEY, at TEXT NOT NULL);`,
  // Slack for many workspaces: each workspace's installation (its bot token) as Bolt's OAuth gives it (src/records/installations.ts).
  INSTALLATIONS_MIGRATION,
];

type QuestionRow = [string, string, string | null, string, string, string, number, string | null, string | null, string | null];

/**
 * The bot's own records in SQLite: questions with their outcome and community, feedback, the moderators'
 * audit log and each community's settings.
 * Created and migrated on first use. Questions are written by group commit (one transaction per
 * SQLITE_RECORDS.flushMs or maxBatch rows), and `recordQuestion` resolves only once its row is committed:
 * an answer that waited for its record loses nothing when the process is killed (and, with
 * SQLITE_RECORDS.synchronous FULL, nothing to a power cut either). Every read first writes what is queued,
 * so it sees every earlier write.
 */
export class RecordsStore implements Records {
  private readonly db: Database.Database;
  /** Whether who asked is stored (RECORD_ASKER_IDENTITY). */
  readonly recordIdentity: boolean;
  private readonly clock: () => Date;
  /** Days records are kept (0: no question text is kept, and rows only for a day). */
  readonly retentionDays: number;
  private voterKey!: Buffer;
  private readonly batcher: WriteBatcher<QuestionRow>;
  private readonly insertQuestion: Database.Statement<QuestionRow>;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string, options: RecordsStoreOptions | boolean = {}) {
    const { recordIdentity = false, retentionDays = 90, now = () => new Date() } = typeof options === 'boolean' ? { recordIdentity: options } : options;
    this.recordIdentity = recordIdentity;
    this.retentionDays = retentionDays;
    this.clock = now;
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${SQLITE_RECORDS.synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.insertQuestion = this.db.prepare(
      'INSERT INTO questions (asked_at, platform, community, question, normalized, outcome, confidence, entry_id, answer_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const writeQuestions = this.db.transaction((rows: QuestionRow[]) => {
      for (const row of rows) this.insertQuestion.run(...row);
    });
    this.batcher = new WriteBatcher<QuestionRow>({
      flushMs: SQLITE_RECORDS.flushMs,
      maxBatch: SQLITE_RECORDS.maxBatch,
      maxPending: SQLITE_RECORDS.maxPending,
      write: (rows) => writeQuestions(rows),
      // The store has no logger: the waiters (the pipeline) log the failure; the rows are retried.
      onError: () => undefined,
    });
  }

  /** Opens `records.sqlite` in the data directory. */
  static open(dataDir: string, options: RecordsStoreOptions | boolean = {}): RecordsStore {
    return new RecordsStore(path.join(dataDir, 'records.sqlite'), options);
  }

  /** Whether question text is stored at all. */
  get keepsQuestionText(): boolean {
    return this.retentionDays > 0;
  }

  private migrate(): void {
    const done = this.db.pragma('user_version', { simple: true }) as number;
    for (let version = done; version < MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[version]!);
        this.db.pragma(`user_version = ${version + 1}`);
      })();
    }
    // A random key per database for hashing voters: the same person on another answer gets another hash.
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('voter-key', ?)").run(randomBytes(32).toString('hex'));
    this.voterKey = Buffer.from((this.db.prepare("SELECT value FROM meta WHERE key = 'voter-key'").get() as { value: string }).value, 'hex');
  }

  /** Queues the question; resolves once it is committed (rejects if its batch failed; the row is retried). */
  recordQuestion(record: QuestionRecord): Promise<void> {
    const text = this.keepsQuestionText ? record.question : '';
    const written = this.batcher.addAndWait([
      this.now(), record.platform, record.community ?? null, text, normalizeText(text), record.outcome, record.confidence, record.entryId ?? null, record.answerId ?? null, this.identity(record.userId),
    ]);
    // A caller that does not wait (a script, a test) must not see a failure as an unhandled rejection.
    written.catch(() => undefined);
    return written;
  }

  /** Records a click once per person per answer; the question and entry come from the answer's record. */
  recordFeedback(record: FeedbackRecord): FeedbackOutcome {
    this.batcher.settleNow();
    const answer = this.statement('SELECT question, normalized, entry_id AS entryId FROM questions WHERE answer_id = ?').get(record.answerId) as
      | { question: string; normalized: string; entryId: string | null }
      | undefined;
    if (!answer?.entryId) return 'unknown-answer';
    const voter = createHmac('sha256', this.voterKey).update(`${record.answerId}\u0000${record.platform}\u0000${record.userId}`).digest('hex');
    const inserted = this.statement('INSERT OR IGNORE INTO feedback (at, platform, community, question, normalized, entry_id, helpful, user_id, answer_id, voter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(this.now(), record.platform, record.community ?? null, answer.question, answer.normalized, answer.entryId, record.helpful ? 1 : 0, this.identity(record.userId), record.answerId, voter);
    return inserted.changes === 1 ? 'counted' : 'already-counted';
  }

  /**
   * True the first time a person writes to the bot directly (so they get the welcome once), false after.
   * Stored as a keyed hash of platform and user id, never the id itself.
   */
  firstContact(platform: string, userId: string): boolean {
    const person = createHmac('sha256', this.voterKey).update(`welcome\u0000${platform}\u0000${userId}`).digest('hex');
    return this.statement('INSERT OR IGNORE INTO welcomed (person, at) VALUES (?, ?)').run(person, this.now()).changes === 1;
  }

  /** Moderator actions are always recorded with who did them: that is what an audit log is for. */
  recordAudit(record: AuditRecord): void {
    this.statement('INSERT INTO audit (at, platform, community, moderator_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.now(), record.platform, record.community ?? null, record.moderatorId, record.action, record.detail);
  }

  /**
   * Questions abstained on, answered with low confidence, or marked unhelpful: grouped, counted, newest
   * first. With a place, only that community's (a moderator's view); without, every community's.
   */
  gaps(limit = 20, place?: Place): Gap[] {
    this.batcher.settleNow();
    const where = place ? 'AND platform = @platform AND community IS @community' : '';
    return this.statement(
        `SELECT question, count, last_at AS lastAskedAt, reason FROM (
           SELECT MAX(question) AS question, COUNT(*) AS count, MAX(asked_at) AS last_at,
                  CASE WHEN SUM(outcome IN ('abstain', 'clarify')) > 0 THEN 'abstained' ELSE 'unsure' END AS reason
             FROM questions
            WHERE (outcome IN ('abstain', 'clarify') OR (outcome = 'answer' AND confidence < @low)) AND question <> '' ${where}
            GROUP BY normalized
           UNION ALL
           SELECT MAX(question), COUNT(*), MAX(at), 'unhelpful' FROM feedback WHERE helpful = 0 AND question <> '' ${where} GROUP BY normalized
         ) ORDER BY last_at DESC LIMIT @limit`,
      )
      .all({ low: LOW_CONFIDENCE, limit, platform: place?.platform ?? null, community: place?.community ?? null }) as Gap[];
  }

  audit(limit = 50): (AuditRecord & { at: string })[] {
    return this.statement('SELECT at, platform, community, moderator_id AS moderatorId, action, detail FROM audit ORDER BY id DESC LIMIT ?')
      .all(limit) as (AuditRecord & { at: string })[];
  }

  counts(): { questions: number; feedback: number; audit: number } {
    this.batcher.settleNow();
    const count = (table: string) => (this.statement(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { questions: count('questions'), feedback: count('feedback'), audit: count('audit') };
  }

  /**
   * Deletes questions and feedback older than the retention period (a day when no text is kept, so a
   * click on a fresh answer still counts). Returns how many rows went. The audit log is kept.
   */
  applyRetention(): { questions: number; feedback: number } {
    this.batcher.settleNow();
    const days = this.keepsQuestionText ? this.retentionDays : 1;
    const cutoff = new Date(this.clock().getTime() - days * DAY_MS).toISOString();
    return this.db.transaction(() => ({
      questions: this.statement('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes,
      feedback: this.statement('DELETE FROM feedback WHERE at < ?').run(cutoff).changes,
    }))();
  }

  /** Every question and feedback record of one community, oldest first (for a maintainer's export). */
  exportCommunity(place: Required<Place>): { questions: unknown[]; feedback: unknown[] } {
    this.batcher.settleNow();
    const args = { platform: place.platform, community: place.community };
    return {
      questions: this.statement('SELECT asked_at AS askedAt, question, outcome, confidence, entry_id AS entryId, user_id AS userId FROM questions WHERE platform = @platform AND community = @community ORDER BY id')
        .all(args),
      feedback: this.statement('SELECT at, question, entry_id AS entryId, helpful, user_id AS userId FROM feedback WHERE platform = @platform AND community = @community ORDER BY id')
        .all(args),
    };
  }

  /** Deletes every question and feedback record of one community. */
  purgeCommunity(place: Required<Place>): { questions: number; feedback: number } {
    this.batcher.settleNow();
    const args = { platform: place.platform, community: place.community };
    return this.db.transaction(() => ({
      questions: this.statement('DELETE FROM questions WHERE platform = @platform AND community = @community').run(args).changes,
      feedback: this.statement('DELETE FROM feedback WHERE platform = @platform AND community = @community').run(args).changes,
    }))();
  }

  communitySettings(place: Required<Place>): CommunitySettings {
    const row = this.statement(
        'SELECT announce_channel AS announceChannel, cooldown_seconds AS cooldownSeconds, answer_mentions AS answerMentions, security_channel AS securityChannel FROM community_settings WHERE platform = ? AND community = ?',
      )
      .get(place.platform, place.community) as
      | { announceChannel: string | null; cooldownSeconds: number | null; answerMentions: number | null; securityChannel: string | null }
      | undefined;
    if (!row) return {};
    return {
      ...(row.announceChannel !== null ? { announceChannel: row.announceChannel } : {}),
      ...(row.cooldownSeconds !== null ? { cooldownSeconds: row.cooldownSeconds } : {}),
      ...(row.answerMentions !== null ? { answerMentions: row.answerMentions === 1 } : {}),
      ...(row.securityChannel !== null ? { securityChannel: row.securityChannel } : {}),
    };
  }

  /** Changes some of a community's settings; `null` returns a setting to the operator's default. */
  updateCommunitySettings(place: Required<Place>, change: { [K in keyof CommunitySettings]?: CommunitySettings[K] | null }): CommunitySettings {
    const next = { ...this.communitySettings(place) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(change)) if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
    const settings = next as CommunitySettings;
    this.statement(
        `INSERT INTO community_settings (platform, community, announce_channel, cooldown_seconds, answer_mentions, security_channel, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, community) DO UPDATE SET announce_channel = excluded.announce_channel, cooldown_seconds = excluded.cooldown_seconds,
           answer_mentions = excluded.answer_mentions, security_channel = excluded.security_channel, updated_at = excluded.updated_at`,
      )
      .run(
        place.platform,
        place.community,
        settings.announceChannel ?? null,
        settings.cooldownSeconds ?? null,
        settings.answerMentions === undefined ? null : settings.answerMentions ? 1 : 0,
        settings.securityChannel ?? null,
        this.now(),
      );
    return settings;
  }

  /** Every community of a platform that set an announcement channel. */
  announceChannels(platform: string): { community: string; channel: string }[] {
    return this.statement('SELECT community, announce_channel AS channel FROM community_settings WHERE platform = ? AND announce_channel IS NOT NULL')
      .all(platform) as { community: string; channel: string }[];
  }

  ping(): void {
    this.statement('SELECT 1').get();
  }

  /** Writes what is queued, then closes the database. */
  close(): void {
    this.batcher.stop();
    try {
      this.batcher.settleNow();
    } catch (error) {
      this.batcher.abandon(error);
    }
    this.db.close();
  }

  /** The prepared statement for `sql`, prepared once: preparing costs more than running most of them. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private identity(userId: string | undefined): string | null {
    return this.recordIdentity && userId ? userId : null;
  }
}
