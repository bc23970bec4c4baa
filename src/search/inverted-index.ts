import type { Entry } from '../knowledge/schema.ts';
import { BM25F, RELOAD_WORK, SEARCH_WORK } from '../parameters.ts';
import { entryFieldText, FIELDS, STRONG_FIELDS, type FieldName } from './entry-fields.ts';
import { GrowableUint32Array } from './growable-array.ts';
import { tokenize } from './normalize.ts';
import { stem } from './stem.ts';
import { STOPWORDS, withoutFunctionPhrases } from './stopwords.ts';
import { questionWordOf, type QuestionWord } from './question-word.ts';

/** How much a term in each field counts. Names and titles identify an entry; the body only mentions things. */
const FIELD_WEIGHT: Record<FieldName, number> = BM25F.fieldWeights;
/** BM25 length normalisation per field: many alternate questions should not make an entry look diluted. */
const FIELD_B: Record<FieldName, number> = BM25F.fieldLengthNormalisation;
/** FIELD_WEIGHT in FIELDS order. */
const FIELD_WEIGHTS = FIELDS.map((field) => FIELD_WEIGHT[field]);
const FIELD_COUNT = FIELDS.length;
const K1 = BM25F.k1;
/** Bits per field in a packed term count, and the count it saturates at. */
const BITS = 6;
const MAX_COUNT = (1 << BITS) - 1;
const STRONG_MASK = (1 << (BITS * 4)) - 1;
/** The bits of a packed term count that hold its count in alternate questions. */
const QUESTIONS_MASK = MAX_COUNT << (BITS * FIELDS.indexOf('questions'));

/** A term's count in field `f` from its packed counts. */
function fieldCount(packed: number, f: number): number {
  return (packed >>> (BITS * f)) & MAX_COUNT;
}

/** Postings lists longer than this are kept in impact order (see `IndexBuilder.finishSteps`). */
export const IMPACT_ORDER_ABOVE = SEARCH_WORK.impactOrderAbove;

/** Question words as small numbers (0: none), so an entry's questions are a typed array. */
const QUESTION_WORDS: readonly (QuestionWord | undefined)[] = [undefined, 'who', 'what', 'when', 'where', 'why', 'how', 'yes-no'];

/** An entry's position in the index: what postings hold and what the index's per-entry methods take. */
export type DocId = number;

/** How strongly an entry contains a term (or every stem of a phrase). */
export interface TermPresence {
  /** Field-weighted, length-normalised term frequency (BM25F's pseudo-frequency). */
  weight: number;
  /** Present in a field that says what the entry is about. */
  strong: boolean;
}

/** Stems and words of analysed text, stopwords removed. */
export function analyze(text: string): { words: string[]; stems: string[] } {
  const words = withoutFunctionPhrases(tokenize(text)).filter((word) => !STOPWORDS.has(word));
  return { words, stems: words.map(stem) };
}

/**
 * Everything the index holds, as flat typed arrays over term and entry numbers: at 100,000 entries a few
 * dozen objects instead of millions (a Map per entry, an array per postings list), so it builds in seconds,
 * weighs tens of megabytes, and costs the garbage collector almost nothing to keep.
 */
interface IndexArrays {
  entries: Entry[];
  /** Stem → term id. */
  termIds: Map<string, number>;
  /** Every word seen, in first-seen order: the vocabulary typos are corrected against. */
  words: string[];
  /** Entry d's terms are `docTerms[docTermStart[d]..docTermStart[d+1]]`, ascending; `docCounts` their packed per-field counts. */
  docTermStart: Uint32Array;
  docTerms: Uint32Array;
  docCounts: Uint32Array;
  /** Per entry and field (FIELD_COUNT a row), FIELD_WEIGHT over BM25's length normalisation: scoring a term is a multiply. */
  factors: Float64Array;
  /** Entry d's alternate questions and title are questions `docQuestionStart[d]..docQuestionStart[d+1]`. */
  docQuestionStart: Uint32Array;
  /** Question q's distinct stems (first occurrence order) are `questionTerms[questionTermStart[q]..questionTermStart[q+1]]`. */
  questionTermStart: Uint32Array;
  questionTerms: Uint32Array;
  /** Question q's question word, as an index into QUESTION_WORDS. */
  questionWords: Uint8Array;
  /** Term t's entries are `postings[postingStart[t]..postingStart[t+1]]`: ascending, or strongest first when long. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** 1 for terms that occur in some entry's names: topic words, however common in English ("Read", "Senate"). */
  nameTerms: Uint8Array;
}

