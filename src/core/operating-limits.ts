/**
 * Every limit and deadline that keeps the running bot responsive and its inputs bounded, in one place.
 * Each says where its number comes from; none was tuned against a test.
 */
export const OPERATING_LIMITS = {
  /**
   * How long one adapter may take to connect at start-up before the bot gives up with a message. Discord's own
   * gateway handshake allows 30 s and Bolt's auth.test about the same with two retries; a start that takes
   * longer is a network or service problem an operator has to see. Overridable with START_TIMEOUT_SECONDS.
   */
  startDeadlineMs: 30_000,
  /**
   * Once shutdown has finished, how long a socket a library left open (a request the service never
   * answered) may keep the process alive before it exits anyway.
   */
  stopGraceMs: 1_000,
  /**
   * Discord gateway reconnects in a row (without a READY or RESUMED in between) before the bot gives up:
   * discord.js waits between attempts, so ten of them are minutes of an unreachable gateway.
   */
  maxGatewayReconnects: 10,
  /**
   * Discord's identify budget (session_start_limit, usually 1,000 a day; when it runs out Discord resets the
   * token). The bot will not connect when starting would leave fewer than this share of the day's total: a
   * crash loop stops with a message while the operator can still start the bot by hand once it is fixed.
   */
  discordIdentifyReserveShare: 0.05,
  /**
   * Gateway caches, limited to what the bot reads: members (for a moderator role on a mention) and users
   * are kept for the last few hundred people seen per server, which covers one conversation's turn-taking;
   * no messages are cached at all (every reply is to the event in hand). Swept hourly.
   */
  discordCachedMembersPerGuild: 200,
  discordCachedUsers: 1_000,
  discordCacheSweepSeconds: 3_600,
  /**
   * Sharding across processes: a shard process that dies is started again after a back-off that doubles
   * from the first figure to the second, so a crash loop spends at most one identify per back-off; it is
   * reset once the shard has been ready this long. Discord allows one identify per 5 s per concurrency
   * bucket, which is the first figure.
   */
  discordRespawnBackoffMs: { first: 5_500, max: 300_000, resetAfterReadyMs: 600_000 },
  /**
   * A slow Discord command (/ask) whose reply is ready within this long is sent in the interaction's
   * acknowledgement instead of a deferral followed by an edit. discord.js allows itself 50 requests a second
   * per bot, interaction calls included, so a deferral and an edit held one process to about 48 answers a
   * second under `npm run bench -- --load` (2026-11-26) at any concurrency. 250 ms leaves Discord's 3-second
   * deadline ample room even on a busy event loop; chosen, not fitted.
   */
  discordAnswerInAcknowledgementMs: 250,
  /** How long a Slack request id is remembered to refuse its replay: Slack retries events for up to an hour. */
  replayMemoryMs: 60 * 60 * 1_000,
  /**
   * The longest turn of the event loop that Slack's HTTP requests take their work in before the loop turns
   * again (adapters/slack/request-turns.ts): libuv accepts one new connection per turn, so this bounds how long a
   * newly opened connection waits to be accepted under a crowd. 10 ms: a few requests' work (about 1 ms
   * each), short beside Slack's 3 s; measured with `npm run bench -- --load` (docs/speed-history.md, under a crowd).
   */
  requestTurnMs: 10,
  /** The largest request body the Slack endpoint reads; Slack's own payloads are far below 100 KB. */
  slackBodyBytes: 512 * 1024,

  /**
   * Knowledge sizes, checked before a file is parsed (file and set) or turned into data (entry, answer), so a
   * hostile or mistaken file is refused in milliseconds with its file and line. Shipped knowledge: longest
   * answer 988 characters, longest entry about 3,000, largest file 18 KB; the bench's generated files hold
   * 1,000 entries in about 680 KB, and its largest set (100,000 entries) is about 68 MB.
   */
  /** An answer longer than one Discord embed description (4,096) would be cut on every platform. */
  maxAnswerChars: 4_000,
  /** Six times the longest shipped entry. */
  maxEntryChars: 20_000,
  /** Seven times a 1,000-entry generated file; split larger files. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Three times the bench's 100,000-entry set. */
  maxKnowledgeBytes: 200 * 1024 * 1024,
  /** YAML aliases expanded per file; the knowledge uses none, and a few hundred already make a bomb. */
  maxAliasCount: 100,
} as const;
