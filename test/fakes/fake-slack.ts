import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeSockets } from './close-sockets.ts';
import { waitForCall } from './wait-for-call.ts';

export const SLACK = {
  botToken: 'xoxb-fake-bot-token',
  appToken: 'xapp-fake-app-token',
  signingSecret: 'fake-signing-secret-0123456789',
  botUserId: 'UBOT',
  botId: 'BBOT',
  teamId: 'T000',
  userId: 'U222',
  channelId: 'C111',
  dmChannelId: 'D333',
  /** A workspace admin, per users.info. */
  adminUserId: 'UADMIN',
  /** The moderators' user group and its one member. */
  userGroupId: 'SMODS',
  userGroupMemberId: 'UGROUP',
} as const;

/** The app's OAuth credentials, as Slack knows them (Basic Information, App Credentials). */
export const SLACK_OAUTH = {
  clientId: '1111111111.2222222222',
  clientSecret: 'fake-client-secret-0123456789abcdef',
  stateSecret: 'fake-state-secret-0123456789abcdef0123456789',
} as const;

/** A bot token Slack issued, and whether it still works. */
interface IssuedToken {
  teamId: string;
  botUserId: string;
  botId: string;
  revoked: boolean;
}

export interface SlackCall {
  path: string;
  auth: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A fake Slack on 127.0.0.1: the Web API methods Bolt calls (auth.test, chat.postMessage, chat.postEphemeral,
 * apps.connections.open), response_url endpoints, and a Socket Mode WebSocket. It rejects Block Kit
 * that breaks Slack's limits, as Slack does.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly socketAcks: { envelope_id: string; payload?: unknown }[] = [];
  /** Told of every call as it arrives: the load bench follows hundreds of thousands, which it cannot poll for. */
  onCall: ((call: SlackCall) => void) | undefined;
  /** False keeps `calls` empty, so a long load run holds no memory for them. */
  keepCalls = true;
  private readonly server: Server;
  private readonly sockets = new Set<WebSocket>();
  private readonly wss: WebSocketServer;
  private ts = 1_700_000_000;
  /** Every bot token issued, by token: the single-workspace one, and one per OAuth install. */
  private readonly tokens = new Map<string, IssuedToken>([[SLACK.botToken, { teamId: SLACK.teamId, botUserId: SLACK.botUserId, botId: SLACK.botId, revoked: false }]]);
  /** OAuth codes handed out by the consent page and not yet exchanged. */
  private readonly codes = new Map<string, { teamId: string; redirectUri: string | undefined }>();
  /** The redirect URL registered in the app's OAuth settings, where the consent page sends the person back. */
  oauthRedirectUri: string | undefined;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/link' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (raw) => this.socketAcks.push(JSON.parse(String(raw)) as { envelope_id: string }));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A000' } }));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  get socketConnected(): boolean {
    return this.sockets.size > 0;
  }

  /** Pushes a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
  }

  async close(): Promise<void> {
    await closeSockets(this.sockets, { initiate: false });
    this.wss.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  waitFor(predicate: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall> {
    return waitForCall(this.calls, predicate, timeoutMs);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const type = req.headers['content-type'] ?? '';
    let body: Record<string, unknown> = {};
    if (type.includes('application/json')) body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    else body = Object.fromEntries(new URLSearchParams(text));
    for (const key of ['blocks', 'attachments', 'view']) if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
    const path = new URL(req.url ?? '/', this.url).pathname;
    const call = { path, auth: req.headers.authorization, body };
    if (this.keepCalls) this.calls.push(call);
    this.onCall?.(call);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const problem = path === '/api/chat.postMessage' || path === '/api/chat.postEphemeral' || path.startsWith('/response/') ? blockKitProblem(body) : undefined;
    if (problem) return json(path.startsWith('/response/') ? 400 : 200, { ok: false, error: 'invalid_blocks', response_metadata: { messages: [problem] } });

    if (path === '/oauth/v2/authorize') return this.consent(new URL(req.url ?? '/', this.url).searchParams, res);
    if (path === '/api/oauth.v2.access') return json(200, this.exchangeCode(body, req.headers.authorization));
    if (path === '/api/apps.connections.open') {
      if (req.headers.authorization !== `Bearer ${SLACK.appToken}`) return json(200, { ok: false, error: 'invalid_auth' });
      return json(200, { ok: true, url: `${this.url.replace('http', 'ws')}/link?ticket=fake` });
    }
    // Every other Web API method needs a bot token Slack issued and has not revoked, as Slack checks.
    let caller: IssuedToken | undefined;
    if (path.startsWith('/api/')) {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(body.token ?? '');
      caller = this.tokens.get(token);
      if (!caller) return json(200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' });
      if (caller.revoked) return json(200, { ok: false, error: 'token_revoked' });
    }
    if (path === '/api/auth.test') {
      return json(200, { ok: true, url: `https://${caller!.teamId.toLowerCase()}.fake.slack.com/`, team: `Team ${caller!.teamId}`, user: 'ballotguard', team_id: caller!.teamId, user_id: caller!.botUserId, bot_id: caller!.botId });
    }
    if (path === '/api/chat.postMessage') {
      const ts = `${++this.ts}.000100`;
      return json(200, { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts } });
    }
    if (path === '/api/chat.postEphemeral') {
      if (!body.user) return json(200, { ok: false, error: 'user_not_in_channel' });
      return json(200, { ok: true, message_ts: `${++this.ts}.000100` });
    }
    if (path === '/api/views.publish') {
      const view = (body.view ?? {}) as { type?: string; blocks?: unknown[] };
      const viewProblem = view.type !== 'home' ? 'a published view must be of type home' : (view.blocks?.length ?? 0) > 100 ? 'a home view has at most 100 blocks' : blockKitProblem({ blocks: view.blocks?.slice(0, 50) });
      if (!body.user_id || viewProblem) return json(200, { ok: false, error: 'invalid_arguments', response_metadata: { messages: [viewProblem ?? 'user_id is required'] } });
      return json(200, { ok: true, view: { id: 'V000', team_id: SLACK.teamId, type: 'home', ...view } });
    }
    if (path === '/api/users.info') {
      const id = String(body.user ?? '');
      return json(200, { ok: true, user: { id, team_id: SLACK.teamId, is_admin: id === SLACK.adminUserId, is_owner: false } });
    }
    if (path === '/api/usergroups.users.list') {
      return json(200, { ok: true, users: body.usergroup === SLACK.userGroupId ? [SLACK.userGroupMemberId] : [] });
    }
    if (path.startsWith('/response/')) return json(200, { ok: true });
    json(404, { ok: false, error: 'unknown_method' });
  }

  /**
   * Slack's consent page, as if the person chose workspace `team` and pressed Allow: back to the redirect
   * URL with a one-time code and the state unchanged. A wrong client id is refused, as Slack does.
   */
  private consent(query: URLSearchParams, res: ServerResponse): void {
    const teamId = query.get('team');
    const redirectUri = query.get('redirect_uri') ?? this.oauthRedirectUri;
    if (query.get('client_id') !== SLACK_OAUTH.clientId || !teamId || !redirectUri || !query.get('scope')) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('invalid_client_id, team, redirect_uri or scope');
      return;
    }
    const code = `code-${teamId}-${this.codes.size + this.tokens.size}`;
    this.codes.set(code, { teamId, redirectUri: query.get('redirect_uri') ?? undefined });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state') ?? '');
    res.writeHead(302, { location: back.toString() });
    res.end();
  }

  /** oauth.v2.access: the app's credentials and a fresh code buy a bot token for the code's workspace. */
  private exchangeCode(body: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> {
    const basic = authorization?.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString().split(':') : [];
    const [clientId, clientSecret] = basic.length === 2 ? basic : [body.client_id, body.client_secret];
    if (clientId !== SLACK_OAUTH.clientId || clientSecret !== SLACK_OAUTH.clientSecret) return { ok: false, error: 'invalid_client' };
    const grant = this.codes.get(String(body.code ?? ''));
    // A code works once, and only with the redirect_uri it was issued for.
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.codes.delete(String(body.code));
    if (grant.redirectUri !== undefined && grant.redirectUri !== body.redirect_uri) return { ok: false, error: 'bad_redirect_uri' };
    const n = this.tokens.size;
    const token = `xoxb-${grant.teamId}-${n}-fake`;
    const issued = { teamId: grant.teamId, botUserId: `UBOT${grant.teamId}`, botId: `BBOT${grant.teamId}`, revoked: false };
    this.tokens.set(token, issued);
    return {
      ok: true,
      app_id: 'A000',
      authed_user: { id: `UINSTALLER${n}` },
      scope: 'app_mentions:read,chat:write,commands,im:history',
      token_type: 'bot',
      access_token: token,
      bot_user_id: issued.botUserId,
      team: { id: grant.teamId, name: `Team ${grant.teamId}` },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  /** The bot tokens issued to a workspace through OAuth, live or revoked. */
  tokensOf(teamId: string): string[] {
    return [...this.tokens].filter(([, issued]) => issued.teamId === teamId).map(([token]) => token);
  }

  /** A workspace removes the app: Slack revokes every token it was issued (the app_uninstalled event is the test's to send). */
  uninstall(teamId: string): void {
    for (const issued of this.tokens.values()) if (issued.teamId === teamId) issued.revoked = true;
  }
}

/** Slack's Block Kit limits; undefined when the message respects them. */
export function blockKitProblem(body: Record<string, unknown>): string | undefined {
  const blocks = (body.blocks ?? []) as { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text?: unknown; value?: string }[] }[];
  if (blocks.length > 50) return 'no more than 50 items allowed [json-pointer:/blocks]';
  for (const block of blocks) {
    if (block.type === 'header' && (block.text?.text.length ?? 0) > 150) return 'header text must be at most 150 characters';
    if (block.type === 'section') {
      if ((block.text?.text.length ?? 0) > 3_000) return 'section text must be at most 3000 characters';
      if ((block.fields?.length ?? 0) > 10) return 'section fields must be at most 10';
      for (const field of block.fields ?? []) if (field.text.length > 2_000) return 'section field text must be at most 2000 characters';
    }
    if (block.type === 'context' && (block.elements?.length ?? 0) > 10) return 'context elements must be at most 10';
    if (block.type === 'actions') {
      if ((block.elements?.length ?? 0) > 25) return 'actions elements must be at most 25';
      for (const e of block.elements ?? []) if ((e.value?.length ?? 0) > 2_000) return 'button value must be at most 2000 characters';
    }
  }
  if (typeof body.text === 'string' && body.text.length > 40_000) return 'text too long';
  return undefined;
}

/** Signs a request body exactly as Slack does (v0 HMAC-SHA256 over "v0:timestamp:body"). */
export function signSlack(body: string, { secret = SLACK.signingSecret as string, timestamp = Math.floor(Date.now() / 1000) } = {}): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
