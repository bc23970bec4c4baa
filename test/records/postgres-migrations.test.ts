import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { PostgresRecords } from '../../src/records/postgres-records.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;

/** Upgrading a PostgreSQL records database in place (skipped without TEST_DATABASE_URL; .ci/run sets it). */
describe.skipIf(!databaseUrl)('PostgreSQL records migrations', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  afterEach(() => sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));

  it('migrates a database from before security channels and welcomes, keeping community settings', async () => {
    const open = () => PostgresRecords.open({ connectionString: databaseUrl!, schema, logger: silentLogger() });
    const current = await open();
    await current.updateCommunitySettings({ platform: 'discord', community: 'G1' }, { cooldownSeconds: 9, announceChannel: '300000000000000001' });
    await current.close();
    // Back to schema version 1, as the bot left it before reporting and onboarding.
    await sql('DROP TABLE welcomed; ALTER TABLE community_settings DROP COLUMN security_channel; DELETE FROM schema_migrations WHERE version > 1;');

    const store = await open();
    try {
      const place = { platform: 'discord', community: 'G1' };
      expect(await store.communitySettings(place)).toEqual({ cooldownSeconds: 9, announceChannel: '300000000000000001' });
      await store.updateCommunitySettings(place, { securityChannel: '300000000000000009' });
      expect(await store.communitySettings(place)).toEqual({ cooldownSeconds: 9, announceChannel: '300000000000000001', securityChannel: '300000000000000009' });
      expect(await store.firstContact('discord', 'U1')).toBe(true);
      expect(await store.firstContact('discord', 'U1')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
