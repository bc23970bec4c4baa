import { describe, expect, it } from 'vitest';
import { idleCollector } from '../../src/core/idle-memory.ts';

const MB = 1024 * 1024;

describe('giving memory back once the bot is quiet', () => {
  it('collects only when the event loop has gone quiet and the heap has grown since the last collection', () => {
    let heap = 40 * MB;
    let busy = 0.6;
    const collections: number[] = [];
    const check = idleCollector({ collect: () => (collections.push(heap), (heap = 45 * MB)), heapUsed: () => heap, busyShare: () => busy });
    heap = 200 * MB;
    expect(check()).toBe(false); // a crowd: never pause it
    busy = 0.01;
    expect(check()).toBe(true); // quiet, with 160 MB more than after the last collection
    expect(collections).toEqual([200 * MB]);
    heap = 50 * MB;
    expect(check()).toBe(false); // quiet, but only 5 MB grown since
    heap = 70 * MB;
    expect(check()).toBe(true);
  });
});
