import { parentPort, Worker, workerData } from 'node:worker_threads';
import { RELOAD_WORK } from '../parameters.ts';
import { IndexBuilder } from '../search/inverted-index.ts';
import { entryFingerprint } from './entry-fingerprint.ts';
import { loadKnowledgeDir, readAndParse, type FileParse } from './load-knowledge.ts';
import { KNOWLEDGE_WORKER_FILE, type WorkerMessage } from './load-knowledge-in-worker.ts';
import type { KnowledgeFile } from './schema.ts';


/**
 * Runs in a worker thread: reads, parses and validates a knowledge directory, and posts the result back
 * in batches, with each entry's fingerprint (so the reloader's change diff costs the main thread only
 * comparisons), each only after the main thread asks for the next: queued messages would otherwise all be
 * taken in at once, and stall the bot for as long. While the main thread takes in a batch, the worker adds
 * it to a search index, whose typed arrays it hands over at the end (transferred, not copied): building
 * the index on the main thread, even in slices, took it seconds at 100,000 entries; its vocabulary goes
 * in batches like the entries.
 */
const { dir, files } = workerData as { dir: string; files?: string[] };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const asked = () => new Promise<void>((resolve) => parentPort!.once('message', () => resolve()));

/** Started by another knowledge worker with some of the files: parses them, and posts them back. */
async function parseFiles(files: string[]): Promise<void> {
  const parsed: FileParse[] = [];
  for (const file of files) parsed.push(await readAndParse(dir, file));
  parentPort!.postMessage(parsed);
}

/** Half of a large set's files parsed by a second worker thread, on the other core. */
function parseElsewhere(dir: string, files: string[]): Promise<FileParse[]> {
  return new Promise((resolve, reject) => {
    const helper = new Worker(KNOWLEDGE_WORKER_FILE, { workerData: { dir, files } });
    helper.once('message', (parsed: FileParse[]) => {
      resolve(parsed);
      void helper.terminate();
    });
    helper.once('error', reject);
    helper.once('exit', (code) => reject(new Error(`the second knowledge parser stopped with exit code ${code} before finishing`)));
  });
}

/** Loads the directory and posts the knowledge in batches, then the index built meanwhile. */
async function loadAndPost(): Promise<void> {
  // Each file's entries are indexed as soon as it is parsed, while the second parser works on the rest:
  // in a valid set they are the set's entries, in its order.
  const index = new IndexBuilder();
  const fingerprints: string[] = [];
  const onParsed = (parsed: { content: KnowledgeFile }) => {
    for (const entry of parsed.content.entries ?? []) {
      index.add(entry);
      fingerprints.push(entryFingerprint(entry));
    }
  };
  const result = await loadKnowledgeDir(dir, { parseElsewhere, onParsed });
  if (!result.ok) {
    post({ type: 'problems', problems: result.problems });
    return;
  }
  const { knowledge } = result;
  if (index.size !== knowledge.entries.length) throw new Error('the index does not hold the entries of the knowledge set');
  for (let i = 0; i < knowledge.entries.length; i += RELOAD_WORK.workerBatchEntries) {
    const entries = knowledge.entries.slice(i, i + RELOAD_WORK.workerBatchEntries);
    post({ type: 'entries', entries, origins: entries.map((e) => knowledge.origins.get(e.id)!), fingerprints: fingerprints.slice(i, i + entries.length) });
    await asked();
  }
  // The index's vocabulary goes in batches too: as one message, taking in 100,000 terms stalled the main thread 30 ms and more.
  const { termIds, words, ...indexParts } = index.finish().parts();
  const stems: string[] = [];
  for (const [stem, id] of termIds) stems[id] = stem;
  for (let i = 0; i < Math.max(stems.length, words.length); i += RELOAD_WORK.workerBatchTerms) {
    post({ type: 'vocabulary', stems: stems.slice(i, i + RELOAD_WORK.workerBatchTerms), words: words.slice(i, i + RELOAD_WORK.workerBatchTerms) });
    await asked();
  }
  const buffers = new Set(Object.values(indexParts).filter((part): part is Uint32Array => ArrayBuffer.isView(part)).map((array) => array.buffer as ArrayBuffer));
  post(
    { type: 'done', sources: [...knowledge.sources.values()], synonyms: knowledge.synonyms.map((g) => [...g]), files: [...knowledge.files], loadedAt: knowledge.loadedAt.toISOString(), indexParts },
    [...buffers],
  );
}

if (files) await parseFiles(files);
else await loadAndPost();
