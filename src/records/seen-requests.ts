import path from 'node:path';
import Database from 'better-sqlite3';
import { SEEN_REQUESTS } from '../parameters.ts';
import { WalCheckpointer } from './wal-checkpointer.ts';

/**
 * Ids of platform requests already handled (a Slack event id, a slash command's or a click's trigger id,
 * or a request signature), kept in SQLite so that a replayed or retried request is refused even after a
 * restart and however many came in between. Each id is forgotten once `memoryMs` has passed, by which time
 * the platform would refuse the request as stale anyway.
 *
 * Its own small database file next to the records, so it never touches the records' schema.
 */
export class SeenRequests {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number, number]>;
  private readonly prune: Database.Statement<[number]>;
  private inserts = 0;
  private readonly checkpointer: WalCheckpointer | undefined;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Each request is checked here before it is acknowledged, so no disk flush per request: a commit in WAL
    // mode without one survives the process being killed, and only a power cut can forget the last few ids,
    // whose requests Slack's five-minute timestamp window refuses soon after anyway.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS seen_requests (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID');
    // Pruning finds the expired ids by this index: without it every prune scanned the whole table, which
    // under a crowd (an hour of 1,000 requests a second) holds millions of ids.
    this.db.exec('CREATE INDEX IF NOT EXISTS seen_requests_by_expiry ON seen_requests (expires_at)');
    // Checkpoints (each a disk flush) run in a worker, off the event loop; SQLite's own only as a backstop.
    if (file !== ':memory:') {
      this.db.pragma(`wal_autocheckpoint = ${SEEN_REQUESTS.backstopCheckpointPages}`);
      this.checkpointer = new WalCheckpointer(file, SEEN_REQUESTS.checkpointEveryMs);
    }
    this.insert = this.db.prepare('INSERT INTO seen_requests (id, expires_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_requests.expires_at < ?');
    this.prune = this.db.prepare('DELETE FROM seen_requests WHERE expires_at < ?');
  }

  /** Opens `seen-requests.sqlite` in the data directory. */
  static open(dataDir: string): SeenRequests {
    return new SeenRequests(path.join(dataDir, 'seen-requests.sqlite'));
  }

  /**
   * Records `id` and returns true the first time it is seen within `memoryMs`; false for a repeat. Atomic
   * across processes sharing the file: of two that race, exactly one gets true.
   */
  firstTime(id: string, memoryMs: number, now = Date.now()): boolean {
    const changed = this.insert.run(id, now + memoryMs, now).changes > 0;
    if (++this.inserts % 1_000 === 0) this.prune.run(now);
    return changed;
  }

  close(): void {
    this.checkpointer?.close();
    this.db.close();
  }
}
