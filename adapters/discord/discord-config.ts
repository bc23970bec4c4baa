import { z } from 'zod';
import { ConfigError } from '../../src/core/errors.ts';

const Snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

const DiscordEnv = z.object({
  DISCORD_TOKEN: z.string().min(50, 'looks too short for a bot token: copy it from the Developer Portal, Bot tab, "Reset Token"'),
  DISCORD_API_URL: z.url('must be a full URL, e.g. https://discord.com/api').optional(),
  DISCORD_MODERATOR_ROLE_IDS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(Snowflake)),
  DISCORD_MODERATOR_CHANNEL_ID: Snowflake.optional(),
  /**
   * The bot's total shard count: `auto` (Discord's recommendation, from GET /gateway/bot) or a number. One
   * shard may hold 2,500 servers; Discord closes an unsharded bot past that with 4011.
   */
  DISCORD_SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], 'must be "auto" or a whole number of shards').default('auto'),
  /** The shards this process (or this machine's shard manager) runs, e.g. `0-7` or `0,2,4`; all of them when unset. */
  DISCORD_SHARD_IDS: z
    .string()
    .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'must list shard ids such as 0-7 or 0,2,4')
    .transform(parseShardIds)
    .optional(),
}).refine((env) => !env.DISCORD_SHARD_IDS || (typeof env.DISCORD_SHARDS === 'number' && env.DISCORD_SHARD_IDS.every((id) => id < (env.DISCORD_SHARDS as number))), {
  message: 'every id must be below DISCORD_SHARDS, which must be a number when DISCORD_SHARD_IDS is set (each shard id runs in one process of all of them)',
  path: ['DISCORD_SHARD_IDS'],
});
export type DiscordConfig = z.infer<typeof DiscordEnv>;

/** True when the environment asks for the Discord adapter. */
export function discordConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISCORD_TOKEN);
}

/** Reads and validates the Discord settings, naming the setting at fault (never echoing the token). */
export function readDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  // A process started by discord.js's ShardingManager is told its shard and the total by it.
  const managed = env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined && env.SHARD_COUNT !== undefined;
  const parsed = DiscordEnv.safeParse({
    ...env,
    DISCORD_API_URL: env.DISCORD_API_URL || undefined,
    DISCORD_MODERATOR_CHANNEL_ID: env.DISCORD_MODERATOR_CHANNEL_ID || undefined,
    DISCORD_SHARDS: (managed ? env.SHARD_COUNT : env.DISCORD_SHARDS) || undefined,
    DISCORD_SHARD_IDS: (managed ? String(JSON.parse(env.SHARDS!)) : env.DISCORD_SHARD_IDS) || undefined,
  });
  if (!parsed.success) {
    throw new ConfigError(`Discord settings are invalid:\n${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/** `0-3,8` → [0, 1, 2, 3, 8]. */
function parseShardIds(list: string): number[] {
  const ids = list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
  return [...new Set(ids)].sort((a, b) => a - b);
}
