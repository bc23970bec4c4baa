import type { Entry } from '../knowledge/schema.ts';
import { entryFieldText, FIELDS, STRONG_FIELDS, type FieldName } from './entry-fields.ts';
import { tokenize } from './normalize.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { questionWord, type QuestionWord } from './question-word.ts';

/** How much a term in each field counts. Names and titles identify an entry; the body only mentions things. */
const FIELD_WEIGHT: Record<FieldName, number> = { names: 3, title: 2.5, questions: 2, tags: 2, body: 1 };
/** BM25 length normalisation per field: many alternate questions should not make an entry look diluted. */
const FIELD_B: Record<FieldName, number> = { names: 0.3, title: 0.5, questions: 0.3, tags: 0.3, body: 0.75 };
/** FIELD_WEIGHT in FIELDS order. */
const FIELD_WEIGHTS = FIELDS.map((field) => FIELD_WEIGHT[field]);
const K1 = 1.2;
/** Bits per field in a packed term count, and the count it saturates at. */
const BITS = 6;
const MAX_COUNT = (1 << BITS) - 1;
const STRONG_MASK = (1 << (BITS * 4)) - 1;

/** A term's count in field `f` from its packed counts. */
function fieldCount(packed: number, f: number): number {
  return (packed >>> (BITS * f)) & MAX_COUNT;
}

/** Postings lists longer than this are kept in impact order (see `finish`). */
export const IMPACT_ORDER_ABOVE = 200;

export interface IndexedEntry {
  entry: Entry;
  /**
   * Each stem's frequency in every field, packed six bits a field in FIELDS order (see `fieldCount`): one
   * map lookup finds a term everywhere, and a small integer costs no allocation at 100,000 entries.
   */
  terms: Map<string, number>;
  length: Record<FieldName, number>;
  /** Per field, FIELD_WEIGHT over BM25's length normalisation: set by `finish`, so scoring a term is a multiply. */
  factor: Float64Array;
  /** Each alternate question (and the title) as its distinct stems and question word, for comparing a question with them. */
  questions: { stems: readonly string[]; word: QuestionWord | undefined }[];
}

/** How strongly an entry contains a term (or every stem of a phrase). */
export interface TermPresence {
  /** Field-weighted, length-normalised term frequency (BM25F's pseudo-frequency). */
  weight: number;
  /** Present in a field that says what the entry is about. */
  strong: boolean;
}

/** Stems and words of analysed text, stopwords removed. */
export function analyze(text: string): { words: string[]; stems: string[] } {
  const words = tokenize(text).filter((word) => !STOPWORDS.has(word));
  return { words, stems: words.map(stem) };
}

/**
 * A BM25F inverted index over the knowledge entries: finds, in time proportional to the postings of the
 * question's terms, the entries that contain them.
 */
