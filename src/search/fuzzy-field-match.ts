import Fuse from 'fuse.js';
import { LRUCache } from 'lru-cache';
import type { Entry } from '../knowledge/schema.ts';
import { SEARCH_CACHES } from '../parameters.ts';
import type { Concept } from './question-concepts.ts';

/**
 * The fields fuse.js scores: the short ones that say what an entry is. Bitap over every answer body would
 * cost more than all the rest of a search, for little: BM25F already weighs the bodies.
 */
const FUSE_KEYS = [
  { name: 'names', weight: 3 },
  { name: 'questions', weight: 2.5 },
  { name: 'title', weight: 2.5 },
  { name: 'tags', weight: 2 },
];
const FUSE_OPTIONS = { keys: FUSE_KEYS, includeScore: true, ignoreLocation: true, threshold: 0.3, minMatchCharLength: 3 };

/** fuse.js reads at most this many characters of a pattern. */
const FUSE_PATTERN_MAX = 32;

/**
 * How well each candidate matches each concept of a question fuzzily and by field (fuse.js's Bitap over the
 * short fields): the weighted share of concepts each candidate matches.
 *
 * fuse.js scores an entry from that entry's own fields and the pattern alone (its field weights and
 * length norms do not depend on the other entries searched), so a pair's score is the same in every search
 * and is remembered: only pairs not seen before since the knowledge was loaded run Bitap, all of them in one
 * fuse.js collection per question. Make one matcher per knowledge snapshot.
 */
export class FuzzyFieldMatcher {
  /**
   * Per pattern, then per entry: 1 − fuse.js's score, or 0 when fuse.js does not match. Looked up by
   * pattern, not by a key per (entry, pattern) pair: a search then builds no string per pair. Bounded in
   * pairs, the patterns least recently used dropped first.
   */
  private readonly memo: LRUCache<string, Map<Entry, number>>;

  /** `maxPairs`: how many (entry, pattern) pairs it remembers at most. */
  constructor(maxPairs = SEARCH_CACHES.fuzzyMatchPairs) {
    this.memo = new LRUCache({ maxSize: maxPairs, sizeCalculation: (scores) => Math.max(1, scores.size) });
  }

  /** For each entry, the weighted share of `concepts` it matches fuzzily (concepts shorter than 3 letters count for nothing). */
  coverage(entries: readonly Entry[], concepts: readonly Concept[], totalWeight: number): number[] {
    // Loops rather than `map`: optimised, `map` returns holey arrays where unoptimised it returns packed ones.
    const patterns: (string | undefined)[] = [];
    const known: (Map<Entry, number> | undefined)[] = [];
    for (const c of concepts) {
      const pattern = c.label.length >= 3 ? c.label.slice(0, FUSE_PATTERN_MAX) : undefined;
      patterns.push(pattern);
      known.push(pattern === undefined ? undefined : this.memo.get(pattern));
    }
    // One typed row per entry, NaN for a pair not yet known: rows of plain arrays would hold small integers,
    // fractions or undefined by what is known, several shapes of array for the optimising compiler.
    const matches: Float64Array[] = [];
    for (const entry of entries) {
      const row = new Float64Array(patterns.length);
      for (let c = 0; c < patterns.length; c++) row[c] = patterns[c] === undefined ? 0 : (known[c]?.get(entry) ?? NaN);
      matches.push(row);
    }
    this.fillMissing(entries, patterns, matches);
    const coverage: number[] = [];
    for (const row of matches) {
      let sum = 0;
      // Summed in the concepts' order, so the figure is bit for bit what one fuse.js search per concept gave.
      for (let c = 0; c < concepts.length; c++) {
        const match = row[c]!;
        if (match !== 0) sum += concepts[c]!.weight * match;
      }
      coverage.push(sum / totalWeight);
    }
    return coverage;
  }

  /** Runs fuse.js, over one collection of the entries concerned, for the pairs not remembered, and remembers them. */
  private fillMissing(entries: readonly Entry[], patterns: readonly (string | undefined)[], matches: Float64Array[]): void {
    const unfinished: number[] = [];
    for (let i = 0; i < entries.length; i++) if (matches[i]!.includes(NaN)) unfinished.push(i);
    if (unfinished.length === 0) return;
    const fuse = new Fuse(unfinished.map((i) => entries[i]!), FUSE_OPTIONS);
    const searched = new Map<string, Map<number, number>>();
    patterns.forEach((pattern, c) => {
      if (pattern === undefined || !unfinished.some((i) => Number.isNaN(matches[i]![c]))) return;
      let scores = searched.get(pattern);
      if (!scores) {
        scores = new Map();
        for (const hit of fuse.search(pattern)) scores.set(unfinished[hit.refIndex]!, 1 - (hit.score ?? 1));
        searched.set(pattern, scores);
      }
      const remembered = this.memo.get(pattern) ?? new Map<Entry, number>();
      for (const i of unfinished) {
        if (!Number.isNaN(matches[i]![c])) continue;
        const match = scores.get(i) ?? 0;
        matches[i]![c] = match;
        remembered.set(entries[i]!, match);
      }
      // Taken out and put back, so the cache counts the pairs added (it does not re-measure a value set again).
      this.memo.delete(pattern);
      this.memo.set(pattern, remembered);
    });
  }
}
