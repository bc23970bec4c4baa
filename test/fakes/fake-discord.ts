import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionType,
  type APIEmbed,
  type GatewayReceivePayload,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeSockets } from './close-sockets.ts';
import { waitForCall } from './wait-for-call.ts';
import { noteUserText } from '../helpers/test-logs.ts';

/** One REST call the fake received. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  auth: string | undefined;
  body: unknown;
}

interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export const FAKE = {
  token: `${'A'.repeat(24)}.${'B'.repeat(6)}.${'C'.repeat(38)}`,
  applicationId: '100000000000000001',
  botId: '100000000000000001',
  guildId: '200000000000000001',
  channelId: '300000000000000001',
  dmChannelId: '300000000000000002',
  userId: '400000000000000001',
  moderatorRoleId: '500000000000000009',
  /** A second server with the bot in it, for tests that keep communities apart. */
  otherGuildId: '200000000000000002',
  otherChannelId: '300000000000000003',
} as const;

/** Intents Discord calls privileged: an unverified bot past 100 servers, or one not switched on, may not ask. */
const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

/** A server the bot is in, with the one text channel the fake gives it. */
export interface FakeGuild {
  id: string;
  channelId: string;
  name: string;
}

/** How the fake gateway shards, and the identify budget it grants, as GET /gateway/bot reports them. */
export interface FakeGatewayOptions {
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards?: number;
  /** The most servers one shard may hold; an IDENTIFY with fewer shards than that needs is closed with 4011. */
  guildsPerShard?: number;
  /** session_start_limit: how many IDENTIFYs are left in the window, and how many may run at once. */
  sessionStartLimit?: { total?: number; remaining?: number; resetAfterMs?: number; maxConcurrency?: number };
}

/** The shard Discord routes a server's events to: (guild_id >> 22) % shard_count. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A snowflake-shaped server id that Discord routes to `shard` of `shardCount` (for tests that need one on each). */
export function guildIdOnShard(shard: number, shardCount: number, seed = 1): string {
  // A timestamp part that is a multiple of the count plus the shard, past 2015 so the id has 18 digits.
  const timestamp = 50_000_000n * BigInt(shardCount) + BigInt(shard);
  return String((timestamp << 22n) | BigInt(seed));
}

/** One gateway connection's session: which shard it identified as, and what it may be sent. */
interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  sequence: number;
}

/** Who sends a fake event: the default member, or another user id. */
export interface FakeSender {
  userId?: string;
  guildId?: string;
  channelId?: string;
  permissions?: string;
  roles?: string[];
}

/**
 * A fake Discord on 127.0.0.1: the REST routes discord.js uses and a JSON gateway (HELLO, IDENTIFY →
 * READY + GUILD_CREATE, heartbeats, RESUME). It rejects messages that break Discord's limits with 400,
 * as Discord does, so a test that passes here would not be refused there.
 */
