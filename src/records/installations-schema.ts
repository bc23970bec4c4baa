/**
 * The table of platform installations, the same in SQLite and PostgreSQL: one row per installed workspace
 * (or organisation), keyed by `kind:id`, holding the platform's installation as JSON. The JSON holds the
 * workspace's bot token: a secret, read only to answer that workspace and never logged.
 */
export const INSTALLATIONS_MIGRATION = `CREATE TABLE IF NOT EXISTS installations (
     platform TEXT NOT NULL,
     installation_key TEXT NOT NULL,
     installation TEXT NOT NULL,
     installed_at TEXT NOT NULL,
     PRIMARY KEY (platform, installation_key)
   );`;
