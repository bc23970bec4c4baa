import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Adapter } from '../../src/core/adapter.ts';
import type { Bot } from '../../src/core/bot.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import type { Logger } from '../../src/core/logger.ts';
import { errorReply, reply, type Reply } from '../../src/core/reply.ts';
import type { RequesterInput } from '../../src/core/requester.ts';
import type { DiscordConfig } from './discord-config.ts';
import { interactionPayload, renderDiscord, shorten } from './render-discord.ts';
import { BUTTON_PREFIX, createDiscordButtons, FEEDBACK_PREFIX } from './button-store.ts';
import { describeGatewayClose, DiscordGatewayError } from './discord-gateway-close.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';

export interface DiscordAdapterOptions {
  bot: Bot;
  config: DiscordConfig;
  logger: Logger;
  /** REST retries; tests set 0 so failures surface at once. */
  restRetries?: number;
  /** Gateway reconnects in a row before giving up; OPERATING_LIMITS.maxGatewayReconnects unless a test sets fewer. */
  maxReconnects?: number;
}

/** Commands that produce answers, and so count against a user's cooldown. */
const ANSWERING = new Set(['ask']);

/**
 * Serves the bot on Discord through discord.js: slash commands and their autocomplete, mentions in
 * channels, direct messages and suggestion buttons. It only translates Discord events into the bot's
 * requests and renders the bot's replies.
 */
