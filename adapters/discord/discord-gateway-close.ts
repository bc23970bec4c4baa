import { GatewayCloseCodes } from 'discord.js';
import { BallotguardError } from '../../src/core/errors.ts';

/** Discord closed the gateway for a reason reconnecting cannot fix: the operator has to act. */
export class DiscordGatewayError extends BallotguardError {
  constructor(message: string) {
    super('DISCORD_GATEWAY_FATAL', message);
    this.name = 'DiscordGatewayError';
  }
}

/** What each close code discord.js will not reconnect after means, and what to do about it. */
export function describeGatewayClose(code: number): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return 'Discord closed the connection because DISCORD_TOKEN is no longer valid (close code 4004: the token was reset or the bot deleted). Copy a fresh token from the Developer Portal (Bot tab, "Reset Token") and start again.';
    case GatewayCloseCodes.InvalidShard:
      return 'Discord refused the shard settings (close code 4010: invalid shard). Check DISCORD_SHARDS and DISCORD_SHARD_IDS (every id below the count), or unset both to let Discord choose.';
    case GatewayCloseCodes.ShardingRequired:
      return 'Discord requires more shards (close code 4011: sharding required): the bot is in too many servers for the shard count in use (one shard holds at most 2,500). Set DISCORD_SHARDS=auto, or a larger count, and start again.';
    case GatewayCloseCodes.InvalidAPIVersion:
      return 'Discord no longer accepts the gateway API version in use (close code 4012). Update discord.js.';
    case GatewayCloseCodes.InvalidIntents:
      return 'Discord refused the gateway intents the bot asked for as invalid (close code 4013). Update ballotguard.';
    case GatewayCloseCodes.DisallowedIntents:
      return 'Discord refused the Message Content intent (close code 4014). In the Developer Portal, Bot tab, turn on "Message Content Intent" under Privileged Gateway Intents, then start again.';
    default:
      return `Discord closed the gateway with code ${code} and discord.js will not reconnect.`;
  }
}
