import type { Redis } from 'ioredis';
import type { ConversationStore } from '../core/conversation-memory.ts';
import { CONVERSATION } from '../parameters.ts';
import { openSealedText, sealedKeyName, sealText } from './sealed-text.ts';

/**
 * The last question of each conversation, in Redis for every copy, expiring after CONVERSATION.keepMinutes.
 * Stored under a hash of the conversation (platform, place, person) and sealed with a key derived from it,
 * so Redis shows neither the question nor whose it is; reading it needs the ids the question came with.
 */
export class RedisConversations implements ConversationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ballotguard:',
    private readonly keepMs = CONVERSATION.keepMinutes * 60_000,
  ) {}

  async previous(conversation: string): Promise<string | undefined> {
    const sealed = await this.redis.get(this.key(conversation));
    return sealed === null ? undefined : openSealedText(conversation, 'conversation', sealed);
  }

  async remember(conversation: string, question: string): Promise<void> {
    await this.redis.set(this.key(conversation), sealText(conversation, 'conversation', question), 'PX', this.keepMs);
  }

  private key(conversation: string): string {
    return `${this.prefix}conversation:${sealedKeyName(conversation, 'conversation')}`;
  }
}
