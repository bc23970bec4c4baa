import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { Entry } from '../knowledge/schema.ts';
import { areRelated } from '../knowledge/related.ts';
import { IndexBuilder, InvertedIndex, type DocId, type IndexParts, type TermPresence } from './inverted-index.ts';
import { TimeSlices } from '../core/time-slices.ts';
import { calibratedConfidence } from './confidence-model.ts';
import { conceptSignals, type HitSignals } from './hit-signals.ts';
import { questionConcepts, type Concept, type ConceptVariant } from './question-concepts.ts';
import { questionIntent } from './question-intent.ts';
import { questionWord, type QuestionWord } from './question-word.ts';
import { FuzzyFieldMatcher } from './fuzzy-field-match.ts';
import { SynonymTable } from './synonyms.ts';
import { UncoveredNames } from './uncovered-names.ts';
import { TypoCorrector } from './typo-corrector.ts';
import { ScratchList } from './scratch-list.ts';
import { IdMarks } from './id-marks.ts';
import { RANKING, SEARCH_WORK } from '../parameters.ts';

const { walkAtMost: WALK_AT_MOST, candidatePool: CANDIDATE_POOL, candidates: CANDIDATES, fuzzyCandidates: FUSE_CANDIDATES, fuzzyConcepts: FUSE_CONCEPTS } = SEARCH_WORK;
const { coverageTrust: COVERAGE_TRUST, unaskedFactor: UNASKED_FACTOR, questionWordMismatch: QUESTION_WORD_MISMATCH, intentBonus: INTENT_BONUS } = RANKING;
const { bodyCreditBase: BODY_CREDIT_BASE, bodyCreditDistinctive: BODY_CREDIT_DISTINCTIVE, scoreWeights: SCORE_WEIGHTS } = RANKING;

/** One ranked entry, with the evidence behind its confidence. */
export interface SearchHit {
  entry: Entry;
  /** Ranking score; only meaningful relative to other hits of the same search. */
  score: number;
  /** 0..1: the calibrated probability that this entry answers the question. */
  confidence: number;
  /** The evidence the confidence was computed from. */
  signals: HitSignals;
  /** Share of the question's weighted concepts this entry covers. */
  coverage: number;
  /** Similarity to the entry's closest alternate question or title. */
  questionMatch: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  concepts: Concept[];
}

export interface SearchOptions {
  limit?: number;
  /** Restricts the search to entries it accepts (e.g. one kind). */
  only?: (entry: Entry) => boolean;
  /** Words around the question (who asks, the question before): they may add evidence, never count against. */
  context?: string;
}

/** The search engine behind every answer: build once from validated knowledge, then query. */
export interface SearchIndex {
  /** Ranked entries for a question; `only` restricts the search to entries it accepts (e.g. one kind). */
  search(question: string, options?: SearchOptions): SearchOutcome;
}


/**
 * Builds the search index: an inverted index (BM25F) narrows the entries to a few candidates fast, then
 * fuse.js scores how well each candidate matches every concept of the question, fuzzily and by field.
 */
export function buildSearchIndex(knowledge: Pick<Knowledge, 'entries' | 'synonyms'>): SearchIndex {
  return searchIndexOver(InvertedIndex.build(knowledge.entries), knowledge.synonyms);
}

/**
 * The same index, built in slices that yield to the event loop, so a reload of a large knowledge base
 * never stalls the questions being answered meanwhile.
 */
export async function buildSearchIndexInBackground(knowledge: Pick<Knowledge, 'entries' | 'synonyms'>): Promise<SearchIndex> {
  const slices = new TimeSlices();
  const builder = new IndexBuilder();
  for (const entry of knowledge.entries) {
    builder.add(entry);
    if (slices.due()) await slices.next();
  }
  const steps = builder.finishSteps();
  for (;;) {
    const step = steps.next();
    if (step.done) return searchIndexOver(step.value, knowledge.synonyms);
    if (slices.due()) await slices.next();
  }
}

/**
 * The search index over knowledge whose inverted index was built by another thread over the same entries
 * (InvertedIndex.parts): a reload's worker builds it, so the main thread only joins the parts.
 */