/**
 * An index without its entries: what a worker thread that built it hands over, the typed arrays transferred
 * rather than copied (knowledge-worker.ts), to be joined to the same entries with InvertedIndex.fromParts.
 */
export type IndexParts = Omit<IndexArrays, 'entries'>;

/** An IndexBuilder's state without its entries, as another thread posts it (IndexBuilder.portable). */
export interface PortableIndex {
  size: number;
  /** Stems by term id. */
  stems: string[];
  /** The vocabulary in first-seen order, and each word's term id. */
  words: string[];
  wordTerms: Uint32Array;
  nameTerms: Uint32Array;
  docTermStart: Uint32Array;
  docTerms: Uint32Array;
  docCounts: Uint32Array;
  /** FIELD_COUNT lengths per entry, in FIELDS order. */
  lengths: Uint32Array;
  docQuestionStart: Uint32Array;
  questionTermStart: Uint32Array;
  questionTerms: Uint32Array;
  questionWords: Uint32Array;
}

/**
 * Builds an index entry by entry (`add`), then lays out the postings (`finishSteps`, in bounded steps a
 * background build yields between, or `finish` at once).
 */
export class IndexBuilder {
  private readonly entries: Entry[] = [];
  private readonly termIds = new Map<string, number>();
  /** Word → its stem's term id (-1 for a stopword): every word is looked at once per build, however often it occurs. */
  private readonly wordTerms = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly documentFrequency = new GrowableUint32Array();
  private readonly nameTerms = new GrowableUint32Array();
  private readonly docTermStart = new GrowableUint32Array();
  private readonly docTerms = new GrowableUint32Array(1 << 16);
  private readonly docCounts = new GrowableUint32Array(1 << 16);
  private readonly lengths = new GrowableUint32Array();
  private readonly totals = new Float64Array(FIELD_COUNT);
  private readonly docQuestionStart = new GrowableUint32Array();
  private readonly questionTermStart = new GrowableUint32Array();
  private readonly questionTerms = new GrowableUint32Array();
  private readonly questionWords = new GrowableUint32Array();
  /** One entry's packed counts by term id while it is added, and the terms it has (reused, cleared after each entry). */
  private counts = new Uint32Array(1 << 16);
  private readonly touched: number[] = [];

  constructor() {
    this.docTermStart.push(0);
    this.docQuestionStart.push(0);
    this.questionTermStart.push(0);
  }

  get size(): number {
    return this.entries.length;
  }

