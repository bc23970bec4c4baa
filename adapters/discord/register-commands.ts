import { REST, Routes, type APIApplication, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { AnyCommand } from '../../src/commands/define-command.ts';
import type { DiscordConfig } from './discord-config.ts';
import { discordCommandDefinitions } from './command-definitions.ts';

/**
 * Overwrites the application's slash commands with the command model, globally or in one guild (guild
 * commands update at once, which suits testing). Returns how many commands Discord now has.
 */
export async function registerDiscordCommands(
  config: Pick<DiscordConfig, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>,
  commands: readonly AnyCommand[],
  { guildId, retries }: { guildId?: string; retries?: number } = {},
): Promise<{ applicationId: string; registered: RESTPutAPIApplicationCommandsResult }> {
  const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(retries !== undefined ? { retries } : {}) }).setToken(
    config.DISCORD_TOKEN,
  );
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const route = guildId ? Routes.applicationGuildCommands(application.id, guildId) : Routes.applicationCommands(application.id);
  const registered = (await rest.put(route, { body: discordCommandDefinitions(commands) })) as RESTPutAPIApplicationCommandsResult;
  return { applicationId: application.id, registered };
}
