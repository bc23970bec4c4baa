import type { Redis } from 'ioredis';
import { z } from 'zod';
import { REPORTS } from '../parameters.ts';
import { newReportId, type HeldReport, type HeldReportStore, type ReportActor } from '../report/held-reports.ts';
import { openSealedText, sealedKeyName, sealText } from './sealed-text.ts';

const HeldSchema = z.object({ text: z.string(), platform: z.string(), community: z.string().optional(), userId: z.string(), heldAt: z.number() });

/**
 * Messages waiting for their sender's confirmation, in Redis for every copy: a "Send report" click that
 * reaches another copy, or this one after a restart, still finds its message. Each is stored under a hash
 * of its random id and sealed with a key derived from that id, which only the sender's buttons carry, so
 * Redis holds neither the message nor who sent it in readable form. Each expires after REPORTS.holdMinutes.
 */
export class RedisHeldReports implements HeldReportStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ballotguard:',
    private readonly holdMs = REPORTS.holdMinutes * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async hold(text: string, actor: ReportActor): Promise<string> {
    const id = newReportId();
    const held: HeldReport = { text, platform: actor.platform, community: actor.community, userId: actor.id, heldAt: this.now() };
    await this.redis.set(this.key(id), sealText(id, 'report', JSON.stringify(held)), 'PX', this.holdMs);
    return id;
  }

  async peek(id: string, actor: Omit<ReportActor, 'community'>): Promise<HeldReport | undefined> {
    const sealed = await this.redis.get(this.key(id));
    const opened = sealed === null ? undefined : openSealedText(id, 'report', sealed);
    const parsed = opened === undefined ? undefined : HeldSchema.safeParse(JSON.parse(opened));
    if (!parsed?.success) return undefined;
    const report = parsed.data;
    return report.platform === actor.platform && report.userId === actor.id ? report : undefined;
  }

  async take(id: string, actor: Omit<ReportActor, 'community'>): Promise<HeldReport | undefined> {
    const report = await this.peek(id, actor);
    // DEL answers 1 to exactly one of two copies racing on the same click: only that one sends.
    return report && (await this.redis.del(this.key(id))) === 1 ? report : undefined;
  }

  private key(id: string): string {
    return `${this.prefix}report:${sealedKeyName(id, 'report')}`;
  }
}
