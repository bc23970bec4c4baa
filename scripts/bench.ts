/**
 * Speed and memory of answering, for the report's knowledge base and for generated ones of 1,000, 10,000
 * and 100,000 entries, against plain fuse.js over the same entries as a baseline.
 *
 *   npm run bench                 start-up, then all sizes
 *   npm run bench -- --sizes 0,1000
 *   npm run bench -- --startup-only   only the start-up figures (a minute instead of 25)
 *   npm run bench -- --answers-only [--sizes 0,10000]   only answer latency (no start-up, reloads or fuse.js baseline),
 *                                     50 runs of the question mix (--runs N: another number; 5 in the full bench)
 *   npm run bench -- --reload [--sizes 1000,10000]   only index builds and reloads (scripts/bench/reload.ts)
 *   npm run bench -- --load           the bot under a crowd on Slack and Discord (scripts/bench/load.ts)
 *
 * Figures are printed, never asserted: they depend on the machine.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import Fuse from 'fuse.js';
import { answerMessage } from '../src/answer/answer-message.ts';
import { createSnapshot, createSnapshotInBackground, type KnowledgeSnapshot } from '../src/core/knowledge-snapshot.ts';
import { loadKnowledgeTexts } from '../src/knowledge/load-knowledge.ts';
import { loadKnowledgeDirInWorker } from '../src/knowledge/load-knowledge-in-worker.ts';
import { formatProblem } from '../src/knowledge/problems.ts';
import type { Knowledge } from '../src/knowledge/assemble-knowledge.ts';
import { buildSearchIndex } from '../src/search/search-index.ts';
import { generateEntries, knowledgeFiles, random } from './bench/generate-knowledge.ts';
import { benchStartup } from './bench/startup.ts';
import { benchReload, RELOAD_SIZES } from './bench/reload.ts';

/** The fixed question mix: plain questions, typos, long ones and off-topic ones. */
const REPORT_QUESTIONS = [
  'Who is responsible for the cyber attacks against Cambodia?',
  'which organisations were targeted',
  'was the press targeted',
  'when does cambodia vote',
  'who is kem sokha\u2019s daughter',
  'how was the attack noticed',
  'I got a weird email, what now?',
  'what are open indexed servers',
  'nationl electon comission',
  'temp.periscop',
  'minstry of interior',
  'phising email sender adress',
  'Can you explain in detail how the Chinese hacking group known as TEMP.Periscope managed to compromise the Cambodian government and what it wanted?',
  'I work at the national election committee and got an unexpected email with an attachment from a partner organisation, what should I do before opening it?',
  'how do I make pasta carbonara',
  'what is the notpetya malware',
  'who is the president of the united states',
  'qwertyuiop',
  'what is the score of the football game',
  'how do I fix my printer',
  // Chat messages as they arrive: markup, greetings, context, two questions at once, a follow-up.
  '<!channel> hi! quick q: who is behind the attacks on cambodia? thanks :pray:',
  "<@123456789012345678> I'm at the NEC and my boss wants to know \u2014 where are these guys based?",
  'who is behind it and who found it?',
  'and the senate?',
];

/** --answers-only: answer latency alone, without start-up, reloads or the fuse.js baseline. */
const answersOnly = process.argv.includes('--answers-only');
/**
 * Runs of the question mix for the answer figures. Alone, answers are cheap enough for many more samples,
 * so that the p99 is read among a thousand or more of them rather than as the second-worst of 120.
 */
const runsArg = process.argv.indexOf('--runs');
const SAMPLE_RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : answersOnly ? 50 : 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timeIt<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function reportFiles(): Promise<{ file: string; text: string }[]> {
  const names = (await readdir('knowledge')).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(path.join('knowledge', file), 'utf8') })));
}

