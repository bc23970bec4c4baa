import { GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import type { DiscordConfig } from './discord-config.ts';

/**
 * No privileged intents: Discord delivers the content of messages that mention the bot and of direct
 * messages without Message Content, and that is all the bot reads.
 */
export const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/**
 * How ballotguard's discord.js client connects and what it keeps in memory. Servers, channels and roles are
 * cached (an event in an uncached channel is dropped); members and users only for the last people seen;
 * messages, reactions, presences, emoji and the rest never, since the bot answers the event in hand.
 * Threads stay cached (a mention in a thread needs its channel) and archived ones are swept.
 */
export function discordClientOptions(config: DiscordConfig, { restRetries }: { restRetries?: number } = {}): ClientOptions {
  const { discordCachedMembersPerGuild, discordCachedUsers, discordCacheSweepSeconds } = OPERATING_LIMITS;
  return {
    intents: DISCORD_INTENTS,
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // DISCORD_API_URL lets a shared rate-limit proxy sit in front of Discord's REST API for every process.
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(restRetries !== undefined ? { retries: restRetries } : {}) },
    ...shardOptions(config),
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      DMMessageManager: 0,
      GuildMessageManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildBanManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      AutoModerationRuleManager: 0,
      ThreadMemberManager: 0,
      BaseGuildEmojiManager: 0,
      GuildMemberManager: { maxSize: discordCachedMembersPerGuild, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: discordCachedUsers, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: discordCacheSweepSeconds, filter: () => (user) => user.id !== user.client.user.id },
      guildMembers: { interval: discordCacheSweepSeconds, filter: () => (member) => member.id !== member.client.user.id },
    },
  };
}

/** `auto` asks Discord how many shards to run; a count runs all of them here unless DISCORD_SHARD_IDS picks some. */
function shardOptions(config: DiscordConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (config.DISCORD_SHARDS === 'auto') return { shards: 'auto' };
  return { shards: config.DISCORD_SHARD_IDS ?? Array.from({ length: config.DISCORD_SHARDS }, (_, i) => i), shardCount: config.DISCORD_SHARDS };
}