export function createDiscordAdapter({ bot, config, logger, restRetries, maxReconnects = OPERATING_LIMITS.maxGatewayReconnects }: DiscordAdapterOptions): Adapter {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(restRetries !== undefined ? { retries: restRetries } : {}) },
  });
  const buttons = createDiscordButtons();
  const cooldown = new Cooldown(config.DISCORD_COOLDOWN_SECONDS);
  const moderatorRoles = new Set(config.DISCORD_MODERATOR_ROLE_IDS);

  const requester = (userId: string, member: GuildMember | null | undefined, permissions?: Readonly<{ has(p: bigint): boolean }> | null): RequesterInput => ({
    id: userId,
    platform: 'discord',
    isModerator: Boolean(
      permissions?.has(PermissionFlagsBits.ManageGuild) || member?.roles.cache.some((role) => moderatorRoles.has(role.id)),
    ),
  });

  const cooling = (userId: string, command: string): Reply | undefined => {
    if (!ANSWERING.has(command)) return undefined;
    const wait = cooldown.take(userId);
    return wait > 0 ? errorReply('Slow down a little', `Please try again in ${wait} s.`) : undefined;
  };

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = bot.commands.find((c) => c.name === interaction.commandName);
    const waiting = cooling(interaction.user.id, interaction.commandName);
    if (waiting) {
      await interaction.reply(interactionPayload(renderDiscord(waiting, buttons)));
      return;
    }
    const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
    const who = requester(interaction.user.id, interaction.member as GuildMember | null, interaction.memberPermissions);
    if (command?.slow) {
      // Answers may take a moment: acknowledge within Discord's 3 seconds, then fill the reply in.
      await interaction.deferReply();
      const reply = await bot.runCommand(interaction.commandName, options, who);
      const rendered = renderDiscord(reply, buttons);
      if (rendered.ephemeral) {
        // A deferred reply is already public; a private reply replaces it with an ephemeral follow-up.
        await interaction.deleteReply();
        await interaction.followUp(interactionPayload(rendered));
      } else {
        await interaction.editReply(rendered.message);
      }
      return;
    }
    await interaction.reply(interactionPayload(renderDiscord(await bot.runCommand(interaction.commandName, options, who), buttons)));
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = bot.commands.find((c) => c.name === interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const names = command?.complete?.(focused.name, String(focused.value), bot.snapshot) ?? [];
    await interaction.respond(names.slice(0, 25).map((name) => ({ name, value: name.slice(0, 100) })));
  }

  async function onFeedback(interaction: ButtonInteraction): Promise<void> {
    const feedback = buttons.feedback.get(interaction.customId);
    const who = requester(interaction.user.id, interaction.member as GuildMember | null, interaction.memberPermissions);
    if (feedback) bot.recordFeedback(feedback, who);
    const thanks = feedback ? reply({ kind: 'info', body: 'Thank you: moderators use this to improve the answers.', visibility: 'private' }) : errorReply('This button has expired', 'Thank you all the same.');
    await interaction.reply(interactionPayload(renderDiscord(thanks, buttons)));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const run = buttons.suggestions.get(interaction.customId);
    if (!run) {
      await interaction.reply(interactionPayload(renderDiscord(errorReply('This button has expired', 'Ask again, or type `/help`.'), buttons)));
      return;
    }
    const waiting = cooling(interaction.user.id, 'ask');
    const who = requester(interaction.user.id, interaction.member as GuildMember | null, interaction.memberPermissions);
    await interaction.reply(interactionPayload(renderDiscord(waiting ?? (await bot.handleText(run, who)), buttons)));
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || !client.user) return;
    const direct = !message.inGuild();
    // In a channel the bot answers only when mentioned by name, never for @everyone or @here.
    if (!direct && !message.mentions.users.has(client.user.id)) return;
    const text = message.content.replace(new RegExp(`<@!?${client.user.id}>`, 'g'), ' ').trim();
    const waiting = cooling(message.author.id, 'ask');
    const reply = waiting ?? (await bot.handleText(text, requester(message.author.id, message.member, message.member?.permissions)));
    await message.reply(renderDiscord(reply, buttons).message);
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith(BUTTON_PREFIX)) await onButton(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith(FEEDBACK_PREFIX)) await onFeedback(interaction);
    } catch (error) {
      logger.error({ err: error, interaction: interaction.type }, 'discord interaction failed');
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await interaction
          .reply({ content: 'Something went wrong on my side. Please try again.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
          .catch(() => {});
      }
    }
  }

  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error({ err: error }, 'discord message failed'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));

  // Supervision: closes discord.js recovers from are logged; those it gives up on end the process.
  let stopping = false;
  let reportFatal!: (error: Error) => void;
  const fatal = new Promise<Error>((resolve) => (reportFatal = resolve));
  let reconnects = 0;
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    logger.error({ code: event.code }, 'discord gateway closed and will not reconnect');
    reportFatal(new DiscordGatewayError(describeGatewayClose(event.code)));
  });
  client.on(Events.ShardReconnecting, () => {
    if (stopping) return;
    reconnects += 1;
    logger.warn({ attempt: reconnects }, 'discord gateway lost; reconnecting');
    if (reconnects > maxReconnects) {
      reportFatal(new DiscordGatewayError(`lost the Discord gateway and could not get it back after ${maxReconnects} attempts: check the network.`));
    }
  });
  client.on(Events.ShardResume, (shard) => {
    reconnects = 0;
    logger.info({ shard }, 'discord gateway resumed');
  });
  client.on(Events.ShardReady, () => (reconnects = 0));
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
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await orFatal(client.login(config.DISCORD_TOKEN));
      } catch (error) {
        if (error instanceof DiscordGatewayError) throw error;
        await client.destroy();
        const code = (error as { code?: string }).code;
        if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) {
          throw new DiscordLoginError('Discord rejected DISCORD_TOKEN: copy a fresh bot token from the Developer Portal (Bot tab, "Reset Token").');
        }
        throw new DiscordLoginError(`could not connect to Discord: ${(error as Error).message}`);
      }
      await orFatal(ready);
      logger.info('discord adapter ready');
    },
    async stop() {
      stopping = true;
      await client.destroy();
    },
    async notifyModerators(text) {
      if (!config.DISCORD_MODERATOR_CHANNEL_ID || !client.isReady()) return;
      const channel = await client.channels.fetch(config.DISCORD_MODERATOR_CHANNEL_ID);
      if (channel?.isSendable()) await channel.send({ content: shorten(text, 2_000), allowedMentions: { parse: [] } });
    },
  };
}

/** Logging in to Discord failed; the message says what to do. */
export class DiscordLoginError extends Error {
  readonly code = 'DISCORD_LOGIN_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'DiscordLoginError';
  }
}
