import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { silentLogger } from '../../src/core/logger.ts';
import { PostgresInstallations, SqliteInstallations, type Installations } from '../../src/records/installations.ts';
import { PostgresRecords } from '../../src/records/postgres-records.ts';
import type { Records } from '../../src/records/records.ts';
import { RecordsStore, type RecordsStoreOptions } from '../../src/records/records-store.ts';

/** A place for one test's records: stores opened on it share their data, as a restarted bot would. */
export interface RecordsPlace {
  open(options?: RecordsStoreOptions): Promise<Records>;
  /** The platforms' installations in the same database (Slack for many workspaces). */
  installations(): Promise<Installations>;
  /** Removes the test's data. */
  remove(): Promise<void>;
}

export interface RecordsBackend {
  name: string;
  /** Why its tests are skipped, when they are. */
  skip: string | undefined;
  place(): Promise<RecordsPlace>;
}

/** The embedded default: a SQLite file in the test's own temporary directory. */
const sqlite: RecordsBackend = {
  name: 'SQLite',
  skip: undefined,
  async place() {
    const dir = await mkdtemp(path.join(tmpdir(), 'bg-records-'));
    return {
      open: async (options = {}) => new RecordsStore(path.join(dir, 'records.sqlite'), options),
      installations: async () => SqliteInstallations.open(path.join(dir, 'records.sqlite')),
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

const databaseUrl = process.env.TEST_DATABASE_URL;

/** PostgreSQL at TEST_DATABASE_URL (set by .ci/run): each test gets its own schema, dropped afterwards. */
const postgres: RecordsBackend = {
  name: 'PostgreSQL',
  skip: databaseUrl ? undefined : 'TEST_DATABASE_URL is not set',
  async place() {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    return {
      open: (options = {}) => PostgresRecords.open({ ...options, connectionString: databaseUrl!, schema, logger: silentLogger() }),
      installations: () => PostgresInstallations.open({ connectionString: databaseUrl!, schema, logger: silentLogger() }),
      async remove() {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

export const RECORDS_BACKENDS: readonly RecordsBackend[] = [sqlite, postgres];
