import type { z } from 'zod';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Reply } from '../core/reply.ts';
import type { Requester } from '../core/requester.ts';
import type { ReportDesk } from '../report/report-desk.ts';
import type { KnowledgeAdmin } from './moderator/knowledge-admin.ts';

/**
 * Who may run a command: everyone, community moderators (and maintainers), or knowledge maintainers only.
 * Restricted commands are hidden from members where the platform allows, and checked again on every run.
 */
export type Permission = 'everyone' | 'moderator' | 'maintainer';

/** What a handler gets besides its options: one knowledge snapshot for the whole request, and who asked. */
export interface CommandContext {
  snapshot: KnowledgeSnapshot;
  requester: Requester;
  /** Every command, for /help and "did you mean". */
  commands: readonly AnyCommand[];
  /** Knowledge administration, for moderator commands; absent where the bot runs without it (tests, CLI). */
  admin?: KnowledgeAdmin;
  /** Reporting to a person (held messages, security channels); absent where the bot runs without it (CLI). */
  reports?: ReportDesk;
  /** The requester's conversation: the question asked just before, for follow-ups. */
  conversation?: ConversationTurn;
}

/** One person's conversation in one place, as a command sees it. */
export interface ConversationTurn {
  previousQuestion?: string;
  remember(question: string): void;
}

/**
 * A command, defined once and served on every platform: Discord's slash commands, Slack's, the console,
 * help and text parsing are all generated from this.
 *
 * Options are a zod object whose keys, in order, are also the positional arguments of the text form
 * (`/targets ministry`): the last option takes the rest of the line. Every option has a `.describe()`.
 */
export interface Command<Options extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: Options;
  permission: Permission;
  /** Example invocations, shown by /help. */
  examples?: string[];
  /** Handlers that may be slow (searching, writing) are deferred by adapters that can. */
  slow?: boolean;
  /**
   * Whether its name typed without the slash, followed by that text, runs it ("targets ministry"). Commands
   * whose text is something to act on (/check, /report) run bare only on text that holds something to act
   * on: "check licadho-org.net" is a check, "report phishing" a question. Default true; the bare name alone
   * always runs the command.
   */
  bareWord?: boolean | ((rest: string) => boolean);
  /**
   * Whether running it counts against the person's cooldown: 'person' (the default) for everything that
   * produces a reply, 'none' for what cannot flood anyone.
   */
  cooldown?: 'person' | 'none';
  /**
   * Offered on a message where it arrives ("Apps → Check with ballotguard" on Discord, a message shortcut on
   * Slack): the label people see, and the option the message's text fills. The reply is always private.
   */
  messageAction?: { label: string; option: string };
  /** Whom the reply is for, known before it runs so a deferred reply starts out private: 'public' (default) or 'private'. */
  replies?: 'public' | 'private';
  run(options: z.infer<Options>, context: CommandContext): Reply | Promise<Reply>;
  /**
   * Suggestions for a name-like option while the user types it (Discord's autocomplete). Must be fast:
   * answered from memory, at most 25.
   */
  complete?(option: string, typed: string, snapshot: KnowledgeSnapshot): string[];
}

// Handlers are checked against their own option types at definition; the registry only needs the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;

/** Declares a command; only a typing aid, so the handler's options are inferred from the schema. */
export function defineCommand<Options extends z.ZodObject>(command: Command<Options>): Command<Options> {
  return command;
}
