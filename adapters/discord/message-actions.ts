import type { Message, MessageContextMenuCommandInteraction } from 'discord.js';
import type { AnyCommand } from '../../src/commands/define-command.ts';
import type { BotRequestInput } from '../../src/core/request.ts';

/** The command a message command ("Apps → Check with ballotguard") runs, found by the label Discord sends back. */
export function messageActionCommand(commands: readonly AnyCommand[], label: string): AnyCommand | undefined {
  return commands.find((command) => command.messageAction && command.messageAction.label.slice(0, 32) === label);
}

/**
 * A message as the text a command reads: its content, then the names of its attachments on lines of their
 * own (a file name is what /check can judge; the file itself is never downloaded).
 */
export function messageText(message: Pick<Message, 'content' | 'attachments'>): string {
  const names = [...message.attachments.values()].map((a) => `Attachment: ${a.name}`);
  return [message.content, ...names].filter(Boolean).join('\n');
}

/**
 * The core request for a message command on one message; 'no-text' when the message has nothing to read,
 * undefined when no command offers that label.
 */
export function messageActionRequest(
  interaction: MessageContextMenuCommandInteraction,
  commands: readonly AnyCommand[],
  who: Pick<BotRequestInput, 'platform' | 'community' | 'channel' | 'user'>,
): BotRequestInput | 'no-text' | undefined {
  const command = messageActionCommand(commands, interaction.commandName);
  if (!command?.messageAction) return undefined;
  const text = messageText(interaction.targetMessage);
  if (!text.trim()) return 'no-text';
  return { ...who, via: 'command', input: { type: 'command', name: command.name, options: { [command.messageAction.option]: text } } };
}