interface Row {
  entries: number;
  reloadMs: number;
  /** Answers given on the old snapshot while a background reload ran, and the worst of them. */
  duringReload: { answers: number; p99: number; maxStallMs: number };
  buildMs: number;
  heapMb: number;
  median: number;
  p99: number;
  /** The same answers' CPU time (process.cpuUsage: every thread of the process, the collector's helpers among them): what the process spent, whether or not it had a core. */
  cpuMedian: number;
  cpuP99: number;
  samples: number;
  /** KB allocated per answer (mean over the timed runs), and the young-generation collections they paid. */
  allocatedKb: number;
  youngCollections: { count: number; perThousand: number; meanMs: number; maxMs: number };
  firstMedian: number;
  firstMax: number;
  cachedMedian: number;
  cachedP99: number;
  fuseBuildMs: number;
  fuseMedian: number;
  fuseP99: number;
  fuseQuestions: number;
}

async function benchSize(extra: number, base: { file: string; text: string }[]): Promise<Row> {
  const reportSource = { id: 'generated-source', publisher: 'ballotguard benchmark', title: 'Generated entries', date: '2026', reliability: 'low' as const };
  const generated = extra > 0 ? generateEntries(extra, reportSource.id) : [];
  const files = [...base, ...(extra > 0 ? knowledgeFiles(generated, reportSource) : [])];

  // Reload: what a moderator's edit costs, reading and validating every file, then indexing.
  const before = heapMb();
  const reload = timeIt(() => {
    const loaded = loadKnowledgeTexts(files);
    if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map(formatProblem).join('\n'));
    return createSnapshot(loaded.knowledge);
  });
  const snapshot = reload.value;
  const memory = heapMb() - before;
  const build = timeIt(() => buildSearchIndex(snapshot.knowledge));

  const questions = [...REPORT_QUESTIONS, ...needleQuestions(snapshot.knowledge, generated.length)];
  // First asking on a fresh snapshot: nothing remembered yet (every question word meets fuse.js's Bitap).
  const firstSamples = questions.map((q) => timeIt(() => answerMessage(q, snapshot, { cache: false })).ms).sort((a, b) => a - b);
  for (const q of questions) answerMessage(q, snapshot); // warm-up
  // The answer path proper: a full search per question, as for a question not asked before on this snapshot.
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const tally = allocationTally();
  for (let run = 0; run < SAMPLE_RUNS; run++) {
    for (const q of questions) {
      const cpu = process.cpuUsage();
      samples.push(timeIt(() => answerMessage(q, snapshot, { cache: false })).ms);
      const spent = process.cpuUsage(cpu);
      cpuSamples.push((spent.user + spent.system) / 1000);
    }
  }
  const allocation = tally.stop(samples.length);
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const cpu = { samples: samples.length, cpuMedian: percentile(cpuSamples, 50), cpuP99: percentile(cpuSamples, 99), ...allocation };
  // The same questions asked again: answered from the snapshot's remembered answers.
  const cachedSamples: number[] = [];
  for (let run = 0; run < SAMPLE_RUNS; run++) {
    for (const q of questions) cachedSamples.push(timeIt(() => answerMessage(q, snapshot)).ms);
  }
  cachedSamples.sort((a, b) => a - b);

  const entries = snapshot.knowledge.entries;
  if (answersOnly) {
    const skipped = { fuseBuildMs: NaN, fuseMedian: NaN, fuseP99: NaN, fuseQuestions: 0, duringReload: { answers: 0, p99: NaN, maxStallMs: NaN } };
    return { entries: entries.length, reloadMs: reload.ms, buildMs: build.ms, heapMb: memory, median: percentile(samples, 50), p99: percentile(samples, 99), ...cpu, firstMedian: percentile(firstSamples, 50), firstMax: firstSamples.at(-1)!, cachedMedian: percentile(cachedSamples, 50), cachedP99: percentile(cachedSamples, 99), ...skipped };
  }
  // Baseline: plain fuse.js, every field a key, default options.

  const fuseBuild = timeIt(() => new Fuse(entries, { keys: ['id', 'kind', 'title', 'answer', 'questions', 'names', 'tags'] }));
  // Plain fuse.js takes seconds a question at 100,000 entries: sample three short questions there.
  const fuseQuestions = entries.length > 20_000 ? ['was the press targeted', 'temp.periscop', 'qwertyuiop'] : questions;
  // Each plain fuse.js search takes seconds past a few thousand entries: one run of each question is enough there.
  const fuseRuns = entries.length > 5_000 ? 1 : 5;
  const fuseSamples: number[] = [];
  for (let run = 0; run < fuseRuns; run++) {
    for (const q of fuseQuestions) fuseSamples.push(timeIt(() => fuseBuild.value.search(q, { limit: 5 })).ms);
  }
  fuseSamples.sort((a, b) => a - b);

  const duringReload = await answersDuringReload(files, snapshot, questions);

  return {
    entries: entries.length,
    reloadMs: reload.ms,
    duringReload,
    buildMs: build.ms,
    heapMb: memory,
    median: percentile(samples, 50),
    p99: percentile(samples, 99),
    ...cpu,
    firstMedian: percentile(firstSamples, 50),
    firstMax: firstSamples.at(-1)!,
    cachedMedian: percentile(cachedSamples, 50),
    cachedP99: percentile(cachedSamples, 99),
    fuseBuildMs: fuseBuild.ms,
    fuseMedian: percentile(fuseSamples, 50),
    fuseP99: percentile(fuseSamples, 99),
    fuseQuestions: fuseSamples.length,
  };
}

