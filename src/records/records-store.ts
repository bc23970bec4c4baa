import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { normalizeText } from '../search/normalize.ts';

/** What happened to one question, as recorded (without who asked, unless configured). */
export interface QuestionRecord {
  question: string;
  outcome: 'answer' | 'abstain' | 'clarify' | 'error' | 'info';
  confidence: number;
  entryId?: string;
  platform: string;
  /** Only stored when the operator sets RECORD_ASKER_IDENTITY=true. */
  userId?: string;
}

export interface FeedbackRecord {
  question: string;
  entryId: string;
  helpful: boolean;
  platform: string;
  userId?: string;
}

export interface AuditRecord {
  platform: string;
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

/** Answers below this confidence are reported by /kb gaps even though they were given. */
const LOW_CONFIDENCE = 0.6;

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
];

/**
 * The bot's own records in SQLite: questions with their outcome, feedback, and the moderators' audit log.
 * Created and migrated on first use; WAL with full sync, so a crash loses nothing that was acknowledged.
 */
export class RecordsStore {
  private readonly db: Database.Database;

  constructor(file: string, private readonly recordIdentity = false) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  /** Opens `records.sqlite` in the data directory. */
  static open(dataDir: string, recordIdentity = false): RecordsStore {
    return new RecordsStore(path.join(dataDir, 'records.sqlite'), recordIdentity);
  }

  private migrate(): void {
    const done = this.db.pragma('user_version', { simple: true }) as number;
    for (let version = done; version < MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[version]!);
        this.db.pragma(`user_version = ${version + 1}`);
      })();
    }
  }

  recordQuestion(record: QuestionRecord): void {
    this.db
      .prepare('INSERT INTO questions (asked_at, platform, question, normalized, outcome, confidence, entry_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(now(), record.platform, record.question, normalizeText(record.question), record.outcome, record.confidence, record.entryId ?? null, this.identity(record.userId));
  }

  recordFeedback(record: FeedbackRecord): void {
    this.db
      .prepare('INSERT INTO feedback (at, platform, question, normalized, entry_id, helpful, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(now(), record.platform, record.question, normalizeText(record.question), record.entryId, record.helpful ? 1 : 0, this.identity(record.userId));
  }

  /** Moderator actions are always recorded with who did them: that is what an audit log is for. */
  recordAudit(record: AuditRecord): void {
    this.db.prepare('INSERT INTO audit (at, platform, moderator_id, action, detail) VALUES (?, ?, ?, ?, ?)').run(now(), record.platform, record.moderatorId, record.action, record.detail);
  }

  /** Questions abstained on, answered with low confidence, or marked unhelpful: grouped, counted, newest first. */
  gaps(limit = 20): Gap[] {
    return this.db
      .prepare(
        `SELECT question, count, last_at AS lastAskedAt, reason FROM (
           SELECT MAX(question) AS question, COUNT(*) AS count, MAX(asked_at) AS last_at,
                  CASE WHEN SUM(outcome IN ('abstain', 'clarify')) > 0 THEN 'abstained' ELSE 'unsure' END AS reason
             FROM questions
            WHERE outcome IN ('abstain', 'clarify') OR (outcome = 'answer' AND confidence < ?)
            GROUP BY normalized
           UNION ALL
           SELECT MAX(question), COUNT(*), MAX(at), 'unhelpful' FROM feedback WHERE helpful = 0 GROUP BY normalized
         ) ORDER BY last_at DESC LIMIT ?`,
      )
      .all(LOW_CONFIDENCE, limit) as Gap[];
  }

  audit(limit = 50): (AuditRecord & { at: string })[] {
    return this.db
      .prepare('SELECT at, platform, moderator_id AS moderatorId, action, detail FROM audit ORDER BY id DESC LIMIT ?')
      .all(limit) as (AuditRecord & { at: string })[];
  }

  counts(): { questions: number; feedback: number; audit: number } {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { questions: count('questions'), feedback: count('feedback'), audit: count('audit') };
  }

  close(): void {
    this.db.close();
  }

  private identity(userId: string | undefined): string | null {
    return this.recordIdentity && userId ? userId : null;
  }
}

function now(): string {
  return new Date().toISOString();
}