  add(entry: Entry): void {
    const text = entryFieldText(entry);
    const touched = this.touched;
    touched.length = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const field = FIELDS[f]!;
      let length = 0;
      const isQuestion = field === 'questions' || field === 'title';
      for (const part of text[field]) {
        const tokens = withoutFunctionPhrases(tokenize(part), { allowSlips: false });
        const start = this.questionTerms.length;
        for (const word of tokens) {
          const term = this.termOf(word);
          if (term < 0) continue;
          length++;
          const packed = this.counts[term]!;
          if (packed === 0) touched.push(term);
          if (fieldCount(packed, f) < MAX_COUNT) this.counts[term] = packed + (1 << (BITS * f));
          if (field === 'names') this.nameTerms.set(term, 1);
          if (isQuestion && !this.questionHas(start, term)) this.questionTerms.push(term);
        }
        if (isQuestion) {
          this.questionTermStart.push(this.questionTerms.length);
          this.questionWords.push(QUESTION_WORDS.indexOf(questionWordOf(tokens)));
        }
      }
      this.lengths.push(length);
      this.totals[f]! += length;
    }
    this.docQuestionStart.push(this.questionTermStart.length - 1);
    this.closeDocument(Uint32Array.from(touched).sort(), entry);
  }

  /** Ends an entry: its ascending terms with the packed counts left in `counts` (then cleared), and the entry. */
  private closeDocument(terms: Uint32Array, entry: Entry): void {
    for (const term of terms) {
      this.docTerms.push(term);
      this.docCounts.push(this.counts[term]!);
      this.counts[term] = 0;
      this.documentFrequency.increment(term);
    }
    this.docTermStart.push(this.docTerms.length);
    this.entries.push(entry);
  }

  /** The term id of a word's stem (-1 for a stopword), interning the stem and recording the word on first sight. */
  private termOf(word: string): number {
    let term = this.wordTerms.get(word);
    if (term === undefined) {
      if (STOPWORDS.has(word)) {
        this.wordTerms.set(word, -1);
        return -1;
      }
      term = this.termIdOf(stem(word));
      this.wordTerms.set(word, term);
      this.words.push(word);
    }
    return term;
  }

  /** The term id of a stem, the next id when it is new. */
  private termIdOf(s: string): number {
    let term = this.termIds.get(s);
    if (term === undefined) {
      term = this.termIds.size;
      this.termIds.set(s, term);
      if (term === this.counts.length) {
        const larger = new Uint32Array(this.counts.length * 2);
        larger.set(this.counts);
        this.counts = larger;
      }
      this.nameTerms.push(0);
      this.documentFrequency.push(0);
    }
    return term;
  }

  /**
   * What this builder holds, but its entries, as plain data another thread can post (the typed arrays'
   * buffers can be transferred): a second reload thread indexes the files it parses, and the first merges.
   */
  portable(): PortableIndex {
    const stems: string[] = [];
    for (const [s, term] of this.termIds) stems[term] = s;
    return {
      size: this.entries.length,
      stems,
      words: this.words,
      wordTerms: Uint32Array.from(this.words, (word) => this.wordTerms.get(word)!),
      nameTerms: this.nameTerms.toArray(),
      docTermStart: this.docTermStart.toArray(),
      docTerms: this.docTerms.toArray(),
      docCounts: this.docCounts.toArray(),
      lengths: this.lengths.toArray(),
      docQuestionStart: this.docQuestionStart.toArray(),
      questionTermStart: this.questionTermStart.toArray(),
      questionTerms: this.questionTerms.toArray(),
      questionWords: this.questionWords.toArray(),
    };
  }

  /**
   * Adds what another builder indexed (`portable()`) over `entries`, exactly as if each of them had been
   * added here after those already here: the same term ids, vocabulary order and arrays. A stem new here
   * gets the next id in the order the other builder first met it, as `add` would have given it.
   */
  merge(other: PortableIndex, entries: readonly Entry[]): void {
    if (entries.length !== other.size) throw new Error(`the index to merge holds ${other.size} entries, not ${entries.length}`);
    const remap = Uint32Array.from(other.stems, (s) => this.termIdOf(s));
    other.words.forEach((word, i) => {
      if (this.wordTerms.has(word)) return;
      this.wordTerms.set(word, remap[other.wordTerms[i]!]!);
      this.words.push(word);
    });
    other.nameTerms.forEach((isName, term) => {
      if (isName === 1) this.nameTerms.set(remap[term]!, 1);
    });
    for (let i = 0; i < other.lengths.length; i++) {
      this.lengths.push(other.lengths[i]!);
      this.totals[i % FIELD_COUNT]! += other.lengths[i]!;
    }
    for (let d = 0; d < other.size; d++) {
      for (let q = other.docQuestionStart[d]!; q < other.docQuestionStart[d + 1]!; q++) {
        for (let i = other.questionTermStart[q]!; i < other.questionTermStart[q + 1]!; i++) this.questionTerms.push(remap[other.questionTerms[i]!]!);
        this.questionTermStart.push(this.questionTerms.length);
        this.questionWords.push(other.questionWords[q]!);
      }
      this.docQuestionStart.push(this.questionTermStart.length - 1);
      // The entry's terms in this builder's ids, ascending, each with its packed counts (as `add` lays them).
      const from = other.docTermStart[d]!;
      const terms = new Uint32Array(other.docTermStart[d + 1]! - from);
      for (let i = 0; i < terms.length; i++) {
        const term = remap[other.docTerms[from + i]!]!;
        terms[i] = term;
        this.counts[term] = other.docCounts[from + i]!;
      }
      this.closeDocument(terms.sort(), entries[d]!);
    }
  }

  private questionHas(start: number, term: number): boolean {
    for (let i = start; i < this.questionTerms.length; i++) if (this.questionTerms.get(i) === term) return true;
    return false;
  }

  /** Finishes at once. */
  finish(): InvertedIndex {
    const steps = this.finishSteps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * Computes the BM25 length factors, lays the postings out term by term, and orders every long postings
   * list by impact (how strongly each entry holds the term), so a search can read just the head of a
   * common term's list. Yields after about RELOAD_WORK.stepWork items of work.
   */
  *finishSteps(): Generator<void, InvertedIndex> {
    const n = this.entries.length;
    const termCount = this.termIds.size;
    const average = Array.from(this.totals, (total) => Math.max(1, total / Math.max(1, n)));
    const factors = new Float64Array(n * FIELD_COUNT);
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        const field = FIELDS[f]!;
        factors[d * FIELD_COUNT + f] = FIELD_WEIGHT[field] / (1 - FIELD_B[field] + FIELD_B[field] * (this.lengths.get(d * FIELD_COUNT + f) / average[f]!));
      }
      if (d % RELOAD_WORK.stepWork === RELOAD_WORK.stepWork - 1) yield;
    }
    yield;

    // Postings in entry order: each list's start from the document frequencies, then every entry's terms.
    const postingStart = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + this.documentFrequency.get(t);
    const docTermStart = this.docTermStart.toArray();
    const docTerms = this.docTerms.toArray();
    const docCounts = this.docCounts.toArray();
    yield;
    const postings = new Uint32Array(docTerms.length);
    /** The packed counts beside each posting, for ordering by impact. */
    const postingCounts = new Uint32Array(docTerms.length);
    const next = postingStart.slice(0, termCount);
    for (let d = 0; d < n; d++) {
      for (let i = docTermStart[d]!; i < docTermStart[d + 1]!; i++) {
        const at = next[docTerms[i]!]!++;
        postings[at] = d;
        postingCounts[at] = docCounts[i]!;
      }
      if (d % RELOAD_WORK.stepWork === RELOAD_WORK.stepWork - 1) yield;
    }
    yield;

    // Static impact: field-weighted frequency, without length normalisation (cheap, and close enough to rank
    // by). Impacts take few distinct values, so a long list is grouped by impact in list order and the
    // groups laid out strongest first: a stable sort by impact without a comparator per pair.
    let work = 0;
    for (let t = 0; t < termCount; t++) {
      const start = postingStart[t]!;
      const end = postingStart[t + 1]!;
      if (end - start <= IMPACT_ORDER_ABOVE) continue;
      orderByImpact(postings, postingCounts, start, end);
      work += end - start;
      if (work > RELOAD_WORK.stepWork * 20) {
        work = 0;
        yield;
      }
    }

    return new InvertedIndex({
      entries: this.entries,
      termIds: this.termIds,
      words: this.words,
      docTermStart,
      docTerms,
      docCounts,
      factors,
      docQuestionStart: this.docQuestionStart.toArray(),
      questionTermStart: this.questionTermStart.toArray(),
      questionTerms: this.questionTerms.toArray(),
      questionWords: Uint8Array.from(this.questionWords.toArray()),
      postingStart,
      postings,
      nameTerms: Uint8Array.from(this.nameTerms.toArray()),
    });
  }
}

