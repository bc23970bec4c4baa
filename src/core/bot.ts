import { answerMessage, type MessageAnswer } from '../answer/answer-message.ts';
import { CONVERSATION } from '../parameters.ts';
import type { AnyCommand, CommandContext } from '../commands/define-command.ts';
import { parseCommandText, type ParsedText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import { ALL_COMMANDS } from '../commands/all-commands.ts';
import type { KnowledgeAdmin } from '../commands/moderator/knowledge-admin.ts';
import type { ReportDesk } from '../report/report-desk.ts';
import { ConversationMemory, type ConversationStore } from './conversation-memory.ts';
import type { KnowledgeHolder } from './knowledge-holder.ts';
import type { KnowledgeSnapshot } from './knowledge-snapshot.ts';
import type { Logger } from './logger.ts';
import { quoteUserText } from './quote-user-text.ts';
import { errorReply, type Reply } from './reply.ts';
import { RequesterSchema, type RequesterInput } from './requester.ts';

export interface BotOptions {
  knowledge: KnowledgeHolder;
  logger: Logger;
  /** Defaults to every user and moderator command. */
  commands?: readonly AnyCommand[];
  /** Knowledge and records administration; absent in tests and one-off CLI runs. */
  admin?: KnowledgeAdmin;
  /** Reporting to a person; absent in one-off CLI runs. */
  reports?: ReportDesk;
  /** Where follow-ups' context is kept when not in this process (Redis). */
  conversations?: ConversationStore;
}

/**
 * Runs commands: the "run" step of the request pipeline (src/core/pipeline.ts), which decides beforehand
 * who may, how often, and afterwards what is recorded. It knows nothing of Discord, Slack or terminals.
 */
export interface Bot {
  readonly commands: readonly AnyCommand[];
  /** The knowledge and index every new request uses. */
  readonly snapshot: KnowledgeSnapshot;
  /** Reads a line typed to the bot: a command, a question, or nothing usable. */
  understand(text: string): ParsedText;
  /** The reply to a line that is not a runnable command (empty, or an unknown command). */
  notUnderstood(parsed: Extract<ParsedText, { type: 'empty' | 'unknown-command' }>): Reply;
  /** A line typed to the bot, run as it reads (for scripts and tests that need no pipeline). */
  handleText(text: string, requester: RequesterInput): Promise<Reply>;
  /** Runs one command with raw options; never throws. */
  runCommand(name: string, options: Record<string, unknown>, requester: RequesterInput): Promise<Reply>;
  /** Answers a question with the details scripts need (the CLI's `ask --json`). */
  answer(question: string): MessageAnswer;
}

export function createBot({ knowledge, logger, commands = ALL_COMMANDS, admin, reports, conversations = new ConversationMemory(CONVERSATION.keepMinutes * 60_000, CONVERSATION.maxConversations) }: BotOptions): Bot {
  const onError = (error: Error) => logger.error({ err: error }, 'command failed');
  // Shared state that cannot be reached costs the follow-up reading, never the answer; only the error's code is logged.
  const lostContext = (error: unknown) => {
    logger.warn({ code: (error as { code?: unknown }).code ?? (error as Error).name }, 'conversation context unavailable');
    return undefined;
  };

  const context = async (requester: RequesterInput): Promise<CommandContext> => {
    const who = RequesterSchema.parse(requester);
    const key = `${who.platform}\u0000${who.conversation ?? ''}\u0000${who.id}`;
    const previousQuestion = await Promise.resolve()
      .then(() => conversations.previous(key))
      .catch(lostContext);
    return {
      snapshot: knowledge.snapshot,
      requester: who,
      commands,
      admin,
      reports,
      conversation: { previousQuestion, remember: (question) => void Promise.resolve().then(() => conversations.remember(key, question)).catch(lostContext) },
    };
  };

  const bot: Bot = {
    commands,
    get snapshot() {
      return knowledge.snapshot;
    },
    understand: (text) => parseCommandText(text, commands),
    notUnderstood(parsed) {
      if (parsed.type === 'empty') return errorReply('Ask me something', 'Type a question, or `/help` to see what I can do.');
      const guesses = parsed.didYouMean.map((name) => `\`/${name}\``);
      return errorReply(
        'Unknown command',
        `There is no ${quoteUserText(`/${parsed.name}`, 40)} command.${guesses.length ? ` Did you mean ${guesses.join(' or ')}?` : ''} Type \`/help\` for the list.`,
        parsed.didYouMean.map((name) => ({ label: `/${name}`, run: `/${name}` })),
      );
    },
    async handleText(text, requester) {
      const parsed = bot.understand(text);
      switch (parsed.type) {
        case 'empty':
        case 'unknown-command':
          return bot.notUnderstood(parsed);
        case 'question':
          return bot.runCommand('ask', { question: parsed.question }, requester);
        case 'command':
          return runCommand(parsed.command, parsed.options, await context(requester), onError);
      }
    },
    async runCommand(name, options, requester) {
      const command = commands.find((c) => c.name === name);
      if (!command) return bot.handleText(`/${name}`, requester);
      return runCommand(command, options, await context(requester), onError);
    },
    answer(question) {
      return answerMessage(question, knowledge.snapshot);
    },
  };
  return bot;
}
