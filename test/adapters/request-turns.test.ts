import { describe, expect, it } from 'vitest';
import { RequestTurns } from '../../adapters/slack/request-turns.ts';

/**
 * A clock the test moves itself: `work(ms)` is a request's work taking that long. Real time would make the
 * test depend on how busy the machine is (two calls a moment apart may straddle a slice's end).
 */
function manualClock() {
  let time = 0;
  return { now: () => time, work: (ms: number) => void (time += ms) };
}

describe('RequestTurns', () => {
  it('lets requests straight in while the slice lasts, then queues them in arrival order', async () => {
    const { now, work } = manualClock();
    const turns = new RequestTurns(5, now);
    expect(turns.enter()).toBeUndefined();
    expect(turns.enter()).toBeUndefined();
    work(6);
    const order: string[] = [];
    const waits = ['a', 'b', 'c'].map((name) => turns.enter()!.then(() => order.push(name)));
    expect(turns.queued).toBe(3);
    await Promise.all(waits);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(turns.queued).toBe(0);
  });

  it('turns the event loop between requests whose work outlasts a slice', async () => {
    const { now, work } = manualClock();
    const turns = new RequestTurns(5, now);
    turns.enter();
    work(6);
    const events: string[] = [];
    const request = async (name: string) => {
      await turns.enter();
      events.push(`${name} runs`);
      work(6);
      // Something else the loop has to do (a new connection, a timer): it must come before the next request.
      setImmediate(() => events.push(`loop turned after ${name}`));
    };
    await Promise.all([request('a'), request('b'), request('c')]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.slice(0, 5)).toEqual(['a runs', 'loop turned after a', 'b runs', 'loop turned after b', 'c runs']);
  });
});
