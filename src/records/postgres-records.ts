import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { BallotguardError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { POSTGRES_RECORDS } from '../parameters.ts';
import { normalizeText } from '../search/normalize.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import { WriteBatcher } from './write-batcher.ts';
import type { CommunityExport, Records } from './records.ts';
import {
  LOW_CONFIDENCE,
  type AuditRecord,
  type CommunitySettings,
  type FeedbackOutcome,
  type FeedbackRecord,
  type Gap,
  type Place,
  type QuestionRecord,
  type RecordsStoreOptions,
} from './records-store.ts';

const DAY_MS = 86_400_000;
/** Any constant: the advisory lock that lets one process at a time migrate a shared database. */
const MIGRATION_LOCK = 7_261_014;

export interface PostgresRecordsOptions extends RecordsStoreOptions {
  /** A PostgreSQL connection string (DATABASE_URL). */
  connectionString: string;
  /** The schema the tables live in (created when missing); PostgreSQL's search path when absent. */
  schema?: string;
  logger: Logger;
  /** Connections in the pool (POSTGRES_RECORDS.poolSize unless given). */
  poolSize?: number;
}

/** The database named in DATABASE_URL cannot be reached or set up; the message says which it was. */
export class DatabaseUnavailableError extends BallotguardError {
  constructor(message: string, cause: unknown) {
    super('DATABASE_UNAVAILABLE', message, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

type Row = { table: 'questions' | 'audit'; values: unknown[] };
const COLUMNS = {
  questions: ['asked_at', 'platform', 'community', 'question', 'normalized', 'outcome', 'confidence', 'entry_id', 'answer_id', 'user_id'],
  audit: ['at', 'platform', 'community', 'moderator_id', 'action', 'detail'],
} as const;

/** Only a PostgreSQL error's code is logged: its message and detail may quote stored values (questions). */
const errorCode = (error: unknown) => (error && typeof error === 'object' && 'code' in error ? String(error.code) : 'unknown');
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/**
 * The bot's records in PostgreSQL (DATABASE_URL), for deployments of several processes: the same records
 * and behaviour as the SQLite store, through a connection pool. Questions and audit rows are queued and
 * written in batches in the background, so answering never waits on the database; any read first waits for
 * the rows queued before it, so a click on a fresh answer finds it. Open with `PostgresRecords.open`.
 */
export class PostgresRecords implements Records {
  readonly recordIdentity: boolean;
  readonly retentionDays: number;
  private readonly clock: () => Date;
  private readonly logger: Logger;
  private readonly batcher: WriteBatcher<Row>;
  private closed = false;
  private voterKey = Buffer.alloc(0);

  private constructor(
    private readonly pool: pg.Pool,
    options: PostgresRecordsOptions,
  ) {
    this.recordIdentity = options.recordIdentity ?? false;
    this.retentionDays = options.retentionDays ?? 90;
    this.clock = options.now ?? (() => new Date());
    this.logger = options.logger;
    this.batcher = new WriteBatcher<Row>({
      flushMs: POSTGRES_RECORDS.flushMs,
      maxBatch: POSTGRES_RECORDS.maxBatch,
      maxPending: POSTGRES_RECORDS.maxPending,
      write: (batch) => this.writeBatch(batch),
      onError: (error, state) => this.logger.error({ code: errorCode(error), rows: state.pending, dropped: state.dropped }, 'could not write records; retrying'),
    });
  }

  /** Connects, applies any migrations not yet run, and returns the store ready for use. */
  static async open(options: PostgresRecordsOptions): Promise<PostgresRecords> {
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new DatabaseUnavailableError(`invalid schema name for the records: ${schema}`, undefined);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? POSTGRES_RECORDS.poolSize,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle connection the server drops must not crash the process: the pool replaces it.
    pool.on('error', (error) => options.logger.warn({ code: errorCode(error) }, 'a PostgreSQL connection failed; the pool replaces it'));
    const store = new PostgresRecords(pool, options);
    try {
      await store.migrate(schema);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new DatabaseUnavailableError(`cannot open the records database (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`, error);
    }
    return store;
  }

  get keepsQuestionText(): boolean {
    return this.retentionDays > 0;
  }

  private async migrate(schema: string | undefined): Promise<void> {
    await this.transaction(async (client) => {
      // Under the lock, so processes starting together neither race to create the schema nor migrate twice.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
      for (let version = rows[0]?.version ?? 0; version < POSTGRES_MIGRATIONS.length; version++) {
        await client.query(POSTGRES_MIGRATIONS[version]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
      }
      // A random key per database for hashing voters: the same person on another answer gets another hash.
      await client.query("INSERT INTO meta (key, value) VALUES ('voter-key', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('hex')]);
      const key = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'voter-key'");
      this.voterKey = Buffer.from(key.rows[0]!.value, 'hex');
    });
  }

  recordQuestion(record: QuestionRecord): void {
    const text = this.keepsQuestionText ? record.question : '';
    this.enqueue({
      table: 'questions',
      values: [this.now(), record.platform, record.community ?? null, text, normalizeText(text), record.outcome, record.confidence, record.entryId ?? null, record.answerId ?? null, this.identity(record.userId)],
    });
  }

  /**
   * True the first time a person writes to the bot directly (so they get the welcome once, whichever process
   * answers), false after. Stored as a keyed hash of platform and user id, never the id itself.
   */
  async firstContact(platform: string, userId: string): Promise<boolean> {
    const person = createHmac('sha256', this.voterKey).update(`welcome\u0000${platform}\u0000${userId}`).digest('hex');
    const result = await this.pool.query('INSERT INTO welcomed (person, at) VALUES ($1, $2) ON CONFLICT (person) DO NOTHING', [person, this.now()]);
    return result.rowCount === 1;
  }

  /** Moderator actions are always recorded with who did them: that is what an audit log is for. */
  recordAudit(record: AuditRecord): void {
    this.enqueue({ table: 'audit', values: [this.now(), record.platform, record.community ?? null, record.moderatorId, record.action, record.detail] });
  }

  async recordFeedback(record: FeedbackRecord): Promise<FeedbackOutcome> {
    await this.settle();
    const outcome = await this.insertFeedback(record);
    if (outcome !== 'unknown-answer') return outcome;
    // The answer may come from another process whose batch is not written yet: look again once it must be.
    await new Promise((resolve) => setTimeout(resolve, POSTGRES_RECORDS.unknownAnswerRetryMs));
    return this.insertFeedback(record);
  }

  private async insertFeedback(record: FeedbackRecord): Promise<FeedbackOutcome> {
    const voter = createHmac('sha256', this.voterKey).update(`${record.answerId}\u0000${record.platform}\u0000${record.userId}`).digest('hex');
    // One statement: the answer's record is read and the click inserted together, once per voter.
    const result = await this.pool.query<{ inserted: boolean }>(
      `WITH answer AS (SELECT question, normalized, entry_id FROM questions WHERE answer_id = $1 AND entry_id IS NOT NULL),
            added AS (
              INSERT INTO feedback (at, platform, community, question, normalized, entry_id, helpful, user_id, answer_id, voter)
              SELECT $2, $3, $4, question, normalized, entry_id, $5, $6, $1, $7 FROM answer
              ON CONFLICT (answer_id, voter) DO NOTHING RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM answer) AS known, EXISTS (SELECT 1 FROM added) AS inserted`,
      [record.answerId, this.now(), record.platform, record.community ?? null, record.helpful, this.identity(record.userId), voter],
    );
    const row = result.rows[0] as unknown as { known: boolean; inserted: boolean };
    if (!row.known) return 'unknown-answer';
    return row.inserted ? 'counted' : 'already-counted';
  }

  async gaps(limit = 20, place?: Place): Promise<Gap[]> {
    await this.settle();
    const where = place ? 'AND platform = $3 AND community IS NOT DISTINCT FROM $4' : '';
    const { rows } = await this.pool.query<{ question: string; count: number; last_at: Date; reason: Gap['reason'] }>(
      `SELECT question, count, last_at, reason FROM (
         SELECT MAX(question) AS question, COUNT(*)::int AS count, MAX(asked_at) AS last_at,
                CASE WHEN bool_or(outcome IN ('abstain', 'clarify')) THEN 'abstained' ELSE 'unsure' END AS reason
           FROM questions
          WHERE (outcome IN ('abstain', 'clarify') OR (outcome = 'answer' AND confidence < $1)) AND question <> '' ${where}
          GROUP BY normalized
         UNION ALL
         SELECT MAX(question), COUNT(*)::int, MAX(at), 'unhelpful' FROM feedback WHERE NOT helpful AND question <> '' ${where} GROUP BY normalized
       ) AS gaps ORDER BY last_at DESC LIMIT $2`,
      place ? [LOW_CONFIDENCE, limit, place.platform, place.community ?? null] : [LOW_CONFIDENCE, limit],
    );
    return rows.map((r) => ({ question: r.question, count: r.count, lastAskedAt: iso(r.last_at), reason: r.reason }));
  }

  async audit(limit = 50): Promise<(AuditRecord & { at: string })[]> {
    await this.settle();
    const { rows } = await this.pool.query<{ at: Date; platform: string; community: string | null; moderatorId: string; action: string; detail: string }>(
      'SELECT at, platform, community, moderator_id AS "moderatorId", action, detail FROM audit ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({ ...r, at: iso(r.at), community: r.community ?? undefined }));
  }

  async counts(): Promise<{ questions: number; feedback: number; audit: number }> {
    await this.settle();
    const { rows } = await this.pool.query<{ questions: number; feedback: number; audit: number }>(
      'SELECT (SELECT COUNT(*) FROM questions)::int AS questions, (SELECT COUNT(*) FROM feedback)::int AS feedback, (SELECT COUNT(*) FROM audit)::int AS audit',
    );
    return rows[0]!;
  }

  async applyRetention(): Promise<{ questions: number; feedback: number }> {
    await this.settle();
    const days = this.keepsQuestionText ? this.retentionDays : 1;
    const cutoff = new Date(this.clock().getTime() - days * DAY_MS).toISOString();
    return this.transaction(async (client) => ({
      questions: (await client.query('DELETE FROM questions WHERE asked_at < $1', [cutoff])).rowCount ?? 0,
      feedback: (await client.query('DELETE FROM feedback WHERE at < $1', [cutoff])).rowCount ?? 0,
    }));
  }

  async exportCommunity(place: Required<Place>): Promise<CommunityExport> {
    await this.settle();
    const args = [place.platform, place.community];
    const questions = await this.pool.query<{ askedAt: Date }>(
      'SELECT asked_at AS "askedAt", question, outcome, confidence, entry_id AS "entryId", user_id AS "userId" FROM questions WHERE platform = $1 AND community = $2 ORDER BY id',
      args,
    );
    const feedback = await this.pool.query<{ at: Date; helpful: boolean }>(
      'SELECT at, question, entry_id AS "entryId", helpful, user_id AS "userId" FROM feedback WHERE platform = $1 AND community = $2 ORDER BY id',
      args,
    );
    // The same shapes as the SQLite store's export: ISO times, helpful as 1 or 0.
    return {
      questions: questions.rows.map((r) => ({ ...r, askedAt: iso(r.askedAt) })),
      feedback: feedback.rows.map((r) => ({ ...r, at: iso(r.at), helpful: r.helpful ? 1 : 0 })),
    };
  }

  async purgeCommunity(place: Required<Place>): Promise<{ questions: number; feedback: number }> {
    await this.settle();
    const args = [place.platform, place.community];
    return this.transaction(async (client) => ({
      questions: (await client.query('DELETE FROM questions WHERE platform = $1 AND community = $2', args)).rowCount ?? 0,
      feedback: (await client.query('DELETE FROM feedback WHERE platform = $1 AND community = $2', args)).rowCount ?? 0,
    }));
  }

  async communitySettings(place: Required<Place>): Promise<CommunitySettings> {
    const { rows } = await this.pool.query<{ announceChannel: string | null; cooldownSeconds: number | null; answerMentions: boolean | null; securityChannel: string | null }>(
      'SELECT announce_channel AS "announceChannel", cooldown_seconds AS "cooldownSeconds", answer_mentions AS "answerMentions", security_channel AS "securityChannel" FROM community_settings WHERE platform = $1 AND community = $2',
      [place.platform, place.community],
    );
    const row = rows[0];
    if (!row) return {};
    return {
      ...(row.announceChannel !== null ? { announceChannel: row.announceChannel } : {}),
      ...(row.cooldownSeconds !== null ? { cooldownSeconds: row.cooldownSeconds } : {}),
      ...(row.answerMentions !== null ? { answerMentions: row.answerMentions } : {}),
      ...(row.securityChannel !== null ? { securityChannel: row.securityChannel } : {}),
    };
  }

  /** Changes some of a community's settings; `null` returns a setting to the operator's default. */
  async updateCommunitySettings(place: Required<Place>, change: { [K in keyof CommunitySettings]?: CommunitySettings[K] | null }): Promise<CommunitySettings> {
    const next = { ...(await this.communitySettings(place)) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(change)) if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
    const settings = next as CommunitySettings;
    await this.pool.query(
      `INSERT INTO community_settings (platform, community, announce_channel, cooldown_seconds, answer_mentions, security_channel, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform, community) DO UPDATE SET announce_channel = excluded.announce_channel, cooldown_seconds = excluded.cooldown_seconds,
         answer_mentions = excluded.answer_mentions, security_channel = excluded.security_channel, updated_at = excluded.updated_at`,
      [place.platform, place.community, settings.announceChannel ?? null, settings.cooldownSeconds ?? null, settings.answerMentions ?? null, settings.securityChannel ?? null, this.now()],
    );
    return settings;
  }

  async announceChannels(platform: string): Promise<{ community: string; channel: string }[]> {
    const { rows } = await this.pool.query<{ community: string; channel: string }>(
      'SELECT community, announce_channel AS channel FROM community_settings WHERE platform = $1 AND announce_channel IS NOT NULL ORDER BY community',
      [platform],
    );
    return rows;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Writes what is queued (one attempt), then closes the pool. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.batcher.stop();
    await this.settle().catch((error: unknown) => {
      this.logger.error({ code: errorCode(error), rows: this.batcher.pending }, 'records not written before closing');
      this.batcher.abandon(error);
    });
    await this.pool.end();
  }

  private enqueue(row: Row): void {
    if (this.closed) throw new BallotguardError('RECORDS_CLOSED', 'the records store is closed');
    this.batcher.add(row);
  }

  /** Writes every row queued so far, so a read sees them; rejects (keeping the rows) when a batch fails. */
  private settle(): Promise<void> {
    return this.batcher.settle();
  }

  private async writeBatch(batch: Row[]): Promise<void> {
    await this.transaction(async (client) => {
      for (const table of ['questions', 'audit'] as const) {
        const rows = batch.filter((r) => r.table === table);
        if (rows.length === 0) continue;
        const columns = COLUMNS[table];
        const placeholders = rows.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`);
        // A repeated answer id (never expected: they are random) must not sink the rest of the batch.
        const conflict = table === 'questions' ? ' ON CONFLICT (answer_id) DO NOTHING' : '';
        await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders.join(', ')}${conflict}`, rows.flatMap((r) => r.values));
      }
    });
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private identity(userId: string | undefined): string | null {
    return this.recordIdentity && userId ? userId : null;
  }
}