/** Reorders postings[start..end) by descending impact, entries of equal impact keeping their order. */
function orderByImpact(postings: Uint32Array, counts: Uint32Array, start: number, end: number): void {
  const byImpact = new Map<number, number[]>();
  for (let i = start; i < end; i++) {
    const packed = counts[i]!;
    let impact = 0;
    for (let f = 0; f < FIELD_COUNT; f++) impact = impact + FIELD_WEIGHTS[f]! * fieldCount(packed, f);
    const group = byImpact.get(impact);
    if (group) group.push(postings[i]!);
    else byImpact.set(impact, [postings[i]!]);
  }
  let i = start;
  for (const impact of [...byImpact.keys()].sort((a, b) => b - a)) for (const doc of byImpact.get(impact)!) postings[i++] = doc;
}

/**
 * A BM25F inverted index over the knowledge entries: finds, in time proportional to the postings of the
 * question's terms, the entries that contain them. Immutable once built (see IndexBuilder).
 */
export class InvertedIndex {
  readonly entries: readonly Entry[];
  /** Every word seen, in first-seen order: the vocabulary typos are corrected against. */
  readonly vocabulary: readonly string[];
  private readonly a: IndexArrays;
  /** idf per term, computed with the index (a logarithm per term), so a search reads them in place. */
  private readonly idfs: Float64Array;
  /** Per term: 1 when some entry has it where it says what the entry is about, 2 when none does, 0 unknown yet. */
  private readonly aboutness: Uint8Array;
  /** Per term: 1 when only alternate questions use it, 2 when some other field does, 0 unknown yet. */
  private readonly questionsOnly: Uint8Array;