export function searchIndexFromParts(knowledge: Pick<Knowledge, 'entries' | 'synonyms'>, parts: IndexParts, corrector?: TypoCorrector): SearchIndex {
  return searchIndexOver(InvertedIndex.fromParts(knowledge.entries, parts), knowledge.synonyms, corrector);
}

/** `corrector`, when given, was built over the index's vocabulary (in batches, by a reload). */
function searchIndexOver(index: InvertedIndex, synonymGroups: Knowledge['synonyms'], corrector = new TypoCorrector(index.vocabulary)): SearchIndex {
  const synonyms = new SynonymTable(synonymGroups);
  // A slip in a word the synonym groups give ("locateed" for "located") is corrected to it, though no entry
  // uses it: the group then finds the words the entries do use ("based").
  corrector.addMissing(synonyms.words());
  // Other groups' and tools' names, from MITRE ATT&CK, that these entries never use: read as one unknown name each.
  const uncovered = UncoveredNames.fromAttack(index.entries, synonymGroups);
  const fuzzyMatcher = new FuzzyFieldMatcher();
  const bestVariant = new BestVariantScores(index.size);
  const candidatePool = new CandidatePool(index.size);
  const idfs = index.termIdfs();
  const closest: ClosestQuestionScratch = {
    heldTerms: new IdMarks(idfs.length),
    held: [],
    heldConcepts: new ScratchList(),
    questionTerms: new IdMarks(idfs.length),
    matchedTerms: new IdMarks(idfs.length),
    questions: index.questionArrays(),
    idfs,
  };

  return {
    search(question, { limit = 5, only, context } = {}) {
      const concepts = questionConcepts(question, index, synonyms, corrector, context, uncovered);
      const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
      if (concepts.length === 0 || totalWeight === 0) return { hits: [], concepts };

      const terms = conceptTerms(index, concepts);
      const candidates = rankCandidates(index, concepts, terms, bestVariant, candidatePool, only);
      if (candidates.length === 0) return { hits: [], concepts };
      // Loops rather than `map` in this search: optimised, `map` returns holey arrays where unoptimised it
      // returns packed ones, and every reader of them would be compiled again for the second kind.
      const fuzzyEntries: Entry[] = [];
      for (let i = 0; i < candidates.length && i < FUSE_CANDIDATES; i++) fuzzyEntries.push(index.entries[candidates[i]!.doc]!);
      const fuzzy = fuzzyMatcher.coverage(fuzzyEntries, concepts.slice(0, FUSE_CONCEPTS), totalWeight);
      const topBm25 = candidates[0]!.bm25; // they come highest first
      const { wanted, unwanted } = questionIntent(question);
      const asking = questionWord(question);

      const scored: ScoredCandidate[] = [];
      for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i]!;
        const questionMatch = closestQuestion(index, candidate.doc, concepts, terms, asking, closest);
        // Sharing no concept with any of the entry's questions or its title is weak evidence on its own.
        const coverageTrust = questionMatch > 0 ? COVERAGE_TRUST : COVERAGE_TRUST * UNASKED_FACTOR;
        const evidence = Math.min(1, Math.max(questionMatch, coverageTrust * candidate.coverage));
        const kind = index.entries[candidate.doc]!.kind;
        const favoured = wanted.has(kind) ? 1 : unwanted.has(kind) ? -1 : 0;
        const score = SCORE_WEIGHTS.bm25Share * (candidate.bm25 / topBm25) + SCORE_WEIGHTS.fuzzy * (fuzzy[i] ?? 0) + SCORE_WEIGHTS.evidence * evidence + SCORE_WEIGHTS.questionMatch * questionMatch + favoured * INTENT_BONUS;
        // For confidence, an entry that is not the kind of answer asked for (advice, an event) is as
        // suspect as one of a kind ruled out.
        const intent = favoured === 0 && wanted.size > 0 ? -1 : favoured;
        scored.push({ candidate, score, evidence, questionMatch, intent });
      }
      scored.sort((a, b) => b.score - a.score || b.evidence - a.evidence);
      const hits: SearchHit[] = [];
      for (let i = 0; i < scored.length && i < limit; i++) {
        const { candidate, score, evidence, questionMatch, intent } = scored[i]!;
        // The lead that matters is over a different answer: an entry the top one links to as related
        // (the e-mail and the person it was sent to) is the same answer told another way.
        const bestOther = i === 0 ? (scored.find((other, j) => j > 0 && !areRelated(index.entries[other.candidate.doc]!, index.entries[candidate.doc]!))?.score ?? 0) : scored[0]!.score;
        const signals: HitSignals = {
          evidence,
          questionMatch,
          unasked: questionMatch > 0 ? 0 : 1,
          coverage: candidate.coverage,
          bm25Share: candidate.bm25 / topBm25,
          intent,
          margin: score - bestOther,
          ...conceptSignals(index, candidate.doc, concepts, terms),
        };
        hits.push({ entry: index.entries[candidate.doc]!, score, confidence: calibratedConfidence(signals), coverage: candidate.coverage, questionMatch, signals });
      }
      return { hits, concepts };
    },
  };
}

