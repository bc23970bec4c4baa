/** What the cooldown says about one more request: go ahead, refuse once with a private notice, or stay silent. */
export type CooldownVerdict = { type: 'go' } | { type: 'refuse'; waitSeconds: number } | { type: 'silent' };

/** Where cooldowns are kept: in this process (Cooldown), or shared by every process (src/state/redis-cooldown.ts). */
export interface CooldownStore {
  take(key: string, seconds: number): CooldownVerdict | Promise<CooldownVerdict>;
}

/**
 * A per-person cooldown: at most one request per `seconds` from each person, so one person cannot flood a
 * channel. Past it, the first extra request is refused (with a private notice) and every later one is
 * ignored until the cooldown ends. Keys are held in memory only; ended cooldowns are swept once the map
 * grows past 10,000 keys.
 */
export class Cooldown implements CooldownStore {
  private readonly until = new Map<string, { end: number; warned: boolean }>();

  constructor(private readonly now: () => number = Date.now) {}

  take(key: string, seconds: number): CooldownVerdict {
    if (seconds <= 0) return { type: 'go' };
    const now = this.now();
    const running = this.until.get(key);
    if (running && running.end > now) {
      if (running.warned) return { type: 'silent' };
      running.warned = true;
      return { type: 'refuse', waitSeconds: Math.ceil((running.end - now) / 1000) };
    }
    this.until.set(key, { end: now + seconds * 1000, warned: false });
    if (this.until.size > 10_000) for (const [id, { end }] of this.until) if (end <= now) this.until.delete(id);
    return { type: 'go' };
  }
}