  constructor(arrays: IndexArrays) {
    this.a = arrays;
    this.entries = arrays.entries;
    this.vocabulary = arrays.words;
    this.idfs = new Float64Array(arrays.termIds.size);
    for (let term = 0; term < this.idfs.length; term++) this.idfs[term] = this.idfFor(this.documentFrequencyOf(term));
    this.aboutness = new Uint8Array(arrays.termIds.size);
    this.questionsOnly = new Uint8Array(arrays.termIds.size);
  }

  /** An index over `entries` from the parts of one built over the same entries, in the same order. */
  static fromParts(entries: readonly Entry[], parts: IndexParts): InvertedIndex {
    return new InvertedIndex({ ...parts, entries: entries as Entry[] });
  }

  /** This index without its entries, to hand to another thread. */
  parts(): IndexParts {
    const { entries: _entries, ...parts } = this.a;
    return parts;
  }

  /** Indexes all entries at once. */
  static build(entries: readonly Entry[]): InvertedIndex {
    const builder = new IndexBuilder();
    for (const entry of entries) builder.add(entry);
    return builder.finish();
  }

  get size(): number {
    return this.a.entries.length;
  }

  /** The term id of a stem, or -1 when no entry has it. */
  termId(s: string): number {
    return this.a.termIds.get(s) ?? -1;
  }

  /** Term ids of stems (-1 for those no entry has). */
  termIdsOf(stems: readonly string[]): number[] {
    // A loop, not `map`: optimised, `map` returns holey arrays where unoptimised it returns packed ones, and
    // every reader of these ids would be compiled again for the second kind (see docs/speed-history.md, "De-optimisations").
    const ids: number[] = [];
    for (const s of stems) ids.push(this.termId(s));
    return ids;
  }

  documentFrequency(s: string): number {
    return this.documentFrequencyOf(this.termId(s));
  }

  documentFrequencyOf(term: number): number {
    return term < 0 ? 0 : this.a.postingStart[term + 1]! - this.a.postingStart[term]!;
  }

  /** Inverse document frequency; a term no entry has gets the highest value. */
  idf(s: string): number {
    return this.idfOf(this.termId(s));
  }

  idfOf(term: number): number {
    return term < 0 ? this.idfFor(0) : this.idfs[term]!;
  }

  /** Every term's idf, by term id: read in place in a search's inner loops. */
  termIdfs(): Float64Array {
    return this.idfs;
  }

