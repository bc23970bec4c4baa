/** Where a gateway connection stands: serving, trying to get back, or given up on (a close it cannot recover from). */
export type GatewayShardState = 'ready' | 'reconnecting' | 'disconnected';

/** Told when a platform's gateway shard changes state (Discord's shards), for metrics; cheap, never throws. */
export interface GatewayObserver {
  gatewayShard(platform: string, shard: number, state: GatewayShardState): void;
}

/**
 * What every platform adapter implements. An adapter translates platform events into the bot's requests
 * and renders its replies; `start` resolves once it is serving, `stop` once it has let go of everything.
 */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the adapter ends by itself (the console's input closes); absent for servers. */
  readonly finished?: Promise<void>;
  /**
   * Resolves with the reason when the platform can no longer be served (token reset, disallowed intents,
   * a gateway that stays unreachable): the process then ends with that message. Never rejects.
   */
  readonly fatal?: Promise<Error>;
  /** Whether it is connected to its platform now (every gateway shard, or the Slack server or socket), for /readyz. */
  connected?(): boolean;
  /**
   * Posts a notice to the operator's moderators' channel (where configured) and to the channels communities
   * chose with `/settings announce`; a channel that is not in its community is skipped.
   */
  notifyModerators?(text: string, announcements: readonly { community: string; channel: string }[]): Promise<void>;
}