/**
 * Each entry's best variant of one concept: its BM25 part and coverage credit, in arrays indexed by entry
 * reused by every search on the index (searches run one at a time), so scoring thousands of postings
 * allocates nothing. `docs` lists the entries scored, in the order they were first scored.
 */
class BestVariantScores {
  readonly bm25: Float64Array;
  readonly credit: Float64Array;
  readonly docs = new ScratchList<number>();
  /** The entries scored in the current round. */
  private readonly scored: IdMarks;

  constructor(size: number) {
    this.bm25 = new Float64Array(size);
    this.credit = new Float64Array(size);
    this.scored = new IdMarks(size);
  }

  clear(): void {
    this.docs.clear();
    this.scored.clear();
  }

  has(docIndex: number): boolean {
    return this.scored.has(docIndex);
  }

  /** Keeps the higher BM25 part of the entry's variants, and the best credit any of them earns. */
  offer(docIndex: number, bm25: number, credit: number): void {
    if (!this.has(docIndex)) {
      this.scored.add(docIndex);
      this.docs.push(docIndex);
      this.bm25[docIndex] = bm25;
      this.credit[docIndex] = Math.max(credit, 0);
    } else if (bm25 > this.bm25[docIndex]!) {
      this.bm25[docIndex] = bm25;
      this.credit[docIndex] = Math.max(credit, this.credit[docIndex]!);
    } else {
      this.credit[docIndex] = Math.max(this.credit[docIndex]!, credit);
    }
  }
}

interface Candidate {
  doc: DocId;
  bm25: number;
  coverage: number;
}

/** A candidate with its final score and the parts of it the hit's signals report. */
interface ScoredCandidate {
  candidate: Candidate;
  score: number;
  evidence: number;
  questionMatch: number;
  intent: number;
}

/**
 * The CANDIDATES entries (of those `only` accepts) of highest BM25F over the concepts' variants, the best
 * variant of each concept counting once. Coverage is the credit for the concepts an entry has, against
 * their weight plus the miss weight of those it lacks.
 */
function rankCandidates(index: InvertedIndex, concepts: readonly Concept[], terms: readonly VariantTerms[][], best: BestVariantScores, pool: CandidatePool, only: SearchOptions['only']): Candidate[] {
  const totalMiss = concepts.reduce((sum, c) => sum + c.missWeight, 0);
  const maxIdf = index.idf('\u0000');
  const matched = pool;
  matched.clear();
  const presence: TermPresence = { weight: 0, strong: false };
  // Concepts come most specific first. A common concept's long postings list is read only at its head
  // (impact order); the candidates found so far are looked up directly, so none misses its credit.
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!;
    if (!concept.known) continue;
    best.clear();
    const bodyCredit = BODY_CREDIT_BASE + BODY_CREDIT_DISTINCTIVE * concept.specificity * Math.min(1, concept.idf / maxIdf);
    const score = (docIndex: number, variant: VariantTerms) => {
      if (!index.presenceInto(docIndex, variant.terms, presence)) return;
      const bm25 = concept.weight * InvertedIndex.saturate(presence.weight) * variant.quality;
      const credit = concept.weight * variant.quality * (presence.strong ? 1 : bodyCredit);
      best.offer(docIndex, bm25, credit);
    };
    for (const variant of terms[c]!) {
      if (variant.terms.length === 0) continue;
      const rarest = variant.terms.reduce((a, b) => (index.documentFrequencyOf(a) <= index.documentFrequencyOf(b) ? a : b));
      const postings = index.postingsOfTerm(rarest);
      const walk = Math.min(postings.length, WALK_AT_MOST);
      for (let i = 0; i < walk; i++) score(postings[i]!, variant);
      if (postings.length > walk) for (const docIndex of matched.docs) if (!best.has(docIndex)) score(docIndex, variant);
    }
    for (let i = 0; i < best.docs.size; i++) {
      const docIndex = best.docs.at(i);
      matched.add(docIndex, best.bm25[docIndex]!, best.credit[docIndex]!, concept.weight - concept.missWeight);
    }
    if (matched.docs.length > CANDIDATE_POOL) matched.keepBest(CANDIDATE_POOL);
  }
  // An object only for each candidate handed on, not for every entry scored (up to CANDIDATE_POOL).
  const { bm25, covered, adjust } = matched;
  const candidates: Candidate[] = [];
  for (const docIndex of matched.docs.sort((a, b) => bm25[b]! - bm25[a]!)) {
    if (candidates.length === CANDIDATES) break;
    if (only && !only(index.entries[docIndex]!)) continue;
    candidates.push({ doc: docIndex, bm25: bm25[docIndex]!, coverage: covered[docIndex]! / (totalMiss + adjust[docIndex]!) });
  }
  return candidates;
}