  private idfFor(df: number): number {
    const n = this.a.entries.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether some entry has the stem in a field that says what it is about (names, title, questions, tags),
   * rather than only in passing in its answer ("outlet", "flagged"). Unknown stems are not.
   */
  isTopicStem(s: string): boolean {
    const term = this.termId(s);
    if (term < 0) return false;
    if (this.aboutness[term] === 0) this.aboutness[term] = this.someEntryHasIn(term, STRONG_MASK) ? 1 : 2;
    return this.aboutness[term] === 1;
  }

  /**
   * Whether the stem is known only from alternate questions, the way askers put things ("crooks", "legit"),
   * never from the names, titles, tags or answers the knowledge is written in. Unknown stems are not.
   */
  isQuestionsOnlyStem(s: string): boolean {
    const term = this.termId(s);
    if (term < 0) return false;
    if (this.questionsOnly[term] === 0) this.questionsOnly[term] = this.someEntryHasIn(term, ~QUESTIONS_MASK) ? 2 : 1;
    return this.questionsOnly[term] === 1;
  }

  /** Whether some entry has the term in a field whose bits `fieldMask` holds. */
  private someEntryHasIn(term: number, fieldMask: number): boolean {
    for (const doc of this.postingsOfTerm(term)) if ((this.countsOf(doc, term) & fieldMask) !== 0) return true;
    return false;
  }

  /** Whether some entry names the stem. */
  isNameStem(s: string): boolean {
    const term = this.termId(s);
    return term >= 0 && this.a.nameTerms[term] === 1;
  }

  /** Entries containing the term; lists longer than IMPACT_ORDER_ABOVE strongest first. */
  postingsOfTerm(term: number): Uint32Array {
    return term < 0 ? EMPTY : this.a.postings.subarray(this.a.postingStart[term]!, this.a.postingStart[term + 1]!);
  }

  /** Entries containing the stem; lists longer than IMPACT_ORDER_ABOVE strongest first. */
  postingsOf(s: string): Uint32Array {
    return this.postingsOfTerm(this.termId(s));
  }

  /** The packed per-field counts of a term in an entry, or -1 when the entry lacks it. */
  private countsOf(doc: DocId, term: number): number {
    const { docTerms, docTermStart } = this.a;
    let low = docTermStart[doc]!;
    let high = docTermStart[doc + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = docTerms[mid]!;
      if (found === term) return this.a.docCounts[mid]!;
      if (found < term) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Whether an entry holds a term, in any field. */
  hasTerm(doc: DocId, term: number): boolean {
    return term >= 0 && this.countsOf(doc, term) >= 0;
  }

  /** Presence of a phrase (all its stems in one field) in an entry; undefined when absent. */
  presence(doc: DocId, stems: readonly string[]): TermPresence | undefined {
    const presence = { weight: 0, strong: false };
    return this.presenceInto(doc, this.termIdsOf(stems), presence) ? presence : undefined;
  }

  /**
   * `presence` of a phrase given as term ids, written into `out` (false when absent, `out` then undefined):
   * no allocation in a search's inner loop.
   */
  presenceInto(doc: DocId, terms: readonly number[], out: TermPresence): boolean {
    const factors = this.a.factors;
    const row = doc * FIELD_COUNT;
    if (terms.length === 1) {
      const term = terms[0]!;
      const packed = term < 0 ? -1 : this.countsOf(doc, term);
      if (packed < 0) return false;
      let weight = 0;
      for (let f = 0; f < FIELD_COUNT; f++) weight += fieldCount(packed, f) * factors[row + f]!;
      out.weight = weight;
      // Names, title, questions and tags are the low four fields.
      out.strong = (packed & STRONG_MASK) !== 0;
      return true;
    }
    if (terms.length === 0) return false;
    const packs: number[] = [];
    for (const term of terms) {
      const packed = term < 0 ? -1 : this.countsOf(doc, term);
      if (packed < 0) return false;
      packs.push(packed);
    }
    let weight = 0;
    let strong = false;
    for (let f = 0; f < FIELD_COUNT; f++) {
      let tf = Infinity;
      for (const packed of packs) tf = Math.min(tf, fieldCount(packed, f));
      if (tf === 0) continue;
      weight += tf * factors[row + f]!;
      if (STRONG_FIELDS.has(FIELDS[f]!)) strong = true;
    }
    out.weight = weight;
    out.strong = strong;
    return weight > 0;
  }

  /**
   * Every entry's alternate questions (and title) and every question's distinct term ids: entry d's
   * questions are `docStart[d]..docStart[d+1]`, question q's terms, in the order they first occur in it,
   * `terms[start[q]..start[q+1]]`. Read in place, a search allocates nothing per question.
   */
  questionArrays(): { docStart: Uint32Array; start: Uint32Array; terms: Uint32Array } {
    return { docStart: this.a.docQuestionStart, start: this.a.questionTermStart, terms: this.a.questionTerms };
  }

  /** What a question asks for, from its first word. */
  questionWord(question: number): QuestionWord | undefined {
    return QUESTION_WORDS[this.a.questionWords[question]!];
  }

  /** BM25 saturation of a pseudo-frequency. */
  static saturate(weight: number): number {
    return (weight * (K1 + 1)) / (weight + K1);
  }
}

const EMPTY = new Uint32Array(0);
