import { InvertedIndex } from './inverted-index.ts';
import { tokenize } from './normalize.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import type { SynonymTable } from './synonyms.ts';
import type { TypoCorrector } from './typo-corrector.ts';

/** Longer questions are cut to this many words: enough for any real question, bounded work for a pasted essay. */
export const MAX_QUESTION_WORDS = 60;
/** At most this many concepts are searched, the most specific first. */
const MAX_CONCEPTS = 16;
/** An unknown word weighs this much more than the rarest known one: it is a strong sign of an off-topic question. */
const UNKNOWN_WEIGHT_FACTOR = 1.15;

/** One way a concept can appear in an entry: a word or phrase, as stems, and how sure we are of it. */
export interface ConceptVariant {
  stems: string[];
  /** 1 for the word as typed, less for a synonym or a typo correction. */
  quality: number;
}

/** Something the question asks about: a word, a synonym group, or a corrected typo. */
export interface Concept {
  /** The words as the user typed them (normalised). */
  label: string;
  variants: ConceptVariant[];
  /** How specific the concept is (inverse document frequency). */
  weight: number;
  /** False when no entry contains any variant: the knowledge base has never heard of it. */
  known: boolean;
}

/**
 * Turns a question into the concepts to look for: typos corrected against the vocabulary, synonym phrases
 * recognised, question words dropped, each concept weighted by how specific it is.
 */
export function questionConcepts(
  question: string,
  index: InvertedIndex,
  synonyms: SynonymTable,
  corrector: TypoCorrector,
): Concept[] {
  const typed = tokenize(question).slice(0, MAX_QUESTION_WORDS);
  const corrected = typed.map((word) => correctWord(word, index, corrector));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const unknownWeight = index.idf('\u0000') * UNKNOWN_WEIGHT_FACTOR;

  for (let i = 0; i < corrected.length; ) {
    const words = corrected.map((c) => c.words[0] ?? c.typed);
    const synonym = synonyms.match(words, i);
    if (synonym) {
      const label = typed.slice(i, i + synonym.length).join(' ');
      const quality = Math.min(...corrected.slice(i, i + synonym.length).map((c) => c.quality));
      const own = words.slice(i, i + synonym.length).filter((w) => !STOPWORDS.has(w)).map(stem);
      const variants: ConceptVariant[] = synonym.group.members.map((stems) => ({
        stems,
        quality: sameStems(stems, own) ? quality : quality * 0.9,
      }));
      pushConcept(concepts, seen, index, label, variants, unknownWeight);
      i += synonym.length;
      continue;
    }
    const word = corrected[i]!;
    i += 1;
    if (STOPWORDS.has(word.typed)) continue;
    const variants = (word.words.length > 0 ? word.words : [word.typed]).map((w) => ({ stems: [stem(w)], quality: word.quality }));
    pushConcept(concepts, seen, index, word.typed, variants, unknownWeight);
  }
  return concepts.sort((a, b) => b.weight - a.weight).slice(0, MAX_CONCEPTS);
}

interface CorrectedWord {
  typed: string;
  /** The word itself when known, or its likely corrections; empty when unknown and uncorrectable. */
  words: string[];
  quality: number;
}

function correctWord(word: string, index: InvertedIndex, corrector: TypoCorrector): CorrectedWord {
  if (STOPWORDS.has(word) || index.documentFrequency(stem(word)) > 0) return { typed: word, words: [word], quality: 1 };
  const corrections = corrector.correct(word);
  return corrections.length > 0 ? { typed: word, words: corrections, quality: 0.8 } : { typed: word, words: [], quality: 1 };
}

function pushConcept(
  concepts: Concept[],
  seen: Set<string>,
  index: InvertedIndex,
  label: string,
  variants: ConceptVariant[],
  unknownWeight: number,
): void {
  const key = variants.map((v) => v.stems.join(' ')).sort().join('|');
  if (seen.has(key)) return;
  seen.add(key);
  const knownIdf = variants
    .filter((v) => v.stems.every((s) => index.documentFrequency(s) > 0))
    .map((v) => Math.max(...v.stems.map((s) => index.idf(s))));
  const known = knownIdf.length > 0;
  concepts.push({ label, variants, weight: known ? Math.min(...knownIdf) : unknownWeight, known });
}

function sameStems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
