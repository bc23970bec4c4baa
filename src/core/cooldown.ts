/**
 * A per-user cooldown: at most one answer per `seconds` for each user, so one person cannot flood a
 * channel. Keys are platform user ids, held in memory only and forgotten once their cooldown ends.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the user's cooldown and returns 0, or returns the whole seconds left if one is running. */
  take(userId: string): number {
    const now = this.now();
    const until = this.until.get(userId) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    this.until.set(userId, now + this.seconds * 1000);
    if (this.until.size > 10_000) for (const [id, end] of this.until) if (end <= now) this.until.delete(id);
    return 0;
  }
}
