/**
 * A list a search empties and refills many times without allocating: `clear` forgets the items by size.
 * (Setting an array's length to 0 makes V8 drop its storage, so every refill would allocate it again: in
 * closestQuestion alone that was a fifth of what an answer allocated.) Searches run one at a time, so one
 * list per index is enough.
 */
export class ScratchList<T> {
  private readonly items: T[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(item: T): void {
    this.items[this.size++] = item;
  }

  at(i: number): T {
    return this.items[i]!;
  }

  includes(item: T): boolean {
    for (let i = 0; i < this.size; i++) if (this.items[i] === item) return true;
    return false;
  }
}
