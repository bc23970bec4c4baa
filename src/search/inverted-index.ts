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
const K1 = 1.2;

export interface IndexedEntry {
  entry: Entry;
  tf: Record<FieldName, Map<string, number>>;
  length: Record<FieldName, number>;
  /** Each alternate question (and the title) as stems with its question word, for comparing a question with them. */
  questions: { stems: Set<string>; word: QuestionWord | undefined }[];
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

  /** Indexes all entries at once; `add` and `finish` do the same in steps. */
  constructor(entries: readonly Entry[] = []) {
    for (const entry of entries) this.add(entry);
    this.finish();
  }

  /** Adds one entry; call `finish` once all are added. */
  add(entry: Entry): void {
    const text = entryFieldText(entry);
    const doc: IndexedEntry = {
      entry,
      tf: Object.fromEntries(FIELDS.map((f) => [f, new Map<string, number>()])) as IndexedEntry['tf'],
      length: Object.fromEntries(FIELDS.map((f) => [f, 0])) as IndexedEntry['length'],
      questions: [],
    };
    for (const field of FIELDS) {
      for (const part of text[field]) {
        const { words, stems } = analyze(part);
        words.forEach((word, i) => this.vocabulary.set(word, stems[i]!));
        for (const s of stems) doc.tf[field].set(s, (doc.tf[field].get(s) ?? 0) + 1);
        doc.length[field] += stems.length;
        if (field === 'questions' || field === 'title') doc.questions.push({ stems: new Set(stems), word: questionWord(part) });
        if (field === 'names') for (const s of stems) this.nameStems.add(s);
      }
      this.totals[field] += doc.length[field];
    }
    const index = this.docs.push(doc) - 1;
    const seen = new Set<string>();
    for (const field of FIELDS) for (const s of doc.tf[field].keys()) seen.add(s);
    for (const s of seen) {
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      list.push(index);
    }
  }

  /** Computes the average field lengths BM25 normalises by. */
  finish(): void {
    const n = Math.max(1, this.docs.length);
    this.avgLength = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, this.totals[f] / n)])) as Record<FieldName, number>;
  }

  get size(): number {
    return this.docs.length;
  }

  documentFrequency(s: string): number {
    return this.postings.get(s)?.length ?? 0;
  }

  /** Inverse document frequency; a term no entry has gets the highest value. */
  idf(s: string): number {
    const n = this.docs.length;
    const df = this.documentFrequency(s);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Entries containing the stem. */
  postingsOf(s: string): readonly number[] {
    return this.postings.get(s) ?? [];
  }

  /** Presence of a phrase (all its stems in one field) in an entry; undefined when absent. */
  presence(doc: IndexedEntry, stems: readonly string[]): TermPresence | undefined {
    let weight = 0;
    let strong = false;
    for (const field of FIELDS) {
      let tf = Infinity;
      for (const s of stems) tf = Math.min(tf, doc.tf[field].get(s) ?? 0);
      if (tf === 0 || tf === Infinity) continue;
      const norm = 1 - FIELD_B[field] + FIELD_B[field] * (doc.length[field] / this.avgLength[field]);
      weight += (FIELD_WEIGHT[field] * tf) / norm;
      if (STRONG_FIELDS.has(field)) strong = true;
    }
    return weight > 0 ? { weight, strong } : undefined;
  }

  /** BM25 saturation of a pseudo-frequency. */
  static saturate(weight: number): number {
    return (weight * (K1 + 1)) / (weight + K1);
  }
}
