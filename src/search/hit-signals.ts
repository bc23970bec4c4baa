import type { Concept } from './question-concepts.ts';
import type { DocId, InvertedIndex, TermPresence } from './inverted-index.ts';

/**
 * The evidence that one entry answers one question, as numbers the confidence model combines. Each is on
 * a 0..1 scale (intent and margin on -1..1) so the fitted weights are comparable.
 */
export interface HitSignals {
  /**
   * The search's own evidence before calibration: the closer of the alternate-question match and the
   * trusted share of coverage (see search-index.ts).
   */
  evidence: number;
  /** Similarity to the entry's closest alternate question or title (soft, idf-weighted Jaccard). */
  questionMatch: number;
  /** 1 when no alternate question or title of the entry shares a single concept with the question. */
  unasked: number;
  /** How many concepts the question has that the knowledge base knows, up to three, over three: one word is thin evidence. */
  knownConcepts: number;
  /** Weighted share of the question's concepts the entry covers. */
  coverage: number;
  /** This entry's BM25F score over the best candidate's. */
  bm25Share: number;
  /** Share of the question's weight in words the knowledge base has never seen ("phone", "2024", "weekend"). */
  unknownShare: number;
  /** Share of the question's weight in known words this entry lacks. */
  missedShare: number;
  /** How topical the most specific word the entry lacks is: 1 for names and jargon, 0 when it lacks none. */
  missedSpecificity: number;
  /** Share of the question's weight the entry has only in its answer text, not in what says what it is about. */
  bodyOnlyShare: number;
  /** The heaviest concept the entry lacks, against the question's heaviest concept: 1 when it lacks the main one. */
  missedMax: number;
  /**
   * The question's heaviest concept's share of its weight when the entry has that concept only in its answer text
   * (0 when it has it in what says what it is about, or lacks it): "what did Trump say…" against an entry that
   * mentions a Kim–Trump summit in passing. Not a model input; the answer step reads it.
   */
  mainWordBodyOnly: number;
  /** +1 when the entry is the kind of answer the wording asks for ("when" → an event), -1 when ruled out. */
  intent: number;
  /** Lead of this entry's ranking score over the best other candidate (negative when another leads). */
  margin: number;
}

/**
 * The per-concept parts of the signals: what the entry has and lacks of the question's own concepts.
 * `variantTerms[c]` are concept c's variants as the index's term ids, in the order of its variants.
 */
export function conceptSignals(
  index: InvertedIndex,
  doc: DocId,
  concepts: readonly Concept[],
  variantTerms: readonly (readonly { terms: readonly number[] }[])[],
): Pick<HitSignals, 'unknownShare' | 'missedShare' | 'missedSpecificity' | 'missedMax' | 'knownConcepts' | 'bodyOnlyShare' | 'mainWordBodyOnly'> {
  let total = 0;
  let unknown = 0;
  let missed = 0;
  let missedSpecificity = 0;
  let heaviest = 0;
  let heaviestMissed = 0;
  let known = 0;
  let bodyOnly = 0;
  let heaviestBodyOnly = 0;
  const presence: TermPresence = { weight: 0, strong: false };
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!;
    if (concept.optional) continue;
    total += concept.missWeight;
    // The first of equally heavy concepts is the main one.
    const main = concept.missWeight > heaviest;
    heaviest = Math.max(heaviest, concept.missWeight);
    if (concept.known) known++;
    let has = false;
    let strong = false;
    if (concept.known) {
      for (const { terms } of variantTerms[c]!) {
        if (!index.presenceInto(doc, terms, presence)) continue;
        has = true;
        strong ||= presence.strong;
      }
    }
    if (has) {
      if (!strong) bodyOnly += concept.missWeight;
      if (main) heaviestBodyOnly = strong ? 0 : concept.missWeight;
      continue;
    }
    if (main) heaviestBodyOnly = 0;
    if (concept.known) missed += concept.missWeight;
    else unknown += concept.missWeight;
    missedSpecificity = Math.max(missedSpecificity, concept.specificity);
    heaviestMissed = Math.max(heaviestMissed, concept.missWeight);
  }
  const knownConcepts = Math.min(known, 3) / 3;
  if (total === 0) return { unknownShare: 0, missedShare: 0, missedSpecificity: 0, missedMax: 0, knownConcepts, bodyOnlyShare: 0, mainWordBodyOnly: 0 };
  return { unknownShare: unknown / total, missedShare: missed / total, missedSpecificity, missedMax: heaviestMissed / heaviest, knownConcepts, bodyOnlyShare: bodyOnly / total, mainWordBodyOnly: heaviestBodyOnly / total };
}
