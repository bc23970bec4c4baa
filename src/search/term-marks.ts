/**
 * A set of term ids emptied in constant time, for sets filled and emptied many times a search (the terms of
 * one alternate question, of the variants one entry holds): a term is in the set when its slot holds the
 * set's current mark, and emptying the set moves to the next mark. Membership is one array read, where a
 * scan of the question's terms or a Set costs more for each of the thousands of checks a search makes.
 */
export class TermMarks {
  private readonly slots: Uint32Array;
  /** Slots start at 0, so the first mark is 1. */
  private mark = 1;

  /** `terms`: how many term ids the index has (every id added is below it). */
  constructor(terms: number) {
    this.slots = new Uint32Array(terms);
  }

  clear(): void {
    if (this.mark === 0xffffffff) {
      this.slots.fill(0);
      this.mark = 0;
    }
    this.mark++;
  }

  add(term: number): void {
    this.slots[term] = this.mark;
  }

  has(term: number): boolean {
    return this.slots[term] === this.mark;
  }
}