/**
 * What the code run between `start` and `stop` allocated, and the young-generation collections (scavenges)
 * it paid: the heap's growth plus what every collection meanwhile freed (v8.GCProfiler reports the heap
 * before and after each). The timing loop's own few objects per answer are counted in; they are small.
 */
function allocationTally() {
  const profiler = new GCProfiler();
  const usedBefore = getHeapStatistics().used_heap_size;
  profiler.start();
  return {
    /** `answers`: how many answers were given meanwhile. */
    stop(answers: number) {
      const collections = profiler.stop()?.statistics ?? [];
      let allocated = getHeapStatistics().used_heap_size - usedBefore;
      const pauses: number[] = [];
      for (const gc of collections) {
        allocated += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
        if (gc.gcType === 'Scavenge') pauses.push(gc.cost / 1000);
      }
      const count = pauses.length;
      return {
        allocatedKb: allocated / answers / 1024,
        youngCollections: { count, perThousand: (1000 * count) / answers, meanMs: count ? pauses.reduce((x, y) => x + y, 0) / count : 0, maxMs: count ? Math.max(...pauses) : 0 },
      };
    },
  };
}

/**
 * A reload as the running bot does it (files read and validated in a worker thread, the index built in
 * slices) while questions keep
 * arriving every 2 ms on the old snapshot: how fast they are answered, and the longest event-loop stall.
 */
