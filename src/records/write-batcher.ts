/** How a WriteBatcher groups rows; each store takes its numbers from src/parameters.ts. */
export interface BatchingParameters {
  /** A batch is written this long after its first row arrived… */
  flushMs: number;
  /** …or as soon as this many rows wait. */
  maxBatch: number;
  /** While writes fail, at most this many rows are held; the oldest are dropped (and counted) past that. */
  maxPending: number;
}

export interface WriteBatcherOptions<Row> extends BatchingParameters {
  /** Writes one batch in one transaction; throws (or rejects) to keep the rows for a retry. */
  write(batch: Row[]): void | Promise<void>;
  /** A batch failed: its rows are kept and retried after `flushMs`. */
  onError(error: unknown, state: { pending: number; dropped: number }): void;
}

interface Queued<Row> {
  row: Row;
  /** Told once the row is written (no argument) or could not be (the error); only for rows someone waits on. */
  done?: (error?: unknown) => void;
}

/** A row that was queued but dropped, or not written when the store closed. */
export class RowNotWrittenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RowNotWrittenError';
  }
}

/**
 * Group commit for the records: rows are queued and written together, one transaction per `flushMs` or
 * per `maxBatch` rows, so a busy bot pays one transaction (and one disk flush) for many questions instead
 * of one each. Used by both stores (SQLite and PostgreSQL). A caller that must know its row is on disk
 * awaits `addAndWait`; a failed batch tells its waiters at once and is retried; `settle` writes everything
 * queued so far (before a read, so reads see earlier writes, and at close).
 */
export class WriteBatcher<Row> {
  private queue: Queued<Row>[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private droppedRows = 0;
  private stopped = false;

  constructor(private readonly options: WriteBatcherOptions<Row>) {}

  get pending(): number {
    return this.queue.length;
  }

  get dropped(): number {
    return this.droppedRows;
  }

  /** Queues a row; nobody waits for it. */
  add(row: Row): void {
    this.enqueue({ row });
  }

  /** Queues a row and resolves once its batch is committed; rejects if that batch fails (the row stays queued for a retry). */
  addAndWait(row: Row): Promise<void> {
    return new Promise<void>((resolve, reject) => this.enqueue({ row, done: (error) => (error === undefined ? resolve() : reject(error)) }));
  }

  /** Writes every row queued so far, a batch at a time; rejects (keeping the rows) when a batch fails. */
  async settle(): Promise<void> {
    this.cancelTimer();
    while (this.flushing || this.queue.length > 0) {
      this.flushing ??= this.writeNext().finally(() => (this.flushing = undefined));
      await this.flushing;
    }
  }

  /**
   * The same as `settle` for a synchronous writer (SQLite), done before returning: a synchronous read then
   * sees every earlier write. Throws, keeping the rows, when a batch fails.
   */
  settleNow(): void {
    this.cancelTimer();
    while (this.queue.length > 0) {
      const batch = this.take();
      const written = this.writeOrRestore(batch, () => this.options.write(batch.map((q) => q.row)));
      if (written instanceof Promise) throw new Error('settleNow needs a synchronous writer');
    }
  }

  /** No more background writes or retries (the store is closing); `settle` still writes when called. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Rejects every waiter still queued (the store closes without having written them). */
  abandon(error: unknown): void {
    this.stop();
    for (const queued of this.queue.splice(0)) queued.done?.(new RowNotWrittenError('the records store closed before this row was written', { cause: error }));
  }

  private enqueue(queued: Queued<Row>): void {
    this.queue.push(queued);
    if (this.queue.length > this.options.maxPending) {
      this.queue.shift()!.done?.(new RowNotWrittenError('dropped: more rows waited than the records can hold while writes fail'));
      this.droppedRows++;
    }
    if (this.stopped) return;
    if (this.queue.length >= this.options.maxBatch) queueMicrotask(() => void this.flushInBackground());
    else this.timer ??= setTimeout(() => void this.flushInBackground(), this.options.flushMs);
  }

  private async flushInBackground(): Promise<void> {
    try {
      await this.settle();
    } catch (error) {
      this.options.onError(error, { pending: this.queue.length, dropped: this.droppedRows });
      if (!this.stopped) this.timer ??= setTimeout(() => void this.flushInBackground(), this.options.flushMs);
    }
  }

  private async writeNext(): Promise<void> {
    const batch = this.take();
    await this.writeOrRestore(batch, () => this.options.write(batch.map((q) => q.row)));
  }

  private take(): Queued<Row>[] {
    return this.queue.splice(0, this.options.maxBatch);
  }

  /** Runs the write; on success tells the batch's waiters, on failure tells them and puts the rows back in front. */
  private writeOrRestore(batch: Queued<Row>[], write: () => void | Promise<void>): void | Promise<void> {
    const succeeded = () => {
      for (const queued of batch) queued.done?.();
    };
    const failed = (error: unknown): never => {
      for (const queued of batch) queued.done?.(error);
      // Told once: the rows are retried, but their waiters have moved on.
      this.queue.unshift(...batch.map(({ row }) => ({ row })));
      throw error;
    };
    let result: void | Promise<void>;
    try {
      result = write();
    } catch (error) {
      return failed(error);
    }
    if (result instanceof Promise) return result.then(succeeded, failed);
    succeeded();
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
