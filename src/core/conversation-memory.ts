import type { Awaitable } from '../records/records.ts';

/**
 * Where the last question of each conversation (a channel or DM, per person) is kept for a few minutes, so
 * a follow-up such as "and the senate?" can be read with it: in this process (ConversationMemory), or in
 * Redis for every copy (src/state/redis-conversations.ts), so a follow-up reaching another copy is read the
 * same. Never logged; both pass test/state/shared-state-contract.test.ts.
 */
export interface ConversationStore {
  previous(conversation: string): Awaitable<string | undefined>;
  remember(conversation: string, question: string): Awaitable<void>;
}

/** The conversations of one process, in memory only: the oldest go first past `maxConversations`. */
export class ConversationMemory implements ConversationStore {
  private readonly last = new Map<string, { question: string; at: number }>();

  constructor(
    private readonly keepMs: number,
    private readonly maxConversations: number,
    private readonly now: () => number = Date.now,
  ) {}

  previous(conversation: string): string | undefined {
    const held = this.last.get(conversation);
    if (!held) return undefined;
    if (this.now() - held.at > this.keepMs) {
      this.last.delete(conversation);
      return undefined;
    }
    return held.question;
  }

  remember(conversation: string, question: string): void {
    this.last.delete(conversation); // re-inserted last: the Map's order is the order of use
    this.last.set(conversation, { question, at: this.now() });
    while (this.last.size > this.maxConversations) this.last.delete(this.last.keys().next().value!);
  }
}