async function answersDuringReload(files: { file: string; text: string }[], current: KnowledgeSnapshot, questions: string[]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'ballotguard-bench-'));
  try {
    for (const { file, text } of files) await writeFile(path.join(dir, file), text);
    const latencies: number[] = [];
    const stalls = monitorEventLoopDelay({ resolution: 1 });
    stalls.enable();
    let done = false;
    let i = 0;
    const asking = (async () => {
      while (!done) {
        const asked = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 2));
        answerMessage(questions[i++ % questions.length]!, current, { cache: false });
        latencies.push(performance.now() - asked - 2);
      }
    })();
    const loaded = await loadKnowledgeDirInWorker(dir);
    if (!loaded.ok) throw new Error('generated knowledge invalid');
    await createSnapshotInBackground(loaded.knowledge);
    done = true;
    await asking;
    stalls.disable();
    latencies.sort((a, b) => a - b);
    return { answers: latencies.length, p99: percentile(latencies, 99), maxStallMs: stalls.max / 1e6 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Questions about generated entries, with a typo in every other one: the needle in the haystack. */
function needleQuestions(knowledge: Knowledge, generated: number): string[] {
  if (generated === 0) return [];
  const next = random(7);
  return Array.from({ length: 10 }, (_, i) => {
    const entry = knowledge.entriesById.get(`generated-${Math.floor(next() * generated)}`)!;
    const name = entry.names[0]!;
    const typo = i % 2 === 1 ? `${name.slice(0, 2)}${name[3] ?? ''}${name[2] ?? ''}${name.slice(4)}` : name;
    return `what is ${typo}?`;
  });
}

const sizesArg = process.argv.indexOf('--sizes');
const chosenSizes = sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : undefined;
if (process.argv.includes('--reload')) {
  await benchReload(chosenSizes ?? RELOAD_SIZES, await reportFiles(), REPORT_QUESTIONS);
  process.exit(0);
}
if (process.argv.includes('--load')) {
  const { benchLoad } = await import('./bench/load.ts');
  await benchLoad();
  process.exit(0);
}

if (!answersOnly) await benchStartup();
if (process.argv.includes('--startup-only')) process.exit(0);

const sizes = chosenSizes ?? [0, 1_000, 10_000, 100_000];
const base = await reportFiles();
// One-time loads of the process (word frequencies, compiled patterns) are not an answer's time: pay them first.
{
  const loaded = loadKnowledgeTexts(base);
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map(formatProblem).join('\n'));
  const warm = createSnapshot(loaded.knowledge);
  for (const q of REPORT_QUESTIONS) answerMessage(q, warm);
}
const rows: Row[] = [];
for (const size of sizes) {
  process.stderr.write(`benchmarking the report's knowledge${size ? ` + ${size.toLocaleString('en-GB')} generated entries` : ''}\u2026\n`);
  rows.push(await benchSize(size, base));
}

const f = (n: number, digits = 1) => n.toFixed(digits);
console.log(`node ${process.version}, ${SAMPLE_RUNS} runs of ${REPORT_QUESTIONS.length} questions (+10 about generated entries); times in ms`);
console.log('| entries | reload | index build | heap MB | answer median | answer p99 | first asking median / max | asked again median / p99 | p99 during reload (answers, max stall) | fuse.js build | fuse.js median | fuse.js p99 | p99 ratio |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const during = `${f(r.duringReload.p99, 2)} (${r.duringReload.answers}, ${f(r.duringReload.maxStallMs, 0)})`;
  console.log(
    `| ${r.entries.toLocaleString('en-GB')} | ${f(r.reloadMs, 0)} | ${f(r.buildMs, 0)} | ${f(r.heapMb, 0)} | ${f(r.median, 2)} | ${f(r.p99, 2)} | ` +
      `${f(r.firstMedian, 2)} / ${f(r.firstMax, 2)} | ${f(r.cachedMedian, 3)} / ${f(r.cachedP99, 3)} | ${during} | ` +
      `${f(r.fuseBuildMs, 0)} | ${f(r.fuseMedian, 2)} | ${f(r.fuseP99, 2)} (${r.fuseQuestions} q) | ${f(r.fuseP99 / r.p99, 0)}x |`,
  );
}
console.log('');
// The answer loop as the bot runs it: package.json's bench script passes the same young generation as its start script.
console.log(`answers in detail (${process.execArgv.filter((a) => a.startsWith('--max-semi-space-size')).join(' ') || 'default young generation'}; CPU time from process.cpuUsage, every thread of the process, the collector's helper threads among them; allocation over the timed runs: the heap's growth plus what collections freed)`);
console.log('| entries | answers timed | answer median | answer p99 | CPU median | CPU p99 | KB allocated per answer | young collections per 1,000 answers (mean / max ms) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const y = r.youngCollections;
  console.log(
    `| ${r.entries.toLocaleString('en-GB')} | ${r.samples} | ${f(r.median, 3)} | ${f(r.p99, 3)} | ${f(r.cpuMedian, 3)} | ${f(r.cpuP99, 3)} | ${f(r.allocatedKb, 0)} | ` +
      `${f(y.perThousand, 1)} (${f(y.meanMs, 2)} / ${f(y.maxMs, 2)}) |`,
  );
}
console.log('');
if (!answersOnly) await benchReload(chosenSizes ?? RELOAD_SIZES, base, REPORT_QUESTIONS);