export class InvertedIndex {
  readonly docs: IndexedEntry[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Every word seen, with its stem: the vocabulary typos are corrected against. */
  readonly vocabulary = new Map<string, string>();
  /** Stems that occur in some entry's names: topic words, however common they are in English ("Read", "Senate"). */
  readonly nameStems = new Set<string>();

  private readonly totals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number>;
  private avgLength = Object.fromEntries(FIELDS.map((f) => [f, 1])) as Record<FieldName, number>;
  /** idf of the terms asked about so far (a logarithm each): valid until the next `add`. */
  private readonly idfs = new Map<string, number>();

  /** Indexes all entries at once; `add` and `finish` do the same in steps. */
  constructor(entries: readonly Entry[] = []) {
    for (const entry of entries) this.add(entry);
    this.finish();
  }

  /** Adds one entry; call `finish` once all are added. */
  add(entry: Entry): void {
    this.idfs.clear();
    const text = entryFieldText(entry);
    const doc: IndexedEntry = {
      entry,
      terms: new Map(),
      factor: new Float64Array(FIELDS.length),
      length: Object.fromEntries(FIELDS.map((f) => [f, 0])) as IndexedEntry['length'],
      questions: [],
    };
    FIELDS.forEach((field, f) => {
      for (const part of text[field]) {
        const { words, stems } = analyze(part);
        words.forEach((word, i) => this.vocabulary.set(word, stems[i]!));
        for (const s of stems) {
          const packed = doc.terms.get(s) ?? 0;
          if (fieldCount(packed, f) < MAX_COUNT) doc.terms.set(s, packed + (1 << (BITS * f)));
        }
        doc.length[field] += stems.length;
        if (field === 'questions' || field === 'title') doc.questions.push({ stems: [...new Set(stems)], word: questionWord(part) });
        if (field === 'names') for (const s of stems) this.nameStems.add(s);
      }
      this.totals[field] += doc.length[field];
    });
    const index = this.docs.push(doc) - 1;
    for (const s of doc.terms.keys()) {
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      list.push(index);
    }
  }

  /**
   * Computes the average field lengths BM25 normalises by, and orders every long postings list by impact
   * (how strongly each entry holds the term), so a search can read just the head of a common term's list.
   */
  finish(): void {
    for (const _step of this.finishSteps()) {
      // Run every step at once.
    }
  }

  /**
   * `finish` as a sequence of bounded steps (a step is about one hundred entries' or postings lists'
   * worth of work), so a background build can yield to the event loop between them.
   */
  *finishSteps(): Generator<void> {
    const n = Math.max(1, this.docs.length);
    this.avgLength = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, this.totals[f] / n)])) as Record<FieldName, number>;
    let work = 0;
    for (const doc of this.docs) {
      FIELDS.forEach((field, f) => {
        doc.factor[f] = FIELD_WEIGHT[field] / (1 - FIELD_B[field] + FIELD_B[field] * (doc.length[field] / this.avgLength[field]));
      });
      if (++work % 5_000 === 0) yield;
    }
    for (const [s, list] of this.postings) {
      if (list.length <= IMPACT_ORDER_ABOVE) continue;
      // Static impact: field-weighted frequency, without length normalisation (cheap, and close enough to rank by).
      // Impacts take few distinct values, so the entries are grouped by impact in list order and the
      // groups laid out strongest first: what a stable sort by impact gives, without a comparator per pair.
      const byImpact = new Map<number, number[]>();
      for (const docIndex of list) {
        const packed = this.docs[docIndex]!.terms.get(s)!;
        let impact = 0;
        for (let f = 0; f < FIELDS.length; f++) impact = impact + FIELD_WEIGHTS[f]! * fieldCount(packed, f);
        const group = byImpact.get(impact);
        if (group) group.push(docIndex);
        else byImpact.set(impact, [docIndex]);
      }
      let i = 0;
      for (const impact of [...byImpact.keys()].sort((a, b) => b - a)) for (const docIndex of byImpact.get(impact)!) list[i++] = docIndex;
      work += list.length;
      if (work > 20_000) {
        work = 0;
        yield;
      }
    }
  }


  get size(): number {
    return this.docs.length;
  }

  documentFrequency(s: string): number {
    return this.postings.get(s)?.length ?? 0;
  }

  /** Inverse document frequency; a term no entry has gets the highest value. */
  idf(s: string): number {
    let idf = this.idfs.get(s);
    if (idf === undefined) {
      const n = this.docs.length;
      const df = this.documentFrequency(s);
      idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      // Terms no entry has come from questions: remembering them would grow without bound.
      if (df > 0) this.idfs.set(s, idf);
    }
    return idf;
  }

  /** Entries containing the stem; lists longer than IMPACT_ORDER_ABOVE strongest first. */
  postingsOf(s: string): readonly number[] {
    return this.postings.get(s) ?? [];
  }

  /** Presence of a phrase (all its stems in one field) in an entry; undefined when absent. */
  presence(doc: IndexedEntry, stems: readonly string[]): TermPresence | undefined {
    const presence = { weight: 0, strong: false };
    return this.presenceInto(doc, stems, presence) ? presence : undefined;
  }

  /** `presence` written into `out` (false when absent, `out` then undefined): no allocation in a search's inner loop. */
  presenceInto(doc: IndexedEntry, stems: readonly string[], out: TermPresence): boolean {
    if (stems.length === 1) {
      const packed = doc.terms.get(stems[0]!);
      if (packed === undefined) return false;
      let weight = 0;
      for (let f = 0; f < FIELDS.length; f++) weight += fieldCount(packed, f) * doc.factor[f]!;
      out.weight = weight;
      // Names, title, questions and tags are the low four fields.
      out.strong = (packed & STRONG_MASK) !== 0;
      return true;
    }
    if (stems.length === 0) return false;
    for (const s of stems) if (!doc.terms.has(s)) return false;
    let weight = 0;
    let strong = false;
    for (let f = 0; f < FIELDS.length; f++) {
      let tf = Infinity;
      for (const s of stems) tf = Math.min(tf, fieldCount(doc.terms.get(s)!, f));
      if (tf === 0) continue;
      weight += tf * doc.factor[f]!;
      if (STRONG_FIELDS.has(FIELDS[f]!)) strong = true;
    }
    out.weight = weight;
    out.strong = strong;
    return weight > 0;
  }

  /** BM25 saturation of a pseudo-frequency. */
  static saturate(weight: number): number {
    return (weight * (K1 + 1)) / (weight + K1);
  }
}
