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
});
export type DiscordConfig = z.infer<typeof DiscordEnv>;

/** True when the environment asks for the Discord adapter. */
export function discordConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISCORD_TOKEN);
}

/** Reads and validates the Discord settings, naming the setting at fault (never echoing the token). */
export function readDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const parsed = DiscordEnv.safeParse({ ...env, DISCORD_API_URL: env.DISCORD_API_URL || undefined, DISCORD_MODERATOR_CHANNEL_ID: env.DISCORD_MODERATOR_CHANNEL_ID || undefined });
  if (!parsed.success) {
    throw new ConfigError(`Discord settings are invalid:\n${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}
