import { answerMessage, type MessageAnswer } from '../answer/answer-message.ts';
import { CONVERSATION } from '../parameters.ts';
import type { AnyCommand, CommandContext } from '../commands/define-command.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import { ALL_COMMANDS } from '../commands/all-commands.ts';
import type { KnowledgeAdmin } from '../commands/moderator/knowledge-admin.ts';
import type { FeedbackRecord, RecordsStore } from '../records/records-store.ts';
import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { ConversationMemory } from './conversation-memory.ts';
import { createSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.ts';
import type { Logger } from './logger.ts';
import { quoteUserText } from './quote-user-text.ts';
import { errorReply, type Reply } from './reply.ts';
import { RequesterSchema, type RequesterInput } from './requester.ts';

export interface BotOptions {
  knowledge: Knowledge;
  logger: Logger;
  /** Defaults to every user command, and /kb. */
  commands?: readonly AnyCommand[];
  /** Where questions and feedback are recorded; none in tests and one-off CLI runs. */
  records?: RecordsStore;
}

/**
 * The platform-neutral bot: adapters hand it text or a command with options, and render the reply it
 * returns. It knows nothing of Discord, Slack or terminals.
 */
export interface Bot {
  readonly commands: readonly AnyCommand[];
  /** The knowledge and index every new request uses. */
  readonly snapshot: KnowledgeSnapshot;
  /** A message typed to the bot: a command line or a question. */
  handleText(text: string, requester: RequesterInput): Promise<Reply>;
  /** A command invoked natively (a Discord or Slack slash command, a button). */
  runCommand(name: string, options: Record<string, unknown>, requester: RequesterInput): Promise<Reply>;
  /** Records a helpful / not helpful click on an answer. */
  recordFeedback(feedback: Omit<FeedbackRecord, 'platform' | 'userId'>, requester: RequesterInput): void;
  /** Gives moderator commands their services, once the reloader and records exist. */
  setAdmin(admin: KnowledgeAdmin): void;
  /** Answers a question with the details scripts need (the CLI's `ask --json`). */
  answer(question: string): MessageAnswer;
  /**
   * Swaps in new knowledge and its index (built in the background by the reloader) atomically; requests in
   * flight finish on the snapshot they started with.
   */
  replaceSnapshot(next: KnowledgeSnapshot): void;
}

export function createBot({ knowledge, logger, commands = ALL_COMMANDS, records }: BotOptions): Bot {
  let snapshot = createSnapshot(knowledge);
  let admin: KnowledgeAdmin | undefined;
  const onError = (error: Error) => logger.error({ err: error }, 'command failed');
  const conversations = new ConversationMemory(CONVERSATION.keepMinutes * 60_000, CONVERSATION.maxConversations);

  const context = (requester: RequesterInput): CommandContext => {
    const who = RequesterSchema.parse(requester);
    const key = `${who.platform}\u0000${who.conversation ?? ''}\u0000${who.id}`;
    return {
      snapshot,
      requester: who,
      commands,
      admin,
      conversation: { previousQuestion: conversations.previous(key), remember: (question) => conversations.remember(key, question) },
    };
  };

  /** Every answer to a question is recorded (without the asker, unless configured) for /kb gaps. */
  const recorded = (result: Reply, requester: RequesterInput): Reply => {
    if (records && result.answer) {
      try {
        records.recordQuestion({
          question: result.answer.question,
          outcome: result.kind,
          confidence: result.answer.confidence,
          entryId: result.answer.entryIds[0],
          platform: requester.platform,
          userId: requester.id,
        });
      } catch (error) {
        logger.error({ err: error }, 'could not record a question');
      }
    }
    return result;
  };

  const bot: Bot = {
    commands,
    get snapshot() {
      return snapshot;
    },
    async handleText(text, requester) {
      const parsed = parseCommandText(text, commands);
      switch (parsed.type) {
        case 'empty':
          return errorReply('Ask me something', 'Type a question, or `/help` to see what I can do.');
        case 'unknown-command': {
          const guesses = parsed.didYouMean.map((name) => `\`/${name}\``);
          return errorReply(
            'Unknown command',
            `There is no ${quoteUserText(`/${parsed.name}`, 40)} command.${guesses.length ? ` Did you mean ${guesses.join(' or ')}?` : ''} Type \`/help\` for the list.`,
            parsed.didYouMean.map((name) => ({ label: `/${name}`, run: `/${name}` })),
          );
        }
        case 'question':
          return bot.runCommand('ask', { question: parsed.question }, requester);
        case 'command':
          return recorded(await runCommand(parsed.command, parsed.options, context(requester), onError), requester);
      }
    },
    async runCommand(name, options, requester) {
      const command = commands.find((c) => c.name === name);
      if (!command) return bot.handleText(`/${name}`, requester);
      return recorded(await runCommand(command, options, context(requester), onError), requester);
    },
    recordFeedback(feedback, requester) {
      try {
        records?.recordFeedback({ ...feedback, platform: requester.platform, userId: requester.id });
      } catch (error) {
        logger.error({ err: error }, 'could not record feedback');
      }
    },
    setAdmin(next) {
      admin = next;
    },
    answer(question) {
      return answerMessage(question, snapshot);
    },
    replaceSnapshot(next) {
      snapshot = next;
    },
  };
  return bot;
}
