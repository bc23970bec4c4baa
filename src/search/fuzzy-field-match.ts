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
    const patterns = concepts.map((c) => (c.label.length >= 3 ? c.label.slice(0, FUSE_PATTERN_MAX) : undefined));
    const known = patterns.map((pattern) => (pattern === undefined ? undefined : this.memo.get(pattern)));
    const matches = entries.map((entry) => patterns.map((pattern, c) => (pattern === undefined ? 0 : known[c]?.get(entry))));
    this.fillMissing(entries, patterns, matches);
    return matches.map((row) => {
      let sum = 0;
      // Summed in the concepts' order, so the figure is bit for bit what one fuse.js search per concept gave.
      concepts.forEach((concept, c) => {
        const match = row[c]!;
        if (match !== 0) sum += concept.weight * match;
      });
      return sum / totalWeight;
    });
  }

  /** Runs fuse.js, over one collection of the entries concerned, for the pairs not remembered, and remembers them. */
  private fillMissing(entries: readonly Entry[], patterns: readonly (string | undefined)[], matches: (number | undefined)[][]): void {
    const unfinished = entries.map((_, i) => i).filter((i) => matches[i]!.includes(undefined));
    if (unfinished.length === 0) return;
    const fuse = new Fuse(unfinished.map((i) => entries[i]!), FUSE_OPTIONS);
    const searched = new Map<string, Map<number, number>>();
    patterns.forEach((pattern, c) => {
      if (pattern === undefined || !unfinished.some((i) => matches[i]![c] === undefined)) return;
      let scores = searched.get(pattern);
      if (!scores) {
        scores = new Map();
        for (const hit of fuse.search(pattern)) scores.set(unfinished[hit.refIndex]!, 1 - (hit.score ?? 1));
        searched.set(pattern, scores);
      }
      const remembered = this.memo.get(pattern) ?? new Map<Entry, number>();
      for (const i of unfinished) {
        if (matches[i]![c] !== undefined) continue;
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
