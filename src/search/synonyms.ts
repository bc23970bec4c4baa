import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { tokenize } from './normalize.ts';

/** One synonym group, each member as the stems a document must contain to match it. */
export interface SynonymGroupStems {
  members: string[][];
}

/**
 * Finds synonym phrases in a question. Phrases are matched on the stems of normalised words, longest
 * first, so "foreign affairs" wins over "foreign", and "pretending" finds the group that lists "pretended".
 */
export class SynonymTable {
  private readonly byPhrase = new Map<string, number>();
  /** The stem every phrase starts with: most words of a question start none, and are passed over at once. */
  private readonly firstStems = new Set<string>();
  private readonly groups: SynonymGroupStems[] = [];
  readonly longestPhrase: number;

  /** Every word of the groups' one-word members. */
  private readonly memberWords: string[] = [];

  constructor(groups: readonly (readonly string[])[]) {
    let longest = 1;
    for (const group of groups) {
      const members = group.map((member) => tokenize(member)).filter((words) => words.length > 0);
      for (const words of members) if (words.length === 1 && !STOPWORDS.has(words[0]!)) this.memberWords.push(words[0]!);
      const index = this.groups.length;
      // Members that stem alike ("journalist", "journalists") are one variant to search.
      const distinct = new Map<string, string[]>();
      for (const words of members) {
        // A loop, not `map`: these stems are read beside the question's, which are built the same way (one kind of array).
        const stems: string[] = [];
        for (const word of words) if (!STOPWORDS.has(word)) stems.push(stem(word));
        // "went after" is searched as nothing: all that is left of it, "went", is "go", a stopword once stemmed.
        if (stems.length === 1 && STOPWORDS.has(stems[0]!)) continue;
        if (stems.length > 0) distinct.set(stems.join(' '), stems);
      }
      this.groups.push({ members: [...distinct.values()] });
      for (const words of members) {
        // A member that is one stopword once normalised ("c&c" was "c and c") would match every "and" in a
        // question; a phrase of them ("get in") is still a phrase.
        if (words.length === 1 && STOPWORDS.has(words[0]!)) continue;
        const phrase = words.map(stem).join(' ');
        // A phrase in two groups joins the first: the files are read in order, so it is predictable.
        if (!this.byPhrase.has(phrase)) this.byPhrase.set(phrase, index);
        this.firstStems.add(stem(words[0]!));
        longest = Math.max(longest, words.length);
      }
    }
    this.longestPhrase = longest;
  }

  /** The groups' one-word members, for typo correction: a slip in "located" is meant as it. */
  words(): readonly string[] {
    return this.memberWords;
  }

  /** The group a run of words starting at `start` belongs to, and how many words it took. */
  match(words: readonly string[], start: number): { group: SynonymGroupStems; length: number } | undefined {
    if (start >= words.length) return undefined;
    const first = stem(words[start]!);
    if (!this.firstStems.has(first)) return undefined;
    const max = Math.min(this.longestPhrase, words.length - start);
    // The phrases starting here, shortest first, built once; then looked up longest first.
    const phrases: string[] = [first];
    for (let length = 2; length <= max; length++) phrases.push(`${phrases[length - 2]} ${stem(words[start + length - 1]!)}`);
    for (let length = max; length >= 1; length--) {
      const index = this.byPhrase.get(phrases[length - 1]!);
      if (index !== undefined) return { group: this.groups[index]!, length };
    }
    return undefined;
  }
}
