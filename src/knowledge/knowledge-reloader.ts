import { watch, type FSWatcher } from 'node:fs';
import type { KnowledgeHolder } from '../core/knowledge-holder.ts';
import { createSnapshotFromParts, createSnapshotInBackground } from '../core/knowledge-snapshot.ts';
import type { Logger } from '../core/logger.ts';
import type { IndexParts } from '../search/inverted-index.ts';
import type { TypoCorrector } from '../search/typo-corrector.ts';
import type { AssembleResult } from './assemble-knowledge.ts';
import { diffKnowledge, prepareFingerprints, type KnowledgeDiff } from './knowledge-diff.ts';
import { listKnowledgeFiles, loadKnowledgeDir } from './load-knowledge.ts';
import { loadKnowledgeDirInWorker } from './load-knowledge-in-worker.ts';
import { formatProblem, type KnowledgeProblem } from './problems.ts';

export type ReloadOutcome =
  | ({ ok: true } & KnowledgeDiff)
  | { ok: false; problems: KnowledgeProblem[] };

export interface ReloaderOptions {
  dir: string;
  /** Where the serving snapshot lives; the reloader swaps new ones in. */
  knowledge: KnowledgeHolder;
  logger: Logger;
  /** Called when a reload is refused, to tell the moderators (e.g. in their channel). */
  onRefused?: (problems: KnowledgeProblem[]) => void;
  /** Called when new knowledge has been swapped in (for metrics). */
  onApplied?: () => void;
  /** A burst of saves within this many ms is one reload. */
  debounceMs?: number;
  /** Parse in a worker thread (default), so a large knowledge base never stalls answering. */
  inWorker?: boolean;
}

/**
 * Keeps the bot's knowledge current: watches the knowledge directory, and on a change loads and validates
 * the whole new set. A valid set is swapped in atomically; an invalid one is refused and the last good
 * knowledge keeps serving, its problems kept for /kb status. A file that disappears is never taken to mean
 * "forget its entries" until a maintainer confirms with /kb reload.
 */
export class KnowledgeReloader {
  private problems: KnowledgeProblem[] = [];
  private lastAttempt: Date | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReloadOutcome> | undefined;
  private queued = false;

  constructor(private readonly options: ReloaderOptions) {}

  /** The problems of the last refused reload, if the knowledge has not been fixed since. */
  get currentProblems(): readonly KnowledgeProblem[] {
    return this.problems;
  }

  get lastAttemptAt(): Date | undefined {
    return this.lastAttempt;
  }

  /** Loads the directory now; concurrent calls share one reload, and one more runs after it if asked. */
  reload({ confirmDeletions = false }: { confirmDeletions?: boolean } = {}): Promise<ReloadOutcome> {
    if (this.running) {
      if (confirmDeletions) return this.running.then(() => this.reload({ confirmDeletions }));
      this.queued = true;
      return this.running;
    }
    this.running = this.load(confirmDeletions).finally(() => {
      this.running = undefined;
      if (this.queued) {
        this.queued = false;
        void this.reload();
      }
    });
    return this.running;
  }

  /** Starts watching the directory for changes. */
  watch(): void {
    this.watcher = watch(this.options.dir, { recursive: true }, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? 300);
    });
    this.watcher.on('error', (error) => this.options.logger.error({ err: error }, 'knowledge watcher failed'));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }

  private async load(confirmDeletions: boolean): Promise<ReloadOutcome> {
    const { dir, knowledge: holder, logger } = this.options;
    this.lastAttempt = new Date();
    let result: AssembleResult;
    let built: { indexParts: IndexParts; typoCorrector: TypoCorrector } | undefined;
    // The change diff's fingerprints of the serving knowledge, while the worker parses.
    void prepareFingerprints(holder.snapshot.knowledge);
    try {
      if (this.options.inWorker === false) result = await loadKnowledgeDir(dir);
      else {
        const loaded = await loadKnowledgeDirInWorker(dir);
        result = loaded;
        if (loaded.ok) built = loaded;
      }
    } catch (error) {
      result = { ok: false, problems: [{ file: dir, line: 1, column: 1, field: '', message: `could not read the knowledge: ${(error as Error).message}` }] };
    }
    if (!confirmDeletions) {
      // A file that was loaded and is now gone is reported as such (not as the broken references it
      // leaves behind), and its entries stay until a maintainer confirms with /kb reload.
      const onDisk = new Set(await listKnowledgeFiles(dir).catch(() => [] as string[]));
      const before = holder.snapshot.knowledge;
      const gone = before.files.filter((file) => !onDisk.has(file));
      if (gone.length > 0) {
        const deleted: KnowledgeProblem[] = gone.map((file) => ({
          file,
          line: 1,
          column: 1,
          field: '',
          message: `the file was deleted; its ${[...before.origins.values()].filter((o) => o.file === file).length} entries stay loaded until a maintainer confirms the deletion with /kb reload`,
        }));
        result = { ok: false, problems: [...deleted, ...(result.ok ? [] : result.problems)] };
      }
    }
    if (!result.ok) {
      this.problems = result.problems;
      logger.warn({ problems: result.problems.map(formatProblem) }, 'knowledge reload refused; still serving the last good knowledge');
      this.options.onRefused?.(result.problems);
      return { ok: false, problems: result.problems };
    }
    // The worker built the index; loaded here (inWorker: false), it is built in slices.
    const snapshot = built ? createSnapshotFromParts(result.knowledge, built.indexParts, built.typoCorrector) : await createSnapshotInBackground(result.knowledge);
    const diff = await diffKnowledge(holder.snapshot.knowledge, result.knowledge);
    holder.replaceSnapshot(snapshot);
    this.problems = [];
    this.options.onApplied?.();
    logger.info({ added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length }, 'knowledge reloaded');
    return { ok: true, ...diff };
  }
}
