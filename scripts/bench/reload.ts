/**
 * Index builds and knowledge reloads at scale (issue 15 item 4, issue 11's stall limit): for each size,
 *
 * - the index build, timed alone, and the heap the index keeps;
 * - a full reload as the running bot does it (KnowledgeReloader: files read and validated in a worker
 *   thread, the index built in slices, the change diff against the serving knowledge), timed end to end;
 * - meanwhile a question is answered every 2 ms on the serving snapshot, and perf_hooks'
 *   monitorEventLoopDelay records the longest event-loop pause: the most any question waited; of the
 *   longest wait, the part the main thread spent waiting for a core (Linux schedstat) is the machine's load,
 *   and the longest wait less that part is the program's own longest pause;
 * - then the first answer on the reloaded knowledge, which pays for what the new index builds on first use.
 *
 *   npm run bench -- --reload                       1,000, 10,000 and 100,000 generated entries
 *   npm run bench -- --reload --sizes 1000,10000
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { answerMessage } from '../../src/answer/answer-message.ts';
import { createKnowledgeHolder } from '../../src/core/knowledge-holder.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { KnowledgeReloader } from '../../src/knowledge/knowledge-reloader.ts';
import { loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { generateEntries, knowledgeFiles } from './generate-knowledge.ts';

export const RELOAD_SIZES = [1_000, 10_000, 100_000];

/** perf_hooks' garbage-collection kinds (constants.NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<number, string> = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks' };

/** How often a question arrives while the reload runs. */
const ASK_EVERY_MS = 2;

interface ReloadRow {
  entries: number;
  buildMs: number;
  indexHeapMb: number;
  reloadMs: number;
  answers: number;
  answerP99: number;
  maxPauseMs: number;
  pauseP99Ms: number;
  /** The longest garbage collection on the main thread meanwhile (part of the longest pause, when it is the cause), and its kind. */
  maxGcMs: number;
  maxGcKind: string;
  /** The first answer on the reloaded knowledge. */
  firstAnswerMs: number;
  /** The longest any answer waited, and how much of that the main thread spent waiting for a core (the machine's load, not the program). */
  worstWait: { ms: number; coreWaitMs: number };
  /** The longest wait less the main thread's time waiting for a core in it: the program's own longest pause. */
  ownWaitMs: number;
}

/**
 * How long the main thread has waited for a core so far, in ms (Linux's per-thread schedstat; NaN
 * elsewhere): the part of a pause that is the machine's load rather than the program's own work.
 */
function coreWaitMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * The JavaScript heap plus typed arrays' buffers (which live outside it): what the index really keeps.
 * V8 frees a dead buffer's memory shortly after the collection that finds it, so collect, wait, collect.
 */