export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly identifies: unknown[] = [];
  readonly resumes: unknown[] = [];
  /** The close codes the fake sent on IDENTIFY (4004, 4010, 4011, 4014…), in order. */
  readonly closes: number[] = [];
  /** Told of every REST call as it arrives: the load bench follows hundreds of thousands, which it cannot poll for. */
  onCall: ((call: RecordedCall) => void) | undefined;
  /** False keeps `calls` empty, so a long load run holds no memory for them. */
  keepCalls = true;
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  /** Identified connections, and every session ever started (a RESUME picks its session up again). */
  private readonly live = new Map<WebSocket, GatewaySession>();
  private readonly sessionsById = new Map<string, GatewaySession>();
  private refuseWith: number | undefined;
  private readonly failures: { matches: (method: string, path: string) => boolean; status: number }[] = [];
  private nextId = 600000000000000000n;
  readonly guilds: readonly FakeGuild[];
  private readonly recommendedShards: number;
  private readonly guildsPerShard: number;
  private readonly budget: { total: number; remaining: number; resetAfterMs: number; maxConcurrency: number };

  /**
   * `allowPrivilegedIntents: false` (the default) is a bot whose privileged intents are not enabled: asking
   * for one closes the gateway with 4014, as Discord does. `guilds` are the servers the bot is in (two by
   * default); the gateway options shard them as Discord does.
   */
  constructor(
    private readonly validToken: string = FAKE.token,
    private readonly options: { allowPrivilegedIntents?: boolean; guilds?: FakeGuild[] } & FakeGatewayOptions = {},
  ) {
    this.guilds = options.guilds ?? [
      { id: FAKE.guildId, channelId: FAKE.channelId, name: 'Election office' },
      { id: FAKE.otherGuildId, channelId: FAKE.otherChannelId, name: 'Newsroom' },
    ];
    this.recommendedShards = options.recommendedShards ?? 1;
    // Discord's own figure: one shard may hold 2,500 servers.
    this.guildsPerShard = options.guildsPerShard ?? 2_500;
    const limit = options.sessionStartLimit ?? {};
    this.budget = { total: limit.total ?? 1_000, remaining: limit.remaining ?? 999, resetAfterMs: limit.resetAfterMs ?? 14_400_000, maxConcurrency: limit.maxConcurrency ?? 1 };
    this.server = createServer((req, res) => void this.handle(req, res));
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket, request) => this.connect(socket, request.url ?? ''));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The REST base to give discord.js (`rest.api`). */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  /** Closes every gateway connection (waiting for a clean close) and the server. */
  async close(): Promise<void> {
    await closeSockets(this.sockets, { initiate: true });
    this.gateway.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until a recorded call satisfies `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall> {
    return waitForCall(this.calls, predicate, timeoutMs);
  }

  /**
   * The message an interaction was answered with, however the bot sent it: in the acknowledgement (a
   * callback of type 4, when the answer is ready at once) or deferred and then edited in (a PATCH).
   */
  async waitForInteractionReply(interaction: { token: string }, timeoutMs?: number): Promise<unknown> {
    const call = await this.waitForCall(
      (c) => (c.method === 'PATCH' && c.path.includes(interaction.token)) || (c.path.endsWith(`${interaction.token}/callback`) && (c.body as { type: number }).type === 4),
      timeoutMs,
    );
    return call.method === 'PATCH' ? call.body : (call.body as { data: unknown }).data;
  }

  /** Answers the next REST call matching `matches` with `status` (a Discord error body) instead of serving it. */
  failNext(matches: (method: string, path: string) => boolean, status = 500): void {
    this.failures.push({ matches, status });
  }

  /**
   * Sends a gateway dispatch to every connected client. A message reaches a client without the Message
   * Content intent as Discord sends it: content, embeds, attachments and components blank, unless it is a
   * direct message or mentions the bot.
   */
  dispatch(event: string, data: unknown): void {
    // A server's events go to the shard that holds it; direct messages to shard 0, as Discord routes them.
    const guildId = (data as { guild_id?: string }).guild_id;
    for (const [socket, session] of this.live) {
      const [shard, count] = session.shard;
      if ((guildId ? shardOfGuild(guildId, count) : 0) !== shard) continue;
      const delivered = event === GatewayDispatchEvents.MessageCreate ? this.asDelivered(data as ReturnType<FakeDiscord['message']>, session.intents) : data;
      this.sendTo(socket, event, delivered);
    }
  }

  /** The shard of each identified connection, as [shard_id, shard_count]. */
  get connectedShards(): [number, number][] {
    return [...this.live.values()].map((session) => session.shard);
  }

  /** What GET /gateway/bot reports: identifies left in the window. */
  get sessionsRemaining(): number {
    return this.budget.remaining;
  }

  private asDelivered(message: ReturnType<FakeDiscord['message']>, intents: number) {
    const readable = (intents & GatewayIntentBits.MessageContent) !== 0 || message.channel_type === ChannelType.DM || message.mentions.some((u) => u.id === FAKE.botId);
    return readable ? message : { ...message, content: '', embeds: [], attachments: [], components: [] };
  }

  private guildOfChannel(channelId: string): string {
    return this.guilds.find((guild) => guild.channelId === channelId)?.id ?? FAKE.guildId;
  }

  /** From now on, closes every new gateway connection at once with `code` (a gateway that keeps failing). */
  refuseConnections(code: number): void {
    this.refuseWith = code;
  }

  /** Closes the gateway connections (only `shard`'s, when given) with a code, as Discord does when it wants a client to reconnect. */
  kick(code: number, shard?: number): void {
    for (const socket of this.sockets) {
      if (shard === undefined || this.live.get(socket)?.shard[0] === shard) socket.close(code, 'fake kick');
    }
  }

  /** Lets new gateway connections in again after refuseConnections. */
  acceptConnections(): void {
    this.refuseWith = undefined;
  }

  /** A slash-command interaction from a member; `permissions` is the member's permission bitfield. */
  slashCommand(
    name: string,
    options: { name: string; type: number; value: unknown; focused?: boolean }[],
    { permissions = '0', roles = [] as string[], type = InteractionType.ApplicationCommand, userId, guildId = FAKE.guildId as string, channelId }: FakeSender & { type?: InteractionType } = {},
  ) {
    for (const option of options) noteUserText(option.value);
    const id = this.snowflake();
    const channel = channelId ?? this.guilds.find((guild) => guild.id === guildId)?.channelId ?? FAKE.channelId;
    return {
      id,
      application_id: FAKE.applicationId,
      type,
      token: `itok-${id}`,
      version: 1,
      guild_id: guildId,
      channel_id: channel,
      channel: { id: channel, type: ChannelType.GuildText, guild_id: guildId, name: 'general' },
      member: { user: this.user(userId), roles, permissions, joined_at: '2020-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      app_permissions: '0',
      locale: 'en-GB',
      guild_locale: 'en-GB',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      data: { id: this.snowflake(), name, type: 1, options },
    };
  }

  /**
   * A message command ("Apps → <name>") on `target`, as Discord delivers it: application command type 3,
   * the message's id in `data.target_id` and the message itself in `data.resolved.messages`.
   */
  messageCommand(name: string, target: ReturnType<FakeDiscord['message']>, sender: FakeSender = {}) {
    const interaction = this.slashCommand(name, [], sender);
    return { ...interaction, data: { id: this.snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } } };
  }

  /** A click on a message button; `components` are the rows of the message it is on. */
  buttonClick(customId: string, { userId, components = [], dm = false }: { userId?: string; components?: unknown[]; dm?: boolean } = {}) {
    const id = this.snowflake();
    // In a direct message Discord sends `user` and the DM channel, with no guild and no member.
    const where = dm
      ? { channel_id: dmChannelOf(userId ?? FAKE.userId), channel: { id: dmChannelOf(userId ?? FAKE.userId), type: ChannelType.DM }, user: this.user(userId), context: 1 }
      : {
          guild_id: FAKE.guildId,
          channel_id: FAKE.channelId,
          channel: { id: FAKE.channelId, type: ChannelType.GuildText, guild_id: FAKE.guildId, name: 'general' },
          member: { user: this.user(userId), roles: [], permissions: '0', joined_at: '2020-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        };
    return {
      id,
      application_id: FAKE.applicationId,
      type: InteractionType.MessageComponent,
      token: `itok-${id}`,
      version: 1,
      ...where,
      app_permissions: '0',
      locale: 'en-GB',
      entitlements: [],
      authorizing_integration_owners: {},
      message: { ...this.message(where.channel_id, 'earlier', { author: this.botUser(), dm }), components },
      data: { custom_id: customId, component_type: 2 },
    };
  }

  /** A message in the guild channel, or in a DM when `dm` is set. */
  message(
    channelId: string,
    content: string,
    { mentionsBot = false, dm = false, author = this.user(), attachments = [] }: { mentionsBot?: boolean; dm?: boolean; author?: FakeUser; attachments?: string[] } = {},
  ) {
    const guildId = this.guildOfChannel(channelId);
    if (!author.bot) noteUserText(content);
    return {
      id: this.snowflake(),
      channel_id: channelId,
      ...(dm ? {} : { guild_id: guildId, member: { roles: [], joined_at: '2020-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } }),
      channel_type: dm ? ChannelType.DM : ChannelType.GuildText,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: content.includes('@everyone') || content.includes('@here'),
      mentions: mentionsBot ? [this.botUser()] : [],
      mention_roles: [],
      attachments: attachments.map((filename) => ({ id: this.snowflake(), filename, size: 1024, url: `https://cdn.example.invalid/${filename}`, proxy_url: `https://cdn.example.invalid/${filename}` })),
      embeds: [],
      pinned: false,
      type: 0,
    };
  }

  /** A member (the default asker, or another id). */
  user(id: string = FAKE.userId): FakeUser {
    return { id, username: `user-${id.slice(-4)}`, discriminator: '0', global_name: 'Asker', avatar: null };
  }

  private botUser(): FakeUser {
    return { id: FAKE.botId, username: 'ballotguard', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  private snowflake(): string {
    this.nextId += 1n;
    return String(this.nextId);
  }

  private connect(socket: WebSocket, url: string): void {
    if (url.includes('compress=')) {
      socket.close(4002, 'this fake speaks plain JSON only');
      return;
    }
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.live.delete(socket);
    });
    if (this.refuseWith !== undefined) {
      socket.close(this.refuseWith, 'fake refusal');
      return;
    }
    socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === GatewayOpcodes.Heartbeat) socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
      else if (payload.op === GatewayOpcodes.Identify) this.identify(socket, payload.d);
      else if (payload.op === GatewayOpcodes.Resume) {
        this.resumes.push(payload.d);
        const session = this.sessionsById.get(String(payload.d.session_id));
        if (!session) {
          // Invalid session, not resumable: the client must IDENTIFY afresh.
          socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
          return;
        }
        this.live.set(socket, session);
        this.sendTo(socket, GatewayDispatchEvents.Resumed, {});
      }
    });
  }

  /** IDENTIFY as Discord checks it: the token, the intents, then the shard (4010 invalid, 4011 too few shards). */
  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    this.identifies.push({ ...d, token: '<redacted>' });
    // Every IDENTIFY spends one session start, accepted or not.
    this.budget.remaining = Math.max(0, this.budget.remaining - 1);
    const refuse = (code: number, reason: string) => {
      this.closes.push(code);
      socket.close(code, reason);
    };
    if (d.token !== this.validToken) return refuse(4004, 'Authentication failed');
    const intents = Number(d.intents ?? 0);
    if (!this.options.allowPrivilegedIntents && (intents & PRIVILEGED_INTENTS) !== 0) return refuse(4014, 'Disallowed intent(s).');
    const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardCount! < 1 || shardId! < 0 || shardId! >= shardCount!) return refuse(4010, 'Invalid shard.');
    const needed = Math.ceil(this.guilds.length / this.guildsPerShard);
    if (shardCount! < needed) return refuse(4011, 'Sharding required.');
    const session: GatewaySession = { id: `session-${this.sessionsById.size + 1}`, shard: [shardId!, shardCount!], intents, sequence: 0 };
    this.sessionsById.set(session.id, session);
    this.live.set(socket, session);
    const mine = this.guilds.filter((guild) => shardOfGuild(guild.id, shardCount!) === shardId);
    this.sendTo(socket, GatewayDispatchEvents.Ready, {
      v: 10,
      user: this.botUser(),
      guilds: mine.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url.replace('http', 'ws'),
      shard: session.shard,
      application: { id: FAKE.applicationId, flags: 0 },
    });
    for (const guild of mine) this.sendTo(socket, GatewayDispatchEvents.GuildCreate, this.guild(guild.id, guild.channelId, guild.name));
  }

  private sendTo(socket: WebSocket, event: string, data: unknown): void {
    const session = this.live.get(socket);
    const sequence = session ? ++session.sequence : 1;
    socket.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: sequence, d: data }));
  }

  private guild(id: string = FAKE.guildId, channelId: string = FAKE.channelId, name = 'Election office') {
    return {
      id,
      name,
      icon: null,
      owner_id: '400000000000000099',
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: '2020-01-01T00:00:00.000Z',
      roles: [
        { id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        { id: FAKE.moderatorRoleId, name: 'Trainers', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      channels: [{ id: channelId, type: ChannelType.GuildText, name: 'general', position: 0, permission_overwrites: [] }],
      members: [{ user: this.botUser(), roles: [], joined_at: '2020-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? '/', this.url);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = text;
    if (contentType.includes('application/json') && text) body = JSON.parse(text);
    else if (contentType.includes('multipart/form-data')) body = JSON.parse(/name="payload_json"[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/.exec(text)?.[1] ?? '{}');
    const call: RecordedCall = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.search, auth: req.headers.authorization, body };
    if (this.keepCalls) this.calls.push(call);
    this.onCall?.(call);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const path = call.path.replace(/^\/api\/v10/, '');
    const failure = this.failures.findIndex((f) => f.matches(call.method, path));
    if (failure >= 0) {
      const { status } = this.failures.splice(failure, 1)[0]!;
      return json(status, { message: 'fake failure', code: 0 });
    }
    const needsAuth = !/^\/(interactions|webhooks)\//.test(path);
    if (needsAuth && call.auth !== `Bot ${this.validToken}`) return json(401, { message: '401: Unauthorized', code: 0 });

    const problem = req.method === 'POST' || req.method === 'PATCH' ? messageProblem(path, body) : undefined;
    if (problem) return json(400, { message: 'Invalid Form Body', code: 50035, errors: problem });

    if (req.method === 'GET' && path === '/gateway/bot') {
      const { total, remaining, resetAfterMs, maxConcurrency } = this.budget;
      return json(200, { url: this.url.replace('http', 'ws'), shards: this.recommendedShards, session_start_limit: { total, remaining, reset_after: resetAfterMs, max_concurrency: maxConcurrency } });
    }
    if (req.method === 'GET' && path === '/applications/@me') return json(200, { id: FAKE.applicationId, name: 'ballotguard', flags: 0, bot_public: false });
    if (req.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(200, (body as { name: string }[]).map((c) => ({ ...c, id: this.snowflake(), application_id: FAKE.applicationId, version: '1' })));
    }
    if (req.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      if (req.method === 'DELETE') {
        res.writeHead(204);
        res.end();
        return;
      }
      return json(200, { ...this.message(FAKE.channelId, '', { author: this.botUser() }), ...(body as object) });
    }
    if (req.method === 'POST' && path === '/users/@me/channels') {
      const recipient = (body as { recipient_id?: string }).recipient_id ?? FAKE.userId;
      return json(200, { id: dmChannelOf(recipient), type: ChannelType.DM, recipients: [this.user(recipient)], last_message_id: null });
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (req.method === 'POST' && channelMessage) {
      return json(200, { ...this.message(channelMessage[1]!, '', { author: this.botUser() }), ...(body as object), mentions: [], mention_roles: [], attachments: [] });
    }
    json(404, { message: `fake Discord has no route ${req.method} ${path}`, code: 0 });
  }
}

/** The direct-message channel the fake opens with a user: the default user's is FAKE.dmChannelId. */
export function dmChannelOf(userId: string): string {
  return userId === FAKE.userId ? FAKE.dmChannelId : `39${userId.slice(2)}`;
}

/** The body of a message-creating call as Discord sees it: a callback wraps it in `data`. */
function messageOf(path: string, body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  if (/\/callback$/.test(path)) return (body as { data?: Record<string, unknown> }).data;
  if (/^\/(channels\/\d+\/messages|webhooks\/)/.test(path)) return body as Record<string, unknown>;
  return undefined;
}

/** Discord's limits on a message; undefined when the message respects all of them. */
export function messageProblem(path: string, body: unknown): string | undefined {
  const message = messageOf(path, body);
  if (!message) return undefined;
  const content = message.content;
  if (typeof content === 'string' && content.length > 2_000) return 'content: Must be 2000 or fewer in length.';
  const embeds = (message.embeds ?? []) as APIEmbed[];
  if (embeds.length > 10) return 'embeds: Must be 10 or fewer in length.';
  let total = 0;
  for (const embed of embeds) {
    if ((embed.title?.length ?? 0) > 256) return 'embeds.title: Must be 256 or fewer in length.';
    if ((embed.description?.length ?? 0) > 4_096) return 'embeds.description: Must be 4096 or fewer in length.';
    if ((embed.fields?.length ?? 0) > 25) return 'embeds.fields: Must be 25 or fewer in length.';
    for (const field of embed.fields ?? []) {
      if (!field.name || field.name.length > 256) return 'embeds.fields.name: Must be between 1 and 256 in length.';
      if (!field.value || field.value.length > 1_024) return 'embeds.fields.value: Must be between 1 and 1024 in length.';
      total += field.name.length + field.value.length;
    }
    if ((embed.footer?.text.length ?? 0) > 2_048) return 'embeds.footer.text: Must be 2048 or fewer in length.';
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  }
  if (total > 6_000) return 'embeds: Embed size exceeds maximum size of 6000';
  for (const row of (message.components ?? []) as { components: { label?: string; custom_id?: string }[] }[]) {
    if (row.components.length > 5) return 'components: Must be 5 or fewer in length.';
    for (const button of row.components) {
      if ((button.label?.length ?? 0) > 80) return 'components.label: Must be 80 or fewer in length.';
      if ((button.custom_id?.length ?? 0) > 100) return 'components.custom_id: Must be 100 or fewer in length.';
    }
  }
  return undefined;
}
