import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { RecordsStore } from '../../src/records/records-store.ts';
import { runTs } from '../helpers/run-process.ts';

describe('the records database', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bg-records-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is created on first use and keeps everything across a restart', () => {
    const first = RecordsStore.open(path.join(dir, 'data'));
    first.recordQuestion({ question: 'how do I bake bread', outcome: 'abstain', confidence: 0.1, platform: 'discord', userId: 'U1' });
    first.recordQuestion({ question: 'who is hun sen', outcome: 'answer', confidence: 0.9, entryId: 'hun-sen', answerId: 'A1', platform: 'slack', community: 'T1' });
    expect(first.recordFeedback({ answerId: 'A1', helpful: false, platform: 'slack', community: 'T1', userId: 'U2' })).toBe('counted');
    first.recordAudit({ platform: 'discord', moderatorId: 'M1', action: 'reload', detail: 'no changes' });
    first.close();

    const again = RecordsStore.open(path.join(dir, 'data'));
    expect(again.counts()).toEqual({ questions: 2, feedback: 1, audit: 1 });
    expect(again.gaps().map((g) => g.question).sort()).toEqual(['how do I bake bread', 'who is hun sen']);
    expect(again.audit()[0]).toMatchObject({ moderatorId: 'M1', action: 'reload' });
    again.close();
  });

  it('stores questions without the asker unless the operator configures it', async () => {
    const anonymous = new RecordsStore(path.join(dir, 'a.sqlite'));
    await anonymous.recordQuestion({ question: 'q', outcome: 'answer', confidence: 0.9, platform: 'discord', userId: 'U1' });
    const identified = new RecordsStore(path.join(dir, 'b.sqlite'), true);
    await identified.recordQuestion({ question: 'q', outcome: 'answer', confidence: 0.9, platform: 'discord', userId: 'U1' });
    const userIds = (store: RecordsStore) => (store as unknown as { db: { prepare(sql: string): { all(): { user_id: string | null }[] } } }).db.prepare('SELECT user_id FROM questions').all().map((r) => r.user_id);
    expect(userIds(anonymous)).toEqual([null]);
    expect(userIds(identified)).toEqual(['U1']);
    anonymous.close();
    identified.close();
  });

  it('migrates a database from before communities, keeping its records', () => {
    const file = path.join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE questions (id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL, platform TEXT NOT NULL, question TEXT NOT NULL, normalized TEXT NOT NULL,
                outcome TEXT NOT NULL, confidence REAL NOT NULL, entry_id TEXT, user_id TEXT);
              CREATE INDEX questions_by_normalized ON questions (normalized);
              CREATE TABLE feedback (id INTEGER PRIMARY KEY, at TEXT NOT NULL, platform TEXT NOT NULL, question TEXT NOT NULL, normalized TEXT NOT NULL,
                entry_id TEXT NOT NULL, helpful INTEGER NOT NULL, user_id TEXT);
              CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, platform TEXT NOT NULL, moderator_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
              PRAGMA user_version = 1;`);
    old.prepare("INSERT INTO questions (asked_at, platform, question, normalized, outcome, confidence) VALUES (?, 'discord', 'how do I bake bread', 'how do i bake bread', 'abstain', 0.1)").run(new Date().toISOString());
    old.close();
    const store = new RecordsStore(file);
    expect(store.gaps().map((g) => g.question)).toEqual(['how do I bake bread']);
    store.recordQuestion({ question: 'q', outcome: 'answer', confidence: 0.9, platform: 'slack', community: 'T1', answerId: 'a1' });
    expect(store.counts().questions).toBe(2);
    store.close();
  });

  it('migrates a database from before security channels and welcomes, keeping community settings', () => {
    const file = path.join(dir, 'v2.sqlite');
    const current = new RecordsStore(file);
    current.updateCommunitySettings({ platform: 'discord', community: 'G1' }, { cooldownSeconds: 9, announceChannel: '300000000000000001' });
    current.close();
    // Back to schema version 2, as a bot from before reporting and onboarding left it.
    const old = new Database(file);
    old.exec('DROP TABLE welcomed; ALTER TABLE community_settings DROP COLUMN security_channel; PRAGMA user_version = 2;');
    old.close();

    const store = new RecordsStore(file);
    expect(store.communitySettings({ platform: 'discord', community: 'G1' })).toEqual({ cooldownSeconds: 9, announceChannel: '300000000000000001' });
    expect(store.updateCommunitySettings({ platform: 'discord', community: 'G1' }, { securityChannel: '300000000000000002' })).toMatchObject({ cooldownSeconds: 9, securityChannel: '300000000000000002' });
    expect(store.communitySettings({ platform: 'discord', community: 'G1' }).securityChannel).toBe('300000000000000002');
    expect(store.firstContact('discord', 'U1')).toBe(true);
    expect(store.firstContact('discord', 'U1')).toBe(false);
    store.close();
  });

  it('loses nothing when two processes write at once', async () => {
    const data = path.join(dir, 'shared');
    RecordsStore.open(data).close();
    const results = await Promise.all([
      runTs('test/records/write-records.ts', [data, 'one', '300']),
      runTs('test/records/write-records.ts', [data, 'two', '300']),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const store = RecordsStore.open(data);
    expect(store.counts().questions).toBe(600);
    store.close();
  });
});
