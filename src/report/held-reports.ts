import { randomId } from '../core/random-id.ts';
import { REPORTS } from '../parameters.ts';
import type { Awaitable } from '../records/records.ts';

/** A message someone may report, waiting for them to confirm. */
export interface HeldReport {
  text: string;
  platform: string;
  community?: string;
  /** Only the person who held it may send or cancel it. */
  userId: string;
  heldAt: number;
}

/** Who is acting on a held report. */
export interface ReportActor {
  platform: string;
  community?: string;
  id: string;
}

/**
 * Where messages wait for their sender's "Send report": in this process (HeldReports), or in Redis for every
 * copy (src/state/redis-held-reports.ts), so a confirmation reaching another copy still finds its message.
 * Both pass test/state/shared-state-contract.test.ts.
 */
export interface HeldReportStore {
  /** Holds a message for its sender; returns the random id its buttons carry. */
  hold(text: string, actor: ReportActor): Awaitable<string>;
  peek(id: string, actor: Omit<ReportActor, 'community'>): Awaitable<HeldReport | undefined>;
  /** Takes the held message (so it is sent at most once, even when two copies race), or undefined as `peek`. */
  take(id: string, actor: Omit<ReportActor, 'community'>): Awaitable<HeldReport | undefined>;
}

/** A new held report's id: 96 random bits, so it cannot be guessed, and short enough for any button. */
export function newReportId(): string {
  return randomId();
}

/**
 * Messages waiting for their sender's "Send report", in this process's memory: bounded (the oldest go first), each for
 * a limited time, each taken once. The buttons carry only the random id, never the message.
 */
export class HeldReports implements HeldReportStore {
  private readonly held = new Map<string, HeldReport>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly holdMs: number = REPORTS.holdMinutes * 60_000,
    private readonly capacity: number = REPORTS.maxHeld,
  ) {}

  hold(text: string, actor: ReportActor): string {
    this.expire();
    const id = newReportId();
    this.held.set(id, { text, platform: actor.platform, community: actor.community, userId: actor.id, heldAt: this.now() });
    if (this.held.size > this.capacity) this.held.delete(this.held.keys().next().value!);
    return id;
  }

  peek(id: string, actor: Omit<ReportActor, 'community'>): HeldReport | undefined {
    this.expire();
    const report = this.held.get(id);
    if (!report || report.platform !== actor.platform || report.userId !== actor.id) return undefined;
    return report;
  }

  take(id: string, actor: Omit<ReportActor, 'community'>): HeldReport | undefined {
    const report = this.peek(id, actor);
    if (report) this.held.delete(id);
    return report;
  }

  get size(): number {
    return this.held.size;
  }

  private expire(): void {
    const cutoff = this.now() - this.holdMs;
    // Insertion order is age order: stop at the first one still fresh.
    for (const [id, report] of this.held) {
      if (report.heldAt >= cutoff) break;
      this.held.delete(id);
    }
  }
}