/**
 * The entries found so far with their summed BM25, coverage credit and miss adjustment, in arrays indexed
 * by entry and reused by every search like BestVariantScores; `docs` keeps the order entries joined in.
 */
class CandidatePool {
  readonly bm25: Float64Array;
  readonly covered: Float64Array;
  readonly adjust: Float64Array;
  docs: number[] = [];
  private readonly pooledIn: Uint32Array;
  private round = 1;

  constructor(size: number) {
    this.bm25 = new Float64Array(size);
    this.covered = new Float64Array(size);
    this.adjust = new Float64Array(size);
    this.pooledIn = new Uint32Array(size);
  }

  clear(): void {
    this.docs = [];
    this.round++;
    if (this.round === 0xffffffff) {
      this.pooledIn.fill(0);
      this.round = 1;
    }
  }

  add(docIndex: number, bm25: number, credit: number, adjust: number): void {
    if (this.pooledIn[docIndex] !== this.round) {
      this.pooledIn[docIndex] = this.round;
      this.docs.push(docIndex);
      this.bm25[docIndex] = 0;
      this.covered[docIndex] = 0;
      this.adjust[docIndex] = 0;
    }
    this.bm25[docIndex] = this.bm25[docIndex]! + bm25;
    this.covered[docIndex] = this.covered[docIndex]! + credit;
    this.adjust[docIndex] = this.adjust[docIndex]! + adjust;
  }

  /** Keeps the `size` entries of highest BM25 (earlier joiners first among equals), in that order. */
  keepBest(size: number): void {
    const bm25 = this.bm25;
    const sorted = this.docs.sort((a, b) => bm25[b]! - bm25[a]!);
    for (let i = size; i < sorted.length; i++) this.pooledIn[sorted[i]!] = 0;
    sorted.length = size;
    this.docs = sorted;
  }
}

/** A concept variant with its stems as the index's term ids (-1 for a stem no entry has). */
interface VariantTerms {
  terms: number[];
  quality: number;
}

/** Every concept's variants as term ids, looked up once per search instead of once per entry scored. */
function conceptTerms(index: InvertedIndex, concepts: readonly Concept[]): VariantTerms[][] {
  // Loops, not `map`, as in termIdsOf: one kind of array for the readers, optimised or not.
  const terms: VariantTerms[][] = [];
  for (const concept of concepts) {
    const variants: VariantTerms[] = [];
    for (const variant of concept.variants) variants.push({ terms: index.termIdsOf(variant.stems), quality: variant.quality });
    terms.push(variants);
  }
  return terms;
}

/**
 * How close the question is to the entry's nearest alternate question: the weighted concepts they share,
 * against everything either side has that the other lacks (a soft, idf-weighted Jaccard).
 */
