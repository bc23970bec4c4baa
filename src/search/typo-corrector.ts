import Fuse from 'fuse.js';
import { editDistanceWithin } from './edit-distance.ts';

/** Fuse's bitap pattern is at most 32 characters; a longer "word" is noise, not a typo. */
const MAX_WORD = 32;

/**
 * Corrects misspelt words against the knowledge base's own vocabulary with fuse.js, so "electon
 * comission" finds "election commission". fuse.js proposes candidates; a candidate is accepted only
 * within one edit (words up to five letters) or two (longer words), and with the same first letter.
 */
export class TypoCorrector {
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    const words = [...vocabulary].filter((word) => word.length >= 3 && !/\d/.test(word));
    this.fuse = new Fuse(words, {
      includeScore: true,
      threshold: 0.34,
      ignoreLocation: true,
      minMatchCharLength: 3,
      shouldSort: true,
    });
  }

  /** Up to two known words the unknown word was probably meant to be, best first. */
  correct(word: string): string[] {
    if (word.length < 4 || word.length > MAX_WORD || /\d/.test(word)) return [];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const allowed = word.length <= 5 ? 1 : 2;
    const corrections = this.fuse
      .search(word, { limit: 12 })
      .filter((hit) => sharesStart(hit.item, word) && editDistanceWithin(word, hit.item, allowed))
      .slice(0, 2)
      .map((hit) => hit.item);
    if (this.cache.size < 10_000) this.cache.set(word, corrections);
    return corrections;
  }
}

/** People rarely misspell the first letter; requiring it stops "movie" becoming "move". */
function sharesStart(a: string, b: string): boolean {
  return a[0] === b[0];
}
