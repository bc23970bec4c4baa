import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SeenRequests } from '../../src/records/seen-requests.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';

describe('the durable record of handled requests', () => {
  it('says "first time" once per id, across restarts and across processes sharing the file, until the id expires', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seen-'));
    const one = SeenRequests.open(dir);
    const other = SeenRequests.open(dir); // a second process (or the same after a restart)
    expect(one.firstTime('sig-a', 60_000, 1_000)).toBe(true);
    expect(other.firstTime('sig-a', 60_000, 2_000)).toBe(false);
    expect(one.firstTime('sig-a', 60_000, 3_000)).toBe(false);
    // Far more ids than any in-memory list kept: the first is still remembered.
    for (let i = 0; i < 5_000; i++) one.firstTime(`sig-${i}`, 60_000, 4_000);
    expect(other.firstTime('sig-a', 60_000, 5_000)).toBe(false);
    // Once expired, the id may be used again (Slack would refuse a request that old anyway).
    expect(other.firstTime('sig-a', 60_000, 62_000)).toBe(true);
    one.close();
    other.close();
  });

  it('finds the expired ids to prune by an index, not by reading every id kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seen-'));
    SeenRequests.open(dir).close();
    const db = new Database(path.join(dir, 'seen-requests.sqlite'), { readonly: true });
    const plan = db.prepare('EXPLAIN QUERY PLAN DELETE FROM seen_requests WHERE expires_at < ?').all(0) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('; ')).toMatch(/USING (?:COVERING )?INDEX seen_requests_by_expiry/);
    db.close();
  });

  it('copies its write-ahead log into the database from a worker, not in the inserting thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seen-'));
    const seen = SeenRequests.open(dir);
    const file = path.join(dir, 'seen-requests.sqlite');
    const before = statSync(file).size;
    // About 2,000 pages of log: below the backstop, so only the worker's checkpoint moves them into the file.
    for (let i = 0; i < 2_000; i++) seen.firstTime(`slack-signature:${i}`, 60_000, 1_000);
    expect(statSync(file).size).toBe(before);
    await waitUntil(() => statSync(file).size > before, 'the checkpoint to fill the database file');
    expect(seen.firstTime('slack-signature:7', 60_000, 2_000)).toBe(false);
    seen.close();
  });
});
