import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayObserver, GatewayShardState } from '../core/adapter.ts';
import type { Reply } from '../core/reply.ts';

/** What the request pipeline reports as it works, for metrics; every method is cheap and never throws. */
export interface PipelineObserver {
  /** A reply was ready, `seconds` after the request arrived. */
  replied(kind: Reply['kind'], seconds: number): void;
  /** The cooldown held a request back: refused once with a notice, or ignored. */
  rateLimited(verdict: 'refuse' | 'silent'): void;
  /** A request was refused because the person's role does not allow the command. */
  refused(reason: 'permission'): void;
}

/**
 * ballotguard's Prometheus metrics (prom-client), in a registry of their own: answers by outcome, how long
 * answers take, knowledge reloads, refusals and rate-limit hits, each gateway shard's state, beside Node's process metrics. No label
 * carries a user, community or question: the values are fixed sets.
 */
export class Metrics implements PipelineObserver, GatewayObserver {
  readonly registry = new Registry();
  private readonly answers = new Counter({ name: 'ballotguard_replies_total', help: 'Replies given, by outcome (answer, abstain, clarify, error, info)', labelNames: ['outcome'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'ballotguard_reply_seconds',
    help: 'Seconds from a request reaching the pipeline to its reply being ready',
    labelNames: ['outcome'],
    // From a cached lookup (~1 ms) to a slow command; Discord must be acknowledged within 3 s.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly reloads = new Counter({ name: 'ballotguard_knowledge_reloads_total', help: 'Knowledge reloads, applied or refused (invalid knowledge)', labelNames: ['result'], registers: [this.registry] });
  private readonly refusals = new Counter({ name: 'ballotguard_refusals_total', help: 'Requests refused, by reason', labelNames: ['reason'], registers: [this.registry] });
  private readonly rateLimits = new Counter({ name: 'ballotguard_rate_limited_total', help: 'Requests held back by the cooldown: refused with a notice, or ignored', labelNames: ['verdict'], registers: [this.registry] });

  // One series per shard this process runs: a shard id is a small number, not a person or a community.
  private readonly shardReady = new Gauge({ name: 'ballotguard_discord_shard_ready', help: 'Whether each Discord gateway shard this process runs is ready (1) or reconnecting or disconnected (0)', labelNames: ['shard'], registers: [this.registry] });
  private readonly shardReconnects = new Counter({ name: 'ballotguard_discord_shard_reconnects_total', help: 'Times each Discord gateway shard lost its connection and began reconnecting', labelNames: ['shard'], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  replied(kind: Reply['kind'], seconds: number): void {
    this.answers.inc({ outcome: kind });
    this.latency.observe({ outcome: kind }, seconds);
  }

  rateLimited(verdict: 'refuse' | 'silent'): void {
    this.rateLimits.inc({ verdict });
  }

  refused(reason: 'permission'): void {
    this.refusals.inc({ reason });
  }

  reloaded(result: 'applied' | 'refused'): void {
    this.reloads.inc({ result });
  }

  gatewayShard(platform: string, shard: number, state: GatewayShardState): void {
    if (platform !== 'discord') return;
    const labels = { shard: String(shard) };
    this.shardReady.set(labels, state === 'ready' ? 1 : 0);
    if (state === 'reconnecting') this.shardReconnects.inc(labels);
  }

  /** The text Prometheus scrapes, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
