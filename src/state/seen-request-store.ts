import type { Awaitable } from '../records/records.ts';

/**
 * Ids of platform requests already handled (a Slack event id, a request signature), so a retry or a replay
 * is answered once. Kept in DATA_DIR/seen-requests.sqlite for one process (src/records/seen-requests.ts),
 * or in Redis for every process (src/state/redis-seen-requests.ts): a retry that reaches another copy behind
 * a load balancer is still recognised. Both pass test/state/shared-state-contract.test.ts.
 */
export interface SeenRequestStore {
  /** True the first time `id` is seen within `memoryMs`, false for a repeat; of two racing callers exactly one gets true. */
  firstTime(id: string, memoryMs: number): Awaitable<boolean>;
}
