import { Routes, type REST, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from '../../src/core/logger.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import { DiscordGatewayError } from './discord-gateway-close.ts';
import type { DiscordConfig } from './discord-config.ts';

/** What Discord says about connecting: the recommended shard count and the identify budget left. */
export type GatewayInformation = RESTGetAPIGatewayBotResult;

/** GET /gateway/bot through the configured REST base (DISCORD_API_URL, so through a shared proxy too). */
export function fetchGatewayInformation(rest: REST): Promise<GatewayInformation> {
  return rest.get(Routes.gatewayBot()) as Promise<GatewayInformation>;
}

/** How many shards a start with `config` identifies: the listed ones, the configured count, or Discord's recommendation. */
export function shardsToStart(config: Pick<DiscordConfig, 'DISCORD_SHARDS' | 'DISCORD_SHARD_IDS'>, gateway: GatewayInformation): number {
  if (config.DISCORD_SHARD_IDS) return config.DISCORD_SHARD_IDS.length;
  return config.DISCORD_SHARDS === 'auto' ? gateway.shards : config.DISCORD_SHARDS;
}

/**
 * Refuses to identify when doing so would eat into the reserve of Discord's daily session starts: a bot
 * that crashes and restarts in a loop identifies every time, and when the budget is spent Discord resets
 * its token. The message says when the budget comes back.
 */
export function checkIdentifyBudget(gateway: GatewayInformation, shards: number, logger: Logger): void {
  const { total, remaining, reset_after: resetAfter, max_concurrency: maxConcurrency } = gateway.session_start_limit;
  const reserve = Math.ceil(total * OPERATING_LIMITS.discordIdentifyReserveShare);
  const resetsAt = new Date(Date.now() + resetAfter).toISOString();
  if (remaining - shards < reserve) {
    throw new DiscordGatewayError(
      `Discord allows only ${remaining} more gateway logins (of ${total}) until ${resetsAt}, and starting ${shards} shard(s) would leave fewer than the ${reserve} kept in reserve. ` +
        'ballotguard has probably been restarting in a loop: find out why from the earlier log lines, and start it again after that time (Discord resets the bot token if the budget runs out).',
    );
  }
  logger.info({ shards, remaining, total, maxConcurrency, resetsAt }, 'discord identify budget');
}
