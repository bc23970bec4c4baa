import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption,
} from 'discord.js';
import type { AnyCommand } from '../../src/commands/define-command.ts';
import { optionSpecs, type OptionSpec } from '../../src/commands/option-specs.ts';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

/**
 * The command model as Discord application commands: option types, descriptions, required flags,
 * choices and autocomplete all come from each command's zod schema. Moderator commands are hidden from
 * members without Manage Server by default, maintainer commands from everyone but administrators (a
 * maintainer uses them in a direct message); the core checks every run again.
 */
export function discordCommandDefinitions(commands: readonly AnyCommand[]): RESTPostAPIApplicationCommandsJSONBody[] {
  const slash: RESTPostAPIApplicationCommandsJSONBody[] = commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description.slice(0, 100),
    options: optionSpecs(command).map((spec) => optionJson(spec, Boolean(command.complete))),
    default_member_permissions: { everyone: null, moderator: String(PermissionFlagsBits.ManageGuild), maintainer: '0' }[command.permission],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  }));
  // Message commands ("Apps → Check with ballotguard"): no options and no description, by Discord's rules.
  const onMessages: RESTPostAPIApplicationCommandsJSONBody[] = commands
    .filter((command) => command.messageAction && command.permission === 'everyone')
    .map((command) => ({
      type: ApplicationCommandType.Message,
      name: command.messageAction!.label.slice(0, 32),
      integration_types: [ApplicationIntegrationType.GuildInstall],
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    }));
  return [...slash, ...onMessages];
}

function optionJson(spec: OptionSpec, completable: boolean): APIApplicationCommandBasicOption {
  const base = { name: spec.name, description: spec.description.slice(0, 100), required: spec.required };
  if (spec.type === 'string') {
    if (spec.choices) return { ...base, type: OPTION_TYPES.string, choices: spec.choices.slice(0, 25).map((c) => ({ name: c, value: c })) };
    const maxLength = spec.maxLength ? Math.min(spec.maxLength, 6_000) : undefined;
    return { ...base, type: OPTION_TYPES.string, ...(maxLength ? { max_length: maxLength } : {}), ...(completable ? { autocomplete: true } : {}) };
  }
  return { ...base, type: OPTION_TYPES[spec.type] } as APIApplicationCommandBasicOption;
}
