import type { HitSignals } from '../search/hit-signals.ts';
import { CONFIDENCE_MODEL } from '../parameters.ts';

export const SIGNAL_NAMES = [
  'evidence',
  'questionMatch',
  'unasked',
  'knownConcepts',
  'coverage',
  'bm25Share',
  'unknownShare',
  'missedShare',
  'missedSpecificity',
  'missedMax',
  'bodyOnlyShare',
  'intent',
  'margin',
] as const satisfies readonly (keyof HitSignals)[];

/** The signals in the model's fixed order. */
export function signalVector(signals: HitSignals): number[] {
  return SIGNAL_NAMES.map((name) => signals[name]);
}

/**
 * The probability that an entry answers a question, from its signals: a logistic regression fitted on
 * labelled questions (`npm run fit-confidence`), so the threshold of 0.5 means "more likely right than not".
 */
export function calibratedConfidence(signals: HitSignals, model = CONFIDENCE_MODEL): number {
  // Read in place, not through signalVector: its array would hold small integers or fractions by the
  // signals' values, two shapes of array for the optimising compiler.
  let z = model.intercept;
  for (const name of SIGNAL_NAMES) z += model.weights[name] * signals[name];
  return 1 / (1 + Math.exp(-z));
}
