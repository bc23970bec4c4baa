import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { OPERATING_LIMITS } from './operating-limits.ts';

const EnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the bot keeps its records (SQLite). */
  DATA_DIR: z.string().min(1).default('data'),
  /** Store who asked each question. Off by default: the people asking may be at risk. */
  RECORD_ASKER_IDENTITY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Watch the knowledge directory and reload on changes. */
  WATCH_KNOWLEDGE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** How long each platform may take to connect at start-up (see OPERATING_LIMITS.startDeadlineMs). */
  START_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(OPERATING_LIMITS.startDeadlineMs / 1000),
});
export type CoreConfig = z.infer<typeof EnvSchema>;

/** Reads the core settings from the environment, naming the setting at fault when one is wrong. */
export function readCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
