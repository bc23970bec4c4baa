import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { OPERATING_LIMITS } from './operating-limits.ts';

const EnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the bot keeps its records (SQLite) and maintainers' exports. */
  DATA_DIR: z.string().min(1).default('data'),
  /** Keep the records in this PostgreSQL database instead of SQLite, e.g. postgresql://bot@db.internal/ballotguard. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a PostgreSQL connection string, postgresql://user:password@host:port/database').optional(),
  /** Store who asked each question. Off by default: the people asking may be at risk. */
  RECORD_ASKER_IDENTITY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Days questions and feedback are kept; 0 keeps no question text at all. */
  RECORDS_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  /**
   * Knowledge maintainers (may teach, reload and see every community's gaps): comma-separated
   * `platform:userId`, e.g. `discord:123456789012345678,slack:U0123ABC`. Never inferred from server roles.
   */
  MAINTAINER_IDS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(/^(discord|slack):[A-Za-z0-9]+$/, 'each maintainer is platform:userId, e.g. discord:123456789012345678 or slack:U0123ABC'))),
  /**
   * Security channels set by the operator, for communities whose moderators have not chosen one with
   * `/settings security`: comma-separated `platform:community:channel`, e.g.
   * `discord:123456789012345678:234567890123456789,slack:T0123ABC:C0456DEF`.
   */
  SECURITY_CHANNELS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(/^(discord|slack):[A-Za-z0-9]+:[A-Za-z0-9]+$/, 'each security channel is platform:community:channel, e.g. slack:T0123ABC:C0456DEF'))),
  /** Keep short-lived state every process shares (cooldowns) in this Redis, e.g. redis://cache.internal:6379. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a Redis URL, redis://[:password@]host:port[/db] or rediss:// for TLS').optional(),
  /**
   * Serve /healthz, /readyz and /metrics on this port (0: any free port), besides the Slack HTTP server
   * that always serves them. Unset: no server of its own.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** The address that server listens on; 0.0.0.0 lets a Prometheus on another machine scrape it. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Seconds between two requests from one person, unless a community sets its own (/settings cooldown). */
  COOLDOWN_SECONDS: z.coerce.number().min(0).max(600).default(3),
  /** Answer mentions in channels, unless a community switches them off (/settings mentions). */
  ANSWER_MENTIONS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Watch the knowledge directory and reload on changes. */
  WATCH_KNOWLEDGE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** How long each platform may take to connect at start-up (see OPERATING_LIMITS.startDeadlineMs). */
  START_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(OPERATING_LIMITS.startDeadlineMs / 1000),
});
export type CoreConfig = z.infer<typeof EnvSchema>;

/** Reads the core settings from the environment, naming the setting at fault when one is wrong. */
export function readCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  const blank = (v: string | undefined) => (v ? v : undefined);
  const parsed = EnvSchema.safeParse({ ...env, MAINTAINER_IDS: blank(env.MAINTAINER_IDS), SECURITY_CHANNELS: blank(env.SECURITY_CHANNELS), COOLDOWN_SECONDS: blank(env.COOLDOWN_SECONDS), RECORDS_RETENTION_DAYS: blank(env.RECORDS_RETENTION_DAYS), DATABASE_URL: blank(env.DATABASE_URL), REDIS_URL: blank(env.REDIS_URL), METRICS_PORT: blank(env.METRICS_PORT), METRICS_HOST: blank(env.METRICS_HOST) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
