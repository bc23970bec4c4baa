import { App, HTTPReceiver, LogLevel, type BlockAction, type ButtonAction, type RespondFn } from '@slack/bolt';
import type { Server } from 'node:http';
import type { Adapter } from '../../src/core/adapter.ts';
import type { Bot } from '../../src/core/bot.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import type { Logger } from '../../src/core/logger.ts';
import { errorReply, type Reply } from '../../src/core/reply.ts';
import type { RequesterInput } from '../../src/core/requester.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import { SeenRequests } from '../../src/records/seen-requests.ts';
import { describeSlackStartFailure } from './slack-start-failure.ts';
import { guardSlackRequests } from './slack-request-guard.ts';
import { ACTION_PREFIX, escapeSlack, FEEDBACK_ACTION, renderSlack } from './render-slack.ts';
import type { SlackConfig } from './slack-config.ts';

export interface SlackAdapterOptions {
  bot: Bot;
  config: SlackConfig;
  logger: Logger;
  /** Where the HTTP receiver listens; tests use 127.0.0.1 and port 0. */
  host?: string;
  /** Request ids already handled, to refuse replays; in memory (forgotten at exit) when not given. */
  seen?: SeenRequests;
}

/** A started Slack adapter; in HTTP mode it knows the port it listens on. */
export interface SlackAdapter extends Adapter {
  readonly port: number | undefined;
}

/**
 * Serves the bot on Slack through Bolt, over HTTP (signed requests) or Socket Mode: slash commands from the
 * command model, app mentions (answered in thread), direct messages and suggestion buttons. It only
 * translates Slack events into the bot's requests and renders the bot's replies as Block Kit.
 */
export function createSlackAdapter({ bot, config, logger, host, seen = new SeenRequests(':memory:') }: SlackAdapterOptions): SlackAdapter {
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  const clientOptions = { ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}), retryConfig: { retries: 2 } };
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET!,
        endpoints: '/slack/events',
        unhandledRequestTimeoutMillis: 2_500,
        logLevel: LogLevel.ERROR,
        customRoutes: [
          {
            path: '/healthz',
            method: ['GET', 'HEAD'],
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'text/plain' });
              res.end('ok');
            },
          },
        ],
      });
  if (receiver) {
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      signingSecret: config.SLACK_SIGNING_SECRET!,
      endpoint: '/slack/events',
      seen,
      logger,
      bodyLimit: OPERATING_LIMITS.slackBodyBytes,
      memoryMs: OPERATING_LIMITS.replayMemoryMs,
    });
  }
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    ...(socketMode ? { appToken: config.SLACK_APP_TOKEN, socketMode: true, installerOptions: { clientOptions } } : { receiver }),
    clientOptions,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
  });
  const cooldown = new Cooldown(config.SLACK_COOLDOWN_SECONDS);
  const moderators = new Set(config.SLACK_MODERATOR_USER_IDS);
  // Slack retries an event (re-signed) until it is acknowledged: its event id is what repeats.
  const repeatedEvent = (body: unknown) => {
    const id = (body as { event_id?: unknown }).event_id;
    return typeof id === 'string' && !seen.firstTime(`slack-event:${id}`, OPERATING_LIMITS.replayMemoryMs);
  };
  let server: Server | undefined;

  const requester = (userId: string): RequesterInput => ({ id: userId, platform: 'slack', isModerator: moderators.has(userId) });
  const cooling = (userId: string): Reply | undefined => {
    const wait = cooldown.take(userId);
    return wait > 0 ? errorReply('Slow down a little', `Please try again in ${wait} s.`) : undefined;
  };

  // Slash commands: Slack passes one text argument, read by the same parser as everywhere else.
  for (const command of bot.commands) {
    app.command(`/${command.name}`, async ({ command: slash, ack, respond }) => {
      await ack();
      const answering = command.name === 'ask';
      const reply = (answering && cooling(slash.user_id)) || (await bot.handleText(`/${command.name} ${slash.text}`, requester(slash.user_id)));
      await respondWith(respond, reply);
    });
  }

  // Mentions in channels, answered where they were asked (in the thread, when asked in one).
  app.event('app_mention', async ({ event, body, say }) => {
    if (repeatedEvent(body)) return;
    const text = event.text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').trim();
    const user = event.user ?? 'unknown';
    const reply = cooling(user) ?? (await bot.handleText(text, requester(user)));
    await say({ ...renderSlack(reply), ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
  });

  // Direct messages.
  app.message(async ({ message, body, say }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || repeatedEvent(body)) return;
    const reply = cooling(message.user) ?? (await bot.handleText(message.text ?? '', requester(message.user)));
    await say({ ...renderSlack(reply), ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) });
  });

  // Suggestion buttons: the button's value is the command text it runs.
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}`), async ({ action, body, ack, respond }) => {
    await ack();
    const reply = cooling(body.user.id) ?? (await bot.handleText(action.value ?? '/help', requester(body.user.id)));
    await respondWith(respond, reply, { replaceOriginal: false });
  });

  // Feedback buttons: recorded with the question and the entry, acknowledged privately.
  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, async ({ action, body, ack, respond }) => {
    await ack();
    try {
      const { q, e } = JSON.parse(action.value ?? '{}') as { q?: string; e?: string };
      if (q && e) bot.recordFeedback({ question: q, entryId: e, helpful: action.action_id === 'bg:fb:yes' }, requester(body.user.id));
    } catch {
      // A malformed value is not worth an error message: the thanks below still goes out.
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thank you: moderators use this to improve the answers.' });
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
  });

  async function respondWith(respond: RespondFn, reply: Reply, { replaceOriginal }: { replaceOriginal?: boolean } = {}): Promise<void> {
    await respond({
      ...renderSlack(reply),
      response_type: reply.visibility === 'private' ? 'ephemeral' : 'in_channel',
      ...(replaceOriginal === false ? { replace_original: false } : {}),
    });
  }

  return {
    name: 'slack',
    get port() {
      const address = server?.address();
      return address && typeof address === 'object' ? address.port : undefined;
    },
    async start() {
      try {
        await app.init();
        if (socketMode) {
          await app.start();
          logger.info('slack adapter ready (Socket Mode)');
        } else {
          server = (await app.start({ port: config.PORT, host })) as Server;
          logger.info({ port: (server.address() as { port: number }).port }, 'slack adapter ready (HTTP)');
        }
      } catch (error) {
        throw new SlackStartError(describeSlackStartFailure(error, config));
      }
    },
    async stop() {
      await app.stop();
    },
    async notifyModerators(text) {
      if (!config.SLACK_MODERATOR_CHANNEL_ID) return;
      await app.client.chat.postMessage({ channel: config.SLACK_MODERATOR_CHANNEL_ID, text: escapeSlack(text).slice(0, 3_000) });
    },
  };
}

/** Starting the Slack adapter failed; the message says which setting to check. */
export class SlackStartError extends Error {
  readonly code = 'SLACK_START_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'SlackStartError';
  }
}
