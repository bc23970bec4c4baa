import { performance } from 'node:perf_hooks';

/**
 * Lets requests do their work in turns of at most `sliceMs` of the event loop each, first come first served,
 * with a turn of the loop between them. Why: Node 20's libuv accepts ONE new connection per turn of the
 * event loop, and under a crowd one turn that runs every ready request to completion lasts a fifth of a
 * second or more, so a crowd's newly opened connections waited in the kernel's accept queue for seconds
 * (`strace` on the bot: one accept4 per epoll_pwait, turns of 30–250 ms; docs/speed-history.md, under a crowd). In short
 * turns new connections are accepted promptly and wait in this queue, in order, with everyone else.
 *
 * `await turns.enter()` before a request's work: it resolves at once while the current slice lasts and no
 * one is waiting, else in a later turn of the loop (setImmediate), in arrival order.
 */
export class RequestTurns {
  private readonly waiting: (() => void)[] = [];
  private sliceStart: number;
  private markerQueued = false;

  /** `now`: the clock in milliseconds; tests pass one they move themselves. */
  constructor(
    private readonly sliceMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now();
  }

  /** Requests waiting for their turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  enter(): Promise<void> | undefined {
    if (this.waiting.length === 0) {
      // The first request since the loop last went quiet opens a slice, which the next check phase ends.
      if (!this.markerQueued) {
        this.sliceStart = this.now();
        this.queueMarker();
        return undefined;
      }
      if (this.now() - this.sliceStart < this.sliceMs) return undefined;
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.queueMarker();
      // One release per waiter, each in its own setImmediate callback: Node runs a callback's promise
      // continuations to the end before the next callback, so each release sees the time its predecessors took.
      setImmediate(this.releaseOne);
    });
  }

  /** Starts a new slice at the beginning of the next check phase, ahead of the releases queued after it. */
  private queueMarker(): void {
    if (this.markerQueued) return;
    this.markerQueued = true;
    setImmediate(this.newSlice);
  }

  private readonly newSlice = (): void => {
    this.markerQueued = false;
    this.sliceStart = this.now();
    if (this.waiting.length > 0) this.queueMarker();
  };

  private readonly releaseOne = (): void => {
    if (this.waiting.length === 0) return;
    if (this.now() - this.sliceStart >= this.sliceMs) {
      // This turn's slice is spent: try again in the next turn, after that turn's marker.
      this.queueMarker();
      setImmediate(this.releaseOne);
      return;
    }
    this.waiting.shift()!();
  };
}
