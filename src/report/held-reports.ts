import { randomBytes } from 'node:crypto';
import { REPORTS } from '../parameters.ts';

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
 * Messages waiting for their sender's "Send report", in memory only: bounded (the oldest go first), each for
 * a limited time, each taken once. The buttons carry only the random id, never the message.
 */
export class HeldReports {
  private readonly held = new Map<string, HeldReport>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly holdMs: number = REPORTS.holdMinutes * 60_000,
    private readonly capacity: number = REPORTS.maxHeld,
  ) {}

  /** Holds a message for its sender; returns the id its buttons carry. */
  hold(text: string, actor: ReportActor): string {
    this.expire();
    const id = randomBytes(12).toString('base64url');
    this.held.set(id, { text, platform: actor.platform, community: actor.community, userId: actor.id, heldAt: this.now() });
    if (this.held.size > this.capacity) this.held.delete(this.held.keys().next().value!);
    return id;
  }

  /**
   * The held message if it is still there and this person's. Where they confirm may differ from where they
   * checked (a check asked by mention is answered in a direct message): the report keeps its community.
   */
  peek(id: string, actor: Omit<ReportActor, 'community'>): HeldReport | undefined {
    this.expire();
    const report = this.held.get(id);
    if (!report || report.platform !== actor.platform || report.userId !== actor.id) return undefined;
    return report;
  }

  /** Takes the held message (so it is sent at most once), or undefined as `peek`. */
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
