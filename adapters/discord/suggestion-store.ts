import { randomBytes } from 'node:crypto';

/** Discord limits a button's custom_id to 100 characters; a suggestion's command text may be longer. */
export const BUTTON_PREFIX = 'bg:';

/**
 * Remembers what each button runs, under a short random id, for the most recent `capacity` buttons.
 * A button older than that, or from before a restart, says it has expired instead of doing something else.
 */
export class SuggestionStore {
  private readonly runs = new Map<string, string>();

  constructor(private readonly capacity = 5_000) {}

  /** The custom_id for a button that runs `command`. */
  put(command: string): string {
    const id = `${BUTTON_PREFIX}${randomBytes(9).toString('base64url')}`;
    this.runs.set(id, command);
    if (this.runs.size > this.capacity) this.runs.delete(this.runs.keys().next().value!);
    return id;
  }

  get(customId: string): string | undefined {
    return this.runs.get(customId);
  }
}
