import {
  Client,
  Events,
  MessageFlags,
  PermissionFlagsBits,
  Status,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Adapter, GatewayObserver, GatewayShardState } from '../../src/core/adapter.ts';
import { BallotguardError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import { NOTICES } from '../../src/core/notices.ts';
import type { Handling, Pipeline } from '../../src/core/pipeline.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import type { DiscordConfig } from './discord-config.ts';
import { messageActionRequest } from './message-actions.ts';
import { discordChannelPoster } from './post-to-channel.ts';
import { BUTTON_PREFIX, FEEDBACK_PREFIX, interactionPayload, renderDiscord, shorten } from './render-discord.ts';
import { describeGatewayClose, DiscordGatewayError } from './discord-gateway-close.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import { discordClientOptions } from './discord-client-options.ts';
import { checkIdentifyBudget, fetchGatewayInformation, shardsToStart } from './identify-budget.ts';

export interface DiscordAdapterOptions {
  pipeline: Pipeline;
  config: DiscordConfig;
  logger: Logger;
  /** REST retries; tests set 0 so failures surface at once. */
  restRetries?: number;
  /** Gateway reconnects in a row before giving up; OPERATING_LIMITS.maxGatewayReconnects unless a test sets fewer. */
  maxReconnects?: number;
  /** How long a slow command's reply may take and still be sent in the acknowledgement; OPERATING_LIMITS.discordAnswerInAcknowledgementMs unless a test sets another. */
  answerWithinMs?: number;
  /** Told each shard's state as discord.js reports it (for metrics). */
  gateway?: GatewayObserver;
}

export { DISCORD_INTENTS } from './discord-client-options.ts';

type Who = Pick<BotRequestInput, 'platform' | 'community' | 'channel' | 'user'>;

/**
 * Serves ballotguard on Discord through discord.js: slash commands and their autocomplete, mentions in
 * channels, direct messages, suggestion and feedback buttons. It only translates Discord events into the
 * core's requests and renders the core's replies.
 */
export function createDiscordAdapter({
  pipeline,
  config,
  logger,
  restRetries,
  maxReconnects = OPERATING_LIMITS.maxGatewayReconnects,
  answerWithinMs = OPERATING_LIMITS.discordAnswerInAcknowledgementMs,
  gateway,
}: DiscordAdapterOptions): Adapter {
  const client = new Client(discordClientOptions(config, { restRetries }));
  const adminRoles = new Set(config.DISCORD_MODERATOR_ROLE_IDS);

  /** Where a request comes from and who sent it; Manage Server (or a configured role) marks a community admin. */
  const who = (userId: string, guildId: string | null, channelId: string | null, member: GuildMember | null | undefined, permissions?: Readonly<{ has(p: bigint): boolean }> | null, name?: string): Who => ({
    platform: 'discord',
    community: guildId ?? undefined,
    channel: channelId ?? undefined,
    user: {
      id: userId,
      communityAdmin: Boolean(guildId && (permissions?.has(PermissionFlagsBits.ManageGuild) || member?.roles?.cache?.some((role) => adminRoles.has(role.id)))),
      ...(name ? { name: name.slice(0, 100) } : {}),
    },
  });
  // The shown name travels with clicks and commands, for a report its sender chooses to sign.
  const fromInteraction = (interaction: RepliableInteraction | AutocompleteInteraction): Who =>
    who(interaction.user.id, interaction.guildId, interaction.channelId, interaction.member as GuildMember | null, interaction.memberPermissions, interaction.user.displayName);

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
    const handling = await pipeline.handle({ ...fromInteraction(interaction), via: 'command', input: { type: 'command', name: interaction.commandName, options } });
    // Silence under a flood: no reply at all (Discord tells only that person the command went unanswered).
    if (handling.acknowledge === 'silent') return;
    // A slow command whose reply is ready at once (a remembered answer, a quick search) is answered in the
    // acknowledgement: one call instead of a deferral and an edit, both of which discord.js counts against
    // its 50 requests a second.
    if (handling.slow && (await settledWithin(handling.reply, answerWithinMs))) return replyTo(interaction, handling);
    if (handling.slow) {
      // Within Discord's 3 seconds, and private from the start when the reply will be.
      const deferredPrivately = handling.acknowledge === 'private';
      await interaction.deferReply(deferredPrivately ? { flags: MessageFlags.Ephemeral } : {});
      const reply = await handling.reply;
      if (!reply) return void (await interaction.deleteReply());
      const rendered = renderDiscord(reply);
      if (rendered.ephemeral && !deferredPrivately) {
        // Rare: a public command ended in a private reply (an error); never show it in the channel.
        await interaction.deleteReply();
        await interaction.followUp(interactionPayload(rendered));
      } else {
        await interaction.editReply(rendered.message);
      }
      return;
    }
    await replyTo(interaction, handling);
  }

  async function replyTo(interaction: RepliableInteraction, handling: Handling): Promise<void> {
    const reply = await handling.reply;
    if (reply) await interaction.reply(interactionPayload(renderDiscord(reply)));
    else if (interaction.isMessageComponent()) await interaction.deferUpdate();
  }

  /** "Apps → Check with ballotguard" on a message: the same command on the message's text, answered privately. */
  async function onMessageAction(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const request = messageActionRequest(interaction, pipeline.commands, fromInteraction(interaction));
    if (!request) return void (await interaction.reply(interactionPayload(renderDiscord(NOTICES.buttonExpired()))));
    if (request === 'no-text') return void (await interaction.reply(interactionPayload(renderDiscord(NOTICES.messageWithoutText()))));
    await replyTo(interaction, await pipeline.handle(request));
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const names = pipeline.complete(interaction.commandName, focused.name, String(focused.value));
    await interaction.respond(names.map((name) => ({ name: shorten(name, 100), value: name.slice(0, 100) })));
  }

  async function onFeedback(interaction: ButtonInteraction): Promise<void> {
    const [helpful, answerId] = interaction.customId.slice(FEEDBACK_PREFIX.length).split(':');
    const handling = await pipeline.handle({ ...fromInteraction(interaction), via: 'button', input: { type: 'feedback', answerId: answerId ?? '', helpful: helpful === 'y' } });
    const reply = await handling.reply;
    // The click is answered by disabling the rating buttons on the message; the thanks goes to the clicker only.
    const rows = interaction.message.components.map((row) => {
      const json = row.toJSON() as APIActionRowComponent<APIComponentInMessageActionRow>;
      return { ...json, components: json.components.map((c) => ('custom_id' in c && c.custom_id.startsWith(FEEDBACK_PREFIX) ? { ...c, disabled: true } : c)) };
    });
    await interaction.update({ components: rows });
    if (reply) await interaction.followUp(interactionPayload(renderDiscord(reply)));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const run = interaction.customId.slice(BUTTON_PREFIX.length);
    if (!run) return void (await interaction.reply(interactionPayload(renderDiscord(NOTICES.buttonExpired()))));
    await replyTo(interaction, await pipeline.handle({ ...fromInteraction(interaction), via: 'button', input: { type: 'text', text: run } }));
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || !client.user) return;
    const direct = !message.inGuild();
    // In a channel the bot reads only messages that mention it by name (never @everyone or @here); those
    // are the only ones whose content Discord gives it without the privileged Message Content intent.
    if (!direct && !message.mentions.users.has(client.user.id)) return;
    const handling = await pipeline.handle({
      ...who(message.author.id, message.guildId, message.channelId, message.member, message.member?.permissions),
      via: direct ? 'direct' : 'mention',
      input: { type: 'text', text: message.content },
    });
    const reply = await handling.reply;
    if (!reply) return;
    const rendered = renderDiscord(reply);
    if (rendered.ephemeral && !direct) {
      // A channel message cannot be private: a reply meant for one person goes to them directly.
      // Only the error's code is logged: Discord's errors carry the URL and the message sent.
      await message.author.send(rendered.message).catch((error: unknown) => logger.debug({ code: (error as { code?: unknown }).code }, 'could not send a private reply (direct messages closed?)'));
      return;
    }
    await message.reply(rendered.message);
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isMessageContextMenuCommand()) await onMessageAction(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith(BUTTON_PREFIX)) await onButton(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith(FEEDBACK_PREFIX)) await onFeedback(interaction);
    } catch (error) {
      logger.error({ err: error, interaction: interaction.type }, 'discord interaction failed');
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await interaction.reply(interactionPayload(renderDiscord(NOTICES.somethingWentWrong()))).catch(() => {});
      }
    }
  }

  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  pipeline.registerChannelPoster('discord', discordChannelPoster(client));
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error({ err: error }, 'discord message failed'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));

  // Supervision: closes discord.js recovers from are logged; those it gives up on end the process.
  let stopping = false;
  let reportFatal!: (error: Error) => void;
  const fatal = new Promise<Error>((resolve) => (reportFatal = resolve));
  let reconnects = 0;
  const shardState = (shard: number, state: GatewayShardState) => gateway?.gatewayShard('discord', shard, state);
  client.on(Events.ShardDisconnect, (event, shard) => {
    shardState(shard, 'disconnected');
    if (stopping) return;
    logger.error({ code: event.code }, 'discord gateway closed and will not reconnect');
    reportFatal(new DiscordGatewayError(describeGatewayClose(event.code)));
  });
  client.on(Events.ShardReconnecting, (shard) => {
    shardState(shard, 'reconnecting');
    if (stopping) return;
    reconnects += 1;
    logger.warn({ attempt: reconnects }, 'discord gateway lost; reconnecting');
    if (reconnects > maxReconnects) {
      reportFatal(new DiscordGatewayError(`lost the Discord gateway and could not get it back after ${maxReconnects} attempts: check the network.`));
    }
  });
  client.on(Events.ShardResume, (shard) => {
    shardState(shard, 'ready');
    reconnects = 0;
    logger.info({ shard }, 'discord gateway resumed');
  });
  client.on(Events.ShardReady, (shard) => {
    shardState(shard, 'ready');
    reconnects = 0;
    logger.info({ shard }, 'discord shard ready');
  });
  const orFatal = <T>(work: Promise<T>): Promise<T> =>
    Promise.race([
      work,
      fatal.then((error) => {
        throw error;
      }),
    ]);

  return {
    name: 'discord',
    fatal,
    connected: () => client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready),
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        // Before identifying: Discord's count of session starts left today, which a crash loop would spend.
        client.rest.setToken(config.DISCORD_TOKEN);
        const gateway = await fetchGatewayInformation(client.rest);
        checkIdentifyBudget(gateway, shardsToStart(config, gateway), logger);
        await orFatal(client.login(config.DISCORD_TOKEN));
      } catch (error) {
        await client.destroy();
        if (error instanceof DiscordGatewayError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) {
          throw new DiscordLoginError('Discord rejected DISCORD_TOKEN: copy a fresh bot token from the Developer Portal (Bot tab, "Reset Token").', error);
        }
        throw new DiscordLoginError(`could not connect to Discord: ${(error as Error).message}`, error);
      }
      await orFatal(ready);
      logger.info({ shards: client.ws.shards.size, shardCount: client.options.shardCount }, 'discord adapter ready');
    },
    async stop() {
      stopping = true;
      await client.destroy();
    },
    async notifyModerators(text, announcements) {
      if (!client.isReady()) return;
      const operator = config.DISCORD_MODERATOR_CHANNEL_ID ? [{ channel: config.DISCORD_MODERATOR_CHANNEL_ID, community: undefined }] : [];
      const posted = new Set<string>();
      for (const { channel: id, community } of [...operator, ...announcements]) {
        if (posted.has(id)) continue;
        const channel = await client.channels.fetch(id).catch(() => null);
        // A community may only announce into its own server.
        if (community && (!channel || !('guildId' in channel) || channel.guildId !== community)) continue;
        if (!channel?.isSendable()) continue;
        posted.add(id);
        await channel.send({ content: shorten(text, 2_000), allowedMentions: { parse: [] } });
      }
    },
  };
}

/** True once `promise` has settled, if it does within `ms` (its outcome is the caller's to read). */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Logging in to Discord failed; the message says what to do. */
export class DiscordLoginError extends BallotguardError {
  constructor(message: string, cause?: unknown) {
    super('DISCORD_LOGIN_FAILED', message, { cause });
    this.name = 'DiscordLoginError';
  }
}
