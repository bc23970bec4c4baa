/**
 * An array of unsigned 32-bit integers that grows as it is filled and ends as one typed array: the index's
 * postings and term lists at 100,000 entries are millions of numbers, which as JavaScript arrays or Maps
 * would cost tens of bytes each and keep the garbage collector busy.
 */
export class GrowableUint32Array {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1_024) {
    this.data = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const larger = new Uint32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** Adds one to the number at `i`, growing with zeros as needed. */
  increment(i: number): void {
    while (i >= this.length) this.push(0);
    this.data[i]! += 1;
  }

  /** The numbers pushed, in a typed array of exactly that length (a copy: the builder can be dropped). */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}
