import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { CoreConfig } from '../core/config.ts';
import type { Logger } from '../core/logger.ts';
import { POSTGRES_RECORDS } from '../parameters.ts';
import { PostgresRecords } from './postgres-records.ts';
import { RecordsStore } from './records-store.ts';

/**
 * Where a platform's installations are kept (Slack's, one per workspace that installed the app), in the
 * records database: SQLite by default, PostgreSQL when DATABASE_URL is set, so every copy of the bot sees
 * an installation the moment one of them stores it. Values are opaque JSON to this store.
 */
export interface Installations {
  save(platform: string, key: string, installation: string): Promise<void>;
  find(platform: string, key: string): Promise<string | undefined>;
  /** True when there was one to remove. */
  remove(platform: string, key: string): Promise<boolean>;
  count(platform: string): Promise<number>;
  close(): Promise<void>;
}

/** Opens the installations beside the records the operator configured; the records' migrations create the table. */
export async function openInstallations(config: Pick<CoreConfig, 'DATABASE_URL' | 'DATA_DIR'>, logger: Logger): Promise<Installations> {
  if (config.DATABASE_URL) return PostgresInstallations.open({ connectionString: config.DATABASE_URL, logger });
  return SqliteInstallations.open(path.join(config.DATA_DIR, 'records.sqlite'));
}

/** In the records' SQLite file, on a connection of its own (WAL lets it sit beside the records'). */
export class SqliteInstallations implements Installations {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteInstallations {
    // The records store owns the schema: opening it applies any migration not yet run.
    new RecordsStore(file).close();
    const db = new Database(file);
    db.pragma('busy_timeout = 5000');
    return new SqliteInstallations(db);
  }

  async save(platform: string, key: string, installation: string): Promise<void> {
    this.db
      .prepare('INSERT INTO installations (platform, installation_key, installation, installed_at) VALUES (?, ?, ?, ?) ON CONFLICT (platform, installation_key) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at')
      .run(platform, key, installation, new Date().toISOString());
  }

  async find(platform: string, key: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT installation FROM installations WHERE platform = ? AND installation_key = ?').get(platform, key) as { installation: string } | undefined;
    return row?.installation;
  }

  async remove(platform: string, key: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM installations WHERE platform = ? AND installation_key = ?').run(platform, key).changes > 0;
  }

  async count(platform: string): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM installations WHERE platform = ?').get(platform) as { n: number }).n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** In PostgreSQL, through a small pool of its own: installations are read once per event, and cached by no one. */
export class PostgresInstallations implements Installations {
  private constructor(private readonly pool: pg.Pool) {}

  static async open({ connectionString, schema, logger }: { connectionString: string; schema?: string; logger: Logger }): Promise<PostgresInstallations> {
    // The records store owns the schema (and its migration lock): opening it applies any migration not yet run.
    await (await PostgresRecords.open({ connectionString, logger, poolSize: 1, ...(schema ? { schema } : {}) })).close();
    const pool = new pg.Pool({ connectionString, max: POSTGRES_RECORDS.installationsPoolSize, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', (error) => logger.warn({ code: (error as { code?: string }).code }, 'a PostgreSQL connection failed; the pool replaces it'));
    return new PostgresInstallations(pool);
  }

  async save(platform: string, key: string, installation: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO installations (platform, installation_key, installation, installed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (platform, installation_key) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at',
      [platform, key, installation, new Date().toISOString()],
    );
  }

  async find(platform: string, key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ installation: string }>('SELECT installation FROM installations WHERE platform = $1 AND installation_key = $2', [platform, key]);
    return rows[0]?.installation;
  }

  async remove(platform: string, key: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM installations WHERE platform = $1 AND installation_key = $2', [platform, key])).rowCount ?? 0) > 0;
  }

  async count(platform: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM installations WHERE platform = $1', [platform]);
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