function closestQuestion(index: InvertedIndex, doc: DocId, concepts: readonly Concept[], terms: readonly VariantTerms[][], asking: QuestionWord | undefined, scratch: ClosestQuestionScratch): number {
  // A question's stems are all among the entry's terms, so only the variants the entry holds somewhere can
  // match one of its questions: the rest are ruled out once per entry rather than once per question. Most
  // candidates hold few of a question's concepts, and when none is held no question can match.
  // A question sharing no stem with any held variant shares no concept either, and is skipped.
  // Called for every candidate of every search: it reads the index's arrays in place and reuses `scratch`.
  const { heldTerms, held, heldConcepts, questionTerms: inQuestion, matchedTerms } = scratch;
  heldTerms.clear();
  heldConcepts.clear();
  let matchesAnything = false;
  // What the concepts the entry holds none of add to every question's weight, summed once.
  let missedByAll = 0;
  for (let c = 0; c < concepts.length; c++) {
    const variants = (held[c] ??= new ScratchList());
    variants.clear();
    for (const variant of terms[c]!) {
      if (!allIn(index, doc, variant.terms)) continue;
      variants.push(variant);
      for (const term of variant.terms) heldTerms.add(term);
      matchesAnything ||= variant.terms.length === 0;
    }
    if (variants.size > 0) heldConcepts.push(c);
    else missedByAll += concepts[c]!.missWeight;
  }
  if (heldConcepts.size === 0) return 0;
  let best = 0;
  const { docStart, start: questionStart, terms: questionTerms } = scratch.questions;
  for (let q = docStart[doc]!, end = docStart[doc + 1]!; q < end; q++) {
    const from = questionStart[q]!;
    const to = questionStart[q + 1]!;
    if (!matchesAnything && !anyMarked(heldTerms, questionTerms, from, to)) continue;
    inQuestion.clear();
    for (let i = from; i < to; i++) inQuestion.add(questionTerms[i]!);
    let shared = 0;
    let asked = missedByAll;
    matchedTerms.clear();
    for (let h = 0; h < heldConcepts.size; h++) {
      const c = heldConcepts.at(h);
      const concept = concepts[c]!;
      const variant = firstWithin(held[c]!, inQuestion);
      if (!variant) {
        asked += concept.missWeight;
        continue;
      }
      shared += concept.weight * variant.quality;
      asked += concept.weight;
      for (const term of variant.terms) matchedTerms.add(term);
    }
    if (shared === 0) continue;
    let extra = 0;
    for (let i = from; i < to; i++) {
      const s = questionTerms[i]!;
      if (!matchedTerms.has(s)) extra += scratch.idfs[s]!;
    }
    const word = index.questionWord(q);
    const agreement = asking && word && asking !== word ? QUESTION_WORD_MISMATCH : 1;
    best = Math.max(best, (agreement * shared) / (asked + 0.5 * extra));
  }
  return best;
}

/** Lists closestQuestion reuses from one candidate to the next (searches run one at a time). */
interface ClosestQuestionScratch {
  /** The terms of every variant the entry holds. */
  heldTerms: IdMarks;
  /** Per concept, the variants the entry holds. */
  held: ScratchList<VariantTerms>[];
  /** The concepts the entry holds a variant of, in order: only they can match one of its questions. */
  heldConcepts: ScratchList<number>;
  /** The terms of the alternate question being scored. */
  questionTerms: IdMarks;
  /** The terms of the variants that question matched. */
  matchedTerms: IdMarks;
  /** The index's questions (InvertedIndex.questionArrays). */
  questions: ReturnType<InvertedIndex['questionArrays']>;
  /** Every term's idf (InvertedIndex.termIdfs): a question's terms are all the index's. */
  idfs: Float64Array;
}

function allIn(index: InvertedIndex, doc: DocId, terms: readonly number[]): boolean {
  for (const term of terms) if (!index.hasTerm(doc, term)) return false;
  return true;
}

/** Whether any of `terms[from..to)` is marked. */
function anyMarked(marks: IdMarks, terms: Uint32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (marks.has(terms[i]!)) return true;
  return false;
}

/** The first variant whose terms are all among a question's (marked in `question`). */
function firstWithin(variants: ScratchList<VariantTerms>, question: IdMarks): VariantTerms | undefined {
  outer: for (let v = 0; v < variants.size; v++) {
    const variant = variants.at(v);
    for (const term of variant.terms) if (!question.has(term)) continue outer;
    return variant;
  }
  return undefined;
}
