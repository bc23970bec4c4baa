import type { Client } from 'discord.js';
import { BallotguardError } from '../../src/core/errors.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import { renderDiscord } from './render-discord.ts';

/**
 * Posts a core reply (a member's report) into a channel of the server it came from, pinging nobody. A
 * channel of another server, or one the bot cannot post in, is refused with an error.
 */
export function discordChannelPoster(client: Client): Parameters<Pipeline['registerChannelPoster']>[1] {
  return async ({ community, channel: id }, reply) => {
    const channel = await client.channels.fetch(id).catch(() => null);
    if (!channel || !('guildId' in channel) || channel.guildId !== community || !channel.isSendable()) {
      throw new ChannelUnavailableError('the channel is gone, belongs to another server, or cannot be posted in');
    }
    await channel.send(renderDiscord(reply).message);
  };
}

/** A community's chosen channel cannot be posted in. */
export class ChannelUnavailableError extends BallotguardError {
  constructor(message: string) {
    super('CHANNEL_UNAVAILABLE', message);
    this.name = 'ChannelUnavailableError';
  }
}
