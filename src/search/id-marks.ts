/**
 * A set of small integer ids (an index's term ids, its entry numbers) emptied in constant time, for sets
 * filled and emptied many times a search (the terms of one alternate question, the entries one concept
 * scored): an id is in the set when its slot holds the set's current mark, and emptying the set moves to the
 * next mark. Membership is one array read, where a scan or a Set costs more for each of the thousands of
 * checks a search makes.
 */
export class IdMarks {
  private readonly slots: Uint32Array;
  /** Slots start at 0, so the first mark is 1. */
  private mark = 1;

  /** `size`: how many ids there are (every id added is below it). */
  constructor(size: number) {
    this.slots = new Uint32Array(size);
  }

  clear(): void {
    if (this.mark === 0xffffffff) {
      this.slots.fill(0);
      this.mark = 0;
    }
    this.mark++;
  }

  add(id: number): void {
    this.slots[id] = this.mark;
  }

  has(id: number): boolean {
    return this.slots[id] === this.mark;
  }
}
