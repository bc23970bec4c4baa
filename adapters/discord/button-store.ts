import { randomBytes } from 'node:crypto';

/** Custom ids of suggestion buttons and of feedback buttons. */
export const BUTTON_PREFIX = 'bg:s:';
export const FEEDBACK_PREFIX = 'bg:fb:';

/**
 * Discord limits a button's custom_id to 100 characters, too short for what a button must carry (a
 * command line, a question). This remembers each button's payload under a short random id, for the most
 * recent `capacity` buttons; an older button, or one from before a restart, says it has expired.
 */
export class ButtonStore<T> {
  private readonly payloads = new Map<string, T>();

  constructor(
    private readonly prefix: string,
    private readonly capacity = 5_000,
  ) {}

  /** The custom_id for a button carrying `payload`. */
  put(payload: T): string {
    const id = `${this.prefix}${randomBytes(9).toString('base64url')}`;
    this.payloads.set(id, payload);
    if (this.payloads.size > this.capacity) this.payloads.delete(this.payloads.keys().next().value!);
    return id;
  }

  get(customId: string): T | undefined {
    return this.payloads.get(customId);
  }
}

/** What a feedback button records. */
export interface FeedbackPayload {
  question: string;
  entryId: string;
  helpful: boolean;
}

/** The buttons a rendered reply can carry. */
export interface DiscordButtons {
  suggestions: ButtonStore<string>;
  feedback: ButtonStore<FeedbackPayload>;
}

export function createDiscordButtons(): DiscordButtons {
  return { suggestions: new ButtonStore(BUTTON_PREFIX), feedback: new ButtonStore(FEEDBACK_PREFIX) };
}
