import type { CoreConfig } from '../core/config.ts';
import type { Logger } from '../core/logger.ts';
import { PostgresRecords } from './postgres-records.ts';
import type { Records } from './records.ts';
import { RecordsStore } from './records-store.ts';

/**
 * Opens the records the operator configured: PostgreSQL when DATABASE_URL is set (several processes share
 * it), otherwise SQLite in DATA_DIR (one process, nothing to run beside it).
 */
export async function openRecords(
  config: Pick<CoreConfig, 'DATABASE_URL' | 'DATA_DIR' | 'RECORD_ASKER_IDENTITY' | 'RECORDS_RETENTION_DAYS'>,
  logger: Logger,
): Promise<Records> {
  const options = { recordIdentity: config.RECORD_ASKER_IDENTITY, retentionDays: config.RECORDS_RETENTION_DAYS };
  if (config.DATABASE_URL) return PostgresRecords.open({ ...options, connectionString: config.DATABASE_URL, logger });
  return RecordsStore.open(config.DATA_DIR, options);
}
