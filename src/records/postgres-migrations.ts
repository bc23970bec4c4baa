import { INSTALLATIONS_MIGRATION } from './installations-schema.ts';

/**
 * The PostgreSQL records schema, one migration per step, applied in order inside a transaction each; the
 * `schema_migrations` table records which have run. Never edit one that has shipped: add the next.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE questions (
     id BIGSERIAL PRIMARY KEY,
     asked_at TIMESTAMPTZ NOT NULL,
     platform TEXT NOT NULL,
     community TEXT,
     question TEXT NOT NULL,
     normalized TEXT NOT NULL,
     outcome TEXT NOT NULL,
     confidence DOUBLE PRECISION NOT NULL,
     entry_id TEXT,
     answer_id TEXT UNIQUE,
     user_id TEXT
   );
   CREATE INDEX questions_by_normalized ON questions (normalized);
   CREATE INDEX questions_by_time ON questions (asked_at);
   CREATE INDEX questions_by_community ON questions (platform, community);
   CREATE TABLE feedback (
     id BIGSERIAL PRIMARY KEY,
     at TIMESTAMPTZ NOT NULL,
     platform TEXT NOT NULL,
     community TEXT,
     question TEXT NOT NULL,
     normalized TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     user_id TEXT,
     answer_id TEXT NOT NULL,
     voter TEXT NOT NULL,
     UNIQUE (answer_id, voter)
   );
   CREATE INDEX feedback_by_time ON feedback (at);
   CREATE INDEX feedback_by_community ON feedback (platform, community);
   CREATE TABLE audit (
     id BIGSERIAL PRIMARY KEY,
     at TIMESTAMPTZ NOT NULL,
     platform TEXT NOT NULL,
     community TEXT,
     moderator_id TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL
   );
   CREATE TABLE community_settings (
     platform TEXT NOT NULL,
     community TEXT NOT NULL,
     announce_channel TEXT,
     cooldown_seconds INTEGER,
     answer_mentions BOOLEAN,
     updated_at TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (platform, community)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Reporting to a person and onboarding (SQLite's migrations 3 and 4): where a community wants members'
  // reports of suspicious messages, and who has had the first-message welcome, as a keyed hash.
  `ALTER TABLE community_settings ADD COLUMN security_channel TEXT;
   CREATE TABLE welcomed (person TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL);`,
  // Slack for many workspaces (SQLite's migration 5): each workspace's installation.
  INSTALLATIONS_MIGRATION,
];
