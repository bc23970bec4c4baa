import { answerQuestion, type AnswerResult } from '../answer/answer-question.ts';
import type { AnyCommand, CommandContext } from '../commands/define-command.ts';
import { parseCommandText } from '../commands/parse-command-text.ts';
import { runCommand } from '../commands/run-command.ts';
import { USER_COMMANDS } from '../commands/user-commands.ts';
import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { createSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.ts';
import type { Logger } from './logger.ts';
import { quoteUserText } from './quote-user-text.ts';
import { errorReply, type Reply } from './reply.ts';
import { RequesterSchema, type RequesterInput } from './requester.ts';

export interface BotOptions {
  knowledge: Knowledge;
  logger: Logger;
  /** Defaults to every user command. */
  commands?: readonly AnyCommand[];
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
  /** Answers a question with the details scripts need (the CLI's `ask --json`). */
  answer(question: string): AnswerResult;
  /** Swaps in new knowledge atomically; requests in flight finish on the snapshot they started with. */
  replaceKnowledge(knowledge: Knowledge): void;
}

export function createBot({ knowledge, logger, commands = USER_COMMANDS }: BotOptions): Bot {
  let snapshot = createSnapshot(knowledge);
  const onError = (error: Error) => logger.error({ err: error }, 'command failed');

  const context = (requester: RequesterInput): CommandContext => ({
    snapshot,
    requester: RequesterSchema.parse(requester),
    commands,
  });

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
          return runCommand(parsed.command, parsed.options, context(requester), onError);
      }
    },
    async runCommand(name, options, requester) {
      const command = commands.find((c) => c.name === name);
      if (!command) return bot.handleText(`/${name}`, requester);
      return runCommand(command, options, context(requester), onError);
    },
    answer(question) {
      return answerQuestion(question, snapshot);
    },
    replaceKnowledge(next) {
      snapshot = createSnapshot(next);
    },
  };
  return bot;
}
