import { parentPort, workerData } from 'node:worker_threads';
import { RELOAD_WORK } from '../parameters.ts';
import { entryFingerprint } from './entry-fingerprint.ts';
import { loadKnowledgeDir } from './load-knowledge.ts';
import type { WorkerMessage } from './load-knowledge-in-worker.ts';


/**
 * Runs in a worker thread: reads, parses and validates a knowledge directory, and posts the result back
 * in batches, with each entry's fingerprint (so the reloader's change diff costs the main thread only
 * comparisons), each only after the main thread asks for the next: queued messages would otherwise all be
 * taken in at once, and stall the bot for as long.
 */
const { dir } = workerData as { dir: string };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const asked = () => new Promise<void>((resolve) => parentPort!.once('message', () => resolve()));
const result = await loadKnowledgeDir(dir);
if (!result.ok) {
  post({ type: 'problems', problems: result.problems });
} else {
  const { knowledge } = result;
  for (let i = 0; i < knowledge.entries.length; i += RELOAD_WORK.workerBatchEntries) {
    const entries = knowledge.entries.slice(i, i + RELOAD_WORK.workerBatchEntries);
    post({ type: 'entries', entries, origins: entries.map((e) => knowledge.origins.get(e.id)!), fingerprints: entries.map(entryFingerprint) });
    await asked();
  }
  post({ type: 'done', sources: [...knowledge.sources.values()], synonyms: knowledge.synonyms.map((g) => [...g]), files: [...knowledge.files], loadedAt: knowledge.loadedAt.toISOString() });
}
