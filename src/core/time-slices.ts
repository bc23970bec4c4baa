import { performance } from 'node:perf_hooks';
import { RELOAD_WORK } from '../parameters.ts';

/**
 * Background work (building a new index, comparing knowledge) cut into slices of about
 * RELOAD_WORK.sliceMs, with a turn of the event loop between slices, so the questions answered meanwhile
 * wait at most one slice. Call `due()` between small units of work and `await next()` when it says so:
 * checking the clock is cheap, awaiting is not.
 */
export class TimeSlices {
  private start = performance.now();

  /** Whether this slice is used up. */
  due(): boolean {
    return performance.now() - this.start >= RELOAD_WORK.sliceMs;
  }

  /** Lets timers and I/O run, then starts a new slice. */
  async next(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.start = performance.now();
  }
}
