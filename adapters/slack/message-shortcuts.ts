import type { App, MessageShortcut, RespondFn } from '@slack/bolt';
import { NOTICES } from '../../src/core/notices.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import { MESSAGE_ACTION_PREFIX } from './slack-manifest.ts';

type Who = Pick<BotRequestInput, 'platform' | 'community' | 'channel' | 'user'>;

/**
 * A message as the text a command reads: its text as Slack sends it (the core reads Slack's markup), then
 * the names of its files on lines of their own; the files themselves are never downloaded.
 */
export function shortcutMessageText(message: MessageShortcut['message']): string {
  const files = ((message as { files?: { name?: string }[] }).files ?? []).map((f) => f.name).filter(Boolean).map((name) => `Attachment: ${name}`);
  return [message.text ?? '', ...files].filter(Boolean).join('\n');
}

/**
 * Message shortcuts ("Check with ballotguard" in a message's menu): the command runs on that message's
 * text, and the reply goes to the person who chose it only, through the shortcut's response_url. `answer`
 * runs a request through the pipeline and responds with its reply, or responds with a reply as it is.
 */
export function registerMessageShortcuts(
  app: App,
  pipeline: Pipeline,
  who: (teamId: string | undefined, channel: string | undefined, userId: string) => Promise<Who>,
  answer: (respond: RespondFn, request: BotRequestInput | Reply) => Promise<void>,
): void {
  // One listener for them all: Bolt runs every listener's middleware chain on every request.
  const commands = new Map(pipeline.commands.filter((c) => c.messageAction && c.permission === 'everyone').map((c) => [`${MESSAGE_ACTION_PREFIX}${c.name}`, c]));
  if (commands.size === 0) return;
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: new RegExp(`^${MESSAGE_ACTION_PREFIX}`) }, async ({ shortcut, ack, respond }) => {
    const command = commands.get(shortcut.callback_id);
    if (!command) return; // Not one of ours: unanswered, as Bolt leaves a shortcut nobody listens to.
    await ack();
    const text = shortcutMessageText(shortcut.message);
    if (!text.trim()) return answer(respond, NOTICES.messageWithoutText());
    const request: BotRequestInput = {
      ...(await who(shortcut.team?.id, shortcut.channel.id, shortcut.user.id)),
      via: 'command',
      input: { type: 'command', name: command.name, options: { [command.messageAction!.option]: text } },
    };
    await answer(respond, request);
  });
}
