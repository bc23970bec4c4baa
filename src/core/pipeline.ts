import { randomId } from './random-id.ts';
import type { AnyCommand } from '../commands/define-command.ts';
import { permissionRefusal } from '../commands/run-command.ts';
import { homePage, WelcomedInMemory, withWelcome } from '../onboarding/onboarding.ts';
import type { PipelineObserver } from '../operations/metrics.ts';
import type { Records } from '../records/records.ts';
import type { CommunitySettings } from '../records/records-store.ts';
import type { ChannelPoster, ReportDesk } from '../report/report-desk.ts';
import type { Bot } from './bot.ts';
import { Cooldown, type CooldownStore } from './cooldown.ts';
import type { Logger } from './logger.ts';
import { NOTICES } from './notices.ts';
import type { Reply } from './reply.ts';
import { BotRequestSchema, type BotRequest, type BotRequestInput } from './request.ts';
import type { Requester, Role } from './requester.ts';

/** The operator's defaults, used where a community has not set its own. */
export interface PipelineDefaults {
  cooldownSeconds: number;
  answerMentions: boolean;
}

export interface PipelineOptions {
  bot: Bot;
  logger: Logger;
  /** Where questions and feedback are recorded, and communities' settings kept; none in tests and CLI runs. */
  records?: Records;
  /** Knowledge maintainers as `platform:userId` (MAINTAINER_IDS), never inferred from platform permissions. */
  maintainers: ReadonlySet<string>;
  defaults: PipelineDefaults;
  /** Where cooldowns are kept: in this process unless given (Redis, shared by every process). */
  cooldown?: CooldownStore;
  /** The clock for in-process cooldowns; tests pass their own. */
  now?: () => number;
  /** Where reports to a community's security channel are posted from. */
  reports?: ReportDesk;
  /** Told what happens, for metrics. */
  observer?: PipelineObserver;
}

/** How the core will answer one request; adapters render it and acknowledge the platform accordingly. */
export interface Handling {
  /**
   * Known before the reply is ready, so a platform that must acknowledge at once (Discord's deferReply)
   * starts out right: 'private' for the asker only, 'public' for the channel, 'silent' to send nothing.
   */
  acknowledge: 'public' | 'private' | 'silent';
  /** The reply may take a while: adapters that must acknowledge within seconds defer first. */
  slow: boolean;
  /** The reply, or undefined when the bot stays silent. Never rejects. */
  reply: Promise<Reply | undefined>;
  /** For a feedback click: whether it counted now (a repeat or an unknown answer does not). */
  feedbackCounted?: Promise<boolean>;
}

/**
 * The one request pipeline every adapter uses: understand, authorise, rate-limit, run, record, reply. The
 * policy lives here (who may, how often, what is recorded, what a person reads); an adapter only turns its
 * platform's events into requests and renders the replies.
 */
export interface Pipeline {
  readonly commands: readonly AnyCommand[];
  /** Resolves once how to acknowledge is known (after the settings and the cooldown are read); never rejects. */
  handle(request: BotRequestInput): Promise<Handling>;
  /** Completion choices for a command option being typed (Discord's autocomplete). */
  complete(commandName: string, option: string, typed: string): string[];
  /** The channels communities chose for announcements on a platform (`/settings announce`). */
  announceChannels(platform: string): Promise<{ community: string; channel: string }[]>;
  /** An adapter's way to post into its platform's channels, for reports members confirm (`/report`). */
  registerChannelPoster(platform: string, poster: ChannelPoster): void;
  /** The home page a platform shows newcomers (Slack's App Home tab): what the bot is, its commands, three pieces of advice. */
  homePage(): Reply;
}

const SILENT: Handling = { acknowledge: 'silent', slow: false, reply: Promise.resolve(undefined) };
const privately = (reply: Reply): Handling => ({ acknowledge: 'private', slow: false, reply: Promise.resolve(reply) });

