/**
 * The last question asked in each conversation (a channel or DM, per person), so a follow-up such as
 * "and the senate?" can be read with it. Kept in memory only, for a few minutes, never stored or logged.
 */
export class ConversationMemory {
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