async function heapMb(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function benchReloadSize(extra: number, base: { file: string; text: string }[], questions: readonly string[]): Promise<ReloadRow> {
  const source = { id: 'generated-source', publisher: 'ballotguard benchmark', title: 'Generated entries', date: '2026', reliability: 'low' as const };
  const files = [...base, ...knowledgeFiles(generateEntries(extra, source.id), source)];
  const loaded = loadKnowledgeTexts(files);
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map(formatProblem).join('\n'));

  // The build alone, and what the index keeps on the heap (the knowledge itself is held before and after).
  const before = await heapMb();
  const start = performance.now();
  let index: ReturnType<typeof buildSearchIndex> | undefined = buildSearchIndex(loaded.knowledge);
  const buildMs = performance.now() - start;
  const indexHeapMb = (await heapMb()) - before;
  index.search('warm up');
  index = undefined;

  // The serving knowledge is the same set, as after a moderator's save that changed one entry: the diff
  // still compares every entry.
  const holder = createKnowledgeHolder(loaded.knowledge);
  for (const q of questions) answerMessage(q, holder.snapshot, { cache: false });
  const dir = await mkdtemp(path.join(tmpdir(), 'ballotguard-bench-reload-'));
  try {
    for (const { file, text } of files) await writeFile(path.join(dir, file), text);
    const reloader = new KnowledgeReloader({ dir, knowledge: holder, logger: silentLogger() });
    globalThis.gc?.();
    const latencies: number[] = [];
    const pauses = monitorEventLoopDelay({ resolution: 1 });
    let done = false;
    let i = 0;
    const serving = holder.snapshot;
    let maxGcMs = 0;
    let maxGcKind = '';
    const gcs = new PerformanceObserver((list) => {
      for (const gc of list.getEntries()) {
        if (gc.duration <= maxGcMs) continue;
        maxGcMs = gc.duration;
        maxGcKind = GC_KINDS[(gc as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
      }
    });
    gcs.observe({ entryTypes: ['gc'] });
    pauses.enable();
    let worstWait = { ms: 0, coreWaitMs: NaN };
    let ownWaitMs = 0;
    const asking = (async () => {
      while (!done) {
        const asked = performance.now();
        const coreWaitBefore = coreWaitMs();
        await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
        answerMessage(questions[i++ % questions.length]!, serving, { cache: false });
        const waited = performance.now() - asked - ASK_EVERY_MS;
        latencies.push(waited);
        const coreWait = coreWaitMs() - coreWaitBefore;
        if (waited > worstWait.ms) worstWait = { ms: waited, coreWaitMs: coreWait };
        // What the thread itself spent of the wait (NaN where schedstat is missing, and then not counted).
        if (waited - coreWait > ownWaitMs) ownWaitMs = waited - coreWait;
      }
    })();
    const reloadStart = performance.now();
    const outcome = await reloader.reload();
    const reloadMs = performance.now() - reloadStart;
    done = true;
    await asking;
    pauses.disable();
    gcs.disconnect();
    if (!outcome.ok) throw new Error(outcome.problems.slice(0, 5).map(formatProblem).join('\n'));
    if (holder.snapshot === serving) throw new Error('the reload did not swap in new knowledge');
    // The first question on the new knowledge pays for what its index builds on first use.
    const firstAsked = performance.now();
    answerMessage(questions[0]!, holder.snapshot, { cache: false });
    const firstAnswerMs = performance.now() - firstAsked;
    latencies.sort((a, b) => a - b);
    return {
      entries: loaded.knowledge.entries.length,
      buildMs,
      indexHeapMb,
      reloadMs,
      answers: latencies.length,
      answerP99: percentile(latencies, 99),
      maxPauseMs: pauses.max / 1e6,
      pauseP99Ms: pauses.percentile(99) / 1e6,
      maxGcMs,
      maxGcKind,
      firstAnswerMs,
      worstWait,
      ownWaitMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the reload bench at each size (generated entries added to the report's) and prints a table. */
export async function benchReload(sizes: readonly number[], base: { file: string; text: string }[], questions: readonly string[]): Promise<void> {
  const rows: ReloadRow[] = [];
  for (const size of sizes) {
    process.stderr.write(`benchmarking builds and reloads with ${size.toLocaleString('en-GB')} generated entries\u2026\n`);
    rows.push(await benchReloadSize(size, base, questions));
  }
  const f = (n: number, digits = 0) => n.toFixed(digits);
  console.log(`Builds and reloads, node ${process.version}: a question every ${ASK_EVERY_MS} ms during the reload; times in ms`);
  console.log('| entries | index build | index heap + buffers MB | full reload | answers during it | their p99 wait | event-loop pause p99 | longest pause | longest GC | longest answer wait (of it waiting for a core) | longest wait less waiting for a core | first answer after |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.entries.toLocaleString('en-GB')} | ${f(r.buildMs)} | ${f(r.indexHeapMb)} | ${f(r.reloadMs)} | ${r.answers.toLocaleString('en-GB')} | ` +
        `${f(r.answerP99, 1)} | ${f(r.pauseP99Ms, 1)} | ${f(r.maxPauseMs)} | ${f(r.maxGcMs)} (${r.maxGcKind}) | ${f(r.worstWait.ms)} (${f(r.worstWait.coreWaitMs)}) | ${f(r.ownWaitMs)} | ${f(r.firstAnswerMs)} |`,
    );
  }
  console.log('');
}