export function createPipeline({ bot, logger, records, maintainers, defaults, now, cooldown = new Cooldown(now), observer, reports }: PipelineOptions): Pipeline {
  const roleOf = (request: BotRequest): Role => {
    if (maintainers.has(`${request.platform}:${request.user.id}`)) return 'maintainer';
    return request.community && request.user.communityAdmin ? 'moderator' : 'user';
  };

  const settingsOf = async (request: BotRequest): Promise<PipelineDefaults> => {
    let own: CommunitySettings = {};
    if (records && request.community) {
      try {
        own = await records.communitySettings({ platform: request.platform, community: request.community });
      } catch (error) {
        logger.error({ err: error }, 'could not read community settings; using the defaults');
      }
    }
    return { cooldownSeconds: own.cooldownSeconds ?? defaults.cooldownSeconds, answerMentions: own.answerMentions ?? defaults.answerMentions };
  };

  /** Records an answer so feedback can find it, and gives it the id its buttons carry. */
  const recorded = async (reply: Reply, request: BotRequest): Promise<Reply> => {
    if (!records || !reply.answer) return reply;
    const id = randomId();
    try {
      await records.recordQuestion({
        question: reply.answer.question,
        outcome: reply.kind,
        confidence: reply.answer.confidence,
        entryId: reply.answer.entryIds[0],
        answerId: id,
        platform: request.platform,
        community: request.community,
        userId: request.user.id,
      });
    } catch (error) {
      logger.error({ err: error }, 'could not record a question');
      return reply;
    }
    return { ...reply, answer: { ...reply.answer, id } };
  };

  const feedback = async (request: BotRequest, input: Extract<BotRequest['input'], { type: 'feedback' }>): Promise<Handling> => {
    let outcome: 'counted' | 'already-counted' | 'unknown-answer' = 'unknown-answer';
    try {
      if (records) outcome = await records.recordFeedback({ answerId: input.answerId, helpful: input.helpful, platform: request.platform, community: request.community, userId: request.user.id });
    } catch (error) {
      logger.error({ err: error }, 'could not record feedback');
    }
    const reply = outcome === 'counted' ? NOTICES.feedbackCounted() : outcome === 'already-counted' ? NOTICES.feedbackAlreadyCounted() : NOTICES.feedbackUnknownAnswer();
    return { ...privately(reply), feedbackCounted: Promise.resolve(outcome === 'counted') };
  };

  /** Understand: what the request asks to run, or the reply when it cannot be run; 'silent' when it is not for the bot. */
  const understand = (request: BotRequest, settings: PipelineDefaults): { command: AnyCommand; options: Record<string, unknown> } | { reply: Reply } | 'silent' => {
    if (request.input.type === 'command') {
      const { name, options } = request.input;
      const command = bot.commands.find((c) => c.name === name);
      if (command) return { command, options };
      const parsed = bot.understand(`/${name}`);
      return { reply: bot.notUnderstood(parsed.type === 'unknown-command' ? parsed : { type: 'empty' }) };
    }
    if (request.input.type !== 'text') return { reply: NOTICES.somethingWentWrong() };
    if (request.via === 'mention' && !settings.answerMentions) return 'silent';
    // The raw text: the parser drops the mention that addressed the bot, the answerer reads the rest.
    const parsed = bot.understand(request.input.text);
    if (parsed.type === 'command') return { command: parsed.command, options: parsed.options };
    const ask = bot.commands.find((c) => c.name === 'ask');
    if (parsed.type === 'question' && ask) return { command: ask, options: { question: parsed.question } };
    return { reply: bot.notUnderstood(parsed.type === 'question' ? { type: 'empty' } : parsed) };
  };

  /** Rate-limit: every request counts unless its command declares otherwise; maintainers are trusted. */
  const rateLimit = async (request: BotRequest, command: AnyCommand | undefined, role: Role, settings: PipelineDefaults): Promise<Handling | undefined> => {
    if ((command?.cooldown ?? 'person') === 'none' || role === 'maintainer') return undefined;
    let verdict: Awaited<ReturnType<CooldownStore['take']>>;
    try {
      verdict = await cooldown.take(`${request.platform}:${request.user.id}`, settings.cooldownSeconds);
    } catch (error) {
      // Shared state unreachable: answering is worth more than the limit; the log tells the operator.
      logger.error({ err: error }, 'could not read the cooldown; answering without it');
      return undefined;
    }
    if (verdict.type !== 'go') observer?.rateLimited(verdict.type);
    if (verdict.type === 'silent') return SILENT;
    if (verdict.type === 'refuse') return privately(NOTICES.slowDown(verdict.waitSeconds));
    return undefined;
  };

  const welcomed = new WelcomedInMemory();
  /** The first time a person writes to the bot directly, in the records when there are any, else in memory. */
  const firstContact = async (platform: string, userId: string): Promise<boolean> => {
    if (!records) return welcomed.first(platform, userId);
    try {
      return await records.firstContact(platform, userId);
    } catch (error) {
      logger.error({ err: error }, 'could not read who was welcomed; not welcoming');
      return false;
    }
  };

  /** A direct message's first reply to a person starts with a short welcome. */
  async function handle(input: BotRequestInput): Promise<Handling> {
    const handling = await handleRequest(input);
    if (input.via !== 'direct' || !input.user?.id) return handling;
    const { platform, user } = input;
    return { ...handling, reply: handling.reply.then(async (reply) => (reply && (await firstContact(platform, user.id)) ? withWelcome(reply) : reply)) };
  }

  async function handleRequest(input: BotRequestInput): Promise<Handling> {
    const started = performance.now();
    const parsedRequest = BotRequestSchema.safeParse(input);
    if (!parsedRequest.success) {
      // An adapter's translation bug, never the person's fault: say so kindly, log what was wrong (not the text).
      logger.error({ issues: parsedRequest.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'adapter sent an invalid request');
      return privately(NOTICES.somethingWentWrong());
    }
    const request = parsedRequest.data;
    if (request.input.type === 'feedback') return feedback(request, request.input);
    const settings = await settingsOf(request);

    const understood = understand(request, settings);
    if (understood === 'silent') return SILENT;
    const role = roleOf(request);
    const command = 'command' in understood ? understood.command : undefined;
    const refusal = 'reply' in understood ? understood.reply : permissionRefusal(understood.command, role);
    const limited = await rateLimit(request, command, role, settings);
    if (limited) return limited;
    if (refusal && 'command' in understood) observer?.refused('permission');
    if (refusal || !command) return privately(refusal ?? NOTICES.somethingWentWrong());

    // Run, record, reply.
    const requester: Requester = { id: request.user.id, platform: request.platform, community: request.community, conversation: request.channel, role, name: request.user.name };
    const options = 'options' in understood ? understood.options : {};
    const reply = (async () => recorded(await bot.runCommand(command.name, options, requester), request))()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        return NOTICES.somethingWentWrong();
      })
      .then((ready) => {
        observer?.replied(ready.kind, (performance.now() - started) / 1000);
        return ready;
      });
    return { acknowledge: command.replies === 'private' ? 'private' : 'public', slow: Boolean(command.slow), reply };
  }

  return {
    commands: bot.commands,
    handle,
    complete(commandName, option, typed) {
      const command = bot.commands.find((c) => c.name === commandName);
      return command?.complete?.(option, typed, bot.snapshot).slice(0, 25) ?? [];
    },
    async announceChannels(platform) {
      try {
        return (await records?.announceChannels(platform)) ?? [];
      } catch (error) {
        logger.error({ err: error }, 'could not read announcement channels');
        return [];
      }
    },
    registerChannelPoster(platform, poster) {
      reports?.registerPoster(platform, poster);
    },
    homePage: () => homePage(bot.snapshot, bot.commands),
  };
}
