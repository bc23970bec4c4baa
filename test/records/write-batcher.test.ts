import { describe, expect, it } from 'vitest';
import { RowNotWrittenError, WriteBatcher } from '../../src/records/write-batcher.ts';

const batching = { flushMs: 5, maxBatch: 100, maxPending: 1_000 };

describe('group commit of records (WriteBatcher)', () => {
  it('writes rows that arrive together in one batch, and tells each waiter once its batch is written', async () => {
    const batches: number[][] = [];
    const batcher = new WriteBatcher<number>({ ...batching, write: (rows) => void batches.push(rows), onError: () => undefined });
    const waits = Array.from({ length: 250 }, (_, i) => batcher.addAndWait(i));
    await Promise.all(waits);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(batcher.pending).toBe(0);
  });

  it('writes what is queued before a read (settleNow) for a synchronous writer', () => {
    const written: string[] = [];
    const batcher = new WriteBatcher<string>({ ...batching, write: (rows) => void written.push(...rows), onError: () => undefined });
    batcher.add('a');
    batcher.add('b');
    expect(written).toEqual([]);
    batcher.settleNow();
    expect(written).toEqual(['a', 'b']);
  });

  it('tells the waiters of a failed batch at once, keeps the rows and writes them on the retry', async () => {
    let fail = true;
    const written: number[] = [];
    const errors: number[] = [];
    const batcher = new WriteBatcher<number>({
      ...batching,
      write: async (rows) => {
        if (fail) throw new Error('disk full');
        written.push(...rows);
      },
      onError: (_error, state) => errors.push(state.pending),
    });
    const first = batcher.addAndWait(1);
    await expect(first).rejects.toThrow('disk full');
    expect(errors).toEqual([1]);
    fail = false;
    await batcher.addAndWait(2);
    expect(written).toEqual([1, 2]);
    batcher.stop();
  });

  it('holds at most maxPending rows while writes fail, dropping the oldest and saying so to its waiter', async () => {
    const batcher = new WriteBatcher<number>({ flushMs: 60_000, maxBatch: 100, maxPending: 2, write: () => undefined, onError: () => undefined });
    const oldest = batcher.addAndWait(1);
    batcher.add(2);
    batcher.add(3);
    await expect(oldest).rejects.toBeInstanceOf(RowNotWrittenError);
    expect(batcher.dropped).toBe(1);
    expect(batcher.pending).toBe(2);
    batcher.stop();
  });

  it('rejects the waiters still queued when the store closes without writing them', async () => {
    const batcher = new WriteBatcher<number>({ ...batching, flushMs: 60_000, write: () => undefined, onError: () => undefined });
    const waiting = batcher.addAndWait(1);
    batcher.abandon(new Error('closing'));
    await expect(waiting).rejects.toBeInstanceOf(RowNotWrittenError);
  });
});
