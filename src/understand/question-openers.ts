/*
 * The words a sentence shaped like a question opens with, shared by the reading of a message (which sentences ask
 * something) and the idioms (which sentences do not open as a question, and may end with their question word).
 */

/** Question words, as typed in chat too ("whats", "how's"). */
export const WH_WORD = String.raw`(?:who|whom|whose|what|whats|what's|when|where|which|why|how|hows|how's)`;
/** The verbs a yes-or-no question opens with, negated ones included. */
export const AUXILIARY = String.raw`(?:is|are|was|were|am|did|does|do|has|have|had|can|could|should|would|will|may|might|shall|isn't|aren't|wasn't|weren't|didn't|doesn't|don't|hasn't|haven't|can't|couldn't|shouldn't|won't)`;
