import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type AllMiddlewareArgs, type BlockAction, type ButtonAction, type RespondFn, type SayFn, type SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppMentionEvent, GenericMessageEvent, TokensRevokedEvent } from '@slack/types';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Adapter } from '../../src/core/adapter.ts';
import { BallotguardError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import { OPERATING_LIMITS } from '../../src/core/operating-limits.ts';
import { RequestTurns } from './request-turns.ts';
import type { Installations } from '../../src/records/installations.ts';
import { SeenRequests } from '../../src/records/seen-requests.ts';
import type { SeenRequestStore } from '../../src/state/seen-request-store.ts';
import { SlackInstallations } from './slack-installations.ts';
import { boltLogger } from './bolt-logger.ts';
import { describeSlackStartFailure } from './slack-start-failure.ts';
import { guardSlackRequests } from './slack-request-guard.ts';
import { guardSocketModeEnvelopes } from './socket-mode-guard.ts';
import { slackFetch } from './slack-fetch.ts';
import { ACTION_PREFIX, escapeSlack, FEEDBACK_ACTION, renderSlack } from './render-slack.ts';
import { slackOAuth, type SlackConfig } from './slack-config.ts';
import { createCommunityAdminCheck } from './slack-community-admins.ts';
import { NAMESPACE_COMMAND, slackBotScopes } from './slack-manifest.ts';
import { registerMessageShortcuts } from './message-shortcuts.ts';
import { appHomeOpened } from './app-home.ts';

export interface SlackAdapterOptions {
  pipeline: Pipeline;
  config: SlackConfig;
  logger: Logger;
  /** Where the HTTP receiver listens; tests use 127.0.0.1 and port 0. */
  host?: string;
  /** Request ids already handled, to refuse replays; in memory (forgotten at exit) when not given. */
  seen?: SeenRequestStore;
  /** Where workspaces' installations are kept; required with OAuth (many workspaces), unused with one token. */
  installations?: Installations;
  /** The operator's GET (and HEAD) routes (/healthz, /readyz, /metrics: src/operations) served beside Slack's in HTTP mode. */
  routes?: readonly { path: string; handler(req: IncomingMessage, res: ServerResponse): void }[];
}

/** A started Slack adapter; in HTTP mode it knows the port it listens on. */
export interface SlackAdapter extends Adapter {
  readonly port: number | undefined;
}

/** What Bolt gives an event's listener; `say` for events that happen in a conversation. */
export type EventArgs = SlackEventMiddlewareArgs & AllMiddlewareArgs & { say?: SayFn };

/** Links in the bot's messages never unfold into previews: sources stay one line, and nothing is fetched on a reader's behalf. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Serves ballotguard on Slack through Bolt, over HTTP (signed requests) or Socket Mode: slash commands
 * from the command model (short, namespaced under /ballotguard, or both), app mentions (answered in
 * thread), direct messages, suggestion and feedback buttons. It only translates Slack events into the
 * core's requests and renders the core's replies as Block Kit.
 */
export function createSlackAdapter({ pipeline, config, logger, host, seen = new SeenRequests(':memory:'), routes = [], installations }: SlackAdapterOptions): SlackAdapter {
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  const clientOptions = { ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}), retryConfig: { retries: 2 }, fetch: slackFetch };
  const oauth = slackOAuth(config);
  if (oauth && !installations) throw new SlackStartError('Slack OAuth (SLACK_CLIENT_ID) needs the records database to keep installations in.');
  // Many workspaces: each one's bot token comes from its installation, stored by whichever copy completed the install.
  const installationStore = oauth ? new SlackInstallations(installations!, logger) : undefined;
  const socketReceiver = socketMode ? new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, installerOptions: { clientOptions }, logLevel: LogLevel.ERROR }) : undefined;
  if (socketReceiver) guardSocketModeEnvelopes(socketReceiver, logger);
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET!,
        // The request guard in front (below) checks every signature and timestamp; checking again here cost
        // every request a second HMAC and tsscmp's random key.
        signatureVerification: false,
        endpoints: '/slack/events',
        ...(oauth
          ? {
              // The installer logs each refused OAuth return; into the bot's log, redacted, not onto the console.
              logger: boltLogger(logger),
              clientId: oauth.clientId,
              clientSecret: oauth.clientSecret,
              // The state is signed, not stored: an install begun on one copy completes on any other.
              stateSecret: oauth.stateSecret,
              installationStore,
              scopes: slackBotScopes({ workspaceAdmins: config.SLACK_WORKSPACE_ADMINS_MODERATE, userGroup: Boolean(config.SLACK_MODERATOR_USERGROUP_ID) }),
              ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
              installerOptions: {
                installPath: '/slack/install',
                redirectUriPath: '/slack/oauth_redirect',
                // /slack/install sends the person straight to Slack's consent page.
                directInstall: true,
                clientOptions,
                // Slack's consent page sits beside its Web API (a test's fake Slack serves both).
                ...(config.SLACK_API_URL ? { authorizationUrl: new URL('../oauth/v2/authorize', config.SLACK_API_URL).toString() } : {}),
              },
            }
          : {}),
        unhandledRequestTimeoutMillis: 2_500,
        logLevel: LogLevel.ERROR,
        customRoutes: [
          ...routes.map((route) => ({ path: route.path, method: ['GET', 'HEAD'], handler: route.handler })),
          // The bare liveness answer, unless the operator's routes bring their own.
          ...(routes.some((route) => route.path === '/healthz') ? [] : [{
            path: '/healthz',
            method: ['GET', 'HEAD'],
            handler: (_req: unknown, res: ServerResponse) => {
              res.writeHead(200, { 'content-type': 'text/plain' });
              res.end('ok');
            },
          }]),
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
      turns: new RequestTurns(OPERATING_LIMITS.requestTurnMs),
    });
  }
  const app = new App({
    ...(config.SLACK_BOT_TOKEN ? { token: config.SLACK_BOT_TOKEN } : {}),
    ...(socketReceiver ? { socketMode: true, receiver: socketReceiver } : { receiver }),
    clientOptions,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
    // Bolt's conversation store is unused here; left on, it costs every request a lookup.
    convoStore: false,
  });
  /** A workspace's bot token, for calls made outside an event's own listener (which Bolt gives the right client). */
  const tokenFor = async (teamId: string | undefined): Promise<string | undefined> => (installationStore ? installationStore.botToken(teamId) : config.SLACK_BOT_TOKEN);
  const isCommunityAdmin = createCommunityAdminCheck({
    client: app.client,
    tokenFor,
    logger,
    userIds: config.SLACK_MODERATOR_USER_IDS,
    workspaceAdmins: config.SLACK_WORKSPACE_ADMINS_MODERATE,
    userGroupId: config.SLACK_MODERATOR_USERGROUP_ID,
  });
  // Slack retries an event (re-signed) until it is acknowledged: its event id is what repeats.
  const repeatedEvent = async (body: unknown) => {
    const id = (body as { event_id?: unknown }).event_id;
    const repeated = typeof id === 'string' && !(await seen.firstTime(`slack-event:${id}`, OPERATING_LIMITS.replayMemoryMs));
    if (repeated) logger.info('ignored a Slack event already handled');
    return repeated;
  };
  let server: Server | undefined;

  /** Where a request comes from, and whether Slack says its sender administers the workspace; the core decides what that allows. */
  const who = async (teamId: string | undefined, channel: string | undefined, userId: string, name?: string): Promise<Pick<BotRequestInput, 'platform' | 'community' | 'channel' | 'user'>> => ({
    platform: 'slack',
    community: teamId || undefined,
    channel,
    user: { id: userId, communityAdmin: Boolean(teamId) && (await isCommunityAdmin(userId, teamId)), ...(name ? { name: name.slice(0, 100) } : {}) },
  });

  // Slash commands: Slack passes one text argument, read by the core's parser like everything else. One
  // listener for all of them: Bolt runs every listener's matcher on every request, so one per command
  // would cost a chain of middleware per command on each request.
  const shortCommands = new Set(config.SLACK_COMMAND_STYLE !== 'namespaced' ? pipeline.commands.map((c) => `/${c.name}`) : []);
  const namespaced = config.SLACK_COMMAND_STYLE !== 'short';
  app.command(/^\//, async ({ command: slash, ack, respond }) => {
    // `/ballotguard targets ministry`, `/ballotguard who was targeted?`: one command for everything.
    const text = namespaced && slash.command === NAMESPACE_COMMAND ? slash.text.trim() || '/help' : shortCommands.has(slash.command) ? `${slash.command} ${slash.text}` : undefined;
    if (text === undefined) return; // Not one of ours: unanswered, as Bolt leaves a command nobody listens to.
    await ack();
    const handling = await pipeline.handle({ ...(await who(slash.team_id, slash.channel_id, slash.user_id)), via: 'command', input: { type: 'text', text } });
    await respondWith(respond, await handling.reply);
  });

  // Events: one listener for every kind the bot handles, dispatching on the event's type. Bolt runs every
  // listener's middleware chain on every request whatever it is (about 5 µs a listener a request, measured
  // with Bolt's processEvent), so nine listeners cost a slash command eight chains that matched nothing.
  const onEvent: Record<string, (args: EventArgs) => Promise<void>> = {
    // Mentions in channels, answered where they were asked (in the thread, when asked in one); a reply meant
    // for one person is shown to them only.
    app_mention: async ({ event: mention, body, say, client }) => {
      if (await repeatedEvent(body)) return;
      const event = mention as AppMentionEvent;
      const user = event.user ?? 'unknown';
      const team = (body as { team_id?: string }).team_id;
      const reply = await (await pipeline.handle({ ...(await who(team, event.channel, user)), via: 'mention', input: { type: 'text', text: event.text } })).reply;
      if (!reply) return;
      const thread = event.thread_ts ? { thread_ts: event.thread_ts } : {};
      if (reply.visibility === 'private') {
        await client.chat.postEphemeral({ channel: event.channel, user, ...renderSlack(reply), ...thread });
        return;
      }
      await say!({ ...renderSlack(reply), ...NO_UNFURL, ...thread });
    },
    // Direct messages: already private.
    message: async ({ event, body, say }) => {
      const message = event as GenericMessageEvent;
      if (message.channel_type !== 'im' || message.subtype !== undefined || (await repeatedEvent(body))) return;
      const reply = await (await pipeline.handle({ ...(await who(undefined, undefined, message.user)), via: 'direct', input: { type: 'text', text: message.text ?? '' } })).reply;
      if (!reply) return;
      await say!({ ...renderSlack(reply), ...NO_UNFURL, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) });
    },
    // The App Home tab: what the bot is, its commands and three pieces of advice, from the core.
    app_home_opened: appHomeOpened(pipeline, logger),
    // A workspace that uninstalls the app, or revokes its bot token, is forgotten: its token is deleted and its
    // events are no longer answered. Bolt delivers these two without looking the installation up.
    app_uninstalled: async ({ body }) => forget(body as { team_id?: string; enterprise_id?: string }),
    tokens_revoked: async ({ event, body }) => {
      if (((event as TokensRevokedEvent).tokens.bot ?? []).length > 0) await forget(body as { team_id?: string; enterprise_id?: string });
    },
  };
  app.event(new RegExp(`^(${Object.keys(onEvent).join('|')})$`), async (args) => onEvent[args.event.type]?.(args));

  // Buttons, in one listener: suggestions (the button's value is the command text it runs) and feedback
  // (the button carries the answer's id; the core counts each person once per answer).
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}|${FEEDBACK_ACTION.source}`), async ({ action, body, ack, respond }) => {
    await ack();
    const feedback = FEEDBACK_ACTION.exec(action.action_id);
    // The shown name travels with a suggestion's click, for a report its sender chooses to sign.
    const from = await who(body.team?.id, body.channel?.id, body.user.id, feedback ? undefined : (body.user.name ?? body.user.username));
    const handling = await pipeline.handle(
      feedback
        ? { ...from, via: 'button', input: { type: 'feedback', answerId: action.value ?? '', helpful: feedback[1] === 'yes' } }
        : { ...from, via: 'button', input: { type: 'text', text: action.value ?? '/help' } },
    );
    await respondWith(respond, await handling.reply, { replaceOriginal: false });
  });

  // "Check with ballotguard" in a message's menu: answered privately, to the person who chose it.
  registerMessageShortcuts(app, pipeline, who, async (respond, request) =>
    respondWith(respond, 'input' in request ? await (await pipeline.handle(request)).reply : request),
  );

  // Members' reports go to their workspace's security channel; Slack escapes what they contain, so nobody is pinged.
  pipeline.registerChannelPoster('slack', async ({ community, channel }, reply) => {
    const token = await tokenFor(community);
    await app.client.chat.postMessage({ ...(token ? { token } : {}), channel, ...renderSlack(reply), ...NO_UNFURL });
  });

  async function forget({ team_id: teamId, enterprise_id: enterpriseId }: { team_id?: string; enterprise_id?: string }): Promise<void> {
    if (!installationStore) {
      logger.warn('the Slack workspace uninstalled the app or revoked its token: SLACK_BOT_TOKEN no longer works');
      return;
    }
    await installationStore.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall: false } as Parameters<typeof installationStore.deleteInstallation>[0]);
  }

  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
  });

  async function respondWith(respond: RespondFn, reply: Reply | undefined, { replaceOriginal }: { replaceOriginal?: boolean } = {}): Promise<void> {
    if (!reply) return; // Silent under a flood: the acknowledgement was all.
    await respond({
      ...renderSlack(reply),
      ...NO_UNFURL,
      response_type: reply.visibility === 'private' ? 'ephemeral' : 'in_channel',
      ...(replaceOriginal === false ? { replace_original: false } : {}),
    });
  }

  return {
    name: 'slack',
    // In Socket Mode, Bolt's own receiver (not in its typings) holds the socket.
    connected: () =>
      socketMode ? Boolean((app as unknown as { receiver?: { client?: { websocket?: { isActive(): boolean } } } }).receiver?.client?.websocket?.isActive()) : Boolean(server?.listening),
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
        throw new SlackStartError(describeSlackStartFailure(error, config), error);
      }
    },
    async stop() {
      await app.stop();
    },
    async notifyModerators(text, announcements) {
      // Each channel is posted to with its own workspace's token. The operator's channel belongs to the one
      // workspace of SLACK_BOT_TOKEN; with OAuth only communities' announcement channels are known.
      const operator = config.SLACK_MODERATOR_CHANNEL_ID && config.SLACK_BOT_TOKEN ? [{ channel: config.SLACK_MODERATOR_CHANNEL_ID, community: undefined }] : [];
      const posted = new Set<string>();
      for (const { channel, community } of [...operator, ...announcements]) {
        if (posted.has(channel)) continue;
        posted.add(channel);
        const token = await tokenFor(community);
        if (token) await app.client.chat.postMessage({ token, channel, text: escapeSlack(text).slice(0, 3_000), ...NO_UNFURL });
      }
    },
  };
}

/** Starting the Slack adapter failed; the message says which setting to check. */
export class SlackStartError extends BallotguardError {
  constructor(message: string, cause?: unknown) {
    super('SLACK_START_FAILED', message, { cause });
    this.name = 'SlackStartError';
  }
}
