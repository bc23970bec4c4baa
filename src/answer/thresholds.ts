/**
 * The answering thresholds, on the 0..1 confidence scale of the search index. Tuned on the project's own
 * evaluation set (test/eval), not on any single question.
 */
export const ANSWER_THRESHOLDS = {
  /** Below this the bot says it does not know. */
  abstainBelow: 0.5,
  /** An unrelated, answerable runner-up this close in both ranking score and confidence makes the bot ask "did you mean…". */
  clarifyGap: 0.04,
  /** Weak matches at or above this are offered as suggestions when abstaining. */
  suggestAbove: 0.3,
};

/** Questions longer than this are refused with a clear message instead of being guessed at. */
export const MAX_QUESTION_CHARS = 1_000;
