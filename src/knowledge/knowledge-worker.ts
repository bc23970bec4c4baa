import { performance } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { RELOAD_WORK } from '../parameters.ts';
import { IndexBuilder, type InvertedIndex, type PortableIndex } from '../search/inverted-index.ts';
import { entryFingerprint } from './entry-fingerprint.ts';
import { loadKnowledgeDir, readAndParse, type FileParse } from './load-knowledge.ts';
import { KNOWLEDGE_WORKER_FILE, type WorkerMessage } from './load-knowledge-in-worker.ts';
import type { KnowledgeFile } from './schema.ts';


/**
 * Runs in a worker thread: reads, parses and validates a knowledge directory, and posts the result back
 * in batches, with each entry's fingerprint (so the reloader's change diff costs the main thread only
 * comparisons), each only after the main thread asks for the next: queued messages would otherwise all be
 * taken in at once, and stall the bot for as long. The worker adds each file's entries to a search index
 * as it parses them (a second worker thread parses, indexes and fingerprints part of a large set, and its
 * index is merged in), finishes the index's layout while the main thread takes in the batches, and hands
 * its typed arrays over at the end (transferred, not copied): building the index on the main thread, even
 * in slices, took it seconds at 100,000 entries; its vocabulary goes in batches like the entries.
 */
const { dir, files } = workerData as { dir: string; files?: string[] };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const asked = () => new Promise<void>((resolve) => parentPort!.once('message', () => resolve()));

/** Adds a parsed file's entries to an index, and their fingerprints, in the file's order. */
function indexFile(content: KnowledgeFile, index: IndexBuilder, fingerprints: string[]): void {
  for (const entry of content.entries ?? []) {
    index.add(entry);
    fingerprints.push(entryFingerprint(entry));
  }
}

/** What the second worker thread posts back: its files, and the index and fingerprints of their entries. */
interface ParsedElsewhere {
  parsed: FileParse[];
  index: PortableIndex;
  fingerprints: string[];
}

/**
 * Started by another knowledge worker with some of the files: parses them and indexes and fingerprints
 * their entries, on this thread's core, as the first worker does its own, and posts it all back.
 */
async function parseFiles(files: string[]): Promise<void> {
  const parsed: FileParse[] = [];
  const index = new IndexBuilder();
  const fingerprints: string[] = [];
  for (const file of files) {
    const result = await readAndParse(dir, file);
    parsed.push(result);
    if (!result.ok) continue; // the set is refused: its index is never used
    indexFile(result.parsed.content, index, fingerprints);
  }
  const portable = index.portable();
  const buffers = Object.values(portable).filter((part): part is Uint32Array => part instanceof Uint32Array).map((array) => array.buffer as ArrayBuffer);
  parentPort!.postMessage({ parsed, index: portable, fingerprints } satisfies ParsedElsewhere, buffers);
}

/** Part of a large set's files parsed, indexed and fingerprinted by a second worker thread, on the other core. */
function parseElsewhere(dir: string, files: string[]): Promise<ParsedElsewhere> {
  return new Promise((resolve, reject) => {
    const helper = new Worker(KNOWLEDGE_WORKER_FILE, { workerData: { dir, files } });
    helper.once('message', (parsed: ParsedElsewhere) => {
      resolve(parsed);
      void helper.terminate();
    });
    helper.once('error', reject);
    helper.once('exit', (code) => reject(new Error(`the second knowledge parser stopped with exit code ${code} before finishing`)));
  });
}

/** Loads the directory and posts the knowledge in batches, then the index built meanwhile. */
async function loadAndPost(): Promise<void> {
  // Each file's entries are indexed as soon as it is parsed, while the second parser parses and indexes
  // the rest; its index is merged in when the first of its files is taken, after all of these: in a valid
  // set they are the set's entries, in its order.
  const index = new IndexBuilder();
  const fingerprints: string[] = [];
  let elsewhere: { files: Set<object>; merge: () => void } | undefined;
  const onParsed = (parsed: { content: KnowledgeFile }) => {
    if (elsewhere?.files.has(parsed)) elsewhere.merge();
    else indexFile(parsed.content, index, fingerprints);
  };
  const parseAndIndexElsewhere = async (dir: string, files: string[]): Promise<FileParse[]> => {
    const done = await parseElsewhere(dir, files);
    const valid = done.parsed.flatMap((file) => (file.ok ? [file.parsed] : []));
    let merged = false;
    elsewhere = {
      files: new Set(valid),
      merge: () => {
        if (merged) return;
        merged = true;
        index.merge(done.index, valid.flatMap((file) => file.content.entries ?? []));
        fingerprints.push(...done.fingerprints);
      },
    };
    return done.parsed;
  };
  const result = await loadKnowledgeDir(dir, { parseElsewhere: parseAndIndexElsewhere, onParsed });
  if (!result.ok) {
    post({ type: 'problems', problems: result.problems });
    return;
  }
  const { knowledge } = result;
  if (index.size !== knowledge.entries.length) throw new Error('the index does not hold the entries of the knowledge set');
  // The index's final layout is done a slice at a time while the main thread takes in each batch, rather
  // than after the last: this thread would otherwise only wait meanwhile.
  const finishing = index.finishSteps();
  let finished: InvertedIndex | undefined;
  const finishFor = (ms: number) => {
    const until = performance.now() + ms;
    while (!finished && performance.now() < until) {
      const step = finishing.next();
      if (step.done) finished = step.value;
    }
  };
  for (let i = 0; i < knowledge.entries.length; i += RELOAD_WORK.workerBatchEntries) {
    const entries = knowledge.entries.slice(i, i + RELOAD_WORK.workerBatchEntries);
    post({ type: 'entries', entries, origins: entries.map((e) => knowledge.origins.get(e.id)!), fingerprints: fingerprints.slice(i, i + entries.length) });
    finishFor(RELOAD_WORK.sliceMs);
    await asked();
  }
  finishFor(Infinity);
  // The index's vocabulary goes in batches too: as one message, taking in 100,000 terms stalled the main thread 30 ms and more.
  const { termIds, words, ...indexParts } = finished!.parts();
  const stems: string[] = [];
  for (const [stem, id] of termIds) stems[id] = stem;
  for (let i = 0; i < Math.max(stems.length, words.length); i += RELOAD_WORK.workerBatchTerms) {
    post({ type: 'vocabulary', stems: stems.slice(i, i + RELOAD_WORK.workerBatchTerms), words: words.slice(i, i + RELOAD_WORK.workerBatchTerms) });
    await asked();
  }
  const buffers = new Set(Object.values(indexParts).filter((part): part is Uint32Array => ArrayBuffer.isView(part)).map((array) => array.buffer as ArrayBuffer));
  post(
    { type: 'done', sources: [...knowledge.sources.values()], synonyms: knowledge.synonyms.map((g) => [...g]), unstated: [...knowledge.unstated], files: [...knowledge.files], loadedAt: knowledge.loadedAt.toISOString(), indexParts },
    [...buffers],
  );
}

if (files) await parseFiles(files);
else await loadAndPost();
